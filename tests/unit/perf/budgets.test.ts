import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudget, describeOverage, overages } from '../../../tooling/budgets.ts';
import { median } from '../../../tooling/perf/median.ts';

describe('budgets', () => {
  it('are the issues’ figures in bytes', () => {
    expect(BUDGETS).toEqual({
      explainerTotal: 61_440,
      explainerRead: 153_600,
      explainerJs: 20_480,
      embedTotal: 51_200,
      firstScreen: 14_336,
      hostScript: 2_048,
      mapSvg: 40_960,
      mapScript: 12_288,
      geoData: 307_200,
      precacheDownload: 512_000,
      offlineZip: 6_291_456,
    });
  });
  it('pass at the limit and fail one byte over', () => {
    expect(checkBudget('/a/', 'JS', 20_480, BUDGETS.explainerJs).ok).toBe(true);
    expect(checkBudget('/a/', 'JS', 20_481, BUDGETS.explainerJs).ok).toBe(false);
  });
  it('name the page, the figure and the overage', () => {
    const check = checkBudget('/explainers/x/', 'JS at load', 23_456, 20_480);
    expect(describeOverage(check)).toBe('/explainers/x/: JS at load is 23,456 B gzip, over its 20,480 B budget by 2,976 B (14.5 %)');
    expect(overages([check, checkBudget('/b/', 'total', 1, 2)])).toEqual([describeOverage(check)]);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('ignores values that are not numbers and is NaN for none', () => {
    expect(median([Number.NaN, 5])).toBe(5);
    expect(median([])).toBeNaN();
  });
});
