// One ingest run: convert every input, staging each output that must be
// written in a temp file beside its target as soon as it is made (on every
// thread), then check the whole run, then either rename every temp over its
// target or remove them all. Nothing is written unless every input converts,
// no two inputs share a slug and no target was edited by hand (or --force was
// given): a failed run leaves the output as it was. A run that is killed may
// leave hidden temps, never a half-written target; the next run removes them.
import { mkdirSync, readdirSync, renameSync, rmdirSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { IngestInput } from './convert-input.ts';
import { overwriteRefusal } from '../generated/checksummed-mdx.ts';
import { GENERATOR } from './generated-file.ts';
import { IngestError, IngestFailure, repeatedSlug } from './ingest-error.ts';
import type { IngestWarning } from './ingest-warning.ts';
import { stageAll } from './parallel-stage.ts';
import type { Registries } from './registries.ts';
import { removeTemps, type StagedArticle } from './staged-article.ts';
import { removeStaleArticleTemps } from './temp-file.ts';

export type { IngestInput } from './convert-input.ts';

export interface IngestOptions {
  outDir: string;
  registries: Registries;
  force?: boolean;
  maxBytes?: number;
  /** Base for the paths shown in messages (default: the working directory). */
  cwd?: string;
  /** Threads for converting, the main thread included (default: up to 4, as the machine allows; large runs only). */
  threads?: number;
}

export interface IngestReport {
  /** Slugs of the converted articles, in input order. */
  slugs: string[];
  written: string[];
  unchanged: string[];
  /**
   * Wall-clock seconds: converting (read, parse, validate, render) with the
   * outputs written to temps alongside, then committing (renaming the temps).
   */
  seconds: { stage: number; commit: number };
  /** Inputs converted on each thread: the main thread, then each worker. */
  perThread: number[];
  /** Warnings of the converted inputs, in input order. */
  warnings: IngestWarning[];
}

/** Removes the directories this run created (`first` is what mkdirSync reported), if they are empty. */
function removeCreatedDirs(outDir: string, first: string | undefined): void {
  if (first === undefined) return;
  for (let dir = outDir; ; dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
    if (dir === first) return;
  }
}

/** Every problem of the run, in input order: conversion errors and repeated slugs, then refused targets. */
function problems(inputs: readonly IngestInput[], results: readonly (StagedArticle | IngestError)[], shown: (path: string) => string): {
  errors: IngestError[];
  accepted: StagedArticle[];
} {
  const errors: IngestError[] = [];
  const accepted: StagedArticle[] = [];
  const slugs = new Map<string, string>();
  results.forEach((result, i) => {
    if (result instanceof IngestError) {
      errors.push(result);
      return;
    }
    const file = inputs[i]?.file ?? '';
    const other = slugs.get(result.slug);
    if (other !== undefined) {
      errors.push(repeatedSlug(file, result.titleLine, result.slug, other));
      return;
    }
    slugs.set(result.slug, file);
    accepted.push(result);
  });
  for (const output of accepted.flatMap((a) => a.outputs)) {
    if (output.status === 'edited' || output.status === 'foreign') errors.push(new IngestError(shown(output.path), 1, overwriteRefusal(GENERATOR, output.status)));
  }
  return { errors, accepted };
}

export async function ingestFiles(inputs: readonly IngestInput[], options: IngestOptions): Promise<IngestReport> {
  const cwd = options.cwd ?? process.cwd();
  const shown = (path: string) => relative(cwd, path) || path;
  const report: IngestReport = { slugs: [], written: [], unchanged: [], seconds: { stage: 0, commit: 0 }, perThread: [], warnings: [] };
  const started = performance.now();
  // Temps go beside their targets, so the directory must exist now; a failed run removes it again.
  const created = mkdirSync(options.outDir, { recursive: true });
  const names = readdirSync(options.outDir);
  removeStaleArticleTemps(options.outDir, names);
  const { results, perThread } = await stageAll(inputs, {
    outDir: options.outDir,
    existing: new Set(names),
    force: options.force ?? false,
    registries: options.registries,
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
  });
  report.seconds.stage = (performance.now() - started) / 1000;
  report.perThread = perThread;
  const { errors, accepted } = problems(inputs, results, shown);
  if (errors.length > 0) {
    removeTemps(results.filter((r): r is StagedArticle => !(r instanceof IngestError)));
    removeCreatedDirs(options.outDir, created);
    throw new IngestFailure(errors);
  }
  const committing = performance.now();
  const outputs = accepted.flatMap((a) => a.outputs);
  try {
    for (const output of outputs) {
      if (output.status !== 'staged') continue;
      renameSync(output.temp, output.path);
      report.written.push(shown(output.path));
    }
  } catch (error) {
    removeTemps(accepted);
    throw error;
  }
  report.unchanged = outputs.filter((o) => o.status === 'unchanged').map((o) => shown(o.path));
  report.slugs = accepted.map((a) => a.slug);
  report.warnings = accepted.flatMap((a) => a.warnings);
  report.seconds.commit = (performance.now() - committing) / 1000;
  return report;
}
