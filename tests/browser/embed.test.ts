// Embeds in a real foreign page: the site's own snippet (read from the built
// /embed/ page) pasted into a journalist's article served by a second server
// on its own port (tests/fixtures/embed-host/), so the embed is cross-origin
// as it is in the wild. Checked: the iframe takes its content's height at 320,
// 768 and 1280 px without an inner scrollbar; it does so sandboxed
// (allow-scripts, origin "null"); hostile or malformed messages change nothing
// and break neither side; with the host's scripts off, or no scripts at all,
// the map still shows. Then the embed pages themselves (themes, the "newer
// map" note, axe), oEmbed discovery and responses, the downloads, the Embed
// boxes on the site, and the size budgets.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { useBrowser, siteUrl } from '../support/browser-session.ts';
import { watchPage, type PageProblems } from '../../tooling/page-problems.ts';
import { runAxe } from '../support/axe.ts';
import { startHostServer, type HostServer } from '../fixtures/embed-host/host-server.ts';
import { builtSnippet, relocate } from '../fixtures/embed-host/built-snippet.ts';
import { oembedSchema } from '../../src/lib/embed/oembed.ts';
import { MAX_HEIGHT, RESIZE_TYPE } from '../../src/lib/embed/resize-message.ts';
import { BUDGETS } from '../../tooling/budgets.ts';
import { embedWeights, hostScriptBytes } from '../../tooling/perf/embed-weights.ts';

const session = useBrowser();
const dist = inject('distDir');
let host: HostServer;

beforeAll(async () => {
  host = await startHostServer();
});
afterAll(async () => {
  await host?.close();
});

const EMBEDS = {
  'map, latest': 'code-map-syria',
  'map, pinned to an older date': 'code-map-corridor-2024-11-29',
  chart: 'code-chart-the-hama-offensive-toll',
} as const;

interface HostOptions {
  width: number;
  sandbox?: string;
  scriptsOff?: boolean;
  javaScript?: boolean;
  extra?: string;
}

interface OpenedHost {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
  frame: Frame;
}

let pageCount = 0;

/** The article page with the built snippet of `codeId`, in a fresh context, once the embed has loaded. */
async function openHost(codeId: string, options: HostOptions): Promise<OpenedHost> {
  let snippet = relocate(builtSnippet(dist, codeId), siteUrl('/'));
  if (options.sandbox !== undefined) snippet = snippet.replace('<iframe ', `<iframe sandbox="${options.sandbox}" `);
  const url = host.page(`${codeId}-${++pageCount}`, { snippet, ...(options.scriptsOff ? { scriptsOff: true } : {}), ...(options.extra ? { extra: options.extra } : {}) });
  const context = await session.browser.newContext({ viewport: { width: options.width, height: 900 }, javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(url, { waitUntil: 'load' });
  const handle = await page.waitForSelector('iframe[data-syria-embed]');
  await handle.scrollIntoViewIfNeeded();
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the embed iframe has no frame');
  await frame.waitForLoadState('load');
  return { page, context, problems, frame };
}

/** The iframe's height on the host page, and the embed document's own measures. */
async function measures(opened: OpenedHost) {
  const iframe = await opened.page.$eval('iframe[data-syria-embed]', (f) => ({ height: f.clientHeight, width: f.clientWidth, style: f.style.height }));
  const inner = await opened.frame.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    content: document.body.getBoundingClientRect().height,
  }));
  return { iframe, inner };
}

/**
 * Waits until the iframe is as tall as its content (the host script has applied
 * the embed's report) and that state is settled: measured twice in a row, so a
 * late reflow inside the embed (a busy machine lays out slowly) is waited out.
 */
async function fitted(opened: OpenedHost): Promise<Awaited<ReturnType<typeof measures>>> {
  const settled = (m: Awaited<ReturnType<typeof measures>>) =>
    Math.abs(m.iframe.height - Math.ceil(m.inner.content)) === 0 && m.inner.scrollHeight <= m.inner.clientHeight;
  await expect.poll(async () => settled(await measures(opened)) && settled(await measures(opened)), { timeout: 15_000 }).toBe(true);
  return measures(opened);
}

