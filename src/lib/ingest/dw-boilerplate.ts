// Lines of DW page chrome that the scrape captures along with the article.
// They are recognised as whole lines (after trimming), never inside a paragraph.

/** "1. Skip to content", "  2. Zur Hauptnavigation springen": the numbered skip links at the top. */
const SKIP_LINK_EN = /^\d+\.\s+Skip to\s.+$/u;
const SKIP_LINK_DE = /^\d+\.\s+(Zum|Zur|Zu)\s.+\sspringen$/u;

/** The language a skip link is written in, or null when the line is not one. */
export function skipLinkLanguage(line: string): 'en' | 'de' | null {
  const text = line.trim();
  if (SKIP_LINK_EN.test(text)) return 'en';
  if (SKIP_LINK_DE.test(text)) return 'de';
  return null;
}

/** The line DW prints under each video (English and German pages). */
const VIDEO_FALLBACK = [/^This browser does not support the video element\.?$/u, /^Dieser Browser unterstützt (das|kein) (Video-?Element|HTML5[- ]Video)/iu];

export function isVideoFallback(line: string): boolean {
  const text = line.trim();
  return VIDEO_FALLBACK.some((re) => re.test(text));
}

/** From the first "Skip next section …" on, the page lists other stories: the article is over. */
const TRAILER = /^(Skip next section\b|Nächsten Abschnitt\b.*überspringen$)/u;

export function isTrailerStart(line: string): boolean {
  return TRAILER.test(line.trim());
}

/** Other chrome lines that may appear between the article's own lines. */
const CHROME = [
  /^DW's Top Story$/u,
  /^More stories from DW$/u,
  /^Top-Thema$/u,
  /^Weitere Themen$/u,
  /^Advertisement$/u,
  /^https:\/\/p\.dw\.com\/p\/[A-Za-z0-9]+$/u,
];

/** Is this line page chrome (skip link, video fallback, trailer, short link…)? */
export function isBoilerplate(line: string): boolean {
  const text = line.trim();
  return (
    skipLinkLanguage(text) !== null || isVideoFallback(text) || isTrailerStart(text) || CHROME.some((re) => re.test(text))
  );
}
