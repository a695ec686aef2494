// The pages of the built search index as Pagefind stored them: one record per
// fragment (dist/pagefind/fragment/*.pf_fragment, gzip), with the text that
// Pagefind indexed and shows excerpts from.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFragment } from '../../src/lib/offline/search-data.ts';
import type { SearchRecord } from '../../src/lib/offline/fallback-search.ts';

export interface IndexedPage extends SearchRecord {
  /** The fragment's file name, e.g. "en_1a18e6f.pf_fragment". */
  file: string;
}

export async function readIndexedPages(dist: string): Promise<IndexedPage[]> {
  const dir = join(dist, 'pagefind', 'fragment');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.pf_fragment')).sort();
  return Promise.all(
    files.map(async (file) => ({ ...parseFragment(gunzipSync(await readFile(join(dir, file))).toString('utf8'), `pagefind/fragment/${file}`), file })),
  );
}
