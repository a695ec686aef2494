// The order of articles wherever they are listed: by publication date, then
// by slug, so that two articles of the same day always come in the same order
// (the build stays byte-identical, and citation numbers stay put).

interface Dated {
  date: string;
  slug: string;
}

/** Oldest first: the order the reporting happened in (explainers, credits). */
export function oldestFirst(a: Dated, b: Dated): number {
  return a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug);
}

/** Newest first: what a reader wants on a list (home, articles, feed). */
export function newestFirst(a: Dated, b: Dated): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}
