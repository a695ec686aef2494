// Reads a JSON file of the project's content and checks it against its zod
// schema. Every problem is one message naming the file (relative to the
// project) and the field: "content/places.json: [3].coordinates: …". The
// caller picks the error class, so that its command prints the message alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';

export type ErrorFactory = (message: string) => Error;

/** Zod issues as "file: path.to.field: message" lines (the first five). */
export function describeIssues(file: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./u, '');
      return `${file}: ${where || '(top level)'}: ${issue.message}`;
    })
    .join('\n');
}

/** The file `root/file`, parsed and validated; anything wrong throws `toError(message)`. */
export function readJsonFile<S extends z.ZodType>(root: string, file: string, schema: S, toError: ErrorFactory): z.infer<S> {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    throw toError(`${file}: cannot read the file`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw toError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(value);
  if (!result.success) throw toError(describeIssues(file, result.error.issues));
  return result.data;
}
