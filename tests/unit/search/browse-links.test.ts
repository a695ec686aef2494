import { expect, test } from 'vitest';
import { browseLinks, staticRoutes } from '../../../src/lib/search/browse-links.ts';

test('static routes from page files, dynamic and private ones left out', () => {
  const files = [
    './index.astro',
    './search.astro',
    './articles/index.astro',
    './articles/[slug].astro',
    './explainers/[...slug].astro',
    './maps.mdx',
    '/src/pages/methodology/index.md',
    './_drafts/x.astro',
  ];
  expect([...staticRoutes(files)].sort()).toEqual(['/', '/articles/', '/maps/', '/methodology/', '/search/']);
});

test('browse links are the existing sections, in reading order', () => {
  expect(browseLinks(['./index.astro', './articles/index.astro', './search.astro']).map((l) => [l.path, l.label])).toEqual([
    ['/', 'Home'],
    ['/articles/', 'Articles'],
  ]);
  expect(browseLinks(['./maps/index.astro', './explainers/index.astro', './index.astro']).map((l) => l.path)).toEqual([
    '/',
    '/explainers/',
    '/maps/',
  ]);
});
