// Lighthouse (npm `lighthouse`, default mobile settings: simulated slow 4G
// and a mid-range phone's CPU) on Debian's Chromium, several runs per page,
// reported as the median of each figure. Chromium is started here with the
// same flags as the browser tests plus a resolver rule that lets it reach
// 127.0.0.1 only, so neither Lighthouse nor a page can touch the internet.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from '../../tooling/chromium.ts';
import { median } from '../../tooling/perf/median.ts';
import { BENCH_CHROMIUM_ARGS } from '../../tooling/perf/page-load.ts';
import type { LighthouseFigures } from '../../tooling/perf/page-rows.ts';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface DebuggingChromium {
  port: number;
  close(): Promise<void>;
}

async function startChromium(): Promise<DebuggingChromium> {
  const profile = await mkdtemp(join(tmpdir(), 'perf-lighthouse-profile-'));
  const child: ChildProcess = spawn(CHROMIUM_PATH, [...BENCH_CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise<number>((done, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`lighthouse: Chromium gave no DevTools port within 30 s:\n${seen.slice(-2000)}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        done(Number(match[1]));
      }
    });
    child.on('exit', (code) => fail(new Error(`lighthouse: Chromium exited (code ${code}) before it listened:\n${seen.slice(-2000)}`)));
  });
  return {
    port,
    close: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export interface LighthouseSession {
  run(url: string, runs?: number): Promise<LighthouseFigures>;
  close(): Promise<void>;
}

export async function startLighthouse(): Promise<LighthouseSession> {
  const chromium = await startChromium();
  const once = async (url: string) => {
    const result = await lighthouse(url, {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...LIGHTHOUSE_CATEGORIES],
      disableFullPageScreenshot: true,
    });
    if (!result) throw new Error(`lighthouse: no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const failing = Object.entries(lhr.audits)
      .filter(([, a]) => a.score !== null && a.score < 1 && (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric' || a.scoreDisplayMode === 'metricSavings'))
      .map(([id, a]) => `${id} ${a.score}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: audit('largest-contentful-paint'),
      cls: audit('cumulative-layout-shift'),
      tbtMs: audit('total-blocking-time'),
      failing,
    };
  };
  return {
    async run(url, runs = 3) {
      const results: Omit<LighthouseFigures, 'runs'>[] = [];
      for (let i = 0; i < runs; i++) results.push(await once(url));
      const mid = (key: 'performance' | 'accessibility' | 'bestPractices' | 'seo' | 'lcpMs' | 'cls' | 'tbtMs') => median(results.map((r) => r[key]));
      return {
        performance: mid('performance'),
        accessibility: mid('accessibility'),
        bestPractices: mid('bestPractices'),
        seo: mid('seo'),
        lcpMs: mid('lcpMs'),
        cls: mid('cls'),
        tbtMs: mid('tbtMs'),
        runs,
        failing: [...new Set(results.flatMap((r) => r.failing))],
      };
    },
    close: () => chromium.close(),
  };
}
