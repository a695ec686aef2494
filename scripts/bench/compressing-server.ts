// A static server for benches, like a production static host: it gzips what a
// host would gzip (level 9, as if pre-compressed) when the client accepts it,
// sends the Cache-Control that the site's _headers file sets (a year for the
// hashed files, as Netlify and Cloudflare Pages would) and an ETag, answering
// a matching If-None-Match with 304, so a second visit is as cheap as on a
// real host (each page-weight measurement is a first visit in a fresh
// context anyway). Files are mapped exactly as the test server maps them
// (tooling/static-server.ts), so our site and the peer sites are served
// the same way. Lighthouse needs the compression: its simulated mobile
// network would otherwise charge every page for uncompressed text.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../../tooling/host-headers.ts';
import { contentTypeFor, listenOnLoopback, resolveRequest, type StaticServer } from '../../tooling/static-server.ts';
import { isCompressible } from '../../tooling/perf/resource-kind.ts';

export async function startCompressingServer(options: { root: string; base?: string }): Promise<StaticServer> {
  const root = resolve(options.root);
  const base = options.base ?? '/';
  const gzipped = new Map<string, Buffer>();

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const serve = async (): Promise<void> => {
      const found = await resolveRequest(root, base, req.url ?? '/');
      if (found.kind === 'redirect') {
        res.writeHead(301, { location: found.location }).end();
        return;
      }
      let status = 200;
      let path: string;
      if (found.kind === 'file') path = found.path;
      else {
        status = 404;
        path = resolve(root, '404.html');
        if (!(await stat(path).catch(() => null))?.isFile()) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
          return;
        }
      }
      const type = contentTypeFor(path);
      let body: Buffer = await readFile(path);
      const rules = parseHeadersFile(await readFile(resolve(root, '_headers'), 'utf8').catch(() => ''));
      const sitePath = new URL(req.url ?? '/', 'http://host').pathname.slice(base.length - 1);
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      const headers: Record<string, string> = {
        'content-type': type,
        'cache-control': headersFor(rules, sitePath).get('cache-control') ?? 'public, max-age=0, must-revalidate',
        etag,
        vary: 'accept-encoding',
      };
      if (status === 200 && req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && isCompressible(path, type, body)) {
        const cached = gzipped.get(path) ?? gzipSync(body, { level: 9 });
        gzipped.set(path, cached);
        body = cached;
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = String(body.length);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    serve().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  return listenOnLoopback(server, base);
}
