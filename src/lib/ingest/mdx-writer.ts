// An Article's body as MDX for the article page. Every piece of article text
// is a JS string literal inside an expression ({"…"}), never Markdown, so
// nothing in it is ever read as Markdown, JSX, HTML or import/export. The page
// supplies the components:
//   <P id="p4">…</P>                 a body paragraph (id = citation anchor); `truncated` when cut off
//   <Quote speaker={…} ref="…">…</Quote>  a direct quote inside it, with its quotation marks
//   <H id="government-pushback">…</H>    a section heading
//   <Video id="v1" title={…} duration="02:06" seconds={126} />
import type { Article, Block, Quote } from '../../schemas/article.ts';
import { jsString } from './js-string.ts';

const SAFE_ID = /^[a-z0-9][a-z0-9-]*$/u;

/** An attribute value: a plain string when it is a known-safe id, else an expression. */
function attribute(name: string, value: string): string {
  return SAFE_ID.test(value) ? `${name}="${value}"` : `${name}={${jsString(value)}}`;
}

function quoteElement(text: string, quote: Quote): string {
  const attributes = [
    ...(quote.speaker ? [`speaker={${jsString(quote.speaker.name)}}`] : []),
    ...(quote.speaker?.ref !== undefined ? [attribute('ref', quote.speaker.ref)] : []),
  ];
  // The quotation marks (one character each side of the span) stay inside the quote.
  const marked = text.slice(quote.start - 1, quote.end + 1);
  return `<Quote${attributes.map((a) => ` ${a}`).join('')}>{${jsString(marked)}}</Quote>`;
}

function paragraphChildren(text: string, quotes: readonly Quote[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    if (q.start - 1 > at) parts.push(`{${jsString(text.slice(at, q.start - 1))}}`);
    parts.push(quoteElement(text, q));
    at = q.end + 1;
  }
  if (at < text.length) parts.push(`{${jsString(text.slice(at))}}`);
  return parts.join('');
}

function blockLine(block: Block, quotesByParagraph: ReadonlyMap<string, Quote[]>): string {
  switch (block.type) {
    case 'paragraph':
      return `<P id="${block.id}"${block.truncated ? ' truncated' : ''}>${paragraphChildren(block.text, quotesByParagraph.get(block.id) ?? [])}</P>`;
    case 'heading':
      return `<H id="${block.id}">{${jsString(block.text)}}</H>`;
    case 'video':
      return `<Video id="${block.id}" title={${jsString(block.title)}} duration="${block.duration}" seconds={${block.durationSeconds}} />`;
  }
}

/** The MDX body (everything after the frontmatter), one block per line. */
export function articleMdxBody(article: Article): string {
  const quotesByParagraph = new Map<string, Quote[]>();
  for (const q of article.quotes) {
    const list = quotesByParagraph.get(q.paragraph) ?? [];
    list.push(q);
    quotesByParagraph.set(q.paragraph, list);
  }
  for (const list of quotesByParagraph.values()) list.sort((a, b) => a.start - b.start);
  return `\n${article.blocks.map((b) => blockLine(b, quotesByParagraph)).join('\n\n')}\n`;
}
