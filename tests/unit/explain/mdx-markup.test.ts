import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { block, inline, jsLiteral, text, toMdx } from '../../../src/lib/explain/mdx-markup.ts';
import { allNodes, renderExplainer } from './render-explainer.ts';

const HOSTILE = [
  'Plain text.',
  '{ } < > </script> import x from "y" export const z = 1 \\ ` $ ${a}',
  '&amp; &lt;b&gt; <b>bold</b> <!-- comment --> *not emphasis* _nor this_ # not a heading',
  'حلب وحماة \u200f(RTL)\u200e and "quotes" \'single\' — dashes…',
  'line\u2028separator\u2029paragraph\r\nCRLF\ttab',
  '---\nfrontmatter?\n---',
];

describe('MDX markup', () => {
  test('article text is shown literally, in children and in props', () => {
    for (const value of HOSTILE) {
      const mdx = toMdx(
        block('Section', { id: 'timeline', title: value }, [inline('Excerpt', {}, [text(value), inline('Citation', { n: 1, to: 'a-slug#p4', sentence: value, label: value })])]),
      );
      const nodes = allNodes(renderExplainer(mdx));
      const section = nodes.find((n) => n.type === 'Section');
      const excerpt = nodes.find((n) => n.type === 'Excerpt');
      const citation = nodes.find((n) => n.type === 'Citation');
      expect(section?.props['title']).toBe(value);
      expect(excerpt?.text).toBe(value);
      expect(citation?.props).toEqual({ n: 1, to: 'a-slug#p4', sentence: value, label: value });
    }
  });

  test('any string survives the round trip (fuzzed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (value) => {
        const nodes = allNodes(renderExplainer(toMdx(inline('Fact', { note: value }, [text(value)]))));
        expect(nodes[0]?.text).toBe(value);
        expect(nodes[0]?.props['note']).toBe(value);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  test('arrays and objects become literals with the same values', () => {
    const value = { label: 'rebels </script>', value: 214, list: ['a', 'b{c}'], flag: true };
    expect(eval(`(${jsLiteral(value)})`)).toEqual(value);
    const nodes = allNodes(renderExplainer(toMdx(inline('BarChart', { bars: [value] }))));
    expect(nodes[0]?.props['bars']).toEqual([value]);
  });

  test('rejects names that are not plain identifiers and numbers that are not finite', () => {
    expect(() => inline('Bad-Name', {})).toThrow(/not a component or prop name/);
    expect(() => inline('Fact', { 'on:click': 'x' })).toThrow(/not a component or prop name/);
    expect(() => jsLiteral(Number.NaN)).toThrow(/finite/);
  });
});
