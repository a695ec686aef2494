// `npm run ingest -- --check`: convert every input as a run would and compare
// the two files each would make with those in the output directory, writing
// nothing (not even the temps a run stages). For the project's own content
// (seeds/ → content/articles/) an article file that no seed makes is
// reported too: content/articles/ must match seeds/ exactly.
import { convertInput, type Converted, type IngestInput } from './convert-input.ts';
import { IngestError, IngestFailure, repeatedSlug } from './ingest-error.ts';
import { compileRegistries, type Registries } from './registries.ts';
import { staleFiles, type StaleFile } from '../generated/freshness.ts';

export interface IngestCheckOptions {
  outDir: string;
  /** How messages name the output directory: "content/articles". */
  shown: string;
  registries: Registries;
  /** Report .json and .mdx files in `outDir` that no input makes. */
  unexpected?: boolean;
}

/** The generated files that do not match their inputs; throws an IngestFailure when an input does not convert. */
export function checkIngest(inputs: readonly IngestInput[], options: IngestCheckOptions): StaleFile[] {
  const registries = compileRegistries(options.registries);
  const errors: IngestError[] = [];
  const files: { name: string; content: Uint8Array }[] = [];
  const slugs = new Map<string, string>();
  for (const input of inputs) {
    let converted: Converted;
    try {
      converted = convertInput(input, registries);
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      errors.push(error);
      continue;
    }
    const other = slugs.get(converted.slug);
    if (other !== undefined) {
      errors.push(repeatedSlug(input.file, converted.titleLine, converted.slug, other));
      continue;
    }
    slugs.set(converted.slug, input.file);
    files.push({ name: `${converted.slug}.json`, content: converted.json }, { name: `${converted.slug}.mdx`, content: converted.mdx });
  }
  if (errors.length > 0) throw new IngestFailure(errors);
  return staleFiles({
    dir: options.outDir,
    shown: options.shown,
    files,
    ...(options.unexpected ? { isGenerated: (name: string) => /\.(json|mdx)$/u.test(name) } : {}),
  });
}
