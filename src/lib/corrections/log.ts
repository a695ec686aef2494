// The corrections log as readers see it: the site's own corrections
// (content/corrections.json) and the editor's notes on the seed articles
// (content/notes.json), one list, newest first. The corrections page and the
// corrections feed are both made from it, so they always agree.
import type { Correction } from '../../schemas/correction.ts';
import type { EditorsNote } from '../../schemas/editors-note.ts';

/** What the log needs to know of an article a note is on. */
export interface NotedArticle {
  slug: string;
  title: string;
  date: string;
  publisher: string;
}

export type LogEntry =
  | { kind: 'correction'; anchor: string; date: string; correction: Correction }
  | { kind: 'note'; anchor: string; date: string; note: EditorsNote; article: NotedArticle };

/** Both lists as one, newest first; on the same date, corrections before notes, each in file order. */
export function correctionsLog(corrections: readonly Correction[], notes: readonly EditorsNote[], articles: ReadonlyMap<string, NotedArticle>): LogEntry[] {
  const anchors = new Map<string, number>();
  const correctionAnchor = (date: string) => {
    const n = (anchors.get(date) ?? 0) + 1;
    anchors.set(date, n);
    return n === 1 ? `correction-${date}` : `correction-${date}-${n}`;
  };
  const entries: LogEntry[] = [
    ...corrections.map((c): LogEntry => ({ kind: 'correction', anchor: correctionAnchor(c.date), date: c.date, correction: c })),
    ...notes.map((note): LogEntry => {
      const article = articles.get(note.article);
      if (!article) throw new Error(`content/notes.json: note "${note.id}" is on the article "${note.article}", which does not exist`);
      return { kind: 'note', anchor: noteAnchor(note), date: note.published, note, article };
    }),
  ];
  // Array.prototype.sort is stable: equal dates keep the order above.
  return entries.sort((a, b) => b.date.localeCompare(a.date));
}

/** The id of a note's entry on the corrections page. */
export function noteAnchor(note: Pick<EditorsNote, 'id'>): string {
  return `note-${note.id}`;
}
