// Which way a language is written, from CLDR (Intl.Locale#getTextInfo): "rtl"
// for Arabic, Persian, Dari, Pashto and Urdu, "ltr" otherwise. A page in such
// a language sets it on <html dir>, so that its text and layout run right to left.

type WithTextInfo = Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };

export function textDirection(language: string): 'ltr' | 'rtl' {
  let locale: WithTextInfo;
  try {
    locale = new Intl.Locale(language) as WithTextInfo;
  } catch {
    return 'ltr';
  }
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}

/** Does text in `language` need marking when it sits inside a page in `pageLanguage` (another language)? */
export function sameLanguage(language: string, pageLanguage: string): boolean {
  try {
    return new Intl.Locale(language).language === new Intl.Locale(pageLanguage).language;
  } catch {
    return language === pageLanguage;
  }
}
