// Sub-benchmark of `npm run bench`: our pages against the same content on the
// tools a newsroom would otherwise use, built in the same run
// (scripts/bench/peers/peer-sites.ts): Starlight, and Observable Framework. Each
// peer page is measured exactly like ours (scripts/bench/pages.ts: bytes at
// load by kind, requests, Lighthouse mobile, median of 3) and our figures are
// printed as ratios to theirs. The target: an explainer at most a third
// of the equivalent Starlight page's bytes.
//   node scripts/bench/peers.ts [--dist DIR] [--runs N] [--only starlight,framework] [--atlas 110m|50m|10m]
// Against an existing build of our site (run `npm run build` first).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable, type BenchRow } from '../../tooling/perf/bench-row.ts';
import { formatPageTable, pageRows, type PageFigures } from '../../tooling/perf/page-rows.ts';
import { DEFAULT_LIGHTHOUSE_RUNS, measureOurPages, measurePages } from './pages.ts';
import { DEFAULT_PEER_ATLAS, PEER_ATLASES, PEER_NAMES, peerSite, type PeerAtlas, type PeerName, type PeerSite } from './peers/peer-sites.ts';
import { DIST_DIR } from '../../tooling/site-build.ts';

/** The target for an explainer against the equivalent Starlight page. */
const STARLIGHT_BYTES_TARGET = 1 / 3;

export interface PeersBenchOptions {
  distDir?: string;
  lighthouseRuns?: number;
  peers?: readonly PeerName[];
  /** world-atlas scale the peers' maps load (default 50m). */
  atlas?: PeerAtlas;
}

interface Ratio {
  metric: string;
  ours: number;
  theirs: number;
}

function ratios(ours: PageFigures, theirs: PageFigures): Ratio[] {
  const list: Ratio[] = [
    { metric: 'bytes at load', ours: ours.weight.total, theirs: theirs.weight.total },
    { metric: 'JS bytes at load', ours: ours.weight.bytes.js, theirs: theirs.weight.bytes.js },
    { metric: 'CSS bytes at load', ours: ours.weight.bytes.css, theirs: theirs.weight.bytes.css },
    { metric: 'requests at load', ours: ours.weight.requests, theirs: theirs.weight.requests },
  ];
  if (ours.lighthouse && theirs.lighthouse) {
    list.push(
      { metric: 'Lighthouse performance', ours: ours.lighthouse.performance, theirs: theirs.lighthouse.performance },
      { metric: 'Lighthouse accessibility', ours: ours.lighthouse.accessibility, theirs: theirs.lighthouse.accessibility },
      { metric: 'Lighthouse best practices', ours: ours.lighthouse.bestPractices, theirs: theirs.lighthouse.bestPractices },
      { metric: 'Lighthouse SEO', ours: ours.lighthouse.seo, theirs: theirs.lighthouse.seo },
      { metric: 'LCP', ours: ours.lighthouse.lcpMs, theirs: theirs.lighthouse.lcpMs },
      { metric: 'TBT', ours: ours.lighthouse.tbtMs, theirs: theirs.lighthouse.tbtMs },
    );
  }
  return list;
}

const ratioOf = (r: Ratio) => (r.theirs === 0 ? (r.ours === 0 ? 1 : Number.POSITIVE_INFINITY) : r.ours / r.theirs);

export function formatRatioTable(peer: PeerSite, pairs: readonly [PageFigures, PageFigures][]): string {
  const lines = [`ours / ${peer.label} ${peer.version} (< 1: we are smaller / fewer / faster; scores: > 1 is better)`];
  const header = ['page', 'metric', 'ours', 'theirs', 'ratio'];
  const body = pairs.flatMap(([ours, theirs]) =>
    ratios(ours, theirs).map((r) => [ours.name, r.metric, String(Math.round(r.ours)), String(Math.round(r.theirs)), ratioOf(r).toFixed(2)]),
  );
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [...lines, line(header), ...body.map(line)].join('\n');
}

