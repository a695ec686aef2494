// Dated events in the articles: sentences that say when something happened
// ("The Syrian military on Sunday sent reinforcements…"), with the date
// resolved against the day the report was published. Only day-precise cues
// count; "last week" or "in 2011" date nothing on a day-by-day timeline.
// A cue in a sentence about the future ("will meet on Monday", "next
// Tuesday") is skipped: the weekday rule only looks back.
import type { ArticleSentence } from './sentences.ts';
import { addDays, resolveMonthDay, resolveWeekday, WEEKDAYS, type Weekday } from './relative-dates.ts';

export interface DatedEvent {
  date: string;
  /** "night-before": an overnight event reported in the morning, dated to the report's day. */
  precision: 'day' | 'night-before';
  /** The words that date it, as printed: "on Sunday", "Saturday evening", "overnight". */
  cue: string;
  sentence: ArticleSentence;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const CUES = new RegExp(
  [
    `(?<weekday>(?:\\b(?:[Oo]n|[Ll]ate on|[Ee]arly on)\\s+)?\\b(?<day>${WEEKDAYS.join('|')})(?:\\s+(?:morning|afternoon|evening|night))?\\b)`,
    `(?<md>\\b(?<m1>${MONTH})\\s+(?<d1>\\d{1,2})(?:,\\s*(?<y1>\\d{4}))?\\b)`,
    `(?<dm>\\b(?<d2>\\d{1,2})\\s+(?<m2>${MONTH})(?:\\s+(?<y2>\\d{4}))?\\b)`,
    `(?<rel>\\b(?:[Yy]esterday|[Tt]oday|[Oo]vernight)\\b)`,
  ].join('|'),
  // Case-sensitive on purpose: "May 4" is a date, "may" is not.
  'gu',
);
// Words before a cue that point forward in time.
const FUTURE = /\b(?:will|next|upcoming|due to|scheduled)\b/iu;

function resolve(match: RegExpMatchArray, published: string): { date: string; precision: DatedEvent['precision'] } | undefined {
  const g = match.groups ?? {};
  if (g['weekday'] !== undefined && g['day'] !== undefined) {
    return { date: resolveWeekday(published, g['day'] as Weekday), precision: 'day' };
  }
  if (g['md'] !== undefined) {
    const date = resolveMonthDay(published, g['m1'] ?? '', Number(g['d1']), g['y1'] ? Number(g['y1']) : undefined);
    return date ? { date, precision: 'day' } : undefined;
  }
  if (g['dm'] !== undefined) {
    const date = resolveMonthDay(published, g['m2'] ?? '', Number(g['d2']), g['y2'] ? Number(g['y2']) : undefined);
    return date ? { date, precision: 'day' } : undefined;
  }
  switch (g['rel']?.toLowerCase()) {
    case 'yesterday':
      return { date: addDays(published, -1), precision: 'day' };
    case 'today':
      return { date: published, precision: 'day' };
    case 'overnight':
      return { date: published, precision: 'night-before' };
  }
  return undefined;
}

/** The first date cue of each sentence that resolves to a day within [from, to]. */
export function datedEvents(sentences: readonly ArticleSentence[], from: string, to: string): DatedEvent[] {
  const events: DatedEvent[] = [];
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(CUES)) {
      if (FUTURE.test(sentence.text.slice(0, match.index))) continue;
      const resolved = resolve(match, sentence.article.date);
      if (!resolved || resolved.date < from || resolved.date > to) continue;
      events.push({ ...resolved, cue: match[0], sentence });
      break;
    }
  }
  return events;
}
