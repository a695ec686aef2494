// Runs axe-core inside a page and returns its violations in a compact form
// that reads well in a failed assertion. Needs a JavaScript-enabled context:
// axe itself is a script injected into the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  /** CSS selector and opening HTML of each offending element. */
  nodes: string[];
}

export async function runAxe(page: Page, options: RunOptions = {}): Promise<AxeViolation[]> {
  // Evaluated by DevTools, not added as a <script>: the site's Content-Security-Policy refuses inline scripts.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (runOptions) => (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResults> } }).axe.run(document, runOptions),
    options as object,
  );
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}  ${n.html.slice(0, 160)}`),
  }));
}
