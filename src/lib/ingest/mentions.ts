// Mentions of registry entries (places, actors, people) in article text, by
// alias: case-sensitive, whole words, longest match first, never overlapping.
// A space in an alias also matches a no-break or other single space character
// (DW prints "Hayat\u00a0Tahrir al-Sham"); the match keeps the printed text.
// Names come only from the registries passed in; nothing is hard-coded here.

export interface NamedEntry {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface Match {
  start: number;
  end: number;
  ref: string;
  text: string;
}

export interface AliasMatcher {
  /** Non-overlapping matches in `text`, in reading order. */
  find(text: string): Match[];
}

// Single UTF-16 units, so replacing them keeps every offset.
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const HAS_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

interface Alias {
  text: string;
  ref: string;
}

// Per UTF-16 unit: 1 a word character, 2 not one, 0 not looked up yet. A
// table, because every character of every paragraph is looked at.
const WORD_CODES = new Uint8Array(0x10000);

/** Letters, digits and combining marks make words. */
function isWordCode(code: number): boolean {
  const known = WORD_CODES[code];
  return known === 1 || (known === 0 && lookUpWordCode(code));
}

function lookUpWordCode(code: number): boolean {
  const word = WORD_CHAR.test(String.fromCharCode(code));
  WORD_CODES[code] = word ? 1 : 2;
  return word;
}

function isWordChar(text: string, at: number): boolean {
  return at >= 0 && at < text.length && isWordCode(text.charCodeAt(at));
}

/** End of the token starting at `at`: a whole word, or one other (non-space) character. */
function tokenEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
  return end === at ? at + 1 : end;
}

/** Aliases are found by their first token's first character and length: a number, so looking a token up allocates nothing. */
function tokenKey(code: number, length: number): number {
  return code * 0x10000 + Math.min(length, 0xffff);
}

/**
 * Compiles the entries' names and aliases into one matcher (compile once, use
 * for every paragraph). Aliases are indexed by their first token, so a
 * paragraph costs one map lookup per word that could start one.
 */
export function compileAliasMatcher(entries: readonly NamedEntry[]): AliasMatcher {
  const byKey = new Map<number, Alias[]>();
  const seen = new Set<string>();
  for (const entry of entries) {
    for (const raw of [entry.name, ...entry.aliases]) {
      const text = raw.replace(SPACES, ' ');
      // The first entry to claim an alias keeps it, so the result never depends on Map order.
      if (text.trim() === '' || seen.has(text)) continue;
      seen.add(text);
      const key = tokenKey(text.charCodeAt(0), tokenEnd(text, 0));
      const list = byKey.get(key) ?? [];
      list.push({ text, ref: entry.id });
      byKey.set(key, list);
    }
  }
  // Longest alias first: at a given position the first one that fits is the longest.
  // (Aliases that share a key but not their first token never both fit at one position.)
  for (const list of byKey.values()) list.sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : 1));
  const firstCodes = new Uint8Array(0x10000);
  for (const list of byKey.values()) firstCodes[(list[0] as Alias).text.charCodeAt(0)] = 1;
  return {
    find(original: string): Match[] {
      if (byKey.size === 0) return [];
      const text = HAS_SPACES.test(original) ? original.replace(SPACES, ' ') : original;
      const candidates: Match[] = [];
      const length = text.length;
      for (let start = 0; start < length; ) {
        const code = text.charCodeAt(start);
        // The token here: a whole word, or one other character (spaces start none).
        let end = start + 1;
        if (isWordCode(code)) while (end < length && isWordCode(text.charCodeAt(end))) end++;
        else if (code === 32 || code === 10) {
          start = end;
          continue;
        }
        // An alias fits when the text starts with it here: its first token then equals this token, as both have the key's length.
        const list = firstCodes[code] === 1 ? byKey.get(tokenKey(code, end - start)) : undefined;
        if (list && !isWordChar(text, start - 1)) {
          for (const alias of list) {
            const aliasEnd = start + alias.text.length;
            if (text.startsWith(alias.text, start) && !(isWordChar(text, aliasEnd) && isWordChar(text, aliasEnd - 1))) {
              candidates.push({ start, end: aliasEnd, ref: alias.ref, text: original.slice(start, aliasEnd) });
              break;
            }
          }
        }
        start = end;
      }
      return pickLongest(candidates);
    },
  };
}

/** Greedy choice: longest candidates first (earlier on ties), skipping any that overlap one already taken. */
function pickLongest(candidates: Match[]): Match[] {
  // Candidates come in reading order; when none overlaps the next, all are taken (the common case).
  let overlaps = false;
  for (let i = 1; i < candidates.length && !overlaps; i++) overlaps = (candidates[i] as Match).start < (candidates[i - 1] as Match).end;
  if (!overlaps) return candidates;
  const order = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Match[] = [];
  for (const c of order) {
    if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}
