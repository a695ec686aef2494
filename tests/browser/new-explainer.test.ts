// Adding an explainer needs no code: in a throwaway copy of the project, a
// fourth story file that uses every kind of block (facts written in the file
// and shared from a knowledge file, passages pinned and queried, quotes,
// reactions, a timeline, a map, figures, a note, subsections and a party card)
// goes through `npm run explain` and `astro build` and comes out as a page
// with every part in place, every citation resolving, listed in the index,
// and readable in Chromium without errors or axe-core violations.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { ProjectCopy } from '../../tooling/project-copy.ts';
import { buildEnv, PROJECT_ROOT, runIn } from '../../tooling/site-build.ts';
import type { StaticServer } from '../../tooling/static-server.ts';
import { buildCopy, type BuiltCopy } from '../support/built-copy.ts';
import { runAxe } from '../support/axe.ts';
import { watchPage } from '../../tooling/page-problems.ts';

const SLUG = 'a-fourth-explainer';
const EARLY = 'syrian-army-sends-reinforcements-to-hold-back-rebels-in-hama';
const SOURCE = {
  name: 'Example Agency, “A test source”',
  url: 'https://news.example.org/a-test-source',
  published: '2024-12-08',
  quote: 'Words relied on.',
};

/** Every kind of block the story schema knows (src/schemas/story.ts). */
const STORY = {
  title: 'A fourth explainer',
  description: 'A test page that uses every kind of block a story file can hold.',
  order: 4,
  about: { actors: ['hts'], places: ['homs'] },
  sections: [
    {
      id: 'days',
      title: 'Days',
      blocks: [
        { type: 'timeline', from: '2024-11-27', to: '2024-12-01', events: [{ date: '2024-11-28', text: 'A curated event took place.', sources: [SOURCE] }] },
        { type: 'map', id: 'test-map', view: 'syria', dates: { from: '2024-12-05' }, title: 'The map from 5 December' },
      ],
    },
    {
      id: 'words',
      title: 'In the reports',
      blocks: [
        { type: 'facts', facts: [{ date: '2024-12-08', text: 'A fact we wrote, with its date.', sources: [SOURCE] }] },
        { type: 'subsection', title: 'Pinned', id: 'pinned', blocks: [{ type: 'passages', query: { pins: [`${EARLY}#p4`, `${EARLY}#p1.1`] } }] },
        { type: 'subsection', title: 'About Homs, reported on 5 December', blocks: [{ type: 'passages', query: { places: ['homs'], reported: { from: '2024-12-05' } }, max: 2 }] },
        { type: 'subsection', title: 'Nothing', blocks: [{ type: 'passages', query: { cue: 'zzzz-no-such-words' } }] },
        { type: 'passages', query: { cue: 'zzzz-no-such-words' }, empty: 'Nothing matches this query.' },
        { type: 'figures', toll: { id: 'test-toll', title: 'The toll', counts: 'death toll' }, figures: [{ id: 'fled', counts: 'flee|fled' }], empty: 'No figures.' },
        { type: 'note', text: 'A note about this page.' },
      ],
    },
    {
      id: 'iran-card',
      title: 'Iran',
      card: { inPassing: true },
      blocks: [
        { type: 'subsection', title: 'In their words', blocks: [{ type: 'quotes', actors: ['iran'], max: 2 }] },
        { type: 'subsection', title: 'What the reports say', blocks: [{ type: 'passages', query: { actors: ['iran'] }, max: 3 }] },
      ],
    },
    { id: 'said', title: 'Reactions', blocks: [{ type: 'reactions', actors: ['turkey', 'germany'], maxQuotes: 2, empty: 'No reaction.' }] },
    { id: 'end', title: 'The end', blocks: [{ type: 'facts', from: 'knowledge/outcome.json' }] },
  ],
};

let built: BuiltCopy;
let copy: ProjectCopy;
let server: StaticServer;
let browser: Browser;
let html = '';
let srcBefore = '';

