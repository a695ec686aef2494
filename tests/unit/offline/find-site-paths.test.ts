import { expect, test } from 'vitest';
import { findSitePaths } from '../../../src/lib/offline/find-site-paths.ts';

test('quoted site paths that name a file of the site are reported, nothing else', () => {
  const files = new Set(['maps/index.html', 'pagefind/pagefind.js']);
  const exists = (p: string) => files.has(p);
  const code = 'fetch("/maps/");import(`/pagefind/pagefind.js`);x="/";y="/missing/";z=\'//cdn.example/x.js\';a="https://x/maps/";b="/maps/"';
  expect(findSitePaths(code, '/', exists)).toEqual(['/maps/', '/pagefind/pagefind.js']);
  expect(findSitePaths('a="/syria/maps/";b="/maps/"', '/syria/', exists)).toEqual(['/syria/maps/']);
});
