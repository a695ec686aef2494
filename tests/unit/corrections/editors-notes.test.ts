// Editor's notes (content/notes.json, issue 12 item 3): the schema, that each
// note's words stand verbatim in its paragraph (in the generated article and
// in the seed file itself), that the direction note agrees with the
// gazetteer, and which excerpts a note is shown beside.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { editorsNotesFileSchema, type EditorsNote } from '../../../src/schemas/editors-note.ts';
import { describeIssues, readJsonFile } from '../../../src/lib/content/read-json-file.ts';
import { readArticles, readCorrectionsData, NOTES_FILE } from '../../../src/lib/corrections/load.ts';
import { citedTargets, htmlText, notePlacementProblems, notesForExcerpt, notesForParagraph } from '../../../src/lib/corrections/editors-notes.ts';
import { placeSchema } from '../../../src/schemas/registry.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const notes = readJsonFile(ROOT, NOTES_FILE, editorsNotesFileSchema, (m) => new Error(m));
const articles = readArticles(ROOT);
const HAMA_1_DEC = 'syrian-army-sends-reinforcements-to-hold-back-rebels-in-hama';

const valid = (): EditorsNote => structuredClone(notes[0] as EditorsNote);

describe('the schema', () => {
  test('content/notes.json is valid and has the two notes on the 1 December article, paragraph 8', () => {
    expect(notes.map((n) => [n.article, n.paragraph])).toEqual([
      [HAMA_1_DEC, 'p8'],
      [HAMA_1_DEC, 'p8'],
    ]);
  });

  test('an error names the file and the field', () => {
    const bad = valid() as Record<string, unknown>;
    bad.paragraph = 'paragraph 8';
    (bad.sources as Record<string, unknown>[])[0]!.url = 'not a url';
    const result = editorsNotesFileSchema.safeParse([bad]);
    expect(result.success).toBe(false);
    const message = describeIssues(NOTES_FILE, result.error?.issues ?? []);
    expect(message).toContain('content/notes.json: [0].paragraph: a paragraph id looks like "p4"');
    expect(message).toContain('content/notes.json: [0].sources[0].url:');
  });

  test('a source must give the words relied on, or a gazetteer its values', () => {
    const bad = valid();
    delete bad.sources[0]!.quote;
    const result = editorsNotesFileSchema.safeParse([bad]);
    expect(describeIssues(NOTES_FILE, result.error?.issues ?? [])).toContain('[0].sources[0].quote: give the words relied on');
  });

  test('ids are unique, unknown fields refused, and a note needs a source and a date', () => {
    expect(editorsNotesFileSchema.safeParse([valid(), valid()]).error?.issues[0]?.message).toMatch(/duplicate note id/);
    expect(editorsNotesFileSchema.safeParse([{ ...valid(), extra: 1 }]).success).toBe(false);
    expect(editorsNotesFileSchema.safeParse([{ ...valid(), sources: [] }]).success).toBe(false);
    expect(editorsNotesFileSchema.safeParse([{ ...valid(), published: '4 Dec 2026' }]).success).toBe(false);
  });
});

