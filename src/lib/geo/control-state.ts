// Who held each place on a date, from dated observations. For a place and a
// date D we take its observations with the latest date on or before D (the
// last report carried forward: the map says so through `carriedForward`).
// When those observations name more than one controller, sources disagree and
// the place is contested. `since` is the first date of the unbroken run of the
// same status, so a tooltip can say "held by HTS-led rebels since 30 Nov".
import type { Observation } from '../../schemas/control.ts';

export const CONTESTED = 'contested';

export interface PlaceControl {
  place: string;
  /** A controller id, or "contested" when the latest observations disagree. */
  category: string;
  /** The controllers named by the latest observations, sorted (one unless contested). */
  controllers: string[];
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
  controllers: string[];
  observations: Observation[];
}

function statusKey(controllers: string[]): string {
  return controllers.join('|');
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
      .map(([date, obs]) => ({ date, observations: obs, controllers: [...new Set(obs.map((o) => o.controller))].sort() }));
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
    const key = statusKey(current.controllers);
    let first = k;
    while (first > 0 && statusKey(statuses[first - 1]!.controllers) === key) first--;
    result.push({
      place,
      category: current.controllers.length === 1 ? current.controllers[0]! : CONTESTED,
      controllers: current.controllers,
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
