import { expect, test } from 'vitest';
import { documentTitle, site } from '../../../src/lib/site/meta.ts';

test('a page title carries the site suffix unless it is the site itself or would pass 70 characters', () => {
  expect(documentTitle('Front-line maps')).toBe('Front-line maps · Syria offensive explained');
  expect(documentTitle(site.name)).toBe(site.name);
  const long = 'Syrian army sends reinforcements to hold back rebels in Hama';
  expect(documentTitle(long)).toBe(long);
});
