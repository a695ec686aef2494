// The curated registries, compiled once per run into alias matchers.
import type { Actor, Person, Place } from '../../schemas/registry.ts';
import { compileAliasMatcher, type AliasMatcher, type NamedEntry } from './mentions.ts';

export interface Registries {
  actors: readonly Actor[];
  people: readonly Person[];
  places: readonly Place[];
}

export interface CompiledRegistries {
  actors: AliasMatcher;
  people: AliasMatcher;
  places: AliasMatcher;
  /** Who may speak, with every name they go by: for suggesting the closest entries to a name the registry lacks. */
  speakers: readonly NamedEntry[];
}

export function compileRegistries(registries: Registries): CompiledRegistries {
  return {
    actors: compileAliasMatcher(registries.actors),
    people: compileAliasMatcher(registries.people),
    places: compileAliasMatcher(registries.places),
    speakers: [...registries.people, ...registries.actors].map(({ id, name, aliases }) => ({ id, name, aliases })),
  };
}
