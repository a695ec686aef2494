import { runInNewContext } from 'node:vm';
import { expect, test } from 'vitest';
import { bundleClassic } from '../../../src/lib/offline/bundle-classic.ts';

const text = (s: string) => new TextEncoder().encode(s);

test("a module script and the site's chunks it imports, statically or dynamically, become one classic script", async () => {
  const files = new Map([
    ['_astro/page.js', text('import { shout } from "./lib.js"; window.out.push(shout("a")); import("./lazy.js").then((m) => window.out.push(m.late));')],
    ['_astro/lib.js', text('export const shout = (s) => s.toUpperCase();')],
    ['_astro/lazy.js', text('export const late = "lazy";')],
  ]);
  const code = await bundleClassic({ code: 'import "/syria/_astro/page.js";', path: '/syria/maps/', files, base: '/syria/' });
  expect(code).not.toMatch(/\bimport\s*[({"'`]|\bexport\b/);
  const window = { out: [] as string[] };
  runInNewContext(code, { window });
  await new Promise((done) => setTimeout(done, 10));
  expect(window.out).toEqual(['A', 'lazy']);
});

test('an import of a file that is not in the build is an error naming it', async () => {
  await expect(bundleClassic({ code: 'import "/_astro/gone.js";', path: '/', files: new Map(), base: '/' })).rejects.toThrow(/\/_astro\/gone\.js, which is not a file of the built site/);
});
