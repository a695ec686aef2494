// Reads the curated registries (content/actors.json, people.json,
// places.json), validated by their zod schemas. A missing file is an empty
// registry (the caller may warn); an invalid one is an error naming the file,
// the entry and the field.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { actorsFileSchema, peopleFileSchema, placesFileSchema } from '../../schemas/registry.ts';
import { IngestError } from './ingest-error.ts';
import type { Registries } from './registries.ts';

function readRegistry<T>(contentDir: string, name: string, schema: z.ZodType<T[]>, missing: string[]): T[] {
  const path = join(contentDir, name);
  const shown = `content/${name}`;
  if (!existsSync(path)) {
    missing.push(shown);
    return [];
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new IngestError(shown, undefined, `not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const [index, ...field] = issue?.path ?? [];
  const id = typeof index === 'number' ? (json as { id?: unknown }[])[index]?.id : undefined;
  const entry = typeof index === 'number' ? `entry ${index}${typeof id === 'string' ? ` ("${id}")` : ''}` : 'the file';
  throw new IngestError(shown, undefined, `${entry}, field ${field.join('.') || '(whole entry)'}: ${issue?.message ?? 'invalid'}`);
}

export interface LoadedRegistries {
  registries: Registries;
  /** Registry files that do not exist (yet). */
  missing: string[];
}

export function loadRegistries(contentDir: string): LoadedRegistries {
  const missing: string[] = [];
  const registries: Registries = {
    actors: readRegistry(contentDir, 'actors.json', actorsFileSchema, missing),
    people: readRegistry(contentDir, 'people.json', peopleFileSchema, missing),
    places: readRegistry(contentDir, 'places.json', placesFileSchema, missing),
  };
  return { registries, missing };
}
