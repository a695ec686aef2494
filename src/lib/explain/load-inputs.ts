// Reads and checks everything `npm run explain` builds from: the generated
// articles (content/articles/*.json), the registries, the story files
// (content/stories/*.json), the fact files they share and the map's
// controllers and dates. Every file is validated by its schema and the files
// are checked against each other (a story's actor is in the actor registry,
// its map's highlight is on the map…); errors name the file and field.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { articleSchema, type Article } from '../../schemas/article.ts';
import { controllersFileSchema, mapDatesFileSchema } from '../../schemas/control.ts';
import { curatedFactSchema, type CuratedFact } from '../../schemas/knowledge.ts';
import { actorsFileSchema, peopleFileSchema, placesFileSchema } from '../../schemas/registry.ts';
import { storyFileSchema, type StoryFile } from '../../schemas/story.ts';
import type { ExplainInputs } from './corpus.ts';
import { readJsonFile } from '../content/read-json-file.ts';
import { ExplainError } from './explain-error.ts';
import { checkStory } from './check-story.ts';
import { mapViews } from '../map/views.ts';

const toError = (message: string) => new ExplainError(message);
const load = <S extends z.ZodType>(root: string, file: string, schema: S): z.infer<S> => readJsonFile(root, file, schema, toError);

/** A file of facts shared by several pages (content/knowledge/outcome.json): whatever else it holds, its `facts`. */
const factFileSchema = z.looseObject({ facts: z.array(curatedFactSchema).min(1) });

export const STORIES_DIR = 'content/stories';

function jsonFiles(root: string, dir: string, missing: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    throw new ExplainError(`${dir}/: no such directory (${missing})`);
  }
  if (names.length === 0) throw new ExplainError(`${dir}/: no files (${missing})`);
  return names;
}

function readArticles(root: string, dir: string): Article[] {
  // The generator's stamp (_generated) is not part of the Article; the schema drops unknown keys.
  return jsonFiles(root, dir, 'run npm run ingest first').map((name) => load(root, `${dir}/${name}`, articleSchema));
}

function readStories(root: string): { slug: string; file: string; story: StoryFile }[] {
  return jsonFiles(root, STORIES_DIR, 'an explainer is a story file there').map((name) => {
    const file = `${STORIES_DIR}/${name}`;
    const slug = name.slice(0, -'.json'.length);
    if (!/^[a-z0-9][a-z0-9-]*$/u.test(slug)) throw new ExplainError(`${file}: the file name is the page's address: lower-case words joined by "-"`);
    return { slug, file, story: load(root, file, storyFileSchema) };
  });
}

export function loadExplainInputs(root: string, articlesDir = 'content/articles'): ExplainInputs {
  const articles = readArticles(root, articlesDir);
  const actors = load(root, 'content/actors.json', actorsFileSchema);
  const people = load(root, 'content/people.json', peopleFileSchema);
  const places = load(root, 'content/places.json', placesFileSchema);
  const controllers = load(root, 'content/control/controllers.json', controllersFileSchema);
  const mapDates = load(root, 'content/control/dates.json', mapDatesFileSchema);
  const stories = readStories(root);

  const factFiles = new Map<string, CuratedFact[]>();
  const known = {
    actors: new Set(actors.map((a) => a.id)),
    places: new Set(places.map((p) => p.id)),
    controllers: new Set(controllers.map((c) => c.id)),
    views: new Set(mapViews.map((v) => v.id)),
    mapDates: new Set(mapDates.map((d) => d.date)),
    articles,
    loadFacts: (path: string) => {
      if (!factFiles.has(path)) factFiles.set(path, load(root, `content/${path}`, factFileSchema).facts);
    },
  };
  for (const { file, story } of stories) checkStory(file, story, known);
  return { articles, actors, people, places, controllers, mapDates, stories, factFiles };
}
