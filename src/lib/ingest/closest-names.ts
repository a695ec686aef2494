// The registry entries whose names come closest to a name the registry does
// not know ("Golani" → "Abu Mohammed al-Golani"), for a warning an editor can
// act on. Names are compared word by word, without case, accents or Arabic
// article prefixes ("al-", "el-"); a word counts as shared when its spelling
// is within a fifth of its length (Jolani ~ Golani).
import type { NamedEntry } from './mentions.ts';

function normalisedWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .map((w) => w.replace(/^(?:al|el|ad|as|ash|at|az|ar)(?=\p{L}{3})/u, ''))
    .filter((w) => w.length > 1 && !/^(?:al|el|the|der|die|das)$/u.test(w));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function wordsMatch(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 4 && editDistance(a, b) <= Math.floor(Math.max(a.length, b.length) / 5));
}

/** Share of the name's words found in the alias (0–1). */
function similarity(name: readonly string[], alias: readonly string[]): number {
  if (name.length === 0 || alias.length === 0) return 0;
  const shared = name.filter((w) => alias.some((a) => wordsMatch(w, a))).length;
  return shared / Math.max(name.length, Math.min(alias.length, name.length + 1));
}

/** Up to `count` entries sharing at least one word with the name, closest first, as "Name (id)". */
export function closestEntries(name: string, entries: readonly NamedEntry[], count = 3): string[] {
  const words = normalisedWords(name);
  const scored = entries
    .map((entry) => ({
      entry,
      score: Math.max(...[entry.name, ...entry.aliases].map((alias) => similarity(words, normalisedWords(alias)))),
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || (a.entry.id < b.entry.id ? -1 : 1));
  return scored.slice(0, count).map((s) => `${s.entry.name} (${s.entry.id})`);
}
