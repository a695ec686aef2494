// Numeric facts in the body paragraphs: each number as printed, its value and
// what it counts. Years ("2012") and days of a date ("December 4, 2024") are
// not figures. When numbers that follow a total add up to it exactly and the
// text says so ("The figure including 214 rebels…, 137… and 61…"), they are
// marked as parts of that total.
import type { Figure, ParagraphBlock } from '../../schemas/article.ts';
import { MONTH_NAMES } from './dates.ts';
import { figureCounts } from './figure-counts.ts';
import { rangeAt, sentenceRanges } from './sentences.ts';

const SCALE = '(?:\\s(?:million|billion|thousand|Millionen|Million|Milliarden|Milliarde|Tausend))?';
// The first digit is matched before the look-behind that checks what precedes it, so the regex
// engine can skip ahead to digits instead of testing the look-behind at every position.
const FIRST_DIGIT = '\\d(?<!(?:[\\p{L}\\p{N}.,:/]|\\p{L}-|\\d-)\\d)';
const EDGE_AFTER = '(?![\\p{L}\\p{N}]|[.,:/]\\d|-\\p{L}|-\\d)';
const DIGITS: Record<string, RegExp> = {
  en: new RegExp(`${FIRST_DIGIT}(?:\\d{0,2}(?:,\\d{3})+|\\d*)(?:\\.\\d+)?${SCALE}${EDGE_AFTER}`, 'gu'),
  de: new RegExp(`${FIRST_DIGIT}(?:\\d{0,2}(?:\\.\\d{3})+|\\d*)(?:,\\d+)?${SCALE}${EDGE_AFTER}`, 'gu'),
};
const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
// English only, so ASCII letter edges suffice (and are much faster than Unicode classes).
// (The word's start is checked in code, see below, which lets the engine skip ahead.)
const WORDS = new RegExp(`(?:${Object.keys(WORD_NUMBERS).map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`).join('|')})(?![A-Za-z-])`, 'g');
const SCALES: Record<string, number> = { thousand: 1e3, tausend: 1e3, million: 1e6, millionen: 1e6, billion: 1e9, milliarde: 1e9, milliarden: 1e9 };
const MONTH_BEFORE = new RegExp(`(?:${MONTH_NAMES.join('|')})\\.?\\s$`, 'u');
const MONTH_AFTER = new RegExp(`^\\.\\s?(?:${MONTH_NAMES.join('|')})(?![\\p{L}])`, 'u');
const PART_CUE = /includ|of whom|of them|among them|comprising|made up of|broken down|darunter|davon/iu;

function valueOf(raw: string, language: string): number {
  const [digits = '', scale = ''] = raw.split(/\s/u);
  const wordValue = WORD_NUMBERS[digits.toLowerCase()];
  const base =
    wordValue ?? Number(language === 'de' ? digits.replaceAll('.', '').replace(',', '.') : digits.replaceAll(',', ''));
  return base * (SCALES[scale.toLowerCase()] ?? 1);
}

function isDatePart(raw: string, before: string, after: string): boolean {
  if (/^\d{4}$/u.test(raw) && Number(raw) >= 1800 && Number(raw) <= 2100) return true;
  return MONTH_BEFORE.test(before.slice(-12)) || MONTH_AFTER.test(after);
}

function figuresOf(paragraph: ParagraphBlock, language: string): Figure[] {
  const text = paragraph.text;
  const sentences = sentenceRanges(text);
  const found: Figure[] = [];
  const matches = [...text.matchAll(DIGITS[language] ?? (DIGITS['en'] as RegExp))];
  if (language === 'en') {
    for (const m of text.matchAll(WORDS)) if (!/[A-Za-z-]/u.test(text[m.index - 1] ?? ' ')) matches.push(m);
  }
  matches.sort((a, b) => a.index - b.index);
  for (const m of matches) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const sentence = rangeAt(sentences, start);
    const before = text.slice(sentence.start, start);
    const after = text.slice(end, Math.max(end, sentence.end));
    if (isDatePart(raw, before, after)) continue;
    // "two of the airstrikes" names no count of its own.
    if (/^\p{L}/u.test(raw) && /^\s+of\s/u.test(after)) continue;
    const counts = figureCounts(before, after, language);
    if (counts === '') continue;
    found.push({ paragraph: paragraph.id, start, end, raw, value: valueOf(raw, language), counts });
  }
  markParts(found, text);
  return found;
}

/** Marks runs of figures that follow a total, add up to it and are introduced as its parts. */
function markParts(figures: Figure[], text: string): void {
  for (let w = 0; w < figures.length; w++) {
    const whole = figures[w] as Figure;
    let sum = 0;
    for (let k = w + 1; k < figures.length; k++) {
      const part = figures[k] as Figure;
      sum += part.value;
      if (sum > whole.value) break;
      const first = figures[w + 1] as Figure;
      if (sum === whole.value && k > w + 1 && PART_CUE.test(text.slice(whole.end, first.start))) {
        for (let j = w + 1; j <= k; j++) (figures[j] as Figure).partOf = whole.raw;
        w = k;
        break;
      }
    }
  }
}

export function findFigures(paragraphs: readonly ParagraphBlock[], language: string): Figure[] {
  return paragraphs.flatMap((p) => figuresOf(p, language));
}
