// Everything the explainers are built from, loaded and validated: the
// articles (with their sentences and quote blocks, computed once), the
// registries, the story files, the shared fact files they draw on and the
// map's controllers and dates.
import type { Article } from '../../schemas/article.ts';
import type { Controller, MapDate } from '../../schemas/control.ts';
import type { CuratedFact } from '../../schemas/knowledge.ts';
import type { StoryFile } from '../../schemas/story.ts';
import type { Actor, Person, Place } from '../../schemas/registry.ts';
import { partyFilterValues, placeFilterValues } from '../search/filter-values.ts';
import { quoteBlocks, type QuoteBlock } from './quote-blocks.ts';
import { articleSentences, compareSentences, type ArticleSentence } from './sentences.ts';
import { oldestFirst } from '../content/article-order.ts';

export interface ExplainInputs {
  articles: Article[];
  actors: Actor[];
  people: Person[];
  places: Place[];
  controllers: Controller[];
  mapDates: MapDate[];
  /** The explainers to build (content/stories/<slug>.json), by slug, in file-name order. */
  stories: { slug: string; file: string; story: StoryFile }[];
  /** The shared fact files the stories draw on, by path under content/ ("knowledge/outcome.json"). */
  factFiles: Map<string, CuratedFact[]>;
}

export interface Corpus extends ExplainInputs {
  /** Every sentence of every article, in reading order (older articles first). */
  sentences: ArticleSentence[];
  quoteBlocks: QuoteBlock[];
}

export function buildCorpus(inputs: ExplainInputs): Corpus {
  const articles = [...inputs.articles].sort(oldestFirst);
  const sentences = articles.flatMap(articleSentences).sort(compareSentences);
  return { ...inputs, articles, sentences, quoteBlocks: quoteBlocks(sentences, inputs.actors, inputs.people) };
}

/** The newest date of any article (the explainers' "updated" date). */
export function newestArticleDate(corpus: Corpus): string {
  const dates = corpus.articles.map((a) => a.date).sort();
  const newest = dates.at(-1);
  if (newest === undefined) throw new RangeError('no articles to explain');
  return newest;
}

/** Search filter values (display names) for what a page cites and names. */
export function filterValues(corpus: Corpus, actorRefs: readonly string[], mentions: { actors: readonly { ref: string }[]; places: readonly { ref: string }[] }): {
  actors: string[];
  places: string[];
} {
  const actors = partyFilterValues([...actorRefs.map((ref) => ({ ref })), ...mentions.actors], corpus.actors);
  const places = placeFilterValues(mentions.places, corpus.places);
  return { actors, places };
}
