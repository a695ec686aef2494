// Every built HTML page is valid HTML with sound accessibility markup
// (html-validate's recommended rules, configured in .htmlvalidate.json), and
// every internal link and fragment in it resolves to a built page and id.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, inject, test } from 'vitest';
import { listFiles } from '../support/built-files.ts';

const dist = inject('distDir');
const pages = await listFiles(dist, ['.html']).catch(() => [] as string[]);
const validator = new HtmlValidate(new FileSystemConfigLoader());
const stylish = formatterFactory('stylish');

describe('built pages', () => {
  test('there are pages to check', () => {
    expect(inject('siteError')).toBe('');
    expect(pages.length).toBeGreaterThan(3);
  });

  test.each(pages)('%s is valid HTML', async (file) => {
    const report = await validator.validateFile(join(dist, file));
    expect(report.valid, stylish(report.results)).toBe(true);
  });

  test('no internal link points to a missing page or fragment', async () => {
    const ids = new Map<string, Set<string>>();
    const links: Array<{ from: string; path: string; hash: string }> = [];
    for (const file of pages) {
      const html = await readFile(join(dist, file), 'utf8');
      const url = `/${file.replace(/index\.html$/, '')}`;
      ids.set(url, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      for (const m of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
        const href = m[1]!.replace(/&amp;/g, '&');
        if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
        const target = new URL(href, `http://site${url}`);
        links.push({ from: url, path: target.pathname, hash: decodeURIComponent(target.hash.slice(1)) });
      }
    }
    const broken = links.filter((l) => {
      const targetIds = ids.get(l.path);
      if (!targetIds) return !/\.(xml|txt|svg|png|json|csv|zip)$/.test(l.path);
      return l.hash !== '' && !targetIds.has(l.hash);
    });
    expect(broken.map((l) => `${l.from} → ${l.path}${l.hash ? `#${l.hash}` : ''}`)).toEqual([]);
  });
});
