// A map block: the front-line map of a view stepping through some of the map
// dates (content/control/dates.json), optionally with one force's areas
// standing out. The map itself is drawn at build time by FrontlineMap.
import type { MapBlock, MapDatesSpec } from '../../../schemas/story.ts';
import { inline, type MdxNode } from '../mdx-markup.ts';
import type { PageContext } from '../page-context.ts';

/** The map dates a spec names, oldest first. */
export function resolveMapDates(spec: MapDatesSpec, mapDates: readonly string[]): string[] {
  const all = [...mapDates].sort();
  if (spec === 'latest') return all.slice(-1);
  if (Array.isArray(spec)) return [...spec].sort();
  const { from, to } = spec as { from?: string; to?: string };
  return all.filter((d) => (from === undefined || d >= from) && (to === undefined || d <= to));
}

export function renderMap(block: MapBlock, ctx: PageContext): MdxNode[] {
  const dates = resolveMapDates(block.dates, ctx.corpus.mapDates.map((d) => d.date));
  return [
    inline('FrontlineMap', {
      view: block.view,
      dates,
      highlight: block.highlight,
      interactive: block.interactive,
      id: block.id,
      headingLevel: ctx.headingLevel,
      title: block.title,
    }),
  ];
}
