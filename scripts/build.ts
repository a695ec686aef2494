// npm run build                      ingest + explain + astro build, a local build (http://localhost:4321)
// npm run build -- --production      the same for deployment: refuses to run without SITE_URL
// Authors get their content regenerated on every build; the tests and CI build
// from the committed content with `astro build` alone (tests/support/site-build.ts).
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { siteOrigin, SiteUrlError } from '../src/lib/site/site-origin.ts';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const USAGE = `usage: npm run build [-- --production]
  --production   a build to deploy: SITE_URL (the public address, e.g. https://news.example.com) must be set`;

function run(command: string, args: readonly string[]): number {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function main(argv: string[]): number {
  let production: boolean;
  try {
    const { values } = parseArgs({ args: argv, options: { production: { type: 'boolean' }, help: { type: 'boolean' } } });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    production = values.production ?? false;
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
  for (const [command, args] of [
    ['npm', ['run', '--silent', 'ingest']],
    ['npm', ['run', '--silent', 'explain']],
    ['astro', ['build']],
  ] as const) {
    const status = run(command, args);
    if (status !== 0) return status;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
