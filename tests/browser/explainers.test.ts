// The explainers in headless Chromium: both pages load without errors or
// axe-core violations; a citation shows its source sentence on keyboard
// focus, on hover and on a first tap, and its link lands on the article
// paragraph that holds the sentence; the bar chart and the key figures are
// there with JavaScript off; the explainer index links all three.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useBrowser, type OpenedPage } from '../support/browser-session.ts';
import { runAxe } from '../support/axe.ts';
import { collapseSpace } from '../support/built-files.ts';

const session = useBrowser();
const EXPLAINERS = [
  { slug: 'who-is-fighting-in-syria', title: 'Who is fighting in Syria?', reports: 2 },
  { slug: 'the-hama-offensive', title: 'The Hama offensive', reports: 2 },
  { slug: 'the-fall-of-the-assad-government', title: 'How the Assad government fell, 6–8 December 2024', reports: 1 },
];

describe.each(EXPLAINERS)('/explainers/$slug/', ({ slug, title, reports }) => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await session.open(`/explainers/${slug}/`);
    await opened.page.waitForLoadState('networkidle');
  });
  afterAll(async () => opened?.context.close());

  test('is served with its title, sections and sources, without errors', async () => {
    expect(opened.response?.status()).toBe(200);
    expect(await opened.page.locator('h1').textContent()).toBe(title);
    expect(await opened.page.locator('main section.ex-section').count()).toBeGreaterThanOrEqual(5);
    expect(await opened.page.locator('.ex-sources a[href*="/articles/"]').count()).toBe(reports);
    expect(opened.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });

  test('has no axe-core violations', async () => {
    expect(await runAxe(opened.page)).toEqual([]);
  });

  test('declares itself to search as an explainer, with Article JSON-LD citing the reports', async () => {
    const { page } = opened;
    expect(await page.locator('[data-pagefind-body]').count()).toBe(1);
    expect(await page.locator('[data-pagefind-filter="type"]').allTextContents()).toEqual(['explainer']);
    expect((await page.locator('[data-pagefind-filter="actor"]').allTextContents()).length).toBeGreaterThan(2);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as {
      '@type': string;
      citation: { url: string }[];
    };
    expect(ld['@type']).toBe('Article');
    const urls = ld.citation.map((c) => c.url);
    // Every report the page quotes, and the public sources it cites.
    expect(urls.filter((u) => /\/articles\/[a-z0-9-]+\/$/u.test(u))).toHaveLength(reports);
    expect(urls.some((u) => u.endsWith('/articles/syria-islamist-rebels-eye-more-gains-after-seizing-hama/'))).toBe(true);
    expect(urls.filter((u) => !u.includes('/articles/')).length).toBeGreaterThan(2);
  });
});

