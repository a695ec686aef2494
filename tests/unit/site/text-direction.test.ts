import { expect, test } from 'vitest';
import { sameLanguage, textDirection } from '../../../src/lib/site/text-direction.ts';

test('right-to-left languages from CLDR, whatever their region', () => {
  expect(['ar', 'fa', 'fa-AF', 'ps', 'ur'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
  expect(['en', 'de', 'sw', 'tr', 'zh-Hant'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  expect(textDirection('not a tag!')).toBe('ltr');
});

test('the same language in another region is the same language', () => {
  expect(sameLanguage('en-GB', 'en')).toBe(true);
  expect(sameLanguage('ar', 'en')).toBe(false);
});
