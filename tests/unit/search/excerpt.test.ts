import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { escapeHtml, excerptSegments, sanitiseExcerpt } from '../../../src/lib/search/excerpt.ts';

describe('excerptSegments', () => {
  test('splits highlighted and plain runs', () => {
    expect(excerptSegments('rebels in <mark>Hama</mark> province, <mark>Hama</mark>')).toEqual([
      { text: 'rebels in ', marked: false },
      { text: 'Hama', marked: true },
      { text: ' province, ', marked: false },
      { text: 'Hama', marked: true },
    ]);
  });

  test('treats every other tag as literal text', () => {
    expect(excerptSegments('a <script>alert(1)</script> <b>b</b>')).toEqual([
      { text: 'a <script>alert(1)</script> <b>b</b>', marked: false },
    ]);
  });

  test('only the exact tags count: attributes or spaces make it text', () => {
    expect(excerptSegments('<mark class="x">a</mark >')).toEqual([{ text: '<mark class="x">a</mark >', marked: false }]);
  });

  test('unbalanced and nested marks never invert the highlighting', () => {
    expect(excerptSegments('</mark>a<mark>b<mark>c</mark>d</mark>e<mark>f')).toEqual([
      { text: 'a', marked: false },
      { text: 'bcd', marked: true },
      { text: 'e', marked: false },
      { text: 'f', marked: true },
    ]);
  });

  test('keeps entities as the characters they are written with (pagefind stores text unescaped)', () => {
    expect(excerptSegments('AT&amp;T &lt;b&gt;')).toEqual([{ text: 'AT&amp;T &lt;b&gt;', marked: false }]);
  });

  test('an empty excerpt has no segments', () => {
    expect(excerptSegments('')).toEqual([]);
  });
});

describe('sanitiseExcerpt', () => {
  test('keeps <mark> and escapes the rest', () => {
    expect(sanitiseExcerpt('the toll "has reached <mark>412</mark>," it said')).toBe(
      'the toll &quot;has reached <mark>412</mark>,&quot; it said',
    );
  });

  test('neutralises script, event-handler and javascript: markup', () => {
    const hostile =
      '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>' +
      '<mark onclick="alert(4)">y</mark><svg onload=alert(5)><iframe srcdoc="<script>">';
    const safe = sanitiseExcerpt(hostile);
    expect(safe).not.toMatch(/<(?!\/?mark>)/);
    expect(safe).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;' +
        // The stray </mark> is structure (a close with nothing open), so it goes.
        '&lt;a href=&quot;javascript:alert(3)&quot;&gt;x&lt;/a&gt;&lt;mark onclick=&quot;alert(4)&quot;&gt;y' +
        '&lt;svg onload=alert(5)&gt;&lt;iframe srcdoc=&quot;&lt;script&gt;&quot;&gt;',
    );
  });

  test('a highlight inside hostile text stays a highlight of escaped text', () => {
    expect(sanitiseExcerpt('<mark><img src=x onerror=alert(1)></mark>')).toBe('<mark>&lt;img src=x onerror=alert(1)&gt;</mark>');
  });

  test('closes a mark left open', () => {
    expect(sanitiseExcerpt('a <mark>b')).toBe('a <mark>b</mark>');
  });

  test('property: whatever the input, the only tags left are balanced <mark> pairs, and the text survives', () => {
    const piece = fc.oneof(
      fc.constantFrom('<mark>', '</mark>', '<', '>', '&', '"', "'", '<script>', '<img onerror=x>', '</', '<mark', 'mark>'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), (excerpt) => {
        const safe = sanitiseExcerpt(excerpt);
        // No "<" other than the mark tags, and they alternate open/close.
        const tags = [...safe.matchAll(/<[^>]*>?/g)].map((m) => m[0]);
        expect(tags.every((t, i) => t === (i % 2 === 0 ? '<mark>' : '</mark>'))).toBe(true);
        expect(tags.length % 2).toBe(0);
        // Removing the marks and unescaping gives back the input without its mark tags.
        const text = safe.replace(/<\/?mark>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
        expect(text).toBe(excerpt.replace(/<\/?mark>/gi, ''));
      }),
      { numRuns: 2000 },
    );
  });
});

test('escapeHtml escapes the five HTML-significant characters', () => {
  expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});
