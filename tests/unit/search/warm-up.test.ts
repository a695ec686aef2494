import { expect, test } from 'vitest';
import { preloadBatches, vocabulary, WARM_PAGE_LIMIT, warmsWholeIndex } from '../../../src/lib/search/warm-up.ts';

test('the vocabulary is every distinct word once, lower-cased, letters and digits of any script', () => {
  expect(vocabulary(['Rebels took Hama; rebels said so.', 'The toll "has reached 412," HTS-led — حماة']).join(' ')).toBe(
    'rebels took hama said so the toll has reached 412 hts led حماة',
  );
  expect(vocabulary([])).toEqual([]);
  expect(vocabulary(['  …  '])).toEqual([]);
});

test('the whole index is warmed for a small site only', () => {
  expect(warmsWholeIndex(8)).toBe(true);
  expect(warmsWholeIndex(WARM_PAGE_LIMIT)).toBe(true);
  expect(warmsWholeIndex(WARM_PAGE_LIMIT + 1)).toBe(false);
  expect(warmsWholeIndex(0)).toBe(false);
});

test('the words go to pagefind in batches of at most the batch size, each a space-separated query', () => {
  expect(preloadBatches(['a', 'b', 'c', 'd', 'e'], 2)).toEqual(['a b', 'c d', 'e']);
  expect(preloadBatches([], 2)).toEqual([]);
});
