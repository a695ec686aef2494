// Files that components make while pages render, such as the map images
// (src/lib/map/map-images.ts): each is named by a hash of its contents under
// _astro/ (cached for a year, like Vite's assets) and written into the build
// by src/integrations/emitted-files.ts once every page is rendered; `astro dev`
// serves them from memory.
//
// The register lives on globalThis: Astro renders the pages from its own
// bundle of src/, a second copy of this module in the same process, and the
// integration must see what those pages registered.
import { createHash } from 'node:crypto';

export interface EmittedFile {
  /** Path inside the site, no leading slash: "_astro/fm-syria-under.3f2a9c1d0e.svg". */
  path: string;
  contents: string;
}

const REGISTER = Symbol.for('syria-explainer.emitted-files');

type Register = Map<string, string>;

function register(): Register {
  const global = globalThis as { [REGISTER]?: Register };
  return (global[REGISTER] ??= new Map());
}

/** Hex digits of the content hash in a file name: enough that two files never collide in one site. */
const HASH_LENGTH = 10;

/** "fm-syria-under" + ".svg" → "_astro/fm-syria-under.<hash>.svg", registered for writing; the same contents give the same path. */
export function emitFile(stem: string, extension: string, contents: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(stem)) throw new Error(`emitted file: "${stem}" is not a lower-case name`);
  const hash = createHash('sha256').update(contents).digest('hex').slice(0, HASH_LENGTH);
  const path = `_astro/${stem}.${hash}.${extension}`;
  register().set(path, contents);
  return path;
}

/** Every file registered so far, by path. */
export function emittedFiles(): EmittedFile[] {
  return [...register()].map(([path, contents]) => ({ path, contents })).sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The contents registered at a path (the dev server's answer), or undefined. */
export function emittedFile(path: string): string | undefined {
  return register().get(path);
}
