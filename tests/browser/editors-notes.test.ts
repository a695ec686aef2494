// Editor's notes (issue 12, item 3) in the built site: each note is visible,
// without JavaScript, right after the paragraph it is on, with its label
// linking to its entry on the corrections page and its sources linked; the
// explainer excerpt of that paragraph carries it too; the corrections page
// lists it with the corrections and advertises the feed; the feed is served
// as JSON Feed with every note and correction. Axe runs in light and dark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser-session.ts';
import { runAxe } from '../support/axe.ts';
import { editorsNotesFileSchema } from '../../src/schemas/editors-note.ts';
import { correctionsFileSchema } from '../../src/schemas/correction.ts';

const session = useBrowser();
const ROOT = join(import.meta.dirname, '..', '..');
const notes = editorsNotesFileSchema.parse(JSON.parse(readFileSync(join(ROOT, 'content/notes.json'), 'utf8')));
const corrections = correctionsFileSchema.parse(JSON.parse(readFileSync(join(ROOT, 'content/corrections.json'), 'utf8')));

describe.each(notes.map((n) => [n.id, n] as const))('the note %s', (_id, note) => {
  test('is visible right after its paragraph on the article page, without JavaScript, with its sources linked', async () => {
    const { page, context } = await session.open(`/articles/${note.article}/`, { javaScript: false });
    const box = page.locator(`#${note.paragraph} ~ [role="note"][data-note="${note.id}"]`);
    expect(await box.isVisible()).toBe(true);
    // Only notes sit between the paragraph and the note: it is beside the paragraph.
    const between = await page.evaluate(
      ([p, id]) => {
        const tags: string[] = [];
        for (let el = document.getElementById(p!)?.nextElementSibling; el && el.getAttribute('data-note') !== id; el = el.nextElementSibling) {
          tags.push(el.getAttribute('role') ?? el.tagName);
        }
        return tags;
      },
      [note.paragraph, note.id],
    );
    expect(between.every((t) => t === 'note')).toBe(true);
    const text = (await box.textContent()) ?? '';
    expect(text).toContain("Editor's note");
    expect(text).toContain(note.words);
    const label = box.locator('a.ed-label');
    expect(await label.getAttribute('href')).toMatch(new RegExp(`/methodology/#note-${note.id}$`));
    const hrefs = await box.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const s of note.sources) expect(hrefs).toContain(s.url);
    // The report's words are left as printed.
    expect(await page.locator(`#${note.paragraph}`).textContent()).toContain(note.words);
    await context.close();
  });

  test('its label leads to its entry on the corrections page', async () => {
    const { page, context } = await session.open(`/articles/${note.article}/`);
    await page.locator(`[data-note="${note.id}"] a.ed-label`).click();
    await page.waitForURL(`**/methodology/#note-${note.id}`);
    expect(await page.locator(`#note-${note.id}`).isVisible()).toBe(true);
    await context.close();
  });
});

test('the Hama explainer shows the notes after its excerpt of the 1 December article, paragraph 8', async () => {
  const { page, context } = await session.open('/explainers/the-hama-offensive/', { javaScript: false });
  for (const note of notes) {
    const event = page.locator('.tl-event', { has: page.locator(`[data-cite="${note.article}#${note.paragraph}"]`) });
    expect(await event.locator(`[role="note"][data-note="${note.id}"]`).isVisible()).toBe(true);
  }
  await context.close();
});

test('the corrections page lists every note and correction, newest first, and links the feed', async () => {
  const { page, context } = await session.open('/methodology/', { javaScript: false });
  const entries = page.locator('#corrections ~ ol.corrections > li');
  expect(await entries.count()).toBe(notes.length + corrections.length);
  const dates = await entries.locator('p:first-child time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  for (const note of notes) {
    const entry = page.locator(`#note-${note.id}`);
    expect(await entry.textContent()).toContain(note.note);
    expect(await entry.locator(`a[href$="/articles/${note.article}/#${note.paragraph}"]`).count()).toBe(1);
  }
  const alternate = page.locator('head link[rel="alternate"][type="application/feed+json"]');
  expect(await alternate.getAttribute('href')).toMatch(/\/corrections\.json$/);
  await context.close();
});

test('the corrections feed is served as JSON Feed 1.1 with every correction and note', async () => {
  const { page, context } = await session.open('/');
  const response = await page.request.get(session.url('/corrections.json'));
  expect(response.status()).toBe(200);
  const feed = (await response.json()) as { version: string; feed_url: string; items: { id: string; content_text: string; date_published: string }[] };
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.feed_url).toMatch(/\/corrections\.json$/);
  expect(feed.items).toHaveLength(notes.length + corrections.length);
  for (const note of notes) {
    const item = feed.items.find((i) => i.id.endsWith(`#note-${note.id}`));
    expect(item?.content_text).toContain(note.note);
  }
  await context.close();
});

describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
  test('the article page with its notes has no axe violation', async () => {
    const { page, context } = await session.open(`/articles/${notes[0]!.article}/`, { colorScheme });
    expect(await runAxe(page)).toEqual([]);
    await context.close();
  });
});