/** Our own problems only: the host server has no favicon, which is the host's business. */
function ourProblems(problems: PageProblems): PageProblems {
  return { ...problems, failedRequests: problems.failedRequests.filter((r) => !r.includes(`${host.origin}/favicon.ico`)), consoleErrors: problems.consoleErrors.filter((e) => !e.includes('404')) };
}

const NONE: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };

describe('the snippet in a page on another origin', () => {
  test('the snippet is the one the site shows: a marked iframe and the inline host script, under 2 KB', () => {
    const snippet = builtSnippet(dist, EMBEDS['map, latest']);
    expect(snippet).toMatch(/^<iframe src="[^"]+\/embed\/map\/syria\/" title="Map: Control of Syria, [^"]+" data-syria-embed loading="lazy" style="[^"]+"><\/iframe>\n<script>[\s\S]+<\/script>$/);
    const script = /<script>([\s\S]+)<\/script>$/.exec(snippet)![1]!;
    expect(Buffer.byteLength(script)).toBeLessThanOrEqual(BUDGETS.hostScript);
  });

  for (const [name, codeId] of Object.entries(EMBEDS)) {
    for (const width of [320, 768, 1280]) {
      test(`${name} at ${width} px: the iframe takes its content's height, with no inner scrollbar`, async () => {
        const opened = await openHost(codeId, { width });
        const { iframe, inner } = await fitted(opened);
        expect(inner.scrollHeight).toBeLessThanOrEqual(inner.clientHeight);
        expect(iframe.height).toBe(inner.clientHeight);
        expect(inner.scrollWidth).toBeLessThanOrEqual(inner.clientWidth);
        expect(iframe.width).toBeLessThanOrEqual(width);
        // The content is what fills it: a map or chart, and the credit line at the bottom, inside the frame.
        const credit = await opened.frame.$eval('.embed-credit', (el) => el.getBoundingClientRect().bottom);
        expect(credit).toBeLessThanOrEqual(iframe.height);
        expect(ourProblems(opened.problems)).toEqual(NONE);
        await opened.context.close();
      });
    }
  }

  test('after the host page narrows, the iframe follows the content up again', async () => {
    const opened = await openHost(EMBEDS['map, latest'], { width: 1280 });
    const wide = (await fitted(opened)).iframe.height;
    await opened.page.setViewportSize({ width: 360, height: 900 });
    await expect.poll(async () => (await measures(opened)).iframe.height, { timeout: 10_000 }).not.toBe(wide);
    const narrow = await fitted(opened);
    expect(narrow.inner.scrollHeight).toBeLessThanOrEqual(narrow.inner.clientHeight);
    await opened.context.close();
  });

  for (const width of [320, 1280]) {
    test(`in a sandboxed iframe (allow-scripts, origin "null") at ${width} px it still fits`, async () => {
      const opened = await openHost(EMBEDS['map, latest'], { width, sandbox: 'allow-scripts' });
      expect(await opened.frame.evaluate(() => window.origin)).toBe('null');
      const { inner } = await fitted(opened);
      expect(inner.scrollHeight).toBeLessThanOrEqual(inner.clientHeight);
      expect(ourProblems(opened.problems)).toEqual(NONE);
      await opened.context.close();
    });
  }

  test('hostile and malformed messages change nothing and break neither the host nor the embed', async () => {
    // A frame on another origin (localhost is not 127.0.0.1) that will post a well-formed message.
    const otherOrigin = host.origin.replace('127.0.0.1', 'localhost');
    const opened = await openHost(EMBEDS['map, latest'], { width: 768, extra: `<iframe id="other" title="other" src="${otherOrigin}/frame"></iframe>` });
    const before = (await fitted(opened)).iframe.height;
    const heightNow = () => opened.page.$eval('iframe[data-syria-embed]', (f) => f.clientHeight);
    const malformed = [
      null,
      'height:100',
      JSON.stringify({ type: RESIZE_TYPE, height: 100 }),
      [RESIZE_TYPE, 100],
      { type: RESIZE_TYPE, height: '100' },
      { type: RESIZE_TYPE, height: -100 },
      { type: RESIZE_TYPE, height: 0 },
      { type: RESIZE_TYPE, height: Number.NaN },
      { type: RESIZE_TYPE, height: Number.POSITIVE_INFINITY },
      { type: RESIZE_TYPE, height: MAX_HEIGHT + 1 },
      { type: RESIZE_TYPE, height: 1e12 },
      { type: RESIZE_TYPE, height: 100.5 },
      { type: RESIZE_TYPE, height: 100, extra: 'x' },
      { type: 'other', height: 100 },
      { height: 100 },
    ];
    // From inside the embed itself (right window, right origin), malformed shapes.
    await opened.frame.evaluate((messages) => {
      for (const m of messages) window.parent.postMessage(m, '*');
    }, malformed);
    // From the host page's own window and from a frame of another origin: well-formed, wrong sender.
    await opened.page.evaluate((type) => window.postMessage({ type, height: 100 }, '*'), RESIZE_TYPE);
    const other = opened.page.frames().find((f) => f.url().startsWith(otherOrigin))!;
    await other.evaluate((type) => window.parent.postMessage({ type, height: 100 }, '*'), RESIZE_TYPE);
    // And garbage posted into the embed.
    await opened.page.$eval('iframe[data-syria-embed]', (f) => {
      const w = (f as HTMLIFrameElement).contentWindow!;
      for (const m of [null, 42, 'x', { type: 'syria-explainer:embed-height', height: 5 }, { toString: 1 }]) w.postMessage(m, '*');
    });
    await opened.page.waitForTimeout(300);
    expect(await heightNow()).toBe(before);
    // The control: the same channel obeys a well-formed message from the embed itself.
    await opened.frame.evaluate((type) => window.parent.postMessage({ type, height: 123 }, '*'), RESIZE_TYPE);
    await expect.poll(heightNow).toBe(123);
    // Both sides still work: a real resize still reaches the host, and the embed still draws and reports.
    await opened.page.setViewportSize({ width: 400, height: 900 });
    const after = await fitted(opened);
    expect(after.iframe.height).not.toBe(before);
    expect(await opened.frame.$eval('svg[data-map-main]', (svg) => svg.getBoundingClientRect().height)).toBeGreaterThan(200);
    expect(opened.problems.pageErrors).toEqual([]);
    await opened.context.close();
  });

  test('with the host page\'s scripts off, the map still shows in the iframe at its starting height', async () => {
    const opened = await openHost(EMBEDS['map, latest'], { width: 768, scriptsOff: true });
    await opened.page.waitForTimeout(500);
    const { iframe } = await measures(opened);
    expect(iframe.style).toMatch(/^\d+px$/);
    const map = await opened.frame.$eval('svg[data-map-main]', (svg) => svg.getBoundingClientRect().toJSON() as DOMRect);
    expect(map.height).toBeGreaterThan(200);
    expect(map.top).toBeLessThan(iframe.height);
    await opened.context.close();
  });

  test('with no scripts at all, the map still shows in the iframe', async () => {
    const opened = await openHost(EMBEDS['map, latest'], { width: 390, javaScript: false });
    const { iframe } = await measures(opened);
    const map = await opened.frame.$eval('svg[data-map-main]', (svg) => svg.getBoundingClientRect().toJSON() as DOMRect);
    expect(map.height).toBeGreaterThan(150);
    expect(map.bottom).toBeLessThan(iframe.height);
    await opened.context.close();
  });
});

