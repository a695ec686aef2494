// Sub-benchmark of `npm run bench`: what each kind of page costs a reader on a
// phone. For one page of each kind (ourPages below): bytes at load by kind
// (gzip, as a compressing static host serves them), request count,
// first-screen HTML+CSS, and Lighthouse mobile scores with LCP, CLS and TBT
// (median of 3 runs). Every embed page against its budget is embeds.ts;
// the offline precache is export.ts. Against an existing build (run
// `npm run build` first); it builds nothing.
//   node scripts/bench/pages.ts [--dist DIR] [--runs N]
// --runs 0 skips Lighthouse (a minute per page otherwise on 2 cores).
// How bytes are counted: tooling/perf/page-weight.ts; first screen:
// tooling/perf/first-screen.ts; rows and budgets: tooling/perf/page-rows.ts.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable, type BenchRow } from '../../tooling/perf/bench-row.ts';
import { startCompressingServer } from './compressing-server.ts';
import { measureFirstScreen } from '../../tooling/perf/first-screen-probe.ts';
import { startLighthouse } from './lighthouse-runs.ts';
import { launchBenchChromium, loadPage } from '../../tooling/perf/page-load.ts';
import { formatPageTable, pageRows, type PageFigures, type PageSpec } from '../../tooling/perf/page-rows.ts';
import { DIST_DIR } from '../../tooling/site-build.ts';

export const DEFAULT_LIGHTHOUSE_RUNS = 3;

export interface MeasureOptions {
  /** Lighthouse runs per page (0: none). */
  lighthouseRuns?: number;
  /** Measure the first screen (our site's budget; the peers' figure is for comparison only). */
  firstScreen?: boolean;
  base?: string;
  log?: (line: string) => void;
}

const pagePath = (dist: string, file: string) => '/' + relative(dist, file).split(sep).join('/').replace(/index\.html$/, '');

async function embedPagePaths(distDir: string): Promise<string[]> {
  const embeds = join(distDir, 'embed');
  if (!existsSync(embeds)) return [];
  const files = (await readdir(embeds, { recursive: true })).filter((f) => f.endsWith('index.html') && f !== 'index.html').sort();
  return files.map((file) => pagePath(distDir, join(embeds, file)));
}

const embedSpec = (path: string): PageSpec => ({ name: `embed: ${path.replace(/^\/embed\//, '').replace(/\/$/, '')}`, path, kind: 'embed' });

/**
 * The pages the issue names, found in the build: home, each explainer, the
 * maps page, one article, the methodology, search and map sources pages and, of the embed
 * pages, the undated (latest) map of Syria and the first chart.
 */
export async function ourPages(distDir: string): Promise<PageSpec[]> {
  const pages: PageSpec[] = [{ name: 'home', path: '/', kind: 'home' }];
  const explainers = join(distDir, 'explainers');
  for (const slug of existsSync(explainers) ? (await readdir(explainers)).sort() : []) {
    if (existsSync(join(explainers, slug, 'index.html'))) pages.push({ name: `explainer: ${slug}`, path: `/explainers/${slug}/`, kind: 'explainer' });
  }
  if (existsSync(join(distDir, 'maps', 'index.html'))) pages.push({ name: 'maps', path: '/maps/', kind: 'maps' });
  // One of each other kind of page, for Lighthouse's "every page type": an article, a text page, the search page.
  const articles = join(distDir, 'articles');
  const article = existsSync(articles) ? (await readdir(articles)).sort().find((slug) => existsSync(join(articles, slug, 'index.html'))) : undefined;
  if (article) pages.push({ name: `article: ${article}`, path: `/articles/${article}/`, kind: 'page' });
  for (const name of ['methodology', 'search', 'maps/sources']) {
    if (existsSync(join(distDir, name, 'index.html'))) pages.push({ name, path: `/${name}/`, kind: 'page' });
  }
  const embeds = await embedPagePaths(distDir);
  const map = embeds.find((p) => p === '/embed/map/syria/') ?? embeds.find((p) => /^\/embed\/map\/[^/]+\/$/.test(p));
  const chart = embeds.find((p) => p.startsWith('/embed/chart/'));
  for (const path of [map, chart]) if (path) pages.push(embedSpec(path));
  return pages;
}

