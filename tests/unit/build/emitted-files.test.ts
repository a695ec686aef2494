import { expect, test } from 'vitest';
import { emitFile, emittedFile, emittedFiles } from '../../../src/lib/build/emitted-files.ts';

test('a file is named by its stem and the hash of its contents, under _astro/, and kept for the build', () => {
  const a = emitFile('test-emit', 'svg', '<svg/>');
  expect(a).toMatch(/^_astro\/test-emit\.[0-9a-f]{10}\.svg$/);
  expect(emitFile('test-emit', 'svg', '<svg/>'), 'the same contents, the same file').toBe(a);
  const b = emitFile('test-emit', 'svg', '<svg></svg>');
  expect(b).not.toBe(a);
  expect(emittedFile(a)).toBe('<svg/>');
  expect(emittedFiles().filter((f) => f.path.startsWith('_astro/test-emit.')).map((f) => f.path)).toEqual([a, b].sort());
});

test('a stem must be a plain lower-case name', () => {
  expect(() => emitFile('../x', 'svg', '')).toThrow(/not a lower-case name/);
  expect(() => emitFile('Fm', 'svg', '')).toThrow(/not a lower-case name/);
});
