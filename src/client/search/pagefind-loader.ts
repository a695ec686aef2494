// Loads pagefind's browser module, once, and only when first asked: the
// search page calls this while it idles, when the reader focuses the box or
// when a query arrives, whichever comes first; no other page loads it.
import { href } from '../../lib/site/href.ts';
import { pagefindCacheOptions } from '../offline/pagefind-cache-tag.ts';

/** The part of pagefind.js that we use (it ships no types for the browser). */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<unknown>;
  /** Loads the index chunks of every word of `term`, and nothing else. */
  preload(term: string): Promise<void>;
  filters(): Promise<unknown>;
}

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    // A URL built at run time, so Vite leaves the import alone: pagefind.js
    // is written after the Astro build, by src/integrations/pagefind.ts.
    const url = href('/pagefind/pagefind.js');
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // baseUrl is also pagefind's own default when served from <base>pagefind/;
    // said explicitly so a moved bundle still yields links under the site's base.
    // metaCacheTag (offline support): one fixed index URL per build, so the service worker's copy is used.
    // noWorker: our index is small and loaded while the page idles; answering on the main thread saves
    // pagefind's worker script and a message round trip per result (first result on the bench's busy
    // 2 cores: 21–41 ms here, 31–70 ms in the worker).
    await pagefind.options({ baseUrl: href('/'), excerptLength: 26, noWorker: true, ...pagefindCacheOptions() });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, say) must not stick: the next search tries again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
