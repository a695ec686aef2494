// Compares two builds file by file, for the reproducible-build test: a build
// is described by a manifest (relative path → SHA-256 of the bytes).

export type Manifest = ReadonlyMap<string, string>;

export interface DistDiff {
  onlyInFirst: string[];
  onlyInSecond: string[];
  /** Paths present in both with different bytes. */
  differing: string[];
}

export function diffManifests(first: Manifest, second: Manifest): DistDiff {
  const onlyInFirst = [...first.keys()].filter((p) => !second.has(p)).sort();
  const onlyInSecond = [...second.keys()].filter((p) => !first.has(p)).sort();
  const differing = [...first.entries()].filter(([p, hash]) => second.has(p) && second.get(p) !== hash).map(([p]) => p).sort();
  return { onlyInFirst, onlyInSecond, differing };
}

export function isIdentical(diff: DistDiff): boolean {
  return diff.onlyInFirst.length === 0 && diff.onlyInSecond.length === 0 && diff.differing.length === 0;
}

/** A readable account of the differences, at most `limit` paths per list. */
export function describeDiff(diff: DistDiff, names: [string, string], limit = 20): string {
  const list = (paths: string[]) => paths.slice(0, limit).join(', ') + (paths.length > limit ? `, … (${paths.length - limit} more)` : '');
  const parts: string[] = [];
  if (diff.differing.length > 0) parts.push(`${diff.differing.length} file(s) differ: ${list(diff.differing)}`);
  if (diff.onlyInFirst.length > 0) parts.push(`${diff.onlyInFirst.length} only in ${names[0]}: ${list(diff.onlyInFirst)}`);
  if (diff.onlyInSecond.length > 0) parts.push(`${diff.onlyInSecond.length} only in ${names[1]}: ${list(diff.onlyInSecond)}`);
  return parts.join('\n');
}
