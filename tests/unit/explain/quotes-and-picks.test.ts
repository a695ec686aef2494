import { describe, expect, test } from 'vitest';
import { quoteBlocks, quoteSegments, speakerActor } from '../../../src/lib/explain/quote-blocks.ts';
import { quotesFor, reportsFor, statementsBy } from '../../../src/lib/explain/pick-sentences.ts';
import { articleSentences, type ArticleSentence } from '../../../src/lib/explain/sentences.ts';
import { ACTORS, makeArticle, PEOPLE } from './support.ts';

const dec1 = makeArticle({
  slug: 'dec-1',
  date: '2024-12-01',
  paragraphs: [
    'Iranian Foreign Minister Abbas Araghchi told reporters the situation was "difficult," but he was confident. He also said Tehran would "firmly support the Syrian government and army," IRNA reported.',
    "Germany's Foreign Ministry said all parties must adhere to international law. The ministry said civilians must be protected. Berlin is far away.",
    'The Observatory reported "armed clashes" between Kurdish forces, which Turkey considers an offshoot of the PKK, and other factions.',
    'Iran has long backed Assad.',
  ],
  actors: [
    { paragraph: 1, text: 'Iranian', ref: 'iran' },
    { paragraph: 1, text: 'Tehran', ref: 'iran' },
    { paragraph: 2, text: "Germany's Foreign Ministry", ref: 'germany' },
    { paragraph: 3, text: 'Observatory', ref: 'sohr' },
    { paragraph: 3, text: 'Turkey', ref: 'turkey' },
    { paragraph: 4, text: 'Iran', ref: 'iran' },
  ],
  quotes: [
    { paragraph: 1, text: 'difficult,', speaker: 'Abbas Araghchi', ref: 'abbas-araghchi' },
    { paragraph: 1, text: 'firmly support the Syrian government and army,', speaker: 'Abbas Araghchi', ref: 'abbas-araghchi' },
    { paragraph: 3, text: 'armed clashes', speaker: 'The Observatory', ref: 'sohr' },
  ],
});
const dec5 = makeArticle({
  slug: 'dec-5',
  date: '2024-12-05',
  paragraphs: ['Iran has long backed Assad.', 'Iranian officers joined the army.'],
  actors: [
    { paragraph: 1, text: 'Iran', ref: 'iran' },
    { paragraph: 2, text: 'Iranian', ref: 'iran' },
  ],
});
const sentences: ArticleSentence[] = [...articleSentences(dec1), ...articleSentences(dec5)];
const blocks = quoteBlocks(sentences, ACTORS, PEOPLE);

describe('quote blocks', () => {
  test('a person speaks for their actor; an unresolved speaker for none', () => {
    const [q1, , q3] = dec1.quotes;
    expect(speakerActor(q1!, ACTORS, PEOPLE)).toBe('iran');
    expect(speakerActor(q3!, ACTORS, PEOPLE)).toBe('sohr');
    expect(speakerActor({ ...q1!, speaker: { name: 'the army' } }, ACTORS, PEOPLE)).toBeUndefined();
  });

  test('each quote stands in its whole sentence, the quoted words marked with their quotation marks', () => {
    const iran = blocks.filter((b) => b.actor === 'iran');
    expect(iran.map((b) => b.text)).toEqual([
      'Iranian Foreign Minister Abbas Araghchi told reporters the situation was "difficult," but he was confident.',
      'He also said Tehran would "firmly support the Syrian government and army," IRNA reported.',
    ]);
    const segments = quoteSegments(iran[0]!);
    expect(segments).toEqual([
      { text: 'Iranian Foreign Minister Abbas Araghchi told reporters the situation was ', quoted: false },
      { text: '"difficult,"', quoted: true },
      { text: ' but he was confident.', quoted: false },
    ]);
    for (const b of blocks) expect(quoteSegments(b).map((s) => s.text).join('')).toBe(b.text);
  });
});

describe('picking sentences', () => {
  test('reports on an actor leave out its own quotes, keep the newest copy of a repeated sentence, in reading order', () => {
    const own = quotesFor(new Set(['iran']), blocks, 4);
    expect(own).toHaveLength(2);
    const reports = reportsFor(new Set(['iran']), sentences, own, 6);
    expect(reports.map((s) => `${s.article.slug}#${s.paragraph}: ${s.text}`)).toEqual([
      'dec-5#p1: Iran has long backed Assad.',
      'dec-5#p2: Iranian officers joined the army.',
    ]);
  });

  test('the newest sentences win when there are more than the maximum', () => {
    const reports = reportsFor(new Set(['iran']), sentences, [], 1);
    expect(reports.map((s) => s.article.slug)).toEqual(['dec-5']);
  });

  test('statements: the actor named before a reporting verb, plus a sentence that goes on with it', () => {
    expect(statementsBy('germany', sentences, []).map((s) => s.text)).toEqual([
      "Germany's Foreign Ministry said all parties must adhere to international law.",
      'The ministry said civilians must be protected.',
    ]);
  });

  test('an actor named after someone else\'s reporting verb has made no statement', () => {
    expect(statementsBy('turkey', sentences, [])).toEqual([]);
  });

  test('statements already shown as quotes are not repeated', () => {
    const own = quotesFor(new Set(['iran']), blocks, 4);
    expect(statementsBy('iran', sentences, own)).toEqual([]);
  });
});
