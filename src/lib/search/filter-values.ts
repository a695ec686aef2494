// Which parties and places a page declares for the search filters, from the
// registry ids its content mentions. Every page (article, explainer, map)
// goes through here, so "Hayat Tahrir al-Sham" is one filter value site-wide.

interface Mention {
  ref: string;
}

interface ActorEntry {
  id: string;
  name: string;
  kind: string;
}

interface PlaceEntry {
  id: string;
  name: string;
  kind: string;
  /** Set for places inside Syria below governorate level. */
  governorate?: string | undefined;
}

function namesOf<T extends { id: string; name: string }>(
  mentions: readonly Mention[],
  registry: readonly T[],
  keep: (entry: T) => boolean,
  what: string,
): string[] {
  const byId = new Map(registry.map((entry) => [entry.id, entry]));
  const names = new Set<string>();
  for (const { ref } of mentions) {
    const entry = byId.get(ref);
    if (!entry) throw new Error(`search filters: the ${what} "${ref}" is not in the registry`);
    if (keep(entry)) names.add(entry.name);
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'en'));
}

/** Parties: every actor but the news agencies, which are sources of the reports, not actors in them. */
export function partyFilterValues(mentions: readonly Mention[], actors: readonly ActorEntry[]): string[] {
  return namesOf(mentions, actors, (a) => a.kind !== 'agency', 'actor');
}

/**
 * Places: those in Syria (a governorate, or a place with one), since the
 * filter is for narrowing to where things happened; capitals abroad named as
 * stand-ins for governments ("Ankara", "Tehran") and whole countries are left out.
 */
export function placeFilterValues(mentions: readonly Mention[], places: readonly PlaceEntry[]): string[] {
  return namesOf(mentions, places, (p) => p.kind === 'governorate' || p.governorate !== undefined, 'place');
}
