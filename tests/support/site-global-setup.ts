// Vitest globalSetup of the 'browser' project: builds the site once (see
// site-build.ts for when it is rebuilt), serves dist/ on a free 127.0.0.1 port
// for the whole run, and hands the URL to the tests through `inject('siteUrl')`.
// A failed build is printed here once and fails every browser test file, while
// the unit tests still run and report.
import type { TestProject } from 'vitest/node';
import { DIST_DIR } from '../../tooling/site-build.ts';
import { ensureBuiltSite } from './site-build.ts';
import { startStaticServer } from '../../tooling/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the served site, ending in '/'. */
    siteUrl: string;
    /** Absolute path of the built site. */
    distDir: string;
    /** Why there is no site to test, or '' when there is one. */
    siteError: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  project.provide('distDir', DIST_DIR);
  project.provide('siteUrl', '');
  try {
    await ensureBuiltSite((line) => console.log(line));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    project.provide('siteError', 'the site build failed: its output is printed above the test results');
    return undefined;
  }
  // Serve under the same base the site was built for (astro.config.mjs reads BASE_PATH).
  const base = process.env['BASE_PATH'] ?? '/';
  const server = await startStaticServer({ root: DIST_DIR, base: base.endsWith('/') ? base : base + '/' });
  project.provide('siteUrl', server.url);
  project.provide('siteError', '');
  return () => server.close();
}
