import { expect, test } from 'vitest';
import { vocabulary, WARM_PAGE_LIMIT, warmsWholeIndex } from '../../../src/lib/search/warm-up.ts';

test('the vocabulary is every distinct word once, lower-cased, letters and digits of any script', () => {
  expect(vocabulary(['Rebels took Hama; rebels said so.', 'The toll "has reached 412," HTS-led — حماة'])).toBe(
    'rebels took hama said so the toll has reached 412 hts led حماة',
  );
  expect(vocabulary([])).toBe('');
  expect(vocabulary(['  …  '])).toBe('');
});

test('the whole index is warmed for a small site only', () => {
  expect(warmsWholeIndex(8)).toBe(true);
  expect(warmsWholeIndex(WARM_PAGE_LIMIT)).toBe(true);
  expect(warmsWholeIndex(WARM_PAGE_LIMIT + 1)).toBe(false);
  expect(warmsWholeIndex(0)).toBe(false);
});
