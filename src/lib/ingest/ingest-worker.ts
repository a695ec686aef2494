// Worker thread for large runs (parallel-stage.ts): takes inputs from the
// shared counter until none are left, converts and stages each, then posts
// back one small report. IngestErrors go back as their parts (they do not
// survive structured cloning as IngestError instances); any other error is a
// bug, reported with its stack, and stops this worker.
import { parentPort, workerData } from 'node:worker_threads';
import { IngestError } from './ingest-error.ts';
import { CANCELLED, NOT_STARTED, STARTED, type WorkerData, type WorkerReport } from './parallel-stage.ts';
import { compileRegistries } from './registries.ts';
import { stageArticle, type StageTarget } from './staged-article.ts';

const data = workerData as WorkerData;
const state = new Int32Array(data.shared);
// The main thread may have finished everything while this worker loaded.
if (Atomics.compareExchange(state, 1 + data.slot, NOT_STARTED, STARTED) !== CANCELLED) {
  const compiled = compileRegistries(data.registries);
  const target: StageTarget = { outDir: data.outDir, existing: new Set(data.existing), force: data.force };
  const report: WorkerReport = { results: [] };
  for (let i = Atomics.add(state, 0, 1); i < data.inputs.length; i = Atomics.add(state, 0, 1)) {
    const input = data.inputs[i];
    if (input === undefined) break;
    try {
      report.results.push([i, { ok: true, staged: stageArticle(input, compiled, target, data.maxBytes) }]);
    } catch (error) {
      if (!(error instanceof IngestError)) {
        report.bug = String((error as Error).stack ?? error);
        break;
      }
      report.results.push([i, { ok: false, file: error.file, line: error.line, detail: error.detail }]);
    }
  }
  parentPort?.postMessage(report);
}
