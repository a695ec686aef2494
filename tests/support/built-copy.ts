// A throwaway copy of the project, changed as a test needs (a story file added,
// fixtures ingested, another base path), built with `astro build`, served, and
// a Chromium to read it: for the browser tests of what a newcomer or an editor
// would add to the project, without touching the checkout's dist/.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tooling/chromium.ts';
import { copyProject, type ProjectCopy } from '../../tooling/project-copy.ts';
import { astroBuildEnv, PROJECT_ROOT, runIn } from '../../tooling/site-build.ts';
import { startStaticServer, type StaticServer } from '../../tooling/static-server.ts';

export interface BuiltCopy {
  copy: ProjectCopy;
  /** The copy's dist/. */
  dist: string;
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

export interface BuildOptions {
  /** Changes the copy before it is built (its directory is given). */
  prepare?: (dir: string) => Promise<void>;
  /** BASE_PATH for the build, and the path the server serves it under. */
  base?: string;
}

export async function buildCopy(prefix: string, options: BuildOptions = {}): Promise<BuiltCopy> {
  const copy = await copyProject(prefix);
  await options.prepare?.(copy.dir);
  await runIn(copy.dir, join(PROJECT_ROOT, 'node_modules', '.bin', 'astro'), ['build'], astroBuildEnv(options.base ? { BASE_PATH: options.base } : {}, copy.dir));
  const dist = join(copy.dir, 'dist');
  const server = await startStaticServer({ root: dist, ...(options.base ? { base: options.base } : {}) });
  const browser = await launchChromium();
  return {
    copy,
    dist,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      await copy.remove();
    },
  };
}
