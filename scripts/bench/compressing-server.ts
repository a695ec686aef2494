// A static server for benches, like a production static host: it gzips what a
// host would gzip (level 9, as if pre-compressed) when the client accepts it,
// and lets the browser cache nothing across visits (each measurement is a
// first visit anyway). Files are mapped exactly as the test server maps them
// (tooling/static-server.ts), so our site and the peer sites are served
// the same way. Lighthouse needs the compression: its simulated mobile
// network would otherwise charge every page for uncompressed text.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
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
      const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'public, max-age=0, must-revalidate', vary: 'accept-encoding' };
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
