// A small explainer document (what story-page.ts computes) with one of each
// kind of element the outline knows, for the tests of the data beside the MDX.
import { block, inline, text } from '../../../src/lib/explain/mdx-markup.ts';
import type { ExplainerDocument } from '../../../src/lib/explain/story-page.ts';

export const chart = {
  id: 'toll',
  title: 'The death toll',
  total: '412',
  totalCounts: 'death toll',
  bars: [{ label: 'rebels', value: 214, raw: '214' }],
  n: 4,
  to: 'a#p2',
  sentence: 'The toll has reached 412, including 214 rebels.',
  label: 'DW, 1 December 2024, paragraph 2',
};

export const SAMPLE: ExplainerDocument = {
  frontmatter: {
    explainer: 'sample',
    title: 'A sample',
    description: 'What it is.',
    order: 1,
    updated: '2024-12-05',
    sections: [{ id: 'timeline', title: 'Day by day' }],
    articles: ['a'],
    sources: [{ name: 'X, “a } b”', url: 'https://x.example/', published: '2024-11-28' }],
    actors: [],
    places: [],
  },
  body: [
    block('Section', { id: 'timeline', title: 'Day by day' }, [
      block('TimelineDay', { date: '2024-11-27' }, [
        inline('TimelineEvent', { kind: 'curated' }, [text('Rebels launch an offensive.'), inline('Citation', { n: 1, url: 'https://x.example/', source: 'X, “a } b”' })]),
        inline('TimelineEvent', { kind: 'report', cue: 'on Sunday' }, [
          text('The army said "no".'),
          inline('Citation', { n: 2, to: 'a#p1', sentence: 'The army said "no".', label: 'DW, 1 December 2024, paragraph 1' }),
        ]),
      ]),
      inline('FrontlineMap', { view: 'corridor', dates: ['2024-11-26'] }),
      block('Subsection', { title: 'Iran' }, [
        inline('Quote', { speaker: 'Abbas Araghchi', role: 'Iranian foreign minister', n: 3, to: 'a#p3', sentence: 'He said it was "difficult," he added.', label: 'DW, 1 December 2024, paragraph 3' }, [
          text('He said it was '),
          inline('Q', {}, [text('"difficult,"')]),
          text(' he added.'),
        ]),
        inline('BarChart', chart),
        inline('KeyFigure', { id: 'fled', value: '115,000', qualifier: 'some', counts: 'have had to flee' }),
        inline('Note', {}, [text('No reaction in the reports used here.')]),
      ]),
    ]),
  ],
};

