// Reads and checks everything `npm run explain` builds from: the generated
// articles (content/articles/*.json), the registries, the knowledge files and
// the map's controllers and dates. Every file is validated by its schema and
// the files are checked against each other (a party's actor is in the actor
// registry, its controller is on the map…); errors name the file and field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { articleSchema, type Article } from '../../schemas/article.ts';
import { controllersFileSchema, mapDatesFileSchema } from '../../schemas/control.ts';
import { offensiveFileSchema, partiesFileSchema } from '../../schemas/knowledge.ts';
import { actorsFileSchema, peopleFileSchema, placesFileSchema } from '../../schemas/registry.ts';
import type { ExplainInputs } from './corpus.ts';
import { describeIssues, ExplainError } from './explain-error.ts';

function readJson(root: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    throw new ExplainError(`${file}: cannot read the file`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ExplainError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

function parse<S extends z.ZodType>(file: string, value: unknown, schema: S): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ExplainError(describeIssues(file, result.error.issues));
  return result.data;
}

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
    const json = readJson(root, file);
    // The generator's stamp is not part of the Article.
    const { _generated: _stamp, ...article } = (json ?? {}) as Record<string, unknown>;
    return parse(file, article, articleSchema);
  });
}

function requireIds(file: string, field: string, ids: readonly string[], known: ReadonlySet<string>, registry: string): void {
  ids.forEach((id, i) => {
    if (!known.has(id)) throw new ExplainError(`${file}: ${field}[${i}]: "${id}" is not in ${registry}`);
  });
}

export function loadExplainInputs(root: string, articlesDir = 'content/articles'): ExplainInputs {
  const articles = readArticles(root, articlesDir);
  const actors = parse('content/actors.json', readJson(root, 'content/actors.json'), actorsFileSchema);
  const people = parse('content/people.json', readJson(root, 'content/people.json'), peopleFileSchema);
  const places = parse('content/places.json', readJson(root, 'content/places.json'), placesFileSchema);
  const parties = parse('content/knowledge/parties.json', readJson(root, 'content/knowledge/parties.json'), partiesFileSchema);
  const offensive = parse(
    'content/knowledge/hama-offensive.json',
    readJson(root, 'content/knowledge/hama-offensive.json'),
    offensiveFileSchema,
  );
  const controllers = parse('content/control/controllers.json', readJson(root, 'content/control/controllers.json'), controllersFileSchema);
  const mapDates = parse('content/control/dates.json', readJson(root, 'content/control/dates.json'), mapDatesFileSchema);

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
  return { articles, actors, people, places, parties, offensive, controllers, mapDates };
}
