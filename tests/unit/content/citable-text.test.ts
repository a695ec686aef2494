import { expect, test } from 'vitest';
import { citableText } from '../../../src/lib/content/citable-text.ts';
import type { Article } from '../../../src/schemas/article.ts';

const article = {
  image: { alt: 'a', caption: 'Rebels have captured at least 40 villages', credit: 'c', line: 12 },
  blocks: [
    { type: 'heading', id: 'intro', text: 'Intro', line: 14 },
    { type: 'paragraph', id: 'p1', text: 'First.', line: 16 },
  ],
} as unknown as Article;

test('resolves paragraphs and the caption, nothing else', () => {
  expect(citableText(article, 'p1')).toBe('First.');
  expect(citableText(article, 'caption')).toBe('Rebels have captured at least 40 villages');
  expect(citableText(article, 'intro')).toBeUndefined();
  expect(citableText(article, 'p2')).toBeUndefined();
});
