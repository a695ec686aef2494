// The boundary with pagefind's browser API: the shapes we read from its
// answers, checked before use so a changed or corrupt index gives a clear
// message instead of a page of "undefined". zod/mini keeps this small enough
// for the search page's budget (the full zod would be several times larger).
import * as z from 'zod/mini';

const filterValues = z.record(z.string(), z.array(z.string()));

const subResultSchema = z.object({
  title: z.string(),
  url: z.string(),
  excerpt: z.string(),
});

/** One result's fragment, from `result.data()`. */
export const resultDataSchema = z.object({
  url: z.string(),
  excerpt: z.string(),
  meta: z.catchall(z.object({ title: z.optional(z.string()), date: z.optional(z.string()) }), z.string()),
  filters: z._default(filterValues, {}),
  sub_results: z._default(z.array(subResultSchema), []),
});
export type ResultData = z.infer<typeof resultDataSchema>;

/** `pagefind.filters()` and a search's `totalFilters`: key → value → page count. */
export const filterCountsSchema = z.record(z.string(), z.record(z.string(), z.number()));

/** A search's answer; each result's data is loaded separately, on demand. */
export const searchResponseSchema = z.object({
  results: z.array(z.object({ id: z.string(), data: z.custom<() => Promise<unknown>>((v) => typeof v === 'function') })),
  totalFilters: z._default(filterCountsSchema, {}),
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;

export class SearchDataError extends Error {
  override name = 'SearchDataError';
}

/** Parses `value` with `schema` or throws a SearchDataError naming what was read and the first bad field. */
export function readPagefind<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
  // zod/mini carries no message texts (that is the locale bundle we leave out), so say what was expected.
  const expected = issue && 'expected' in issue ? `expected ${String(issue.expected)}` : (issue?.code ?? 'invalid');
  throw new SearchDataError(`Unexpected ${what} from the search index: ${field}: ${expected}`);
}
