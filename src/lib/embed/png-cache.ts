// The PNG downloads, rendered once per content: a PNG is kept in .cache/png/
// (git-ignored) under the SHA-256 of what decides its pixels (the SVG, the
// scale and the versions of the renderer and the encoder), so a rebuild, or a
// new day of maps, renders only the images whose SVG changed. Rendering is
// deterministic for a given SVG and font set, so a cached file and a fresh
// render are the same bytes (the reproducible-build test builds with an empty
// cache and compares). A cache that cannot be read or written is skipped.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../generated/atomic-write.ts';
import { PNG_SCALE } from './png-scale.ts';

const require = createRequire(import.meta.url);

/** A package's version, from the package.json above its entry point (sharp's exports hide the file itself). */
function version(name: string): string {
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name && manifest.version) return manifest.version;
    } catch {
      /* no package.json here */
    }
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}
const RENDERER = `resvg-js ${version('@resvg/resvg-js')}, sharp ${version('sharp')}`;

export function pngCacheKey(svg: string, scale: number): string {
  return createHash('sha256').update(`${RENDERER}\n${scale}\n${svg}`).digest('hex');
}

export async function cachedPng(svg: string, { scale = PNG_SCALE, dir = join(process.cwd(), '.cache', 'png') } = {}): Promise<Uint8Array> {
  const file = join(dir, `${pngCacheKey(svg, scale)}.png`);
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    /* not rendered yet */
  }
  // The rasteriser (resvg, sharp and libvips) loads only when a PNG must be made: a build
  // whose PNGs are all cached never pays its start-up or its memory.
  const { rasterizePng } = await import('./rasterize-png.ts');
  const { png } = await rasterizePng(svg, scale);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(file, png);
  } catch {
    /* a read-only tree still builds, only slower */
  }
  return png;
}