/** Loads and measures each page of the site in `distDir`, served as a compressing static host would. */
export async function measurePages(distDir: string, pages: readonly PageSpec[], options: MeasureOptions = {}): Promise<PageFigures[]> {
  const log = options.log ?? ((line: string) => console.error(line));
  const base = options.base ?? '/';
  const server = await startCompressingServer({ root: distDir, base });
  const browser = await launchBenchChromium();
  const figures: PageFigures[] = [];
  try {
    for (const spec of pages) {
      const url = new URL(spec.path.replace(/^\//, ''), server.url).href;
      const loaded = await loadPage(browser, url);
      const page: PageFigures = { ...spec, weight: loaded.weight, external: loaded.external, errors: loaded.errors };
      // An explainer read to the end: every map it shows, loaded as the reader scrolls.
      if (spec.kind === 'explainer') page.read = (await loadPage(browser, url, { readToEnd: true })).weight;
      if (options.firstScreen) page.firstScreen = await measureFirstScreen(browser, url);
      figures.push(page);
      log(`bench-pages: ${spec.path}: ${loaded.weight.requests} requests, ${loaded.weight.total} B gzip${loaded.external.length ? `, ${loaded.external.length} external request(s) refused` : ''}`);
    }
  } finally {
    await browser.close();
  }
  try {
    const runs = options.lighthouseRuns ?? DEFAULT_LIGHTHOUSE_RUNS;
    if (runs > 0) {
      const lighthouse = await startLighthouse();
      try {
        for (const page of figures) {
          const url = new URL(page.path.replace(/^\//, ''), server.url).href;
          page.lighthouse = await lighthouse.run(url, runs);
          const lh = page.lighthouse;
          log(`bench-pages: lighthouse ${page.path}: ${lh.performance}/${lh.accessibility}/${lh.bestPractices}/${lh.seo}, LCP ${Math.round(lh.lcpMs)} ms${lh.failing.length ? `; below 1: ${lh.failing.join('; ')}` : ''}`);
        }
      } finally {
        await lighthouse.close();
      }
    }
  } finally {
    await server.close();
  }
  return figures;
}

export interface PagesBenchOptions {
  distDir?: string;
  lighthouseRuns?: number;
}

const measured = new Map<string, Promise<PageFigures[]>>();

/**
 * Our pages' figures, measured once per build directory and run count in this
 * process: `npm run bench` runs the pages bench and then the peers bench, which
 * compares against the same figures rather than running Lighthouse twice.
 */
export function measureOurPages(distDir: string, lighthouseRuns = DEFAULT_LIGHTHOUSE_RUNS): Promise<PageFigures[]> {
  const key = `${resolve(distDir)}#${lighthouseRuns}`;
  let figures = measured.get(key);
  if (!figures) {
    const rawBase = process.env['BASE_PATH'] ?? '/';
    figures = ourPages(distDir).then((pages) =>
      measurePages(distDir, pages, { lighthouseRuns, firstScreen: true, base: rawBase.endsWith('/') ? rawBase : `${rawBase}/` }),
    );
    measured.set(key, figures);
  }
  return figures;
}

/** Entry point for scripts/bench/index.ts. */
export async function bench(options: PagesBenchOptions = {}): Promise<BenchRow[]> {
  const distDir = resolve(options.distDir ?? DIST_DIR);
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`bench-pages: ${distDir} has no index.html; run \`npm run build\` first`);
  const pages = await measureOurPages(distDir, options.lighthouseRuns ?? DEFAULT_LIGHTHOUSE_RUNS);
  console.error(formatPageTable('our site', pages));
  // Every embed page against its budget: bench-embeds; the offline precache: bench-export.
  return pageRows('ours', pages);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, runs: { type: 'string' } } });
  const runs = values.runs === undefined ? DEFAULT_LIGHTHOUSE_RUNS : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 0) throw new Error(`bench-pages: --runs ${values.runs}: not a whole number ≥ 0`);
  const rows = await bench({ ...(values.dist ? { distDir: values.dist } : {}), lighthouseRuns: runs });
  console.log(formatTable(rows));
}
