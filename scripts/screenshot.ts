// Full-page screenshot of a page of the built site, for looking at layouts:
//   node scripts/screenshot.ts <path> [--width 390|1280] [--no-js] [--dark] --out file.png
// Serves dist/ itself on a free port (run `npm run build` first) and drives
// Debian's Chromium. The PNG is written to a temporary file, then renamed.
import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tooling/chromium.ts';
import { startStaticServer } from '../tooling/static-server.ts';
import { watchPage } from '../tooling/page-problems.ts';

const USAGE = 'usage: node scripts/screenshot.ts <path> [--width 390|1280] [--height N] [--no-js] [--dark] [--viewport-only] --out file.png';
const DIST = resolve(import.meta.dirname, '..', 'dist');

class UsageError extends Error {}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive whole number, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        width: { type: 'string' },
        height: { type: 'string' },
        'viewport-only': { type: 'boolean' },
        'no-js': { type: 'boolean', default: false },
        dark: { type: 'boolean', default: false },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [path, ...extra] = positionals;
  if (!path || extra.length > 0 || !values.out) throw new UsageError('give exactly one page path and --out');
  const width = positiveInt(values.width, 'width', 1280);
  const height = positiveInt(values.height, 'height', 800);
  if (!existsSync(join(DIST, 'index.html'))) throw new UsageError('dist/ has no built site: run `npm run build` first');

  const base = process.env['BASE_PATH'] ?? '/';
  const server = await startStaticServer({ root: DIST, base: base.endsWith('/') ? base : `${base}/` });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width, height },
      javaScriptEnabled: !values['no-js'],
      colorScheme: values.dark ? 'dark' : 'light',
    });
    const page = await context.newPage();
    const problems = watchPage(page);
    const url = new URL(path.replace(/^\//, ''), server.url).href;
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    const out = resolve(values.out);
    await page.screenshot({ path: `${out}.tmp.png`, fullPage: !values['viewport-only'] });
    await rename(`${out}.tmp.png`, out);
    console.log(`${out}: ${url} at ${width} px, JavaScript ${values['no-js'] ? 'off' : 'on'}, HTTP ${response?.status()}`);
    for (const problem of [...problems.consoleErrors, ...problems.pageErrors, ...problems.failedRequests]) {
      console.warn(`  page problem: ${problem}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`screenshot: ${error.message}\n${USAGE}`);
  else console.error(`screenshot: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
