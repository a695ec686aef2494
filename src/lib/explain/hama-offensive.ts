// "The Hama offensive": a dated timeline of the offensive's days (events the
// articles date, resolved from "on Sunday" and the like, plus curated events
// with their sources where the articles give no date), the front-line map
// stepping through the map dates, the key figures (the toll as a bar chart,
// the displaced, the villages), the reactions of the governments and
// organisations in content/knowledge/hama-offensive.json, what was expected
// on 5 December, and what happened next (content/knowledge/outcome.json).
import type { CuratedEvent } from '../../schemas/knowledge.ts';
import { CitationBook } from './citations.ts';
import { articleCite, curatedCite, excerptMarkup, factMarkup, quoteMarkup, quoteSpeaker } from './cited-markup.ts';
import { filterValues, newestArticleDate, type Corpus } from './corpus.ts';
import { datedEvents, type DatedEvent } from './dated-events.ts';
import { keyFigure, tollWithParts } from './key-figures.ts';
import { block, inline, text } from './mdx-markup.ts';
import { quotesFor, statementsBy, uniqueText, withAntecedents } from './pick-sentences.ts';
import type { QuoteBlock } from './quote-blocks.ts';
import { compareSentences, type ArticleSentence } from './sentences.ts';
import type { ExplainerDocument } from './who-is-fighting.ts';

export const HAMA_OFFENSIVE = 'the-hama-offensive';

const SECTIONS = [
  { id: 'timeline', title: 'Day by day' },
  { id: 'front-line', title: 'The front line, date by date' },
  { id: 'figures', title: 'Key figures' },
  { id: 'reactions', title: 'Reactions' },
  { id: 'outlook', title: 'What was expected on 5 December' },
  { id: 'aftermath', title: 'What happened next' },
] as const;

type Section = (typeof SECTIONS)[number]['id'];

function section(id: Section, children: readonly string[]): string {
  const title = SECTIONS.find((s) => s.id === id)?.title ?? id;
  return block('Section', { id, title }, children);
}

function timeline(corpus: Corpus, book: CitationBook, used: ArticleSentence[]): string {
  const { from, to } = corpus.offensive.period;
  const fromArticles = datedEvents(corpus.sentences, from, to);
  used.push(...fromArticles.map((e) => e.sentence));
  const days = [...new Set([...corpus.offensive.events.map((e) => e.date), ...fromArticles.map((e) => e.date)])]
    .filter((d) => d >= from && d <= to)
    .sort();
  const curatedEvent = (e: CuratedEvent) =>
    inline('TimelineEvent', { kind: 'curated' }, [text(e.text), ...e.sources.map((s) => inline('Citation', curatedCite(book, s)))]);
  const reportedEvent = (e: DatedEvent) =>
    inline('TimelineEvent', { kind: 'report', cue: e.cue, precision: e.precision, reported: e.sentence.article.date }, [
      text(e.sentence.text),
      inline('Citation', articleCite(book, e.sentence.article, e.sentence.paragraph, e.sentence.text)),
    ]);
  const dayBlocks = days.map((date) =>
    block('TimelineDay', { date }, [
      ...corpus.offensive.events.filter((e) => e.date === date).map(curatedEvent),
      ...fromArticles
        .filter((e) => e.date === date)
        .sort((a, b) => (a.precision === b.precision ? compareSentences(a.sentence, b.sentence) : a.precision === 'night-before' ? -1 : 1))
        .map(reportedEvent),
    ]),
  );
  return block('Timeline', { from, to }, dayBlocks);
}

function frontLine(corpus: Corpus): string {
  const dates = corpus.mapDates.map((d) => d.date).filter((d) => d <= corpus.offensive.period.to).sort();
  return inline('FrontlineMap', { view: 'corridor', dates, id: 'hama-corridor', headingLevel: 3 });
}

