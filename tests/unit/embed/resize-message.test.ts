import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isResizeMessage, MAX_HEIGHT, RESIZE_TYPE, resizeMessage } from '../../../src/lib/embed/resize-message.ts';

describe('isResizeMessage accepts exactly { type, height } with a sane whole height', () => {
  test('valid messages', () => {
    expect(isResizeMessage({ type: RESIZE_TYPE, height: 1 })).toBe(true);
    expect(isResizeMessage({ type: RESIZE_TYPE, height: 812 })).toBe(true);
    expect(isResizeMessage({ height: MAX_HEIGHT, type: RESIZE_TYPE })).toBe(true);
  });

  test.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 500],
    ['a string', '{"type":"syria-explainer:embed-height","height":500}'],
    ['an array', [RESIZE_TYPE, 500]],
    ['height as a string', { type: RESIZE_TYPE, height: '500' }],
    ['NaN', { type: RESIZE_TYPE, height: Number.NaN }],
    ['Infinity', { type: RESIZE_TYPE, height: Number.POSITIVE_INFINITY }],
    ['negative', { type: RESIZE_TYPE, height: -5 }],
    ['zero', { type: RESIZE_TYPE, height: 0 }],
    ['fractional', { type: RESIZE_TYPE, height: 500.5 }],
    ['huge', { type: RESIZE_TYPE, height: MAX_HEIGHT + 1 }],
    ['1e9', { type: RESIZE_TYPE, height: 1e9 }],
    ['another type', { type: 'resize', height: 500 }],
    ['no type', { height: 500 }],
    ['an extra key', { type: RESIZE_TYPE, height: 500, width: 300 }],
    ['a getter-free look-alike with a prototype', Object.assign(Object.create({ inherited: 1 }), { type: RESIZE_TYPE, height: 500 })],
    ['a null-prototype object', Object.assign(Object.create(null), { type: RESIZE_TYPE, height: 500 })],
    ['a boxed height', { type: RESIZE_TYPE, height: new Number(500) }],
  ])('rejects %s', (_, value) => {
    expect(isResizeMessage(value)).toBe(false);
  });

  test('property: any value other than a well-formed message is rejected, and never throws', () => {
    const anything = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.oneof(fc.constant(RESIZE_TYPE), fc.string()), height: fc.oneof(fc.double(), fc.integer(), fc.string()) }),
      fc.record({ type: fc.constant(RESIZE_TYPE), height: fc.integer(), extra: fc.anything() }),
    );
    fc.assert(
      fc.property(anything, (value) => {
        const expected =
          typeof value === 'object' &&
          value !== null &&
          Object.getPrototypeOf(value) === Object.prototype &&
          Object.keys(value).length === 2 &&
          (value as { type?: unknown }).type === RESIZE_TYPE &&
          Number.isInteger((value as { height?: unknown }).height) &&
          ((value as { height: number }).height >= 1 && (value as { height: number }).height <= MAX_HEIGHT);
        expect(isResizeMessage(value)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('resizeMessage', () => {
  test('rounds a measured height up, so no pixel is cut', () => {
    expect(resizeMessage(961.015625)).toEqual({ type: RESIZE_TYPE, height: 962 });
    expect(resizeMessage(400)).toEqual({ type: RESIZE_TYPE, height: 400 });
  });

  test('sends nothing for a height it cannot stand behind', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, MAX_HEIGHT + 0.5]) expect(resizeMessage(bad)).toBeNull();
  });

  test('property: whatever it sends, the host accepts', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (h) => {
        const m = resizeMessage(h);
        if (m !== null) expect(isResizeMessage(m)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
