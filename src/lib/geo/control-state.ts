// Who held each place on a date, from dated observations. For a place and a
// date D we take its observations with the latest date on or before D (the
// last report carried forward: the map says so through `carriedForward`).
// A place is contested when a source reports fighting inside it or rival
// claims to it (the observation's `contested`). When sources merely disagree
// about who holds it, that is not a front: the place is drawn for the holder
// named by the more reliable source and marked `disputed`, every source kept
// (allies reported side by side, HTS and the SNA, are such a case). `since` is
// the first date of the unbroken run of the same status, so a tooltip can say
// "held by HTS-led forces since 30 Nov".
import type { Observation } from '../../schemas/control.ts';

export const CONTESTED = 'contested';

export interface PlaceControl {
  place: string;
  /** A controller id, or "contested" when a source reports fighting in the place. */
  category: string;
  /** The controllers named by the latest observations, sorted (one unless contested or disputed). */
  controllers: string[];
  /** Sources disagree about the holder: drawn for the more reliable one's, every source listed. */
  disputed: boolean;
  /** Date of the observations used (on or before the requested date). */
  asOf: string;
  /** First date of the current unbroken run of the same status. */
  since: string;
  /** True when no observation is dated on the requested day itself. */
  carriedForward: boolean;
  /** The observations of `asOf`, in file order. */
  observations: Observation[];
}

interface Status {
  date: string;
  category: string;
  controllers: string[];
  disputed: boolean;
  observations: Observation[];
}

function statusKey(s: Status): string {
  return `${s.category}|${s.controllers.join('|')}`;
}

const CONFIDENCE_RANK = { confirmed: 3, reported: 2, claimed: 1 } as const;
const PUBLISHER_RANK: Record<string, number> = { agency: 5, monitor: 5, broadcaster: 4, newspaper: 4, 'research-institute': 4, gazetteer: 2, encyclopedia: 1, party: 0 };

/** How much an observation's source is relied on when sources disagree: confidence first, then the kind of publisher (a seed article counts as a newsroom's own report). */
export function reliability(o: Observation): number {
  const kind = 'article' in o.source ? 4 : PUBLISHER_RANK[o.source.publisherKind ?? 'newspaper'] ?? 3;
  return CONFIDENCE_RANK[o.confidence] * 10 + kind;
}

function statusOf(date: string, observations: Observation[]): Status {
  const contested = observations.filter((o) => o.contested);
  if (contested.length > 0) {
    const controllers = [...new Set(contested.flatMap((o) => o.contested!))].sort();
    return { date, category: CONTESTED, controllers, disputed: false, observations };
  }
  const controllers = [...new Set(observations.map((o) => o.controller))].sort();
  // The most reliable observation names the holder; ties go to file order.
  const best = observations.reduce((a, b) => (reliability(b) > reliability(a) ? b : a));
  return { date, category: best.controller, controllers, disputed: controllers.length > 1, observations };
}

/** Observations of each place grouped by date, oldest first. */
function timelines(observations: readonly Observation[]): Map<string, Status[]> {
  const byPlace = new Map<string, Map<string, Observation[]>>();
  for (const o of observations) {
    const dates = byPlace.get(o.place) ?? new Map<string, Observation[]>();
    dates.set(o.date, [...(dates.get(o.date) ?? []), o]);
    byPlace.set(o.place, dates);
  }
  const out = new Map<string, Status[]>();
  for (const [place, dates] of byPlace) {
    const statuses = [...dates.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([date, obs]) => statusOf(date, obs));
    out.set(place, statuses);
  }
  return out;
}

/** Control of every observed place on `date` (ISO yyyy-mm-dd), sorted by place id. Places first observed after `date` are absent. */
export function controlAtDate(observations: readonly Observation[], date: string): PlaceControl[] {
  const result: PlaceControl[] = [];
  for (const [place, statuses] of timelines(observations)) {
    let k = -1;
    for (let i = 0; i < statuses.length && statuses[i]!.date <= date; i++) k = i;
    if (k < 0) continue;
    const current = statuses[k]!;
    const key = statusKey(current);
    let first = k;
    while (first > 0 && statusKey(statuses[first - 1]!) === key) first--;
    result.push({
      place,
      category: current.category,
      controllers: current.controllers,
      disputed: current.disputed,
      asOf: current.date,
      since: statuses[first]!.date,
      carriedForward: current.date !== date,
      observations: current.observations,
    });
  }
  return result.sort((a, b) => (a.place < b.place ? -1 : a.place > b.place ? 1 : 0));
}

export interface ControlChange {
  place: string;
  date: string;
  from: string;
  to: string;
}

/**
 * Changes of category between consecutive map dates, for text alternatives
 * ("Hama: government → HTS-led forces, 5 Dec"), from each date's states
 * (controlAtDate, which the map model already holds per layer). Places
 * appearing for the first time are not changes.
 */
export function controlChanges(days: readonly { date: string; places: readonly PlaceControl[] }[]): ControlChange[] {
  const changes: ControlChange[] = [];
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    const before = new Map(sorted[i - 1]!.places.map((p) => [p.place, p.category]));
    for (const p of sorted[i]!.places) {
      const was = before.get(p.place);
      if (was !== undefined && was !== p.category) changes.push({ place: p.place, date: sorted[i]!.date, from: was, to: p.category });
    }
  }
  return changes;
}
