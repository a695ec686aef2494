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

/** Letters, digits and combining marks make words; ASCII is decided without a regex (the common case). */
function isWordCode(code: number, text: string, at: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(text[at] ?? '');
}

function isWordChar(text: string, at: number): boolean {
  return at >= 0 && at < text.length && isWordCode(text.charCodeAt(at), text, at);
}

/** End of the token starting at `at`: a whole word, or one other (non-space) character. */
function tokenEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isWordCode(text.charCodeAt(end), text, end)) end++;
  return end === at ? at + 1 : end;
}

function firstToken(alias: string): string {
  return alias.slice(0, tokenEnd(alias, 0));
}

/**
 * Compiles the entries' names and aliases into one matcher (compile once, use
 * for every paragraph). Aliases are indexed by their first word, so a
 * paragraph costs one map lookup per word.
 */
export function compileAliasMatcher(entries: readonly NamedEntry[]): AliasMatcher {
  const byFirst = new Map<string, Alias[]>();
  const seen = new Set<string>();
  for (const entry of entries) {
    for (const raw of [entry.name, ...entry.aliases]) {
      const text = raw.replace(SPACES, ' ');
      // The first entry to claim an alias keeps it, so the result never depends on Map order.
      if (text.trim() === '' || seen.has(text)) continue;
      seen.add(text);
      const key = firstToken(text);
      const list = byFirst.get(key) ?? [];
      list.push({ text, ref: entry.id });
      byFirst.set(key, list);
    }
  }
  // Longest alias first: at a given position the first one that fits is the longest.
  for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : 1));
  const firstCodes = new Set([...byFirst.keys()].map((k) => k.charCodeAt(0)));
  return {
    find(original: string): Match[] {
      if (byFirst.size === 0) return [];
      const text = HAS_SPACES.test(original) ? original.replace(SPACES, ' ') : original;
      const candidates: Match[] = [];
      for (let start = 0; start < text.length; ) {
        const code = text.charCodeAt(start);
        if (code === 32 || code === 10) {
          start++;
          continue;
        }
        const end = tokenEnd(text, start);
        const list = firstCodes.has(code) ? byFirst.get(text.slice(start, end)) : undefined;
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
  if (candidates.length < 2) return candidates;
  const order = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Match[] = [];
  for (const c of order) {
    if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}
