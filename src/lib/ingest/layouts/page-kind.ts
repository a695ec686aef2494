// What a DW address says about its page: "/a-70930913" an article, "/av-…" a
// video, "/audio-…" an audio page, "/live-…" a live blog, "/g-…" a picture
// gallery, "/t-…" and "/s-…" topic and section pages.
import type { Layout } from './layout.ts';

const KINDS: Readonly<Record<string, Layout>> = { a: 'article', av: 'video', audio: 'audio', live: 'live-blog', g: 'gallery', t: 'topic', s: 'topic' };

/** The layout a DW address names, or null (not DW, or no kind in the address). */
export function layoutFromUrl(url: string): Layout | null {
  const parsed = URL.parse(url);
  if (!parsed || !/(^|\.)dw\.com$/u.test(parsed.hostname)) return null;
  const last = parsed.pathname.split('/').filter((p) => p !== '').at(-1) ?? '';
  const m = /^([a-z]+)-\d+$/u.exec(last);
  return (m && KINDS[m[1] ?? '']) || null;
}
