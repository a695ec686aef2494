// Editor's notes: where each one belongs and whether it still fits. A note is
// pinned to words of one paragraph; it is shown beside that paragraph on the
// article page and beside every explainer excerpt of it that contains the words.
import type { Article } from '../../schemas/article.ts';
import type { EditorsNote } from '../../schemas/editors-note.ts';
import { citableText } from '../content/citable-text.ts';

/** What is wrong with where each note is pinned: an unknown article or paragraph, or words not in it. */
export function notePlacementProblems(notes: readonly EditorsNote[], articles: ReadonlyMap<string, Article>, file = 'content/notes.json'): string[] {
  const problems: string[] = [];
  notes.forEach((note, i) => {
    const where = `${file}: [${i}] (${note.id})`;
    const article = articles.get(note.article);
    if (!article) {
      problems.push(`${where}.article: no article "${note.article}" in content/articles/`);
      return;
    }
    const text = citableText(article, note.paragraph);
    if (text === undefined) {
      problems.push(`${where}.paragraph: "${note.article}" has no paragraph ${note.paragraph}`);
      return;
    }
    if (!text.includes(note.words)) {
      problems.push(`${where}.words: "${note.words}" does not stand verbatim in ${note.article}#${note.paragraph}`);
    }
  });
  return problems;
}

/** The notes on one paragraph of an article, in file order. */
export function notesForParagraph(notes: readonly EditorsNote[], article: string, paragraph: string): EditorsNote[] {
  return notes.filter((n) => n.article === article && n.paragraph === paragraph);
}

/**
 * The notes that apply to an excerpt: those on a paragraph it cites
 * ("<slug>#p8") whose words the excerpt's text shows. An excerpt of another
 * sentence of the same paragraph gets none.
 */
export function notesForExcerpt(notes: readonly EditorsNote[], cites: readonly string[], text: string): EditorsNote[] {
  const flat = normalizeSpaces(text);
  return notes.filter((n) => cites.includes(`${n.article}#${n.paragraph}`) && flat.includes(normalizeSpaces(n.words)));
}

/** The citation targets (`data-cite="<slug>#p8"`) in rendered HTML. */
export function citedTargets(html: string): string[] {
  return [...html.matchAll(/data-cite="([^"]+)"/gu)].map((m) => m[1] as string);
}

/** The text of rendered HTML: tags dropped, the entities Astro writes decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/gu, '')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;|&#x27;/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&nbsp;|&#160;|&#xa0;/giu, '\u00a0')
    .replace(/&amp;/gu, '&');
}

/** No-break spaces (which the seeds keep) compared as spaces. */
function normalizeSpaces(s: string): string {
  return s.replace(/\u00a0/gu, ' ');
}
