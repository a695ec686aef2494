// The PNG downloads, rendered once per content: a PNG is kept in .cache/png/
// (git-ignored) under the SHA-256 of what decides its pixels (the SVG, the
// scale, the versions of the renderer and the encoder and its settings), so a rebuild, or a
// new day of maps, renders only the images whose SVG changed. Rendering is
// deterministic for a given SVG and font set, so a cached file and a fresh
// render are the same bytes (the reproducible-build test builds with an empty
// cache and compares). A cache that cannot be read or written is skipped.
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../generated/atomic-write.ts';
import { PNG_ENCODING } from './png-encoding.ts';
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
const RENDERER = `resvg-js ${version('@resvg/resvg-js')}, sharp ${version('sharp')}, ${JSON.stringify(PNG_ENCODING)}`;

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
  // The rasteriser (resvg, sharp and libvips) starts only when a PNG must be made: a build
  // whose PNGs are all cached never pays its start-up or its memory.
  const png = await rasterizer().render(svg, scale);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(file, png);
  } catch {
    /* a read-only tree still builds, only slower */
  }
  return png;
}

interface Reply {
  id: number;
  png?: Uint8Array;
  error?: string;
}

interface Rasterizer {
  render(svg: string, scale: number): Promise<Uint8Array>;
}

let running: Rasterizer | undefined;

/**
 * The rasteriser process (png-worker.ts), started on the first PNG to make and
 * shared by the build's pages. Its channel holds the build open only while a
 * render is pending, so the build ends when its last page is written and the
 * process then exits with it.
 */
function rasterizer(): Rasterizer {
  if (running) return running;
  // From the project's sources, not from the bundle this module is built into.
  const worker = join(process.cwd(), 'src', 'lib', 'embed', 'png-worker.ts');
  const child: ChildProcess = fork(worker, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>();
  let next = 0;
  const hold = () => (pending.size > 0 ? child.channel?.ref() : child.channel?.unref());
  const fail = (error: Error) => {
    running = undefined;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  child.on('message', (reply: Reply) => {
    const request = pending.get(reply.id);
    if (!request) return;
    pending.delete(reply.id);
    hold();
    if (reply.png) request.resolve(reply.png);
    else request.reject(new Error(`PNG rasteriser: ${reply.error ?? 'no image'}`));
  });
  child.on('error', (error) => fail(new Error(`PNG rasteriser (${worker}): ${error.message}`)));
  child.on('exit', (code, signal) => fail(new Error(`PNG rasteriser (${worker}) exited (${signal ?? `code ${code}`})`)));
  child.unref();
  running = {
    render: (svg, scale) =>
      new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        hold();
        child.send({ id, svg, scale });
      }),
  };
  return running;
}
