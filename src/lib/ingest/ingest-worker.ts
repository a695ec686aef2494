// Worker thread for large runs: converts the inputs it is sent and posts back
// each result or the IngestError's parts (errors do not survive structured
// cloning as IngestError instances).
import { parentPort, workerData } from 'node:worker_threads';
import { convertInput, type IngestInput } from './convert-input.ts';
import { IngestError } from './ingest-error.ts';
import { compileRegistries, type Registries } from './registries.ts';
import type { WorkerResult } from './parallel-convert.ts';

const { registries, maxBytes } = workerData as { registries: Registries; maxBytes?: number };
const compiled = compileRegistries(registries);

parentPort?.on('message', (inputs: IngestInput[]) => {
  const results: WorkerResult[] = inputs.map((input) => {
    try {
      return { ok: true, converted: convertInput(input, compiled, maxBytes) };
    } catch (error) {
      if (!(error instanceof IngestError)) return { ok: false, bug: String((error as Error).stack ?? error) };
      return { ok: false, file: error.file, line: error.line, detail: error.detail };
    }
  });
  parentPort?.postMessage(results);
});
