import { expect, test } from 'vitest';
import { describeSpeaker } from '../../../src/lib/content/speaker.ts';
import type { Actor, Person } from '../../../src/schemas/registry.ts';

const people: Person[] = [{ id: 'geir-pedersen', name: 'Geir Pedersen', aliases: ['Pedersen'], role: 'UN special envoy for Syria' }];
const actors: Actor[] = [{ id: 'sohr', name: 'Syrian Observatory for Human Rights', shortName: 'SOHR', aliases: [], kind: 'organisation' }];

test('resolves a person with role', () => {
  expect(describeSpeaker({ name: 'he', ref: 'geir-pedersen' }, people, actors)).toEqual({ name: 'Geir Pedersen', role: 'UN special envoy for Syria' });
});
test('resolves an organisation', () => {
  expect(describeSpeaker({ name: 'the Observatory', ref: 'sohr' }, people, actors)).toEqual({ name: 'Syrian Observatory for Human Rights' });
});
test('keeps the article wording when unresolved', () => {
  expect(describeSpeaker({ name: 'the army' }, people, actors)).toEqual({ name: 'the army' });
  expect(describeSpeaker(undefined, people, actors)).toBeUndefined();
});
