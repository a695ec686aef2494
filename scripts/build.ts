// npm run build                      ingest + explain + astro build, a local build (http://localhost:4321)
// npm run build -- --production      the same for deployment: refuses to run without SITE_URL
// npm run build -- --force           astro build even when dist/ is already the build of these sources
// Authors get their content regenerated on every build; the tests and CI build
// from the committed content with `astro build` alone (tests/support/site-build.ts).
// When neither the sources nor dist/ changed since the last build, `astro
// build` is skipped (tooling/build-record.ts): a rebuild with no change takes
// the time of ingest and explain.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { siteOrigin, SiteUrlError } from '../src/lib/site/site-origin.ts';
import { inputsFingerprint, isUpToDate, outputFingerprint, readBuildRecord, writeBuildRecord } from '../tooling/build-record.ts';
import { astroBuildEnv, PROJECT_ROOT } from '../tooling/site-build.ts';

const USAGE = `usage: npm run build [-- --production] [-- --force]
  --production   a build to deploy: SITE_URL (the public address, e.g. https://news.example.com) must be set
  --force        run astro build even if dist/ is already the build of the sources as they are`;

function run(command: string, args: readonly string[], env?: NodeJS.ProcessEnv): number {
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: 'inherit', ...(env ? { env } : {}) });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

async function main(argv: string[]): Promise<number> {
  let production: boolean;
  let force: boolean;
  try {
    const { values } = parseArgs({ args: argv, options: { production: { type: 'boolean' }, force: { type: 'boolean' }, help: { type: 'boolean' } } });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    production = values.production ?? false;
    force = values.force ?? false;
  } catch (error) {
    console.error(`build: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const siteUrl = process.env['SITE_URL'];
  if (production && (siteUrl === undefined || siteUrl === '')) {
    console.error('build: a production build needs the public address: set SITE_URL, e.g. SITE_URL=https://news.example.com npm run build -- --production');
    return 2;
  }
  try {
    siteOrigin(siteUrl);
  } catch (error) {
    if (error instanceof SiteUrlError) {
      console.error(`build: ${error.message}`);
      return 2;
    }
    throw error;
  }
  for (const script of ['ingest', 'explain']) {
    const status = run('npm', ['run', '--silent', script]);
    if (status !== 0) return status;
  }
  const inputs = await inputsFingerprint();
  if (!force && isUpToDate(await readBuildRecord(), inputs, await outputFingerprint())) {
    console.log('build: dist/ is already the build of these sources (nothing changed since); `npm run build -- --force` builds anyway');
    return 0;
  }
  const status = run('astro', ['build'], astroBuildEnv());
  if (status === 0) writeBuildRecord({ inputs, output: await outputFingerprint() });
  return status;
}

process.exitCode = await main(process.argv.slice(2));
