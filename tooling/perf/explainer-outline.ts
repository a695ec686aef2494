// The reading text of a generated explainer (content/explainers/*.mdx), as a
// plain outline of headings, paragraphs, quotes, lists and tables: what the
// peer sites of the performance bench (scripts/bench/peers.ts) publish, so
// that they carry the same words as our pages. Citations, maps and charts are
// left out (each peer draws one client-side map instead); the bar chart
// becomes a table. Reads the JSX that `npm run explain` writes: one element
// per line, text as JSON string children ({"…"}).

import { expressionEnd } from '../../src/lib/explain/expression-end.ts';

export type OutlineBlock =
  | { type: 'heading'; level: 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'quote'; text: string; by?: string }
  | { type: 'item'; text: string }
  | { type: 'table'; head: string[]; rows: string[][] }
  | { type: 'map' };

export interface ExplainerOutline {
  slug: string;
  title: string;
  description: string;
  blocks: OutlineBlock[];
}

export class OutlineError extends Error {}

interface Element {
  name: string;
  attributes: Map<string, unknown>;
  /** Text of the string children, in order (nested inline elements such as <Q> included). */
  text: string;
}

/** Reads a JSX expression `{…}` starting at `start`; returns its source and the index after it. */
function readExpression(line: string, start: number): [string, number] {
  const end = expressionEnd(line, start);
  if (end < 0) throw new OutlineError('unbalanced { } in a JSX expression');
  return [line.slice(start + 1, end - 1), end];
}

function parseValue(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    return source; // `n={1}`, `continued={true}` and the like: numbers and booleans parse; anything else is kept raw
  }
}

/** Parses the element that opens `line` (a JSX start tag, its attributes and its string children). */
export function parseElementLine(line: string): Element | null {
  const open = /^<([A-Z][A-Za-z]*)/.exec(line);
  if (!open?.[1]) return null;
  const attributes = new Map<string, unknown>();
  let i = open[0].length;
  for (;;) {
    while (line[i] === ' ') i++;
    if (line.startsWith('/>', i)) return { name: open[1], attributes, text: '' };
    if (line[i] === '>') break;
    const name = /^[A-Za-z][A-Za-z0-9-]*/.exec(line.slice(i))?.[0];
    if (!name) throw new OutlineError(`unexpected ${JSON.stringify(line.slice(i, i + 20))} in <${open[1]}>`);
    i += name.length;
    if (line[i] !== '=') {
      attributes.set(name, true);
      continue;
    }
    i++;
    if (line[i] === '"') {
      const end = line.indexOf('"', i + 1);
      attributes.set(name, line.slice(i + 1, end));
      i = end + 1;
    } else if (line[i] === '{') {
      const [source, next] = readExpression(line, i);
      attributes.set(name, parseValue(source));
      i = next;
    } else throw new OutlineError(`attribute ${name} of <${open[1]}> has no value`);
  }
  // Children: string expressions, inline tags (<Q>, </Q>, <Citation … />) and the closing tag.
  let text = '';
  i++;
  while (i < line.length) {
    if (line[i] === '{') {
      const [source, next] = readExpression(line, i);
      const value = parseValue(source);
      if (typeof value === 'string') text += value;
      i = next;
    } else if (line[i] === '<') {
      const tag = parseElementLine(line.slice(i));
      if (tag && line.slice(i).startsWith('<Citation')) {
        // Skip the self-closing citation: its attributes are the source, not the text.
        const [, after] = skipTag(line, i);
        i = after;
      } else {
        const close = line.indexOf('>', i);
        i = close < 0 ? line.length : close + 1;
      }
    } else i++;
  }
  return { name: open[1], attributes, text };
}

/** Skips a self-closing tag starting at `start`, honouring expressions; returns [tag source, index after]. */
function skipTag(line: string, start: number): [string, number] {
  let i = start;
  while (i < line.length) {
    if (line[i] === '{') i = readExpression(line, i)[1];
    else if (line.startsWith('/>', i)) return [line.slice(start, i + 2), i + 2];
    else i++;
  }
  return [line.slice(start), line.length];
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function frontmatter(source: string, file: string): { fields: Map<string, unknown>; body: string[] } {
  const lines = source.split('\n');
  if (lines[0] !== '---') throw new OutlineError(`${file}: no frontmatter`);
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new OutlineError(`${file}: the frontmatter is not closed`);
  const fields = new Map<string, unknown>();
  for (const line of lines.slice(1, end)) {
    const match = /^([a-z]+): (.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) fields.set(match[1], parseValue(match[2]));
  }
  return { fields, body: lines.slice(end + 1) };
}

export function explainerOutline(source: string, file: string): ExplainerOutline {
  const { fields, body } = frontmatter(source, file);
  const blocks: OutlineBlock[] = [];
  let mapPlaced = false;
  body.forEach((line, index) => {
    let element: Element | null;
    try {
      element = parseElementLine(line.trim());
    } catch (error) {
      throw new OutlineError(`${file}:${index + 1}: ${(error as Error).message}`);
    }
    if (!element) return;
    const { name, attributes: a, text } = element;
    switch (name) {
      case 'Section':
        blocks.push({ type: 'heading', level: 2, text: str(a.get('title')) });
        break;
      case 'ActorCard':
        blocks.push({ type: 'heading', level: 2, text: str(a.get('heading')) });
        break;
      case 'Subsection':
        blocks.push({ type: 'heading', level: 3, text: str(a.get('title')) });
        break;
      case 'TimelineDay':
        blocks.push({ type: 'heading', level: 3, text: DAY.format(new Date(str(a.get('date')))) });
        break;
      case 'TimelineEvent':
        blocks.push({ type: 'item', text });
        break;
      case 'Fact':
        blocks.push({ type: 'paragraph', text });
        break;
      case 'Excerpt':
        blocks.push({ type: 'quote', text });
        break;
      case 'Quote': {
        const role = str(a.get('role'));
        blocks.push({ type: 'quote', text, by: `${str(a.get('speaker'))}${role ? `, ${role}` : ''}` });
        break;
      }
      case 'KeyFigure':
        blocks.push({ type: 'paragraph', text: [str(a.get('qualifier')), str(a.get('value')), str(a.get('counts'))].filter(Boolean).join(' ') });
        break;
      case 'BarChart': {
        const bars = Array.isArray(a.get('bars')) ? (a.get('bars') as { label?: string; raw?: string }[]) : [];
        blocks.push({ type: 'paragraph', text: str(a.get('title')) });
        blocks.push({
          type: 'table',
          head: ['', str(a.get('totalCounts')) || 'total'],
          rows: [...bars.map((b) => [b.label ?? '', b.raw ?? '']), ['total', str(a.get('total'))]],
        });
        break;
      }
      case 'FrontlineMap':
        // One client-side map per peer page, where our page has its first map.
        if (!mapPlaced) blocks.push({ type: 'map' });
        mapPlaced = true;
        break;
      default:
        break;
    }
  });
  const explainer = str(fields.get('explainer'));
  const title = str(fields.get('title'));
  if (!explainer || !title) throw new OutlineError(`${file}: the frontmatter has no explainer or title`);
  return { slug: explainer, title, description: str(fields.get('description')), blocks };
}
