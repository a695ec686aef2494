// Runs an async step over many items with a few at a time in flight: the
// integrations read and rewrite every page of the build, and the file
// system answers a handful of requests at once far faster than one after
// the other (1,000 pages: seconds, not tens of seconds), without opening
// thousands of files together.

/** How many file reads or writes the integrations keep in flight. */
export const IO_PARALLEL = 16;

/** `step` over every item, at most `limit` at a time; results in the items' order. The first failure rejects. */
export async function inParallel<T, R>(items: readonly T[], step: (item: T, index: number) => Promise<R>, limit = IO_PARALLEL): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await step(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
