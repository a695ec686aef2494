// Converts many inputs on several threads: parsing is CPU-bound, and the
// machines this runs on have two cores or more. Results come back in input
// order. Small runs stay on the main thread (starting a worker costs ~200 ms).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { convertInput, type Converted, type IngestInput } from './convert-input.ts';
import { IngestError } from './ingest-error.ts';
import { compileRegistries, type CompiledRegistries, type Registries } from './registries.ts';

export type WorkerResult =
  | { ok: true; converted: Converted }
  | { ok: false; file: string; line: number | undefined; detail: string }
  | { ok: false; bug: string };

const MIN_PER_WORKER = 100;
const BATCH = 50;

function fromWorker(result: WorkerResult): Converted | IngestError {
  if (result.ok) return result.converted;
  if ('bug' in result) throw new Error(`ingest worker crashed:\n${result.bug}`);
  return new IngestError(result.file, result.line, result.detail);
}

/** Sends one batch and waits for its results (or the worker's crash). */
function ask(worker: Worker, batch: IngestInput[]): Promise<WorkerResult[]> {
  return new Promise((resolve, reject) => {
    const onMessage = (results: WorkerResult[]) => {
      worker.off('error', onError);
      resolve(results);
    };
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      reject(error);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage(batch);
  });
}

function convertOne(input: IngestInput, compiled: CompiledRegistries, maxBytes?: number): Converted | IngestError {
  try {
    return convertInput(input, compiled, maxBytes);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
}

/**
 * Converts every input, in input order. With `threads` ≥ 2 and enough
 * inputs, `threads - 1` workers and the main thread share the work batch by
 * batch, so the main thread is busy while the workers start up.
 */
export async function convertAll(
  inputs: readonly IngestInput[],
  registries: Registries,
  maxBytes?: number,
  threads = Math.min(availableParallelism(), 4),
): Promise<(Converted | IngestError)[]> {
  const compiled = compileRegistries(registries);
  const workerCount = Math.min(threads - 1, Math.floor(inputs.length / MIN_PER_WORKER) - 1);
  if (workerCount < 1) return inputs.map((input) => convertOne(input, compiled, maxBytes));
  const results: (Converted | IngestError)[] = new Array(inputs.length);
  let next = 0;
  const take = (): [number, IngestInput[]] => {
    const start = next;
    next = Math.min(inputs.length, next + BATCH);
    return [start, inputs.slice(start, next)];
  };
  const url = new URL('./ingest-worker.ts', import.meta.url);
  const workers = Array.from({ length: workerCount }, () => new Worker(url, { workerData: { registries, maxBytes } }));
  const onMain = async (): Promise<void> => {
    while (next < inputs.length) {
      const [start, batch] = take();
      batch.forEach((input, k) => (results[start + k] = convertOne(input, compiled, maxBytes)));
      // Let the workers' replies in between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const onWorker = async (worker: Worker): Promise<void> => {
    while (next < inputs.length) {
      const [start, batch] = take();
      (await ask(worker, batch)).forEach((r, k) => (results[start + k] = fromWorker(r)));
    }
  };
  try {
    await Promise.all([...workers.map(onWorker), onMain()]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
