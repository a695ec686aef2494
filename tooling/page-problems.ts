// Records what went wrong while a page loaded and ran: console errors,
// uncaught exceptions, requests that failed or answered >= 400.
import type { Page } from 'playwright-core';

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
}

export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    problems.consoleErrors.push(`${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error.stack ?? error)));
  page.on('requestfailed', (request) => {
    const why = request.failure()?.errorText ?? 'failed';
    // Chromium fetches the tab icon on its own, after load, and cancels that fetch
    // when the page navigates on (seen once in CI on a fast click): not a failure of the site.
    if (why === 'net::ERR_ABORTED' && new URL(request.url()).pathname.endsWith('/favicon.svg')) return;
    problems.failedRequests.push(`${request.method()} ${request.url()}: ${why}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}