describe('the embed pages', () => {
  test('a pinned older map says a newer one exists and links to the latest; the latest says nothing', async () => {
    const pinned = await session.open('/embed/map/corridor/2024-11-29/');
    const note = pinned.page.locator('[data-embed-newer]');
    expect(await note.textContent()).toMatch(/A newer map exists: see 8 December 2024\./);
    expect(await note.locator('a').getAttribute('href')).toMatch(/\/embed\/map\/corridor\/$/);
    expect(await note.locator('a').getAttribute('target')).toBe('_self');
    expect(await pinned.page.locator('time').first().getAttribute('datetime')).toBe('2024-11-29');
    await pinned.context.close();
    const latest = await session.open('/embed/map/corridor/');
    expect(await latest.page.locator('[data-embed-newer]').count()).toBe(0);
    await latest.context.close();
  });

  test('?theme=dark and ?theme=light force a theme; without it the reader\'s setting decides, with no script needed', async () => {
    const bg = async (path: string, options: { colorScheme: 'light' | 'dark'; javaScript?: boolean }) => {
      const opened = await session.open(path, options);
      const value = await opened.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await opened.context.close();
      return value;
    };
    const light = 'rgb(255, 255, 255)';
    const dark = 'rgb(18, 20, 22)';
    expect(await bg('/embed/map/syria/', { colorScheme: 'dark', javaScript: false })).toBe(dark);
    expect(await bg('/embed/map/syria/', { colorScheme: 'light', javaScript: false })).toBe(light);
    expect(await bg('/embed/map/syria/?theme=dark', { colorScheme: 'light' })).toBe(dark);
    expect(await bg('/embed/map/syria/?theme=light', { colorScheme: 'dark' })).toBe(light);
    expect(await bg('/embed/map/syria/?theme=auto', { colorScheme: 'dark' })).toBe(dark);
    // The "newer map" link keeps the theme.
    const opened = await session.open('/embed/map/syria/2024-11-26/?theme=dark');
    expect(await opened.page.locator('[data-embed-newer] a').getAttribute('href')).toMatch(/\/embed\/map\/syria\/\?theme=dark$/);
    await opened.context.close();
  });

  const AXE_PAGES = [
    '/embed/map/syria/',
    '/embed/map/corridor/2024-11-29/',
    '/embed/map/aleppo/2024-12-01/',
    '/embed/map/syria/party/hts/',
    '/embed/chart/the-hama-offensive/toll/',
    '/embed/map/syria/?theme=dark',
    '/embed/chart/the-hama-offensive/toll/?theme=dark',
    '/embed/',
  ];
  for (const path of AXE_PAGES) {
    test(`axe finds no violation on ${path}, which loads without problems`, async () => {
      const opened = await session.open(path, { width: 390 });
      await opened.page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await runAxe(opened.page)).toEqual([]);
      expect(opened.problems).toEqual(NONE);
      await opened.context.close();
    });
  }
});

