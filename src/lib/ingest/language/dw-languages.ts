// The languages DW publishes in, as BCP 47 tags, and how its URLs name them
// (dw.com/<segment>/…). Everything else about a language (month and weekday
// names, text direction, its name in English) comes from the runtime's CLDR
// data, so this list is all there is to extend when DW adds a language.

/** URL segment → language tag. Segments are DW's own; most are the tag itself. */
const URL_SEGMENTS: Record<string, string> = {
  sq: 'sq', am: 'am', ar: 'ar', bn: 'bn', bs: 'bs', bg: 'bg', zh: 'zh', 'zh-hant': 'zh-Hant', hr: 'hr',
  'fa-af': 'fa-AF', en: 'en', fr: 'fr', de: 'de', el: 'el', ha: 'ha', hi: 'hi', id: 'id', sw: 'sw', mk: 'mk',
  ps: 'ps', 'fa-ir': 'fa', pl: 'pl', 'pt-br': 'pt-BR', 'pt-002': 'pt-PT', ro: 'ro', ru: 'ru', sr: 'sr', es: 'es',
  tr: 'tr', uk: 'uk', ur: 'ur',
};

export const DW_LANGUAGES: readonly string[] = [...new Set(Object.values(URL_SEGMENTS))];

/**
 * Regional forms whose CLDR month names differ from the language's default
 * and that DW's writers use: Levantine and Maghrebi Arabic month names
 * ("كانون الأول", "دجنبر") beside the Egyptian ones ("ديسمبر").
 */
export const REGIONAL_FORMS: Readonly<Record<string, readonly string[]>> = {
  ar: ['ar-SY', 'ar-MA', 'ar-DZ'],
  pt: ['pt-PT'],
};

/** The language a DW address names ("https://www.dw.com/fa-ir/…" → "fa"), or null. */
export function languageFromUrl(url: string): string | null {
  const parsed = URL.parse(url);
  if (!parsed || !/(^|\.)dw\.com$/u.test(parsed.hostname)) return null;
  const segment = parsed.pathname.split('/')[1]?.toLowerCase() ?? '';
  return URL_SEGMENTS[segment] ?? null;
}

/** The language without region or script: "fa-AF" → "fa". */
export function baseLanguage(tag: string): string {
  return new Intl.Locale(tag).language;
}

/** "Swahili", "Persian (Afghanistan)": for messages. */
export function languageName(tag: string): string {
  return new Intl.DisplayNames('en', { type: 'language' }).of(tag) ?? tag;
}
