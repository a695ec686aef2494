// The static server every browser test relies on: content types, directory
// index, redirect to the trailing slash, 404 page, base path, and no way out
// of its root. Raw sockets send paths that fetch() would normalise away.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../tooling/static-server.ts';

let parent: string;
let root: string;
let server: StaticServer;

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'static-server-'));
  root = join(parent, 'site');
  await mkdir(join(root, 'articles/a'), { recursive: true });
  await writeFile(join(parent, 'secret.txt'), 'outside the root');
  await writeFile(join(root, 'index.html'), '<h1>home</h1>');
  await writeFile(join(root, 'articles/a/index.html'), '<h1>a</h1>');
  await writeFile(join(root, 'style.css'), 'body{}');
  await writeFile(join(root, 'map.svg'), '<svg/>');
  await writeFile(join(root, 'app.js'), '1');
  await writeFile(join(root, '404.html'), '<h1>not here</h1>');
  await writeFile(
    join(root, '_headers'),
    ['# comment', '/*', '  Content-Security-Policy: default-src \'self\'', '  X-Content-Type-Options: nosniff', '', '/articles/*', "  Content-Security-Policy: frame-ancestors 'none'", '  Cache-Control: public, max-age=31536000, immutable', ''].join('\n'),
  );
  server = await startStaticServer({ root });
});

afterAll(async () => {
  await server.close();
  await rm(parent, { recursive: true, force: true });
});

/** Sends a request line as is and returns the status line and body. */
function rawGet(port: number, target: string): Promise<{ status: string; body: string }> {
  return new Promise((done, fail) => {
    const socket = createConnection(port, '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.0\r\n\r\n`));
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString()));
    socket.on('error', fail);
    socket.on('end', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      done({ status: head.split('\r\n')[0] ?? '', body });
    });
  });
}

describe('static server', () => {
  test('serves files with their content type', async () => {
    for (const [path, type] of [
      ['', 'text/html; charset=utf-8'],
      ['style.css', 'text/css; charset=utf-8'],
      ['map.svg', 'image/svg+xml'],
      ['app.js', 'text/javascript; charset=utf-8'],
    ] as const) {
      const response = await fetch(server.url + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
    }
  });

  test('serves a directory index, and redirects a directory URL to its trailing slash', async () => {
    expect(await (await fetch(`${server.url}articles/a/`)).text()).toBe('<h1>a</h1>');
    const redirect = await fetch(`${server.url}articles/a`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/articles/a/');
  });

  test('answers unknown paths with 404.html and status 404', async () => {
    const response = await fetch(`${server.url}nowhere/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>not here</h1>');
  });

  test("sends the headers _headers sets for the path, joining one header's values from several rules, but never its Cache-Control", async () => {
    const home = await fetch(server.url);
    expect(home.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    const article = await fetch(`${server.url}articles/a/`);
    expect(article.headers.get('content-security-policy')).toBe("default-src 'self', frame-ancestors 'none'");
    expect(article.headers.get('cache-control')).toBe('no-store');
    const missing = await fetch(`${server.url}nowhere/`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe("default-src 'self'");
  });

  test('never serves a file outside its root', async () => {
    for (const target of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/articles/../../secret.txt', '/%00', '/%zz']) {
      const { status, body } = await rawGet(server.port, target);
      expect(status, target).toMatch(/^HTTP\/1\.[01] 404 /);
      expect(body, target).not.toContain('outside the root');
    }
  });

  test('serves a site built for a sub-path only under that path', async () => {
    const under = await startStaticServer({ root, base: '/syria/' });
    try {
      expect(under.url).toMatch(/\/syria\/$/);
      expect(await (await fetch(under.url)).text()).toBe('<h1>home</h1>');
      expect((await fetch(under.url.replace('/syria/', '/'))).status).toBe(404);
    } finally {
      await under.close();
    }
  });
});