/** Entry point for scripts/bench/index.ts. */
export async function bench(options: PeersBenchOptions = {}): Promise<BenchRow[]> {
  const distDir = resolve(options.distDir ?? DIST_DIR);
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`bench-peers: ${distDir} has no index.html; run \`npm run build\` first`);
  const runs = options.lighthouseRuns ?? DEFAULT_LIGHTHOUSE_RUNS;
  const ours = await measureOurPages(distDir, runs);
  const rows: BenchRow[] = [];
  const failures: string[] = [];
  for (const name of options.peers ?? PEER_NAMES) {
    let peer: PeerSite;
    try {
      console.error(`bench-peers: building the ${name} peer (installed on demand into .cache/peers/${name}/) …`);
      peer = await peerSite(name, options.atlas ?? DEFAULT_PEER_ATLAS);
    } catch (error) {
      // Say exactly why, and go on with the other peer.
      const why = error instanceof Error ? error.message : String(error);
      console.error(`bench-peers: the ${name} peer could not be built here:\n${why}`);
      failures.push(name);
      continue;
    }
    console.error(`bench-peers: ${peer.label} ${peer.version} built in ${peer.buildSeconds.toFixed(1)} s (map: world-atlas countries-${peer.atlas}.json, fetched by the browser)`);
    const figures = await measurePages(peer.distDir, peer.pages, { lighthouseRuns: runs, firstScreen: true });
    console.error(formatPageTable(`${peer.label} ${peer.version}, map from world-atlas countries-${peer.atlas}.json`, figures));
    for (const f of figures.filter((p) => p.external.length > 0)) {
      console.error(`bench-peers: ${peer.label} ${f.path} asked for ${f.external.length} URL(s) on other hosts, refused and not counted: ${[...new Set(f.external.map((u) => new URL(u).host))].join(', ')}`);
    }
    rows.push(...pageRows(`${peer.label} (${peer.atlas} map)`, figures, false));
    rows.push({ group: peer.label, metric: `build (${peer.version})`, value: peer.buildSeconds, unit: 's' });
    const pairs = figures.flatMap((theirs): [PageFigures, PageFigures][] => {
      const mine = ours.find((o) => o.name === theirs.name);
      return mine ? [[mine, theirs]] : [];
    });
    console.error(formatRatioTable(peer, pairs));
    for (const [mine, theirs] of pairs) {
      for (const r of ratios(mine, theirs)) {
        const row: BenchRow = { group: `ours / ${peer.label}: ${mine.name}`, metric: r.metric, value: Math.round(ratioOf(r) * 1000) / 1000, unit: '×' };
        if (name === 'starlight' && mine.kind === 'explainer' && r.metric === 'bytes at load') {
          Object.assign(row, { target: '≤ 0.333', ok: row.value <= STARLIGHT_BYTES_TARGET });
        }
        rows.push(row);
      }
    }
  }
  if (failures.length === PEER_NAMES.length) throw new Error('bench-peers: no peer site could be built (see above)');
  return rows;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, runs: { type: 'string' }, only: { type: 'string' }, atlas: { type: 'string' } } });
  const atlas = (values.atlas ?? DEFAULT_PEER_ATLAS) as PeerAtlas;
  if (!PEER_ATLASES.includes(atlas)) throw new Error(`bench-peers: --atlas ${values.atlas}: one of ${PEER_ATLASES.join(', ')}`);
  const runs = values.runs === undefined ? DEFAULT_LIGHTHOUSE_RUNS : Number(values.runs);
  const peers = values.only?.split(',').map((s) => s.trim());
  const unknown = peers?.filter((p) => !(PEER_NAMES as readonly string[]).includes(p)) ?? [];
  if (unknown.length > 0) throw new Error(`bench-peers: unknown peer ${unknown.join(', ')} (known: ${PEER_NAMES.join(', ')})`);
  const rows = await bench({ ...(values.dist ? { distDir: values.dist } : {}), lighthouseRuns: runs, atlas, ...(peers ? { peers: peers as PeerName[] } : {}) });
  console.log(formatTable(rows));
}
