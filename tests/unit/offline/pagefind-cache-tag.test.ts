import { expect, test } from 'vitest';
import { withPagefindCacheTag } from '../../../src/lib/offline/pagefind-cache-tag.ts';

test('the tag is added before </head>, replaced when present, and must be a plain token', () => {
  const page = '<html><head><title>x</title></head><body></body></html>';
  const once = withPagefindCacheTag(page, 'abc123');
  expect(once).toBe('<html><head><title>x</title><meta name="pagefind-meta-cache-tag" content="abc123"></head><body></body></html>');
  expect(withPagefindCacheTag(once, 'def456')).toBe(once.replace('abc123', 'def456'));
  expect(withPagefindCacheTag('<p>fragment</p>', 'abc')).toBe('<p>fragment</p>');
  expect(() => withPagefindCacheTag(page, '"><script>')).toThrow(/cache tag/);
});
