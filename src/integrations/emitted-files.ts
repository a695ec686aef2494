// Writes the files that pages registered while rendering (src/lib/build/
// emitted-files.ts: the map images) into the build, and serves them from
// memory in `astro dev`. Must come BEFORE the Content-Security-Policy and
// service worker integrations in astro.config.mjs: the policy hashes the
// images' inline style sheet and the worker precaches them.
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emittedFile, emittedFiles } from '../lib/build/emitted-files.ts';
import { writeFileAtomic } from '../lib/generated/atomic-write.ts';

const TYPES: Record<string, string> = { svg: 'image/svg+xml' };

export function emitFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'emitted-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
          const contents = path.startsWith(base) ? emittedFile(path.slice(base.length)) : undefined;
          if (contents === undefined) return next();
          res.setHeader('content-type', TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream');
          res.end(contents);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = emittedFiles();
        for (const { path, contents } of files) {
          // Whole or not at all, like every file the build writes.
          writeFileAtomic(join(root, path), contents);
        }
        logger.info(`${files.length} files made by the pages (map images and data) written to _astro/`);
      },
    },
  };
}
