// Converts and stages many inputs on several threads: parsing is CPU-bound,
// creating files costs kernel time, and the machines this runs on have two
// cores or more. The main thread and `threads - 1` workers take inputs one at a
// time from a shared counter, so no thread waits for another to hand out
// work, and the main thread converts while the workers start (~0.2 s to load
// the parser; a worker still loading when the main thread has finished is
// stopped). Workers send back only each input's slug and what became of its
// outputs (staged-article.ts), never the content. Results come in input order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IngestInput } from './convert-input.ts';
import { IngestError } from './ingest-error.ts';
import { compileRegistries, type Registries } from './registries.ts';
import { removeTemps, stageArticle, type StagedArticle, type StageTarget } from './staged-article.ts';

export type StageResult = StagedArticle | IngestError;

export interface StageRun {
  /** One per input, in input order. */
  results: StageResult[];
  /** How many inputs each thread converted: the main thread's count, then each worker's. */
  perThread: number[];
}

export type WorkerResult = { ok: true; staged: StagedArticle } | { ok: false; file: string; line: number | undefined; detail: string };

export interface WorkerReport {
  /** [input index, result] for every input the worker took. */
  results: [number, WorkerResult][];
  /** A crash: the stack of an error that is not an IngestError (the worker stopped taking inputs). */
  bug?: string;
}

export interface WorkerData {
  inputs: readonly IngestInput[];
  registries: Registries;
  maxBytes: number | undefined;
  outDir: string;
  existing: string[];
  force: boolean;
  /** Int32Array over it: [0] the next input to take; [1 + k] worker k's flag (NOT_STARTED, STARTED, CANCELLED). */
  shared: SharedArrayBuffer;
  slot: number;
}

/** Worker k's flag: the worker sets STARTED before taking its first input, unless the main thread, done first, set CANCELLED. */
export const NOT_STARTED = 0;
export const STARTED = 1;
export const CANCELLED = 2;

/** Below this many inputs per thread a worker costs more to start than it saves. */
const MIN_PER_THREAD = 50;

export interface StageOptions extends StageTarget {
  registries: Registries;
  maxBytes?: number;
  /** Threads, the main thread included (default: up to 4, as the machine allows). */
  threads?: number;
  /** False: only workers convert (at least one), so that tests exercise them whatever the timing. */
  mainConverts?: boolean;
}

function fromWorker(result: WorkerResult): StageResult {
  return result.ok ? result.staged : new IngestError(result.file, result.line, result.detail);
}

function settled(results: readonly (StageResult | undefined)[]): StagedArticle[] {
  return results.filter((r): r is StagedArticle => r !== undefined && !(r instanceof IngestError));
}

/** The worker's report, or its crash as an Error (the worker has exited either way). */
function reportOf(worker: Worker): Promise<WorkerReport | Error> {
  return new Promise((resolve) => {
    let report: WorkerReport | undefined;
    worker.once('message', (message: WorkerReport) => (report = message));
    worker.once('error', (error) => resolve(error));
    worker.once('exit', () => resolve(report ?? new Error('ingest worker exited without a report')));
  });
}

/**
 * Converts and stages every input. Throws only on a bug (an error that is not
 * an IngestError), having removed every temp staged.
 */
export async function stageAll(inputs: readonly IngestInput[], options: StageOptions): Promise<StageRun> {
  const threads = options.threads ?? Math.min(availableParallelism(), 4);
  const mainConverts = options.mainConverts ?? true;
  const wanted = Math.min(threads - 1, Math.floor(inputs.length / MIN_PER_THREAD) - 1);
  const workerCount = mainConverts ? Math.max(0, wanted) : Math.max(1, wanted);
  const shared = new SharedArrayBuffer(4 * (1 + workerCount));
  const state = new Int32Array(shared);
  const url = new URL('./ingest-worker.ts', import.meta.url);
  const data = { inputs, registries: options.registries, maxBytes: options.maxBytes, outDir: options.outDir, existing: [...options.existing], force: options.force };
  // Started before anything else, so that they load while the main thread converts.
  const workers = Array.from({ length: workerCount }, (_, k) => new Worker(url, { workerData: { ...data, shared, slot: k } satisfies WorkerData }));
  const reports = workers.map(reportOf);
  const compiled = compileRegistries(options.registries);
  const results: (StageResult | undefined)[] = new Array(inputs.length);
  const bugs: unknown[] = [];
  let onMain = 0;
  const onWorkers = workers.map(() => 0);
  for (let i = mainConverts ? Atomics.add(state, 0, 1) : inputs.length; i < inputs.length; i = Atomics.add(state, 0, 1)) {
    onMain++;
    try {
      results[i] = stageArticle(inputs[i] as IngestInput, compiled, options, options.maxBytes);
    } catch (error) {
      if (error instanceof IngestError) results[i] = error;
      else {
        bugs.push(error);
        break;
      }
    }
  }
  // A worker that has not started yet has nothing to do any more: stop it rather than wait for it to load.
  const cancelled = workers.map((_, k) => mainConverts && Atomics.compareExchange(state, 1 + k, NOT_STARTED, CANCELLED) === NOT_STARTED);
  await Promise.all(workers.map((w, k) => (cancelled[k] ? w.terminate() : undefined)));
  for (const [k, report] of (await Promise.all(reports)).entries()) {
    if (cancelled[k]) continue;
    if (report instanceof Error) bugs.push(report);
    else {
      for (const [i, r] of report.results) results[i] = fromWorker(r);
      onWorkers[k] = report.results.length;
      if (report.bug !== undefined) bugs.push(new Error(`ingest worker crashed:\n${report.bug}`));
    }
  }
  if (bugs.length > 0 || results.includes(undefined)) {
    removeTemps(settled(results));
    throw bugs[0] ?? new Error('ingest: some inputs were not converted');
  }
  return { results: results as StageResult[], perThread: [onMain, ...onWorkers] };
}
