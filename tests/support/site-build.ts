// Builds the site once for the browser tests, unless dist/ is already fresh.
//
// Freshness rule (tooling/site-build.ts): dist/index.html exists and is newer
// than every file the build reads (src/, content/, seeds/, public/, scripts/,
// the Astro/TS config and the lockfile). CI always builds from scratch, and
// FORCE_SITE_BUILD=1 does the same locally, so a stale dist can never hide a
// failure where it matters.
import { buildSite, distIsFresh } from '../../tooling/site-build.ts';

function mustAlwaysBuild(): boolean {
  const truthy = (v: string | undefined) => v !== undefined && v !== '' && v !== '0' && v !== 'false';
  return truthy(process.env['CI']) || truthy(process.env['FORCE_SITE_BUILD']);
}

/** Ensures dist/ holds a build of the current sources, logging what it did. */
export async function ensureBuiltSite(log: (line: string) => void): Promise<void> {
  if (!mustAlwaysBuild() && (await distIsFresh())) {
    log('browser tests: dist/ is newer than every build input, reusing it (FORCE_SITE_BUILD=1 rebuilds)');
    return;
  }
  const started = performance.now();
  log('browser tests: building the site from the committed content (`astro build`) …');
  await buildSite('browser tests');
  log(`browser tests: site built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