const sourceTree = (dir: string) => execFileSync('git', ['ls-files', '-s', 'src'], { cwd: dir, encoding: 'utf8' });

beforeAll(async () => {
  expect(inject('siteError')).toBe('');
  srcBefore = sourceTree(PROJECT_ROOT);
  built = await buildCopy('new-explainer-', {
    prepare: async (dir) => {
      await writeFile(join(dir, 'content/stories', `${SLUG}.json`), JSON.stringify(STORY, null, 2));
      await runIn(dir, process.execPath, [join(dir, 'scripts/explain.ts'), '--root', dir], buildEnv());
    },
  });
  ({ copy, server, browser } = built);
  html = await readFile(join(built.dist, 'explainers', SLUG, 'index.html'), 'utf8');
}, 300_000);

afterAll(async () => built?.close());

describe('a fourth explainer, added as a story file', () => {
  test('no TypeScript changed: the copy has the same src/ as the project', () => {
    expect(sourceTree(PROJECT_ROOT)).toBe(srcBefore);
  });

  // Booleans with the words as the message: a failure names what is missing, not the whole page.
  const has = (words: string | RegExp) => expect(typeof words === 'string' ? html.includes(words) : words.test(html), String(words)).toBe(true);

  test('its page has every section and every kind of block', () => {
    for (const title of ['Days', 'In the reports', 'Iran', 'Reactions', 'The end']) has(`>${title}</h2>`);
    has(/<h3 class="tl-date"><time datetime="2024-11-28">/u);
    has('A curated event took place.');
    has(/<frontline-map class="fm" id="fm-test-map"/u);
    has('The map from 5 December');
    has('<time class="fact-date" datetime="2024-12-08">8 December 2024</time>: A fact we wrote, with its date.');
    has('>Pinned</h3>');
    has('In five days of clashes and airstrikes the death toll');
    expect(html.includes('>Nothing</h3>'), 'an empty subsection is left out').toBe(false);
    has('Nothing matches this query.');
    has('class="bar-chart cite-host"');
    has('class="key-figure cite-host"');
    has('A note about this page.');
    has('Named in passing');
    has('class="quote-block cite-host"');
    has(/id="reaction-turkey"/u);
    has(/id="reaction-germany"/u);
    has('President Bashar al-Assad&#39;s rule had ended');
  });

  test('every citation resolves: article links to a paragraph that exists, sources to their URL', async () => {
    const articleLinks = [...html.matchAll(/href="\/articles\/([a-z0-9-]+)\/#(p\d+|caption)"/gu)];
    expect(articleLinks.length).toBeGreaterThan(5);
    for (const [, slug, anchor] of articleLinks) {
      const article = await readFile(join(copy.dir, 'dist/articles', slug!, 'index.html'), 'utf8');
      expect(article, `${slug}#${anchor}`).toContain(`id="${anchor}"`);
    }
    has(`href="${SOURCE.url}"`);
    const data = JSON.parse(await readFile(join(copy.dir, 'content/explainers', `${SLUG}.json`), 'utf8'));
    expect(data.charts.map((c: { id: string }) => c.id)).toEqual(['test-toll']);
    expect(data.citations.map((c: { n: number }) => c.n)).toEqual(data.citations.map((_: unknown, i: number) => i + 1));
  });

  test('the explainer index lists it, and it reads in Chromium without errors or axe-core violations', async () => {
    const index = await readFile(join(copy.dir, 'dist/explainers/index.html'), 'utf8');
    expect(index).toContain(`href="/explainers/${SLUG}/"`);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(new URL(`explainers/${SLUG}/`, server.url).href, { waitUntil: 'networkidle' });
    expect(await page.locator('h1').textContent()).toBe(STORY.title);
    expect(await page.locator('main section.ex-section').count()).toBe(STORY.sections.length);
    expect(await runAxe(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    await context.close();
  });
});
