// Who said a quote, in words a reader can use: the article's own wording for
// the name, completed with the registry's full name and role when resolved.
import type { Quote } from '../../schemas/article.ts';
import type { Actor, Person } from '../../schemas/registry.ts';

export interface SpeakerLabel {
  /** As the article names the speaker, or the registry's full name when resolved. */
  name: string;
  /** Role or description from the registry, when known. */
  role?: string;
}

export function describeSpeaker(
  speaker: Quote['speaker'],
  people: readonly Person[],
  actors: readonly Actor[],
): SpeakerLabel | undefined {
  if (!speaker) return undefined;
  const person = speaker.ref ? people.find((p) => p.id === speaker.ref) : undefined;
  if (person) return { name: person.name, role: person.role };
  const actor = speaker.ref ? actors.find((a) => a.id === speaker.ref) : undefined;
  if (actor) return { name: actor.name };
  return { name: speaker.name };
}
