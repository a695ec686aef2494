// The service worker: on a reader's first visit it saves every page, asset
// and the search index (the precache manifest, inlined at build time by
// src/integrations/service-worker.ts), then serves them from that cache, so
// the whole site, maps and search work with the network off.
//
// Strategy: a file in the manifest is answered from the cache, since all
// files of one version belong together (pages, their hashed assets, the
// Pagefind index); anything else goes to the network. A new deploy changes
// the manifest and so this script: the browser installs the new version in
// the background, copying unchanged files from the old cache and downloading
// only changed ones, then switches over; the next page the reader opens is
// the new version. Query strings are ignored when matching, so /search/?q=…
// finds the saved search page and Pagefind's pagefind-entry.json?ts=… its
// saved entry file.
import type { PrecacheManifest } from '../../lib/offline/precache-manifest.ts';

// The service-worker global scope, declared here because the project's
// TypeScript setup targets the DOM, whose declarations conflict with the
// WebWorker library's.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  readonly registration: { readonly scope: string };
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

declare const PRECACHE_MANIFEST: PrecacheManifest;

const worker = globalThis as unknown as ServiceWorkerScope;
const scope = worker.registration.scope;
/** Per scope, so two deployments on one origin never delete each other's caches. */
const CACHE_PREFIX = `precache:${scope}:`;
const CACHE_NAME = CACHE_PREFIX + PRECACHE_MANIFEST.version;
/** A key in each cache holding its entries' revisions; never served. */
const REVISIONS_KEY = new URL('__precache-revisions__', scope).href;
const DOWNLOADS_AT_ONCE = 6;

const revisions = new Map(PRECACHE_MANIFEST.entries.map((e) => [new URL(e.url, scope).href, e.revision]));

/** The cache key for a request: its URL without query or fragment, "…/index.html" as its directory. */
function keyFor(url: string): string {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  if (u.pathname.endsWith('/index.html')) u.pathname = u.pathname.slice(0, -'index.html'.length);
  return u.href;
}

/** The newest other precache of this scope, to copy unchanged files from. */
async function previousCache(): Promise<{ cache: Cache; revisions: Record<string, string> } | undefined> {
  const names = (await caches.keys()).filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE_NAME);
  const name = names.at(-1);
  if (name === undefined) return undefined;
  const cache = await caches.open(name);
  const saved = await cache.match(REVISIONS_KEY);
  return { cache, revisions: saved ? ((await saved.json()) as Record<string, string>) : {} };
}

/** A response safe to answer navigations with (a redirected response is not). */
async function storable(response: Response): Promise<Response> {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function precache(): Promise<void> {
  const cache = await caches.open(CACHE_NAME);
  const previous = await previousCache();
  const queue = [...revisions];
  const next = async (): Promise<void> => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const [url, revision] = item;
      const old = previous?.revisions[url] === revision ? await previous.cache.match(url) : undefined;
      // no-cache: revalidate with the server, never take a stale copy from the HTTP cache.
      const response = old ?? (await fetch(new Request(url, { cache: 'no-cache' })));
      if (!response.ok) throw new Error(`offline copy: ${url} answered ${response.status}`);
      await cache.put(url, await storable(response));
    }
  };
  await Promise.all(Array.from({ length: DOWNLOADS_AT_ONCE }, next));
  await cache.put(REVISIONS_KEY, new Response(JSON.stringify(Object.fromEntries(revisions))));
}

worker.addEventListener('install', (event) => {
  // A failed download fails the install: no half-saved site is ever used.
  event.waitUntil(precache().then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE_NAME);
      await Promise.all(old.map((n) => caches.delete(n)));
      await worker.clients.claim();
    })(),
  );
});

async function fromCache(request: Request, key: string): Promise<Response> {
  const cache = await caches.open(CACHE_NAME);
  const saved = await cache.match(key);
  return saved ?? fetch(request);
}

async function offlinePage(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const saved = await (await caches.open(CACHE_NAME)).match(new URL('404.html', scope).href);
    if (saved) return new Response(saved.body, { status: 404, headers: saved.headers });
    throw error;
  }
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  const key = keyFor(request.url);
  if (revisions.has(key)) event.respondWith(fromCache(request, key));
  else if (request.mode === 'navigate') event.respondWith(offlinePage(request));
});
