// Every size budget of the project, in bytes (1 KB = 1,024 B), and the check
// that names the page and the overage. Held by tests (tests/browser/budgets,
// embed, export and map-budgets, tests/unit/map/render-map-svg and map-images,
// tests/unit/geo/geodata) and printed as targets by `npm run bench`. Page sizes
// are gzip bytes as measured by perf/page-weight.ts and perf/page-load.ts (at
// load, and read to the end); "first screen" is defined in perf/first-screen.ts.

export const KB = 1024;

export const BUDGETS = {
  /** An explainer page with its maps, everything loaded at page load (until the network is idle, no scrolling), however many maps it carries. */
  explainerTotal: 60 * KB,
  /** The same page read to the end (scrolled to the bottom): every map it shows, image files and data. */
  explainerRead: 150 * KB,
  /** Of which JavaScript (search code loads only when used). */
  explainerJs: 20 * KB,
  /** An embed page, everything at load. */
  embedTotal: 50 * KB,
  /** HTML and render-blocking CSS for the first screen: the first round trip (TCP initial window ≈ 14 KB). */
  firstScreen: 14 * KB,
  /** The embed snippet's host resize script, raw and gzip alike. */
  hostScript: 2 * KB,
  /** Each map SVG, main or small multiple, gzip. */
  mapSvg: 40 * KB,
  /** The map's browser script with every chunk it imports, gzip. */
  mapScript: 12 * KB,
  /** The committed geodata (content/geo/), every file together, as stored. */
  geoData: 300 * KB,
  /** What the service worker downloads on a reader's first visit to save the site (perf/precache-weight.ts), gzip as hosts serve it. */
  precacheDownload: 500 * KB,
  /** The offline copy (`npm run export`), every daily map included, as a zip file. */
  offlineZip: 6 * KB * KB,
} as const;

export interface BudgetCheck {
  page: string;
  what: string;
  bytes: number;
  limit: number;
  ok: boolean;
}

export function checkBudget(page: string, what: string, bytes: number, limit: number): BudgetCheck {
  return { page, what, bytes, limit, ok: bytes <= limit };
}

const n = (value: number) => value.toLocaleString('en-US');

/** "/explainers/x/: JS at load is 23,456 B gzip, over its 20,480 B budget by 2,976 B (14.5 %)" */
export function describeOverage(check: BudgetCheck): string {
  const over = check.bytes - check.limit;
  const percent = ((over / check.limit) * 100).toFixed(1);
  return `${check.page}: ${check.what} is ${n(check.bytes)} B gzip, over its ${n(check.limit)} B budget by ${n(over)} B (${percent} %)`;
}

/** One line per failed check, for an assertion message; empty when all pass. */
export function overages(checks: readonly BudgetCheck[]): string[] {
  return checks.filter((c) => !c.ok).map(describeOverage);
}
