// The files a built ES module loads: the module and every module it imports
// statically, each once, found by their relative `import`/`export … from`
// specifiers (what Vite writes into dist/_astro/). For the map script's
// budget (tests/browser/map-budgets.test.ts) and `npm run bench`'s maps figures.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

/** A built module and every module it statically imports, each once, the module first. */
export async function moduleGraph(file: string, seen = new Set<string>()): Promise<string[]> {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = await readFile(file, 'utf8');
  const imports = [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
  const nested = await Promise.all(imports.map((spec) => moduleGraph(resolve(dirname(file), spec), seen)));
  return [file, ...nested.flat()];
}
