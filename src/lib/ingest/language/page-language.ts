// The language of a page: given (seeds/sources.json, or the /xx/ segment of
// the page's DW address), else detected. Detection reads the dateline's month
// names (CLDR) first, as they name a language outright, and the text itself
// (franc's trigram statistics, among the languages DW publishes in) when the
// dateline is numeric or its month names belong to several languages.
import { franc } from 'franc-min';
import { data as trigramData } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { baseLanguage, DW_LANGUAGES } from './dw-languages.ts';

export type LanguageSource = 'sources.json' | 'url' | 'detected';

export interface PageLanguage {
  tag: string;
  from: LanguageSource;
}

/** franc's ISO 639-3 codes for the languages DW publishes in (CLDR's aliases map "pes" to "fa", "swh" to "sw"). */
let francCodes: Map<string, string> | undefined;

function codesForDw(): Map<string, string> {
  if (francCodes) return francCodes;
  francCodes = new Map();
  const bases = new Set(DW_LANGUAGES.map(baseLanguage));
  const codes = [...Object.values(trigramData).flatMap((byScript) => Object.keys(byScript)), ...Object.keys(expressions)];
  for (const code of codes) {
    let tag: string | undefined;
    try {
      tag = Intl.getCanonicalLocales(code)[0];
    } catch {
      continue;
    }
    // "cmn" (Mandarin) is canonicalised to "zh", DW's Chinese.
    if (tag === undefined || !bases.has(baseLanguage(tag))) continue;
    francCodes.set(code, DW_LANGUAGES.includes(tag) ? tag : (DW_LANGUAGES.find((l) => baseLanguage(l) === baseLanguage(tag)) ?? tag));
  }
  return francCodes;
}

/** The language the text is written in, among `candidates` (default: all DW languages); null when the text is too short or unclear. */
export function detectLanguage(text: string, candidates: readonly string[] = DW_LANGUAGES): string | null {
  const codes = codesForDw();
  const bases = new Set(candidates.map(baseLanguage));
  const only = [...codes].filter(([, tag]) => bases.has(baseLanguage(tag))).map(([code]) => code);
  if (only.length === 0) return null;
  // Below a sentence or two, trigram statistics guess more than they tell.
  const code = franc(text, { only, minLength: 60 });
  if (code === 'und') return null;
  const tag = codes.get(code) ?? null;
  // The candidate itself keeps its region ("fa-AF" stays "fa-AF" when the dateline said so).
  if (tag === null || candidates.includes(tag)) return tag;
  return candidates.find((c) => baseLanguage(c) === baseLanguage(tag)) ?? tag;
}