describe('each note stands on the words of its paragraph', () => {
  test.each(notes.map((n) => [n.id, n] as const))('%s: its words are verbatim in the generated paragraph', (_id, note) => {
    expect(notePlacementProblems([note], articles)).toEqual([]);
  });

  test.each(notes.map((n) => [n.id, n] as const))('%s: its words are verbatim in the seed file, on the paragraph\'s line', (_id, note) => {
    const article = articles.get(note.article)!;
    const block = article.blocks.find((b) => b.type === 'paragraph' && b.id === note.paragraph)!;
    const seedLine = readFileSync(join(ROOT, article.source.file), 'utf8').split('\n')[block.line - 1];
    expect(seedLine).toContain(note.words);
  });

  test('words the paragraph does not say, or a paragraph that does not exist, are reported by file, note and field', () => {
    expect(notePlacementProblems([{ ...valid(), words: 'Four civilians were killed' }], articles)).toEqual([
      `content/notes.json: [0] (idlib-airstrikes-killed).words: "Four civilians were killed" does not stand verbatim in ${HAMA_1_DEC}#p8`,
    ]);
    expect(notePlacementProblems([{ ...valid(), paragraph: 'p99' }], articles)[0]).toMatch(/\.paragraph: .* has no paragraph p99/);
    expect(notePlacementProblems([{ ...valid(), article: 'no-such-article' }], articles)[0]).toMatch(/\.article: no article "no-such-article"/);
  });

  test('the build reads the notes and checks them (readCorrectionsData throws on a misplaced note)', () => {
    expect(readCorrectionsData(ROOT).notes).toEqual(notes);
  });

  test('the "killed" note cites the agency text, which says killed', () => {
    const note = notes.find((n) => n.id === 'idlib-airstrikes-killed')!;
    expect(note.words).toContain('wounded');
    expect(note.sources.some((s) => s.via === 'Associated Press' && /killed four civilians/.test(s.quote ?? ''))).toBe(true);
  });

  test('the direction note agrees with the gazetteer: Idlib lies south-west of Aleppo, about 56 km away', () => {
    const places = placeSchema.array().parse(JSON.parse(readFileSync(join(ROOT, 'content/places.json'), 'utf8')));
    const at = (id: string) => places.find((p) => p.id === id)!.coordinates!;
    const [lon1, lat1] = at('aleppo');
    const [lon2, lat2] = at('idlib');
    const rad = Math.PI / 180;
    const y = Math.sin((lon2 - lon1) * rad) * Math.cos(lat2 * rad);
    const x = Math.cos(lat1 * rad) * Math.sin(lat2 * rad) - Math.sin(lat1 * rad) * Math.cos(lat2 * rad) * Math.cos((lon2 - lon1) * rad);
    const bearing = (Math.atan2(y, x) / rad + 360) % 360;
    expect(bearing).toBeGreaterThan(180); // south…
    expect(bearing).toBeLessThan(270); // …west
    const note = notes.find((n) => n.id === 'idlib-south-west-of-aleppo')!;
    expect(note.words).toContain('southeast');
    expect(note.note).toMatch(/south-west/);
    // The values the note cites are the gazetteer's.
    const values = note.sources.map((s) => s.values).join(' ');
    for (const n of [lat1, lon1, lat2, lon2]) expect(values).toContain(String(n));
  });
});

describe('where a note is shown', () => {
  test('beside its paragraph', () => {
    expect(notesForParagraph(notes, HAMA_1_DEC, 'p8').map((n) => n.id)).toEqual(['idlib-airstrikes-killed', 'idlib-south-west-of-aleppo']);
    expect(notesForParagraph(notes, HAMA_1_DEC, 'p7')).toEqual([]);
  });

  test('beside an excerpt that cites the paragraph and shows the words, not another sentence of it', () => {
    const html = (text: string, to: string) =>
      `${text}<span class="cite"><a class="cite-link" href="/articles/x/#p8" data-cite="${to}">[8]</a><span class="cite-pop">…</span></span>`;
    const p8 = articles.get(HAMA_1_DEC)!.blocks.find((b) => b.id === 'p8')!;
    const whole = html((p8 as { text: string }).text.replace(/\u00a0/g, '&nbsp;'), `${HAMA_1_DEC}#p8`);
    expect(citedTargets(whole)).toEqual([`${HAMA_1_DEC}#p8`]);
    expect(notesForExcerpt(notes, citedTargets(whole), htmlText(whole))).toHaveLength(2);
    const other = html('Some other sentence.', `${HAMA_1_DEC}#p8`);
    expect(notesForExcerpt(notes, citedTargets(other), htmlText(other))).toEqual([]);
    const elsewhere = html('Four civilians were wounded and 54 others injured', `${HAMA_1_DEC}#p9`);
    expect(notesForExcerpt(notes, citedTargets(elsewhere), htmlText(elsewhere))).toEqual([]);
  });
});