function figures(corpus: Corpus, book: CitationBook): string[] {
  const out: string[] = [];
  const toll = tollWithParts(corpus.articles, new RegExp(corpus.offensive.toll.counts, 'iu'));
  if (toll) {
    out.push(
      inline('BarChart', {
        id: 'toll',
        title: corpus.offensive.toll.title,
        total: toll.whole.raw,
        totalCounts: toll.whole.counts,
        bars: toll.parts.map((p) => ({ label: p.counts, value: p.value, raw: p.raw })),
        ...articleCite(book, toll.article, toll.anchor, toll.sentence),
      }),
    );
  }
  for (const spec of corpus.offensive.keyFigures) {
    const found = keyFigure(corpus.articles, new RegExp(spec.counts, 'iu'));
    if (!found) continue;
    out.push(
      inline('KeyFigure', {
        id: spec.id,
        value: found.figure.raw,
        qualifier: found.qualifier,
        counts: found.figure.counts,
        ...articleCite(book, found.article, found.anchor, found.sentence),
      }),
    );
  }
  return out.length > 0 ? [block('KeyFigures', {}, out)] : [inline('Note', {}, [text('The reports used here give no figures.')])];
}

function reactions(corpus: Corpus, book: CitationBook, used: ArticleSentence[]): string[] {
  return corpus.offensive.reactions.map((actorId) => {
    const actor = corpus.actors.find((a) => a.id === actorId);
    const quotes = quotesFor(new Set([actorId]), corpus.quoteBlocks, corpus.parties.maxQuotes);
    const statements = statementsBy(actorId, corpus.sentences, quotes);
    used.push(...statements, ...quotes.flatMap((q) => q.sentences));
    type Item = { at: ArticleSentence; quote?: QuoteBlock };
    const items: Item[] = [
      ...statements.map((s) => ({ at: s })),
      ...quotes.map((q) => ({ at: q.sentences[0] as ArticleSentence, quote: q })),
    ].sort((a, b) => compareSentences(a.at, b.at));
    // Numbering follows the page order, so markup is made in that order; a speaker is named once per run of quotes.
    let previous = '';
    const children = items.map(({ at, quote }) => {
      if (!quote) {
        previous = '';
        return excerptMarkup(book, at);
      }
      const who = JSON.stringify(quoteSpeaker(quote, corpus.actors, corpus.people));
      const markup = quoteMarkup(book, quote, corpus.actors, corpus.people, who === previous);
      previous = who;
      return markup;
    });
    if (children.length === 0) children.push(inline('Note', {}, [text('No reaction in the reports used here.')]));
    return block('Subsection', { title: actor?.name ?? actorId, id: `reaction-${actorId}` }, children);
  });
}

function outlook(corpus: Corpus, book: CitationBook, used: ArticleSentence[]): string[] {
  const places = new Set(corpus.offensive.outlook.places);
  const cue = new RegExp(corpus.offensive.outlook.cue, 'iu');
  const picked = withAntecedents(uniqueText(corpus.sentences.filter((s) => s.places.some((m) => places.has(m.ref)) || cue.test(s.text))), corpus.sentences);
  used.push(...picked);
  return [...picked.map((s) => excerptMarkup(book, s)), ...corpus.offensive.outlook.context.map((f) => factMarkup(book, f))];
}

export function hamaOffensive(corpus: Corpus): ExplainerDocument {
  const book = new CitationBook();
  const used: ArticleSentence[] = [];
  const body = [
    section('timeline', [timeline(corpus, book, used)]),
    section('front-line', [frontLine(corpus)]),
    section('figures', figures(corpus, book)),
    section('reactions', reactions(corpus, book, used)),
    section('outlook', outlook(corpus, book, used)),
    section('aftermath', corpus.outcome.facts.map((f) => factMarkup(book, f))),
  ].join('\n\n');
  const filters = filterValues(corpus, corpus.offensive.reactions, {
    actors: used.flatMap((s) => s.actors),
    places: used.flatMap((s) => s.places),
  });
  return {
    frontmatter: {
      explainer: HAMA_OFFENSIVE,
      title: corpus.offensive.title,
      description: corpus.offensive.description,
      updated: newestArticleDate(corpus),
      sections: SECTIONS.map((s) => ({ ...s })),
      articles: book.articles.map((a) => a.slug),
      sources: book.sources.map((s) => ({ name: s.name, url: s.url, ...(s.published ? { published: s.published } : {}) })),
      ...filters,
    },
    body,
  };
}
