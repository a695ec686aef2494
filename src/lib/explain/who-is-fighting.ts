// "Who is fighting in Syria?": one section per party. Who they are and who
// backs them come from content/knowledge/parties.json (our sentences, each
// with its sources); where they held ground is the front-line map of the
// latest date with their areas highlighted; what the reports say and their
// quotes are picked from the articles by the actors the ingest recognised.
import type { Party } from '../../schemas/knowledge.ts';
import type { ExplainerFrontmatter } from '../../schemas/knowledge.ts';
import { CitationBook } from './citations.ts';
import { excerptMarkup, factMarkup, quoteListMarkup } from './cited-markup.ts';
import { filterValues, newestArticleDate, type Corpus } from './corpus.ts';
import { block, inline, text } from './mdx-markup.ts';
import { quotesFor, reportsFor, withAntecedents } from './pick-sentences.ts';
import type { ArticleSentence } from './sentences.ts';

export const WHO_IS_FIGHTING = 'who-is-fighting-in-syria';

export interface ExplainerDocument {
  frontmatter: ExplainerFrontmatter;
  body: string;
}

function latestMapDate(corpus: Corpus): string {
  const latest = corpus.mapDates.map((d) => d.date).sort().at(-1);
  if (latest === undefined) throw new RangeError('content/control/dates.json lists no map dates');
  return latest;
}

function partySection(corpus: Corpus, party: Party, book: CitationBook, used: ArticleSentence[]): string {
  const actors = new Set(party.actors);
  const { maxQuotes, maxReports } = corpus.parties;
  const quotes = quotesFor(actors, corpus.quoteBlocks, maxQuotes);
  const reports = withAntecedents(reportsFor(actors, corpus.sentences, quotes, maxReports), corpus.sentences);
  used.push(...reports, ...quotes.flatMap((q) => q.sentences));

  const parts: string[] = [block('Subsection', { title: 'Who they are' }, party.about.map((f) => factMarkup(book, f)))];
  if (party.backers.length > 0) {
    parts.push(block('Subsection', { title: 'Who backs them' }, party.backers.map((f) => factMarkup(book, f))));
  }
  if (party.controller !== undefined) {
    const controller = corpus.controllers.find((c) => c.id === party.controller);
    parts.push(
      inline('FrontlineMap', {
        view: 'syria',
        dates: [latestMapDate(corpus)],
        highlight: party.controller,
        interactive: false,
        id: `party-${party.id}`,
        headingLevel: 3,
        title: `Ground held by ${controller?.label ?? party.heading}`,
      }),
    );
  }
  parts.push(
    block(
      'Subsection',
      { title: 'What the reports say' },
      reports.length > 0 ? reports.map((s) => excerptMarkup(book, s)) : [inline('Note', {}, [text('The reports used here do not mention them.')])],
    ),
  );
  if (quotes.length > 0) {
    parts.push(block('Subsection', { title: 'In their words' }, quoteListMarkup(book, quotes, corpus.actors, corpus.people)));
  }
  return block('ActorCard', { id: party.id, heading: party.heading, inPassing: party.inPassing }, parts);
}

const AFTERMATH = { id: 'aftermath', title: 'How the offensive ended' } as const;

export function whoIsFighting(corpus: Corpus): ExplainerDocument {
  const book = new CitationBook();
  const used: ArticleSentence[] = [];
  const sections = corpus.parties.parties.map((party) => partySection(corpus, party, book, used));
  // The parties are described as they stood during the offensive; this says how it ended.
  sections.push(block('Section', { id: AFTERMATH.id, title: AFTERMATH.title }, corpus.outcome.facts.map((f) => factMarkup(book, f))));
  const filters = filterValues(
    corpus,
    corpus.parties.parties.flatMap((p) => p.actors),
    { actors: used.flatMap((s) => s.actors), places: used.flatMap((s) => s.places) },
  );
  return {
    frontmatter: {
      explainer: WHO_IS_FIGHTING,
      title: corpus.parties.title,
      description: corpus.parties.description,
      updated: newestArticleDate(corpus),
      sections: [...corpus.parties.parties.map((p) => ({ id: p.id, title: p.heading })), { ...AFTERMATH }],
      articles: book.articles.map((a) => a.slug),
      sources: book.sources.map((s) => ({ name: s.name, url: s.url, ...(s.published ? { published: s.published } : {}) })),
      ...filters,
    },
    body: sections.join('\n\n'),
  };
}