describe('oEmbed', () => {
  const links = async (path: string) => {
    const html = await readFile(join(dist, path, 'index.html'), 'utf8');
    return [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)].map((m) => m[1]!);
  };
  const local = (absolute: string) => siteUrl(new URL(absolute).pathname.replace(/^\/+/, '/'));

  test('the maps page, the explainer with the chart and the embed pages announce their responses', async () => {
    expect((await links('maps')).map((u) => new URL(u).pathname)).toEqual(['/oembed/map/syria.json', '/oembed/map/corridor.json', '/oembed/map/aleppo.json']);
    expect((await links('explainers/the-hama-offensive')).map((u) => new URL(u).pathname)).toEqual(['/oembed/chart/the-hama-offensive/toll.json']);
    expect((await links('embed/map/corridor/2024-11-29')).map((u) => new URL(u).pathname)).toEqual(['/oembed/map/corridor/2024-11-29.json']);
  });

  test('each response is a valid "rich" oEmbed whose html is the snippet of the Embed box, with a PNG thumbnail of its stated size', async () => {
    for (const [path, codeId] of [['embed/map/syria', 'code-map-syria'], ['embed/chart/the-hama-offensive/toll', 'code-chart-the-hama-offensive-toll']] as const) {
      const [url] = await links(path);
      const response = await fetch(local(url!));
      expect(response.status).toBe(200);
      const json = oembedSchema.parse(await response.json());
      expect(json.html).toBe(builtSnippet(dist, codeId));
      const png = Buffer.from(await (await fetch(local(json.thumbnail_url))).arrayBuffer());
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([json.thumbnail_width, json.thumbnail_height]);
    }
  });
});

