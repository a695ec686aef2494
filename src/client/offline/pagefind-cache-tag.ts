// For the search loader: the `metaCacheTag` to pass to pagefind.options(),
// stamped on each page at build time (src/integrations/service-worker.ts), so
// that the service worker can answer Pagefind's entry-file request offline.
//   await pagefind.options({ ..., ...pagefindCacheOptions() });
import { PAGEFIND_CACHE_TAG_META } from '../../lib/offline/pagefind-cache-tag.ts';

export function pagefindCacheOptions(): { metaCacheTag?: string } {
  const tag = document.querySelector<HTMLMetaElement>(`meta[name="${PAGEFIND_CACHE_TAG_META}"]`)?.content;
  return tag ? { metaCacheTag: tag } : {};
}
