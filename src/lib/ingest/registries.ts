// The curated registries, compiled once per run into alias matchers.
import type { Actor, Person, Place } from '../../schemas/registry.ts';
import { compileAliasMatcher, type AliasMatcher } from './mentions.ts';

export interface Registries {
  actors: readonly Actor[];
  people: readonly Person[];
  places: readonly Place[];
}

export interface CompiledRegistries {
  actors: AliasMatcher;
  people: AliasMatcher;
  places: AliasMatcher;
}

export function compileRegistries(registries: Registries): CompiledRegistries {
  return {
    actors: compileAliasMatcher(registries.actors),
    people: compileAliasMatcher(registries.people),
    places: compileAliasMatcher(registries.places),
  };
}