describe('Embed and Download on the site', () => {
  test('/maps/: each map offers its code in a read-only box (no script needed) and its files, which all exist', async () => {
    const opened = await session.open('/maps/', { javaScript: false });
    const box = opened.page.locator('#fm-syria [data-embed-tools]');
    const codes = box.locator('textarea.embed-code');
    expect(await codes.count()).toBe(2);
    expect(await codes.first().getAttribute('readonly')).not.toBeNull();
    expect(await codes.first().inputValue()).toBe(builtSnippet(dist, 'code-map-syria'));
    expect(await codes.nth(1).inputValue()).toBe(builtSnippet(dist, 'code-map-syria-2024-12-08'));
    const hrefs = await box.locator('a[download]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.map((h) => new URL(h).pathname.replace(/^.*\/downloads\//, ''))).toEqual([
      'map-syria-2024-12-08.svg',
      'map-syria-2024-12-08.png',
      'map-syria.csv',
      'control-areas-2024-12-08.geo.json',
    ]);
    for (const h of hrefs) expect((await fetch(h)).status, h).toBe(200);
    const csv = await (await fetch(hrefs[2]!)).text();
    expect(csv).toMatch(/^# Who held the places on the map of Syria/);
    expect(csv).toContain('\r\ndate,place_id,place,');
    const geojson = (await (await fetch(hrefs[3]!)).json()) as { type: string; metadata: { terms: string } };
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.metadata.terms).toMatch(/credit/);
    await opened.context.close();
  });

  test('the copy button copies the code; stepping the map moves the pinned code and the date\'s downloads', async () => {
    const opened = await session.open('/maps/');
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl('/')).origin });
    const map = opened.page.locator('#fm-corridor');
    await map.locator('[data-embed-tools] summary').first().click();
    await map.locator('button[data-copy]').first().click();
    await expect.poll(() => map.locator('[data-copy-status]').textContent()).toBe('Code copied.');
    expect(await opened.page.evaluate(() => navigator.clipboard.readText())).toBe(builtSnippet(dist, 'code-map-corridor'));
    await map.locator('[data-fm-prev]').click();
    await expect.poll(() => map.locator('[data-fm-date] time').getAttribute('datetime')).toBe('2024-12-07');
    await expect.poll(() => map.locator('textarea.embed-code').nth(1).inputValue()).toBe(builtSnippet(dist, 'code-map-corridor-2024-12-07'));
    const png = await map.locator('a[download]').nth(1).getAttribute('href');
    expect(png).toMatch(/\/downloads\/map-corridor-2024-12-07\.png$/);
    expect(opened.problems).toEqual(NONE);
    await opened.context.close();
  });

  test('the 412 chart of "The Hama offensive" offers its code and its SVG, PNG and CSV', async () => {
    const opened = await session.open('/explainers/the-hama-offensive/', { javaScript: false });
    const tools = opened.page.locator('#chart-toll [data-embed-tools]');
    expect(await tools.locator('textarea.embed-code').inputValue()).toBe(builtSnippet(dist, 'code-chart-the-hama-offensive-toll'));
    const hrefs = await tools.locator('a[download]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.map((h) => h.replace(/^.*\/downloads\//, ''))).toEqual(['chart-the-hama-offensive-toll.svg', 'chart-the-hama-offensive-toll.png', 'chart-the-hama-offensive-toll.csv']);
    const csv = await (await fetch(hrefs[2]!)).text();
    expect(csv).toContain('\r\nrebels,214,214,412,death toll,');
    await opened.context.close();
  });
});

describe('budgets', () => {
  test(`every embed page loads ≤ ${BUDGETS.embedTotal} bytes gzip in all (HTML, CSS, JS, images)`, async () => {
    const weights = await embedWeights(dist);
    expect(weights.length).toBeGreaterThanOrEqual(30);
    const over = weights.filter((w) => w.total > BUDGETS.embedTotal).map((w) => `${w.path}: ${w.total} B, ${w.total - BUDGETS.embedTotal} B over`);
    expect(over).toEqual([]);
  });

  test(`the host resize script is ≤ ${BUDGETS.hostScript} bytes, raw and gzip`, () => {
    const { raw, gzip } = hostScriptBytes();
    expect(raw).toBeLessThanOrEqual(BUDGETS.hostScript);
    expect(gzip).toBeLessThanOrEqual(BUDGETS.hostScript);
  });
});
