// Page figures as bench rows and as one table: bytes at load by kind, requests,
// the first screen and Lighthouse, for our pages and the peer sites' alike.
// Our budgets (tooling/budgets.ts) and Lighthouse's 100 are targets for our
// site only; a peer's figures are for comparison. Measured by
// scripts/bench/pages.ts (page-load.ts, first-screen-probe.ts and the bench's
// Lighthouse runner).
import { BUDGETS } from '../budgets.ts';
import type { BenchRow } from './bench-row.ts';
import type { FirstScreen } from './first-screen-probe.ts';
import type { PageWeight } from './page-weight.ts';
import type { ResourceKind } from './resource-kind.ts';

export interface LighthouseFigures {
  /** Category scores, 0–100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  runs: number;
  /** Audits that scored below 1 in the last run, for finding what to fix. */
  failing: string[];
}

export interface PageSpec {
  /** Short name for tables: "home", "explainer: the-hama-offensive", "embed: …". */
  name: string;
  /** Site path, starting and ending with "/". */
  path: string;
  kind: 'home' | 'explainer' | 'maps' | 'embed' | 'page';
}

export interface PageFigures extends PageSpec {
  weight: PageWeight;
  /** An explainer's weight read to the end (scrolled to the bottom): what its maps load lazily included. */
  read?: PageWeight;
  /** Requests to other hosts, refused (the bench never reaches the internet). */
  external: string[];
  errors: string[];
  firstScreen?: FirstScreen;
  lighthouse?: LighthouseFigures;
}

const KINDS: { kind: ResourceKind; label: string }[] = [
  { kind: 'html', label: 'HTML' },
  { kind: 'css', label: 'CSS' },
  { kind: 'js', label: 'JS' },
  { kind: 'data', label: 'data' },
  { kind: 'fonts', label: 'fonts' },
  { kind: 'images', label: 'images' },
  { kind: 'other', label: 'other' },
];

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Issue 14: the largest paint within a second on every kind of page (Lighthouse mobile, simulated throttling). */
export const LCP_TARGET_MS = 1000;

/** One line per page, every figure in a column: the table to read. */
export function formatPageTable(site: string, pages: readonly PageFigures[]): string {
  const header = ['page', ...KINDS.map((k) => k.label), 'total', 'req', 'read', '1st screen', 'perf', 'a11y', 'bp', 'seo', 'LCP ms', 'CLS', 'TBT ms'];
  const body = pages.map((p) => {
    const lh = p.lighthouse;
    const cell = (v: number | undefined, digits = 0) => (v === undefined || Number.isNaN(v) ? '–' : v.toFixed(digits));
    return [
      p.name,
      ...KINDS.map((k) => kb(p.weight.bytes[k.kind])),
      kb(p.weight.total),
      String(p.weight.requests),
      p.read ? kb(p.read.total) : '–',
      p.firstScreen ? kb(p.firstScreen.total) : '–',
      cell(lh?.performance),
      cell(lh?.accessibility),
      cell(lh?.bestPractices),
      cell(lh?.seo),
      cell(lh?.lcpMs),
      cell(lh?.cls, 3),
      cell(lh?.tbtMs),
    ];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [`${site}: KB gzip at load (1 KB = 1,024 B); Lighthouse mobile, median of ${pages[0]?.lighthouse?.runs ?? 0}`, line(header), ...body.map(line)].join('\n');
}

/**
 * The figures as bench rows. With `targets` (our site), the budgets and
 * Lighthouse's 100 are shown as targets; a peer's figures are for comparison.
 */
export function pageRows(site: string, pages: readonly PageFigures[], targets = true): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const p of pages) {
    const group = `${site} ${p.name}`;
    for (const { kind, label } of KINDS) {
      if (kind === 'other' && p.weight.bytes.other === 0) continue;
      const row: BenchRow = { group, metric: `${label} at load (gzip)`, value: p.weight.bytes[kind], unit: 'B' };
      if (targets && kind === 'js' && p.kind === 'explainer') Object.assign(row, { target: `≤ ${BUDGETS.explainerJs}`, ok: row.value <= BUDGETS.explainerJs });
      rows.push(row);
    }
    const total: BenchRow = { group, metric: 'total at load (gzip)', value: p.weight.total, unit: 'B' };
    const limit = p.kind === 'explainer' ? BUDGETS.explainerTotal : p.kind === 'embed' ? BUDGETS.embedTotal : undefined;
    if (targets && limit !== undefined) Object.assign(total, { target: `≤ ${limit}`, ok: total.value <= limit });
    rows.push(total, { group, metric: 'requests at load', value: p.weight.requests, unit: 'requests' });
    if (p.read) {
      const read: BenchRow = { group, metric: 'total read to the end (gzip)', value: p.read.total, unit: 'B' };
      rows.push(targets && p.kind === 'explainer' ? { ...read, target: `≤ ${BUDGETS.explainerRead}`, ok: read.value <= BUDGETS.explainerRead } : read);
    }
    if (p.external.length > 0) rows.push({ group, metric: 'external requests (refused)', value: p.external.length, unit: 'requests' });
    if (p.firstScreen) {
      const v = p.firstScreen.total;
      const row: BenchRow = { group, metric: 'first screen HTML+CSS (gzip)', value: v, unit: 'B' };
      rows.push(targets ? { ...row, target: `≤ ${BUDGETS.firstScreen}`, ok: v <= BUDGETS.firstScreen } : row);
    }
    const lh = p.lighthouse;
    if (lh) {
      for (const [metric, value] of [
        ['performance', lh.performance],
        ['accessibility', lh.accessibility],
        ['best practices', lh.bestPractices],
        ['SEO', lh.seo],
      ] as const) {
        const row: BenchRow = { group, metric: `Lighthouse ${metric} (median of ${lh.runs})`, value, unit: '/100' };
        rows.push(targets ? { ...row, target: '= 100', ok: value === 100 } : row);
      }
      const lcp: BenchRow = { group, metric: 'LCP (simulated mobile)', value: Math.round(lh.lcpMs), unit: 'ms' };
      rows.push(
        targets ? { ...lcp, target: `≤ ${LCP_TARGET_MS}`, ok: lcp.value <= LCP_TARGET_MS } : lcp,
        { group, metric: 'CLS', value: Math.round(lh.cls * 1000) / 1000, unit: '' },
        { group, metric: 'TBT (simulated mobile)', value: Math.round(lh.tbtMs), unit: 'ms' },
      );
    }
  }
  return rows;
}
