import { describe, expect, it } from 'vitest';
import { describeDiff, diffManifests, isIdentical } from '../../../tooling/perf/dist-diff.ts';

describe('diffManifests', () => {
  it('finds nothing between equal manifests', () => {
    const a = new Map([['index.html', 'aa'], ['_astro/x.js', 'bb']]);
    const diff = diffManifests(a, new Map(a));
    expect(isIdentical(diff)).toBe(true);
    expect(describeDiff(diff, ['one', 'two'])).toBe('');
  });
  it('lists files that differ and files only in one build', () => {
    const a = new Map([['index.html', 'aa'], ['sw.js', 'cc'], ['old.js', 'dd']]);
    const b = new Map([['index.html', 'ab'], ['sw.js', 'cc'], ['new.js', 'ee']]);
    const diff = diffManifests(a, b);
    expect(diff).toEqual({ onlyInFirst: ['old.js'], onlyInSecond: ['new.js'], differing: ['index.html'] });
    expect(describeDiff(diff, ['first build', 'second build'])).toBe(
      '1 file(s) differ: index.html\n1 only in first build: old.js\n1 only in second build: new.js',
    );
  });
});
