import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { explainerData } from '../../../src/lib/explain/explainer-data.ts';
import { explainerOutlines } from '../../../tooling/perf/explainer-outline.ts';
import { escapeMarkdown, outlineMarkdown } from '../../../tooling/perf/outline-markdown.ts';
import { SAMPLE } from '../explain/sample-document.ts';

const ROOT = join(import.meta.dirname, '../../..');

describe('explainerOutlines', () => {
  it('keeps every text of the real explainers, none of them empty, and one map per page', () => {
    const outlines = explainerOutlines(ROOT);
    expect(outlines.map((o) => o.slug)).toContain('the-hama-offensive');
    for (const outline of outlines) {
      const texts = outline.blocks.flatMap((b) => ('text' in b ? [b.text] : []));
      expect(texts.length).toBeGreaterThan(20);
      for (const text of texts) expect(text.trim()).not.toBe('');
      expect(outline.blocks.filter((b) => b.type === 'map')).toHaveLength(1);
    }
  });
});

describe('outlineMarkdown', () => {
  it('escapes what Markdown, MDX and Framework would read as syntax', () => {
    expect(escapeMarkdown('a *b* <c> ${d} [e] #1 & ~')).toBe('a \\*b\\* \\<c\\> \\$\\{d\\} \\[e\\] \\#1 \\& \\~');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('- not an item')).toBe('\\- not an item');
  });
  it('writes headings, one list per run of items, quotes with their speaker, tables and the map', () => {
    const data = explainerData(SAMPLE);
    const outline = { slug: data.explainer, title: data.title, description: data.description, blocks: data.outline.slice(0, 10) };
    expect(outlineMarkdown(outline, { map: '<Map />', titleAs: 'heading' })).toBe(
      [
        '# A sample',
        'What it is.',
        '## Day by day',
        '### 27 November 2024',
        '- Rebels launch an offensive.\n- The army said "no".',
        '<Map />',
        '### Iran',
        '> He said it was "difficult," he added.\n>\n> — Abbas Araghchi, Iranian foreign minister',
        'The death toll',
        '|  | death toll |\n| --- | --- |\n| rebels | 214 |\n| total | 412 |',
        'some 115,000 have had to flee',
      ].join('\n\n') + '\n',
    );
  });
});
