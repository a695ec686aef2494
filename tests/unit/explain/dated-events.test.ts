import { describe, expect, test } from 'vitest';
import { datedEvents } from '../../../src/lib/explain/dated-events.ts';
import { articleSentences } from '../../../src/lib/explain/sentences.ts';
import { makeArticle } from './support.ts';

const events = (date: string, paragraphs: string[], from = '2024-11-01', to = '2024-12-31') =>
  datedEvents(articleSentences(makeArticle({ date, paragraphs })), from, to).map((e) => ({ date: e.date, cue: e.cue, precision: e.precision, text: e.sentence.text }));

describe('datedEvents', () => {
  test('resolves weekdays against the report date (the seed articles\' cases)', () => {
    expect(
      events('2024-12-01', [
        'The Syrian military on Sunday sent reinforcements to Hama.',
        'President Assad said in comments released on Saturday evening that Syria would continue.',
      ]),
    ).toEqual([
      { date: '2024-12-01', cue: 'on Sunday', precision: 'day', text: 'The Syrian military on Sunday sent reinforcements to Hama.' },
      {
        date: '2024-11-30',
        cue: 'on Saturday evening',
        precision: 'day',
        text: 'President Assad said in comments released on Saturday evening that Syria would continue.',
      },
    ]);
    expect(events('2024-12-05', ['On Thursday, Assad\'s forces shot down two drones.']).map((e) => [e.date, e.cue])).toEqual([['2024-12-05', 'On Thursday']]);
  });

  test('dates "overnight" to the night before the report, and "yesterday" to the day before', () => {
    expect(events('2024-12-01', ['The army pushed back insurgents overnight.', 'Yesterday the convoy arrived.']).map((e) => [e.date, e.precision])).toEqual([
      ['2024-12-01', 'night-before'],
      ['2024-11-30', 'day'],
    ]);
  });

  test('reads month-day dates with or without a year', () => {
    expect(events('2024-12-05', ['Rebels captured 20 settlements on December 4, 2024.', 'Talks began on 29 November.']).map((e) => e.date)).toEqual([
      '2024-12-04',
      '2024-11-29',
    ]);
  });

  test('skips the future, undated spans and days outside the period', () => {
    expect(
      events(
        '2024-12-01',
        [
          'The ministers will meet on Monday.',
          'The offensive began last week.',
          'In 2011, Assad led a brutal clampdown.',
          'Over the past three days the army retreated.',
          'The airport reopened on Wednesday.',
          'Nothing may change soon.',
        ],
        '2024-11-28',
        '2024-12-05',
      ),
    ).toEqual([]);
  });

  test('takes one event per sentence, dated by its first cue', () => {
    expect(events('2024-12-01', ['On Sunday the army said that on Saturday it had withdrawn.']).map((e) => e.date)).toEqual(['2024-12-01']);
  });
});
