// A small static file server for the built site (dist/), used by the browser
// tests, the screenshot script and the bench. It behaves like a plain static
// host: directory URLs serve their index.html, a directory URL without its
// trailing slash is redirected, unknown paths get dist/404.html with status 404,
// and no request can read a file outside the root. Like Netlify and Cloudflare
// Pages, it sends the headers that the site's _headers file sets for a path
// (the Content-Security-Policy among them), except Cache-Control: it always
// sends no-store, so that no test ever sees an earlier build's file.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { headersFor, parseHeadersFile } from './host-headers.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  /** Origin plus base, always ending in '/', e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Directory to serve (normally dist/). */
  root: string;
  /** URL prefix the site is deployed under (Astro's `base`); default '/'. */
  base?: string;
  /** Port to listen on; default 0, a random free port. */
  port?: number;
}

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

type Resolved =
  | { kind: 'file'; path: string; size: number }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' };

async function fileSize(path: string): Promise<number | 'dir' | null> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return 'dir';
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

/** Maps a request path to a file under root, never outside it. */
export async function resolveRequest(root: string, base: string, rawUrl: string): Promise<Resolved> {
  const pathname = new URL(rawUrl, 'http://host').pathname;
  if (!pathname.startsWith(base)) return { kind: 'missing' };
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return { kind: 'missing' }; // malformed percent-encoding
  }
  if (relative.includes('\0')) return { kind: 'missing' };
  const absolute = resolve(root, '.' + '/' + relative);
  if (absolute !== root && !absolute.startsWith(root + sep)) return { kind: 'missing' };

  const size = await fileSize(absolute);
  if (size === 'dir') {
    if (!pathname.endsWith('/')) return { kind: 'redirect', location: pathname + '/' };
    const index = resolve(absolute, 'index.html');
    const indexSize = await fileSize(index);
    return typeof indexSize === 'number' ? { kind: 'file', path: index, size: indexSize } : { kind: 'missing' };
  }
  return typeof size === 'number' ? { kind: 'file', path: absolute, size } : { kind: 'missing' };
}

/** What root/_headers sets for a request path (from the site root), Cache-Control left out; read on each request, as builds replace it. */
async function hostHeaders(root: string, sitePath: string): Promise<Record<string, string>> {
  const text = await readFile(resolve(root, '_headers'), 'utf8').catch(() => '');
  const headers = headersFor(parseHeadersFile(text, resolve(root, '_headers')), sitePath);
  headers.delete('cache-control');
  return Object.fromEntries(headers);
}

function send(res: ServerResponse, req: IncomingMessage, status: number, path: string, size: number, extra: Record<string, string>): void {
  res.writeHead(status, {
    ...extra,
    'content-type': contentTypeFor(path),
    'content-length': String(size),
    'cache-control': 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(path)
    .on('error', () => res.destroy())
    .pipe(res);
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const base = options.base ?? '/';
  if (!base.startsWith('/') || !base.endsWith('/')) {
    throw new Error(`static server: base must start and end with '/', got ${JSON.stringify(base)}`);
  }
  const notFoundPage = resolve(root, '404.html');

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = new URL(req.url ?? '/', 'http://host').pathname;
    const sitePath = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
    Promise.all([resolveRequest(root, base, req.url ?? '/'), hostHeaders(root, sitePath)])
      .then(async ([found, extra]) => {
        if (found.kind === 'file') return send(res, req, 200, found.path, found.size, extra);
        if (found.kind === 'redirect') {
          res.writeHead(301, { location: found.location }).end();
          return;
        }
        const size = await fileSize(notFoundPage);
        if (typeof size === 'number') return send(res, req, 404, notFoundPage, size, extra);
        res.writeHead(404, { ...extra, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      })
      .catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  });

  return listenOnLoopback(server, base, options.port);
}

/** Starts `server` on 127.0.0.1 (port 0: any free one); closing it drops open connections. */
export async function listenOnLoopback(server: Server, base: string, port = 0): Promise<StaticServer> {
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    port: address.port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
