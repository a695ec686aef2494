// A timeline block: the days of a period, each with the curated events of
// that day (with their sources) and the reports' own dated sentences ("on
// Sunday", resolved against the day the report was published).
import type { CuratedEvent } from '../../../schemas/knowledge.ts';
import type { TimelineBlock } from '../../../schemas/story.ts';
import { articleCite, curatedCite } from '../cited-markup.ts';
import { datedEvents, type DatedEvent } from '../dated-events.ts';
import { block as blockElement, inline, text, type MdxNode } from '../mdx-markup.ts';
import type { PageContext } from '../page-context.ts';
import { compareSentences } from '../sentences.ts';

export function renderTimeline(block: TimelineBlock, ctx: PageContext): MdxNode[] {
  const { from, to, events } = block;
  const { book } = ctx;
  const fromArticles = datedEvents(ctx.corpus.sentences, from, to);
  ctx.shown.push(...fromArticles.map((e) => e.sentence));
  const days = [...new Set([...events.map((e) => e.date), ...fromArticles.map((e) => e.date)])].filter((d) => d >= from && d <= to).sort();
  const curatedEvent = (e: CuratedEvent) =>
    inline('TimelineEvent', { kind: 'curated' }, [text(e.text), ...e.sources.map((s) => inline('Citation', curatedCite(book, s)))]);
  const reportedEvent = (e: DatedEvent) =>
    inline('TimelineEvent', { kind: 'report', cue: e.cue, precision: e.precision, reported: e.sentence.article.date }, [
      text(e.sentence.text),
      inline('Citation', articleCite(book, e.sentence.article, e.sentence.paragraph, e.sentence.text)),
    ]);
  const dayBlocks = days.map((date) =>
    blockElement('TimelineDay', { date }, [
      ...events.filter((e) => e.date === date).map(curatedEvent),
      ...fromArticles
        .filter((e) => e.date === date)
        .sort((a, b) => (a.precision === b.precision ? compareSentences(a.sentence, b.sentence) : a.precision === 'night-before' ? -1 : 1))
        .map(reportedEvent),
    ]),
  );
  return [blockElement('Timeline', { from, to }, dayBlocks)];
}