describe('citations', () => {
  test('focus and hover show the source sentence; the link lands on the paragraph that holds it', async () => {
    const { page, context, problems } = await session.open('/explainers/the-hama-offensive/');
    const link = page.locator('.cite-link[data-cite*="#p"]').first();
    const pop = page.locator('.cite-link[data-cite*="#p"] + .cite-pop').first();
    const sentence = ((await pop.locator('.cite-sentence').textContent()) ?? '').replace(/^“|”$/gu, '');
    expect(sentence.length).toBeGreaterThan(20);
    expect(await pop.isVisible()).toBe(false);
    await link.focus();
    await expect.poll(() => pop.isVisible()).toBe(true);
    await link.blur();
    await page.mouse.move(0, 0);
    await expect.poll(() => pop.isVisible()).toBe(false);
    await link.hover();
    await expect.poll(() => pop.isVisible()).toBe(true);
    // The description of the link is the sentence, for screen readers.
    const describedBy = await link.getAttribute('aria-describedby');
    expect(await page.locator(`#${describedBy}`).textContent()).toContain(sentence);

    const target = (await link.getAttribute('data-cite')) ?? '';
    const [slug, anchor] = target.split('#');
    await link.click();
    await page.waitForURL(`**/articles/${slug}/#${anchor}`);
    const paragraph = page.locator(`#${anchor}`);
    expect(await paragraph.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(collapseSpace((await paragraph.textContent()) ?? '')).toContain(collapseSpace(sentence));
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    await context.close();
  });

  test('Escape hides a focused citation\'s sentence', async () => {
    const { page, context } = await session.open('/explainers/who-is-fighting-in-syria/');
    const link = page.locator('.cite-link').first();
    const pop = page.locator('.cite-pop').first();
    await link.focus();
    await expect.poll(() => pop.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => pop.isVisible()).toBe(false);
    await context.close();
  });

  test('on a touch screen the first tap shows the sentence and the second follows the link', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(session.url('/explainers/the-hama-offensive/'), { waitUntil: 'networkidle' });
    const link = page.locator('.cite-link[data-cite*="#p"]').nth(2);
    const pop = page.locator('.cite-link[data-cite*="#p"] + .cite-pop').nth(2);
    await link.scrollIntoViewIfNeeded();
    const before = page.url();
    await link.tap();
    await expect.poll(() => pop.isVisible()).toBe(true);
    expect(page.url()).toBe(before);
    await link.tap();
    await page.waitForURL('**/articles/**');
    await context.close();
  });

  test('without JavaScript, hovering or tabbing to a citation still shows its sentence', async () => {
    const { page, context } = await session.open('/explainers/who-is-fighting-in-syria/', { javaScript: false });
    const link = page.locator('.cite-link').first();
    const pop = page.locator('.cite-pop').first();
    await link.hover();
    await expect.poll(() => pop.isVisible()).toBe(true);
    await page.mouse.move(0, 0);
    await expect.poll(() => pop.isVisible()).toBe(false);
    // Keyboard: tab until the first citation has focus.
    for (let i = 0; i < 60 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect.poll(() => pop.isVisible()).toBe(true);
    await context.close();
  });
});

describe('key figures', () => {
  test('the bar chart is drawn and readable with JavaScript off', async () => {
    const { page, context, problems } = await session.open('/explainers/the-hama-offensive/', { javaScript: false, width: 390 });
    const chart = page.locator('figure.bar-chart');
    await chart.scrollIntoViewIfNeeded();
    expect(await chart.isVisible()).toBe(true);
    const svg = chart.locator('svg[role="img"]');
    expect(await svg.isVisible()).toBe(true);
    const box = await svg.boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(await svg.locator('rect.bc-bar').count()).toBe(3);
    const widths = await svg.locator('rect.bc-bar').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
    expect(widths[0]).toBeGreaterThan(widths[1] ?? 0);
    expect(widths[1]).toBeGreaterThan(widths[2] ?? 0);
    expect(await svg.locator('text').allTextContents()).toEqual(['rebels', '214', 'pro-government forces', '137', 'civilians', '61']);
    expect(await svg.locator('desc').textContent()).toContain('Total death toll: 412');
    expect(collapseSpace((await page.locator('.key-figures').textContent()) ?? '')).toMatch(/some 115,000 have had to flee their homes.*at least 40 villages and settlements/u);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    await context.close();
  });
});

test('the 40 villages cite the caption of the 5 December article, and the link lands on it', async () => {
  const { page, context } = await session.open('/explainers/the-hama-offensive/');
  const link = page.locator('#kf-villages .cite-link');
  expect(await link.getAttribute('data-cite')).toBe('syria-islamist-rebels-eye-more-gains-after-seizing-hama#caption');
  await link.click();
  await page.waitForURL('**/articles/syria-islamist-rebels-eye-more-gains-after-seizing-hama/#caption');
  expect(await page.locator('#caption').textContent()).toContain('Rebels have captured at least 40 villages and settlements');
  await context.close();
});

test('the explainer index links every explainer', async () => {
  const { page, context, problems } = await session.open('/explainers/');
  const links = await page.$$eval('main a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
  for (const { slug } of EXPLAINERS) expect(links).toContain(session.url(`/explainers/${slug}/`));
  expect(await runAxe(page)).toEqual([]);
  expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  await context.close();
});
