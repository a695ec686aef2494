import { expect, test } from 'vitest';
import { expressionEnd } from '../../../src/lib/explain/expression-end.ts';

test('finds the closing brace of a JSX expression, skipping braces and escaped quotes inside strings', () => {
  const text = 'a={"x } \\" {"} b={[{"k": 1}]} c';
  expect(text.slice(2, expressionEnd(text, 2))).toBe('{"x } \\" {"}');
  const b = text.indexOf('{[');
  expect(text.slice(b, expressionEnd(text, b))).toBe('{[{"k": 1}]}');
  expect(expressionEnd('{"open', 0)).toBe(-1);
  expect(expressionEnd('{{}', 0)).toBe(-1);
});
