// A passages block: article sentences shown verbatim as excerpts, each cited
// to its paragraph. They are selected by pins (a paragraph or one of its
// sentences) and by a query (sentences naming an actor or place, or matching
// a cue), never copied by hand, so a new article changes the picks on the
// next run. Of two copies of the same wire sentence the newer report is
// cited; a sentence that leans on the one before it is preceded by it.
import type { PassageQuery, PassagesBlock } from '../../../schemas/story.ts';
import { excerptMarkup } from '../cited-markup.ts';
import { inline, text, type MdxNode } from '../mdx-markup.ts';
import type { PageContext } from '../page-context.ts';
import { parsePassagePin } from '../passage-pin.ts';
import { inQuoteBlock, newest, uniqueText, withAntecedents } from '../pick-sentences.ts';
import { compareSentences, type ArticleSentence } from '../sentences.ts';

function pinned(pin: string, s: ArticleSentence): boolean {
  const p = parsePassagePin(pin);
  return p !== undefined && s.article.slug === p.slug && s.paragraph === p.paragraph && (p.sentence === undefined || s.index === p.sentence - 1);
}

function matches(query: PassageQuery, s: ArticleSentence, cue: RegExp | undefined): boolean {
  const { from, to } = query.reported ?? {};
  if ((from !== undefined && s.article.date < from) || (to !== undefined && s.article.date > to)) return false;
  return (
    (query.pins ?? []).some((pin) => pinned(pin, s)) ||
    s.actors.some((m) => query.actors?.includes(m.ref)) ||
    s.places.some((m) => query.places?.includes(m.ref)) ||
    (cue !== undefined && cue.test(s.text))
  );
}

/** The sentences a query selects, in reading order, antecedents included. */
export function selectPassages(block: PassagesBlock, ctx: PageContext): ArticleSentence[] {
  const { sentences } = ctx.corpus;
  const cue = block.query.cue === undefined ? undefined : new RegExp(block.query.cue, 'iu');
  const selected = sentences.filter((s) => matches(block.query, s, cue) && !inQuoteBlock(s, ctx.sectionQuotes));
  const byNewest = [...selected].sort((a, b) => b.article.date.localeCompare(a.article.date) || compareSentences(a, b));
  const unique = uniqueText(byNewest);
  const picked = block.max === undefined ? [...unique].sort(compareSentences) : newest(unique, block.max, (s) => s);
  return withAntecedents(picked, sentences);
}

export function renderPassages(block: PassagesBlock, ctx: PageContext): MdxNode[] {
  ctx.actorRefs.push(...(block.query.actors ?? []));
  const picked = selectPassages(block, ctx);
  ctx.shown.push(...picked);
  if (picked.length === 0) return block.empty ? [inline('Note', {}, [text(block.empty)])] : [];
  return picked.map((s) => excerptMarkup(ctx.book, s));
}
