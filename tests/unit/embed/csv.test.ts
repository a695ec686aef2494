import { describe, expect, test } from 'vitest';
import { csvField, csvText } from '../../../src/lib/embed/csv.ts';
import { readCsv } from './read-csv.ts';

describe('csv', () => {
  test('quotes fields with commas, quotes and line breaks, and reads back to the same values', () => {
    const values = ['plain', 'a, b', 'say "hi"', 'two\nlines', '“curly”', 'ﺣﻤﺎﺓ'];
    const text = csvText({ comments: ['Title'], header: ['a', 'b', 'c', 'd', 'e', 'f'], rows: [values] });
    expect(readCsv(text)).toEqual({ comments: ['Title'], rows: [['a', 'b', 'c', 'd', 'e', 'f'], values] });
  });

  test('numbers, booleans and missing values', () => {
    expect([csvField(214), csvField(36.2), csvField(true), csvField(undefined), csvField(null)]).toEqual(['214', '36.2', 'true', '', '']);
    expect(() => csvField(Number.NaN)).toThrow(/finite/);
  });

  test('text a spreadsheet would run as a formula gets an apostrophe', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@sum')).toBe("'@sum");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField(-5)).toBe('-5');
  });

  test('refuses ragged rows and comments with line breaks', () => {
    expect(() => csvText({ comments: [], header: ['a', 'b'], rows: [['1']] })).toThrow(/row 1 has 1 fields/);
    expect(() => csvText({ comments: ['a\nb'], header: ['a'], rows: [] })).toThrow(/line break/);
  });
});
