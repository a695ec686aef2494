// npm run ingest                       every seed listed in seeds/sources.json → content/articles/
// npm run ingest -- --check            write nothing; exit 1 naming each article file that does
//                                      not match seeds/ (stale, missing, or made by no seed)
// npm run ingest -- <file>... --out <dir> [--url URL] [--force] [--check]
//                                      other DW scrapes → another directory
// npm run ingest -- --dry-run <file>... [--url URL]
//                                      print what each file would become; write nothing
// Thin command line over src/lib/ingest/run-ingest.ts. Bad input prints
// "<file>:<line>: <what is wrong>" and exits 1 having written nothing.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeStale } from '../src/lib/generated/freshness.ts';
import { checkIngest } from '../src/lib/ingest/check-ingest.ts';
import { parseInput } from '../src/lib/ingest/convert-input.ts';
import { dryRunReport } from '../src/lib/ingest/dry-run-report.ts';
import { formatWarning } from '../src/lib/ingest/ingest-warning.ts';
import { IngestError, IngestFailure } from '../src/lib/ingest/ingest-error.ts';
import { loadRegistries } from '../src/lib/ingest/load-registries.ts';
import { compileRegistries, type Registries } from '../src/lib/ingest/registries.ts';
import { ingestFiles, type IngestInput } from '../src/lib/ingest/run-ingest.ts';
import { parseSeedSources, type SeedSource } from '../src/lib/ingest/seed-sources.ts';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const COMMAND = 'npm run ingest';
const USAGE = `usage: npm run ingest                       convert every seed in seeds/sources.json into content/articles/
       npm run ingest -- <file>... --out <dir> [--url URL] [--force]
       npm run ingest -- --dry-run <file>... [--url URL]
  --out DIR   where to write <slug>.json and <slug>.mdx (required with files)
  --dry-run   print each file's layout, language, title, date, blocks, quotes and warnings; write nothing
              (--out and --force are ignored)
  --url URL   the original article's address (one file only)
  --force     overwrite generated files even if they were edited by hand
  --check     write nothing; exit 1 if a generated file is missing or out of date
              (without files: also if content/articles/ holds one that no seed makes)`;

class UsageError extends Error {}

function seedSources(): SeedSource[] {
  const path = join(ROOT, 'seeds', 'sources.json');
  return parseSeedSources(readFileSync(path, 'utf8'), 'seeds/sources.json');
}

/** A path as recorded in the output: relative to the project when inside it, with "/" separators. */
function label(path: string): string {
  const rel = relative(ROOT, path);
  const shown = rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  return shown.split(sep).join('/');
}

function inputsFor(files: string[], url: string | undefined): IngestInput[] {
  const sources = seedSources();
  if (url !== undefined && files.length !== 1) throw new UsageError('--url names one article: give exactly one file with it');
  if (url !== undefined && !/^https?:$/u.test(URL.parse(url)?.protocol ?? '')) throw new UsageError(`--url ${url}: not an http(s) address`);
  return files.map((arg) => {
    const path = resolve(arg);
    const source = sources.find((s) => join(ROOT, 'seeds', s.file) === path);
    const publisher = source?.publisher ?? 'DW';
    const link = url ?? source?.url;
    return { path, file: label(path), publisher, ...(link !== undefined ? { url: link } : {}), ...(source ? { source } : {}) };
  });
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      url: { type: 'string' },
      force: { type: 'boolean' },
      check: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values['dry-run']) {
    if (positionals.length === 0) throw new UsageError('--dry-run needs the files to look at');
    if (values.check) throw new UsageError('--dry-run and --check are different things: give one of them');
    const inputs = inputsFor(positionals, values.url);
    const { registries, missing } = loadRegistries(join(ROOT, 'content'));
    for (const file of missing) console.warn(`ingest: warning: ${file} not found; its mentions are not recorded`);
    return dryRun(inputs, registries);
  }
  if (positionals.length > 0 && values.out === undefined) throw new UsageError('--out <dir> is required when converting files');
  if (positionals.length === 0 && (values.out !== undefined || values.url !== undefined)) {
    throw new UsageError('--out and --url go with files to convert');
  }
  const outDir = values.out !== undefined ? resolve(values.out) : join(ROOT, 'content', 'articles');
  const inputs = positionals.length > 0 ? inputsFor(positionals, values.url) : inputsFor(seedSources().map((s) => join(ROOT, 'seeds', s.file)), undefined);
  const { registries, missing } = loadRegistries(join(ROOT, 'content'));
  for (const file of missing) console.warn(`ingest: warning: ${file} not found; its mentions are not recorded`);
  if (values.check) {
    const stale = checkIngest(inputs, { outDir, shown: label(outDir), registries, unexpected: positionals.length === 0 });
    if (stale.length === 0) {
      console.log(`ingest: ${2 * inputs.length} generated file(s) in ${label(outDir)} up to date`);
      return 0;
    }
    for (const file of stale) console.error(describeStale(file, COMMAND));
    console.error(`ingest: ${stale.length} generated file(s) out of date; nothing written`);
    return 1;
  }
  const report = await ingestFiles(inputs, { outDir, registries, force: values.force ?? false });
  for (const warning of report.warnings) console.warn(formatWarning(warning));
  console.log(
    `ingest: ${report.slugs.length} article(s) → ${label(outDir)} (${report.written.length} file(s) written, ${report.unchanged.length} unchanged)`,
  );
  return 0;
}

/** Converts each file in memory and prints what it would become; exit 1 if any is refused. Writes nothing. */
function dryRun(inputs: readonly IngestInput[], registries: Registries): number {
  const compiled = compileRegistries(registries);
  let refused = 0;
  for (const input of inputs) {
    try {
      console.log(dryRunReport(input.file, parseInput(input, compiled)).join('\n'));
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      refused++;
      console.log(`${input.file}\n  refused   ${error.message}`);
    }
  }
  console.log(`ingest: dry run of ${inputs.length} file(s): ${inputs.length - refused} would convert, ${refused} refused; nothing written`);
  return refused > 0 ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof IngestFailure) {
    for (const e of error.errors) console.error(e.message);
    console.error(`ingest: nothing written (${error.errors.length} problem(s))`);
  } else if (error instanceof IngestError) {
    console.error(error.message);
    console.error('ingest: nothing written');
  } else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`ingest: ${(error as Error).message}\n${USAGE}`);
  } else {
    throw error;
  }
  process.exitCode = 1;
}
