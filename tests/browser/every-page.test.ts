// Every page a reader can reach from the navigation and footer, in light and
// dark mode: no axe-core violation and no console error. Page-specific tests
// (articles, explainers, maps, search, embeds) check more; this one makes sure
// no page is left unchecked.
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser-session.ts';
import { runAxe } from '../support/axe.ts';

const session = useBrowser();
const pages = ['/', '/articles/', '/explainers/', '/maps/', '/methodology/', '/credits/', '/search/', '/embed/'];

describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
  test.each(pages)('%s has no axe violations and no console errors', async (path) => {
    const { page, response, problems } = await session.open(path, { colorScheme });
    expect(response?.status()).toBe(200);
    expect(await runAxe(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  }, 60_000);
});
