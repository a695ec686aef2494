// What a number counts, in the article's own words: the noun phrase after it
// ("214 rebels", "40 villages and settlements", "Four civilians were
// wounded"), the clause after it ("115,000 have had to flee their homes"), or
// the toll it completes ("the death toll "has reached 412,"").

const STOP_EN = new Set(
  ('from in of on over at to by with for since across near after before during within into including or but that which ' +
    'who whom whose were was are is have has had been be will would could can may might should said the a an as than per ' +
    'says say told tells each according its their his her this these those when where while although though because if so toward towards ' +
    'against under between among through without about around along beyond back ago more and northeast southeast ' +
    'northwest southwest north south east west up down out off').split(' '),
);
const STOP_DE = new Set(
  ('in im von vom aus auf bei mit nach seit über unter und oder der die das den dem des ein eine einer wurden sind ist ' +
    'waren haben hatten hat worden gegen für um zu zum zur als am an bis durch ohne pro je sowie laut').split(' '),
);
const AUXILIARY = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is', 'haben', 'sind', 'wurden', 'mussten']);
const LINKING = /^\s+(?:were|was|are|is|have been|has been|had been)\s+(?:[\p{L}]+ed|killed|wounded|injured|hurt|shot|taken|seized|held|left|driven|forced)(?:\s+(?:down|out|dead))?(?![\p{L}])/u;
const LEADING_MODIFIER = /^(?:more|weitere)$/iu;
// A word, or a word in quotation marks ("enemy" drones).
const WORD = /^(\s+)((?:"|“|„)\p{L}[\p{L}\p{M}'’-]*(?:"|”|“)|\p{L}[\p{L}\p{M}'’-]*)(?![\p{L}"“”„])/u;
const MAX_WORDS = 4;
const MAX_CLAUSE_WORDS = 8;

function bare(word: string): string {
  return word.replace(/^["“„]|["”“]$/gu, '').toLowerCase();
}

/** Counted words following a number, as an exact slice of `after` (which starts right after the number). */
function phraseAfter(after: string, language: string): string {
  const stop = language === 'de' ? STOP_DE : STOP_EN;
  if (/^\s?%/u.test(after)) return '%';
  let pos = 0;
  let start = -1;
  let end = 0;
  let count = 0;
  for (;;) {
    const m = WORD.exec(after.slice(pos));
    if (!m) break;
    const word = bare(m[2] ?? '');
    const wordStart = pos + (m[1] ?? '').length;
    const wordEnd = wordStart + (m[2] ?? '').length;
    if (count === 0 && AUXILIARY.has(word)) {
      // "115,000 have had to flee their homes": the clause says what the number counts.
      const clause = (after.slice(wordStart).split(/[.,;:!?()"“”]/u)[0] ?? '').trimEnd();
      return clause.split(/\s+/u).length <= MAX_CLAUSE_WORDS ? clause : '';
    }
    if (count === 0 && start < 0 && LEADING_MODIFIER.test(word)) {
      pos = wordEnd;
      continue;
    }
    const isAnd = word === 'and' || word === 'und';
    if (isAnd && count > 0) {
      const next = WORD.exec(after.slice(wordEnd));
      if (!next || stop.has(bare(next[2] ?? ''))) break;
      pos = wordEnd;
      continue;
    }
    if (stop.has(word) || count >= MAX_WORDS) break;
    // German nouns are capitalised: a lower-case word after one starts the predicate ("Menschen flohen").
    if (language === 'de' && count > 0 && /^\p{Lu}/u.test(after.slice(start, end).split(/\s+/u).at(-1) ?? '') && /^\p{Ll}/u.test(word)) break;
    if (start < 0) start = wordStart;
    end = wordEnd;
    count++;
    pos = wordEnd;
  }
  if (start < 0) return '';
  const linking = LINKING.exec(after.slice(end));
  if (linking) end += linking[0].length;
  return after.slice(start, end);
}

const TOLL = /(?:death |Todes)?(?:toll|Zahl der Toten|Opferzahl)/gu;

/** "the death toll "has reached 412,"": the words naming the total the number completes, if any. */
function tollBefore(before: string): string {
  let last = '';
  for (const m of before.matchAll(TOLL)) last = m[0];
  return last;
}

/** What the number counts (spaces and NBSPs collapsed to one space), or "" when the text does not say. */
export function figureCounts(before: string, after: string, language: string): string {
  return (phraseAfter(after, language) || tollBefore(before)).replace(/\s+/gu, ' ');
}
