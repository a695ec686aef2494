// Reads and checks everything `npm run explain` builds from: the generated
// articles (content/articles/*.json), the registries, the knowledge files and
// the map's controllers and dates. Every file is validated by its schema and
// the files are checked against each other (a party's actor is in the actor
// registry, its controller is on the map…); errors name the file and field.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { articleSchema, type Article } from '../../schemas/article.ts';
import { controllersFileSchema, mapDatesFileSchema } from '../../schemas/control.ts';
import { offensiveFileSchema, partiesFileSchema, outcomeFileSchema } from '../../schemas/knowledge.ts';
import { actorsFileSchema, peopleFileSchema, placesFileSchema } from '../../schemas/registry.ts';
import type { ExplainInputs } from './corpus.ts';
import { readJsonFile } from '../content/read-json-file.ts';
import { ExplainError } from './explain-error.ts';

const toError = (message: string) => new ExplainError(message);
const load = <S extends z.ZodType>(root: string, file: string, schema: S): z.infer<S> => readJsonFile(root, file, schema, toError);

function readArticles(root: string, dir: string): Article[] {
  let names: string[];
  try {
    names = readdirSync(join(root, dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    throw new ExplainError(`${dir}/: no articles directory (run npm run ingest first)`);
  }
  if (names.length === 0) throw new ExplainError(`${dir}/: no articles (run npm run ingest first)`);
  return names.map((name) => {
    const file = `${dir}/${name}`;
    // The generator's stamp (_generated) is not part of the Article; the schema drops unknown keys.
    return load(root, file, articleSchema);
  });
}

function requireIds(file: string, field: string, ids: readonly string[], known: ReadonlySet<string>, registry: string): void {
  ids.forEach((id, i) => {
    if (!known.has(id)) throw new ExplainError(`${file}: ${field}[${i}]: "${id}" is not in ${registry}`);
  });
}

export function loadExplainInputs(root: string, articlesDir = 'content/articles'): ExplainInputs {
  const articles = readArticles(root, articlesDir);
  const actors = load(root, 'content/actors.json', actorsFileSchema);
  const people = load(root, 'content/people.json', peopleFileSchema);
  const places = load(root, 'content/places.json', placesFileSchema);
  const parties = load(root, 'content/knowledge/parties.json', partiesFileSchema);
  const offensive = load(root, 'content/knowledge/hama-offensive.json', offensiveFileSchema);
  const controllers = load(root, 'content/control/controllers.json', controllersFileSchema);
  const mapDates = load(root, 'content/control/dates.json', mapDatesFileSchema);
  const outcome = load(root, 'content/knowledge/outcome.json', outcomeFileSchema);

  const actorIds = new Set(actors.map((a) => a.id));
  const controllerIds = new Set(controllers.map((c) => c.id));
  const partyIds = new Set<string>();
  parties.parties.forEach((party, i) => {
    const where = `parties[${i}]`;
    if (partyIds.has(party.id)) throw new ExplainError(`content/knowledge/parties.json: ${where}.id: "${party.id}" is used twice`);
    partyIds.add(party.id);
    requireIds('content/knowledge/parties.json', `${where}.actors`, party.actors, actorIds, 'content/actors.json');
    if (party.controller !== undefined && !controllerIds.has(party.controller)) {
      throw new ExplainError(`content/knowledge/parties.json: ${where}.controller: "${party.controller}" is not in content/control/controllers.json`);
    }
  });
  const file = 'content/knowledge/hama-offensive.json';
  requireIds(file, 'reactions', offensive.reactions, actorIds, 'content/actors.json');
  requireIds(file, 'outlook.places', offensive.outlook.places, new Set(places.map((p) => p.id)), 'content/places.json');
  if (offensive.period.from > offensive.period.to) throw new ExplainError(`${file}: period: "from" is after "to"`);
  offensive.events.forEach((e, i) => {
    if (e.date < offensive.period.from || e.date > offensive.period.to) {
      throw new ExplainError(`${file}: events[${i}].date: ${e.date} is outside the period ${offensive.period.from}–${offensive.period.to}`);
    }
  });
  return { articles, actors, people, places, parties, offensive, controllers, mapDates, outcome };
}
