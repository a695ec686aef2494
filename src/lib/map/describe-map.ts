// The words of a map, written from the data: the SVG's <title> and <desc> for
// each date, the status announced when the date changes, the changes of
// control between dates ("Hama: Government forces → HTS-led rebels, 5 Dec"),
// and the table alternative (places × dates → who held them).
import type { Controller } from '../../schemas/control.ts';
import { CONTESTED, controlChanges, type PlaceControl } from '../geo/control-state.ts';
import { formatLongDate, formatShortDate } from '../format/date.ts';
import type { MapModel } from './map-model.ts';

export interface MapChange {
  place: string;
  name: string;
  date: string;
  from: string;
  to: string;
  /** "Hama: Government forces → HTS-led rebels, 5 Dec" */
  text: string;
}

export interface DateText {
  date: string;
  label: string;
  title: string;
  desc: string;
  /** Announced (aria-live) when a reader steps to this date. */
  status: string;
}

export interface TableCell {
  /** A controller id, "contested", or null when no source covers the place yet. */
  category: string | null;
  text: string;
  /** The last report is from an earlier date. */
  carriedForward: boolean;
}

export interface MapTable {
  dates: { date: string; label: string; short: string }[];
  rows: { place: string; name: string; cells: TableCell[] }[];
}

export interface MapDescription {
  dates: DateText[];
  changes: MapChange[];
  table: MapTable;
  /** "26 November – 5 December 2024" */
  range: string;
}

export interface DescribeOptions {
  controllers: readonly Controller[];
  /** Describe the map as showing one controller's areas. */
  highlight?: string;
}

/** "26 November – 5 December 2024", "29 November 2024" */
export function dateRange(dates: readonly string[]): string {
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (!first || !last) return '';
  if (first === last) return formatLongDate(first);
  const sameYear = first.slice(0, 4) === last.slice(0, 4);
  const start = sameYear ? formatLongDate(first).replace(/ \d{4}$/, '') : formatLongDate(first);
  return `${start} – ${formatLongDate(last)}`;
}

/** "26 November and 5 December 2024": each date named, for a map showing a selection of dates. */
export function dateList(dates: readonly string[]): string {
  if (dates.length <= 1) return dateRange(dates);
  const sameYear = dates.every((d) => d.slice(0, 4) === dates[0]!.slice(0, 4));
  const names = dates.map((d, i) => (sameYear && i < dates.length - 1 ? formatLongDate(d).replace(/ \d{4}$/, '') : formatLongDate(d)));
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function categoryName(category: string, controllers: readonly Controller[]): string {
  if (category === CONTESTED) return 'contested';
  return controllers.find((c) => c.id === category)?.label ?? category;
}

/** What a table cell or a tooltip says about a place's state. */
export function stateText(state: PlaceControl | undefined, controllers: readonly Controller[]): string {
  if (!state) return 'No report';
  if (state.category !== CONTESTED && state.disputed) {
    const others = state.controllers.filter((c) => c !== state.category).map((c) => categoryName(c, controllers));
    return `${categoryName(state.category, controllers)} (disputed: another report names ${others.join(' / ')})`;
  }
  if (state.category !== CONTESTED) return categoryName(state.category, controllers);
  return `Contested: ${state.controllers.map((c) => categoryName(c, controllers)).join(' / ')}`;
}

/** Accessible name of a town marker: "Hama: HTS-led rebels since 5 Dec". */
export function markerLabel(name: string, state: PlaceControl | undefined, controllers: readonly Controller[], mapDate: string): string {
  if (!state) return `${name}: no report by ${formatShortDate(mapDate)}`;
  const who =
    state.category === CONTESTED
      ? `contested (${state.controllers.map((c) => categoryName(c, controllers)).join(' / ')})`
      : categoryName(state.category, controllers);
  const disputed = state.disputed ? ' (disputed by another report)' : '';
  return `${name}: ${who}${disputed} since ${formatShortDate(state.since)}`;
}

function sentenceList(items: readonly string[]): string {
  return items.join('; ');
}

export function describeMap(model: MapModel, options: DescribeOptions): MapDescription {
  const { controllers, highlight } = options;
  const names = new Map(model.inFrame.map((p) => [p.id, p.name]));
  const dates = model.layers.map((l) => l.date);
  const changes: MapChange[] = controlChanges(model.layers.map((l) => ({ date: l.date, places: [...l.states.values()] })))
    .filter((c) => names.has(c.place))
    .map((c) => {
      const name = names.get(c.place)!;
      const text = `${name}: ${categoryName(c.from, controllers)} → ${categoryName(c.to, controllers)}, ${formatShortDate(c.date)}`;
      return { ...c, name, text };
    });

  // Rows: the labelled places by priority, then the others in the frame by name; only places some source covers.
  const rows = model.inFrame
    .filter((p) => model.layers.some((l) => l.states.has(p.id)))
    .sort((a, b) => b.priority - a.priority || a.name.localeCompare(b.name, 'en'))
    .map((p) => ({
      place: p.id,
      name: p.name,
      cells: model.layers.map((l) => {
        const state = l.states.get(p.id);
        return { category: state?.category ?? null, text: stateText(state, controllers), carriedForward: state?.carriedForward ?? false };
      }),
    }));
  const table: MapTable = { dates: model.layers.map((l) => ({ date: l.date, label: l.label, short: formatShortDate(l.date) })), rows };

  const highlightLabel = highlight ? categoryName(highlight, controllers) : '';
  const keyRows = rows.filter((r) => (model.inFrame.find((p) => p.id === r.place)?.priority ?? 0) > 0).slice(0, 6);
  const texts: DateText[] = model.layers.map((layer, i) => {
    const long = formatLongDate(layer.date);
    const title = highlight ? `Areas held by ${highlightLabel} in ${model.view.area}, ${long}` : `Control of ${model.view.area}, ${long}`;
    const held = keyRows
      .filter((r) => r.cells[i]!.category !== null)
      .map((r) => `${r.name}: ${r.cells[i]!.text}`);
    const sinceStart = changes.filter((c) => c.date <= layer.date).map((c) => c.text);
    const today = changes.filter((c) => c.date === layer.date).map((c) => c.text.replace(/, [^,]+$/, ''));
    const parts = [
      `Approximate areas of control on ${long} (${layer.label}), estimated from reports about towns.`,
      highlight
        ? `${highlightLabel}: ${sentenceList(rows.filter((r) => r.cells[i]!.category === highlight).map((r) => r.name)) || 'none of the places shown'}.`
        : held.length > 0
          ? `${sentenceList(held)}.`
          : '',
      i > 0 ? (sinceStart.length > 0 ? `Changes since ${formatShortDate(dates[0]!)}: ${sentenceList(sinceStart)}.` : `No change since ${formatShortDate(dates[0]!)}.`) : '',
    ];
    const status = `${long}: ${layer.label}. ${today.length > 0 ? `${sentenceList(today)}.` : 'No change reported for the places on this map.'}`;
    return { date: layer.date, label: layer.label, title, desc: parts.filter(Boolean).join(' '), status };
  });

  return { dates: texts, changes, table, range: dateRange(dates) };
}
