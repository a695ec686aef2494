// A build without SITE_URL (the one the tests make) claims no address on a
// domain we do not own: no canonical links, and what must be absolute (RSS,
// sitemap, robots.txt, oEmbed, embed snippets) names the local origin.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { LOCAL_ORIGIN } from '../../src/lib/site/site-origin.ts';
import { listFiles } from '../support/built-files.ts';

const dist = inject('distDir');
const files = await listFiles(dist, ['.html', '.xml', '.txt', '.json']).catch(() => [] as string[]);

describe('URLs of a local build', () => {
  test('there are files to check', () => {
    expect(inject('siteError')).toBe('');
    expect(files.length).toBeGreaterThan(10);
  });

  test('no page has a canonical link or og:url', async () => {
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = await readFile(join(dist, file), 'utf8');
      expect(html, file).not.toMatch(/rel="?canonical|og:url/);
    }
  });

  test('nothing names a placeholder domain', async () => {
    for (const file of files) {
      const text = await readFile(join(dist, file), 'utf8');
      expect(text, file).not.toMatch(/syria-explainer\.example\.org|\bexample\.org\//);
    }
  });

  test('RSS, sitemap, robots.txt and oEmbed use the local origin', async () => {
    const read = (path: string) => readFile(join(dist, path), 'utf8');
    expect(await read('rss.xml')).toContain(`<link>${LOCAL_ORIGIN}/`);
    expect(await read('sitemap-0.xml')).toContain(`<loc>${LOCAL_ORIGIN}/`);
    expect(await read('robots.txt')).toContain(`Sitemap: ${LOCAL_ORIGIN}/`);
    const oembed = files.find((f) => f.startsWith('oembed/') && f.endsWith('.json'));
    expect(oembed).toBeDefined();
    expect(JSON.parse(await read(oembed!))).toMatchObject({ provider_url: expect.stringMatching(new RegExp(`^${LOCAL_ORIGIN}/`)) });
  });
});
