// The one explainer generator: any story file (content/stories/<slug>.json,
// src/schemas/story.ts) becomes an explainer page, as an element tree that
// explainer-file.ts writes out as MDX and explainer-data.ts reads for the
// outline, the charts and the citations. Blocks are rendered in page order,
// so citations are numbered as a reader meets them.
import type { StoryBlock, StoryFile, StorySection } from '../../schemas/story.ts';
import type { ExplainerFrontmatter } from '../../schemas/knowledge.ts';
import { renderFacts } from './blocks/facts.ts';
import { renderFigures } from './blocks/figures.ts';
import { renderMap } from './blocks/map.ts';
import { renderPassages } from './blocks/passages.ts';
import { renderQuotes, selectQuotes } from './blocks/quotes.ts';
import { renderReactions } from './blocks/reactions.ts';
import { renderTimeline } from './blocks/timeline.ts';
import { filterValues, newestArticleDate, type Corpus } from './corpus.ts';
import { block, inline, text, type MdxElement, type MdxNode } from './mdx-markup.ts';
import { newPageContext, type PageContext } from './page-context.ts';

export interface ExplainerDocument {
  frontmatter: ExplainerFrontmatter;
  /** The page's sections, in order. */
  body: MdxElement[];
}

/** Every quotes block of a section, subsections included. */
function quotesBlocks(blocks: readonly StoryBlock[]): Extract<StoryBlock, { type: 'quotes' }>[] {
  return blocks.flatMap((b) => (b.type === 'quotes' ? [b] : b.type === 'subsection' ? quotesBlocks(b.blocks) : []));
}

function renderBlock(b: StoryBlock, ctx: PageContext): MdxNode[] {
  switch (b.type) {
    case 'facts':
      return renderFacts(b, ctx);
    case 'passages':
      return renderPassages(b, ctx);
    case 'quotes':
      return renderQuotes(b, ctx);
    case 'reactions':
      return renderReactions(b, ctx);
    case 'timeline':
      return renderTimeline(b, ctx);
    case 'map':
      return renderMap(b, ctx);
    case 'figures':
      return renderFigures(b, ctx);
    case 'note':
      return [inline('Note', {}, [text(b.text)])];
    case 'subsection': {
      ctx.headingLevel++;
      const children = b.blocks.flatMap((inner) => renderBlock(inner, ctx));
      ctx.headingLevel--;
      // A subsection whose blocks all came out empty ("In their words" for a party never quoted) is left out.
      return children.length === 0 ? [] : [block('Subsection', { title: b.title, id: b.id }, children)];
    }
  }
}

function renderSection(section: StorySection, ctx: PageContext): MdxElement {
  ctx.sectionQuotes = quotesBlocks(section.blocks).flatMap((q) => selectQuotes(q, ctx));
  const children = section.blocks.flatMap((b) => renderBlock(b, ctx));
  return section.card
    ? block('ActorCard', { id: section.id, heading: section.title, inPassing: section.card.inPassing }, children)
    : block('Section', { id: section.id, title: section.title }, children);
}

export function storyPage(corpus: Corpus, slug: string, story: StoryFile): ExplainerDocument {
  const ctx = newPageContext(corpus);
  const body = story.sections.map((s) => renderSection(s, ctx));
  const filters = filterValues(corpus, [...new Set([...ctx.actorRefs, ...(story.about?.actors ?? [])])], {
    actors: ctx.shown.flatMap((s) => s.actors),
    places: [...ctx.shown.flatMap((s) => s.places), ...(story.about?.places ?? []).map((ref) => ({ ref }))],
  });
  return {
    frontmatter: {
      explainer: slug,
      title: story.title,
      description: story.description,
      order: story.order,
      updated: newestArticleDate(corpus),
      sections: story.sections.map((s) => ({ id: s.id, title: s.title })),
      articles: ctx.book.articles.map((a) => a.slug),
      sources: ctx.book.sources.map((s) => ({ name: s.name, url: s.url, ...(s.published ? { published: s.published } : {}) })),
      ...filters,
    },
    body,
  };
}
