import { describe, expect, test } from 'vitest';
import { isBoilerplate } from '../../../src/lib/ingest/dw-boilerplate.ts';
import { findSkipLinks, isTrailerLine, pageChrome } from '../../../src/lib/ingest/page-chrome.ts';
import { durationSeconds, isHeading, parseDwBody } from '../../../src/lib/ingest/dw-blocks.ts';

describe('headings', () => {
  test.each([
    ['Government pushback', true],
    ["What's the current situation in Syria?", true],
    ['Who is fighting in Syria?', true],
    ['Assad: "We will win"', true],
    ['Following the defeat of IS, things were relatively quiet for a time.', false],
    ['He asked: Why now? Nobody knows?', false],
    ['China, meanwhile, urged its citizens to leave Syria "as soon as possible."', false],
    ['A line with thirteen words but no full stop at the end of it at all', false],
  ])('%s → %s', (line, heading) => expect(isHeading(line)).toBe(heading));
});

test('durations', () => {
  expect(durationSeconds('02:06')).toBe(126);
  expect(durationSeconds('1:02:06')).toBe(3726);
  expect(durationSeconds('2:6')).toBeNull();
});

test('skip links and the trailer recognised by structure, in any language', () => {
  const swahili = ['1. Nenda kwenye maudhui', '  2. Nenda kwenye orodha kuu', '  3. Nenda tovuti zaidi za DW', '', 'Kichwa'];
  expect(findSkipLinks(swahili)).toEqual({ first: 0, last: 2, labels: ['Nenda kwenye maudhui', 'Nenda kwenye orodha kuu', 'Nenda tovuti zaidi za DW'] });
  const arabic = ['١. تخطي إلى المحتوى', '٢. تخطي إلى القائمة الرئيسية', 'عنوان'];
  const chrome = pageChrome(findSkipLinks(arabic));
  expect(chrome.skipVerb).toEqual({ word: 'تخطي', at: 'start' });
  expect(isTrailerLine('تخطي الفقرة التالية', chrome)).toBe(true);
  expect(isTrailerLine('تخطي الجيش المدينة أمس.', chrome)).toBe(false);
  const german = pageChrome(findSkipLinks(['1. Zum Inhalt springen', '2. Zur Hauptnavigation springen']));
  expect(german.skipVerb).toEqual({ word: 'springen', at: 'end' });
  expect(isTrailerLine('Nächsten Abschnitt Mehr zum Thema überspringen', german)).toBe(true);
  // A numbered list in the body is not a run of skip links unless it starts the page.
  expect(findSkipLinks(['Intro.', '1. First point'])).toBeNull();
});

test('boilerplate lines, English and German', () => {
  for (const line of ['This browser does not support the video element.', "DW's Top Story", 'Skip next section More stories from DW', 'https://p.dw.com/p/5YGF']) {
    expect(isBoilerplate(line)).toBe(true);
  }
  expect(isBoilerplate('The Observatory reported "armed clashes".')).toBe(false);
});

describe('parseDwBody', () => {
  const lines = [
    'First paragraph.',
    '',
    'A video title',
    '',
    '02:06',
    '',
    'This browser does not support the video element.',
    '',
    'A heading',
    '',
    '  Second paragraph with trailing NBSP.\u00a0 ',
    '',
    'A heading',
    '',
    'P1',
    '',
    'tj/wmr\u00a0(dpa, AFP, Reuters)',
    '',
    'Skip next section DW\'s Top Story',
    '',
    'Unrelated story teaser that must not be read.',
  ];
  const body = parseDwBody(lines, 0);

  test('blocks in order with ids and lines', () => {
    expect(body.blocks).toEqual([
      { type: 'paragraph', id: 'p1', text: 'First paragraph.', line: 1 },
      { type: 'video', id: 'v1', title: 'A video title', duration: '02:06', durationSeconds: 126, line: 3 },
      { type: 'heading', id: 'a-heading', text: 'A heading', line: 9 },
      { type: 'paragraph', id: 'p2', text: 'Second paragraph with trailing NBSP.', line: 11 },
      { type: 'heading', id: 'a-heading-2', text: 'A heading', line: 13 },
      // A heading whose slug would shadow paragraph anchor #p1.
      { type: 'heading', id: 'p1-section', text: 'P1', line: 15 },
    ]);
  });

  test('sign-off: initials and agencies', () => {
    expect(body.signoff).toEqual({ raw: 'tj/wmr\u00a0(dpa, AFP, Reuters)', authors: ['tj', 'wmr'], agencies: ['dpa', 'AFP', 'Reuters'] });
    expect(parseDwBody(['Text.', 'es/rc'], 0).signoff).toEqual({ raw: 'es/rc', authors: ['es', 'rc'], agencies: [] });
  });

  test('a sign-off-like line that is not last is text', () => {
    expect(parseDwBody(['tj/wmr (dpa)', 'Text.'], 0).blocks.map((b) => b.type)).toEqual(['heading', 'paragraph']);
  });
});
