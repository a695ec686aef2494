// MDX markup for the generated explainers, built as a small element tree and
// then written out. The tree is what the generator computes; the MDX file,
// the outline and the chart catalogue beside it (explainer-data.ts) are all
// read from the same tree, so nothing ever parses the MDX back.
// Every string, whether it comes from an article or from our content files,
// goes into a JavaScript string literal inside an expression ({"…"} or
// prop={"…"}), escaped by the ingest's jsString, so nothing is ever read as
// Markdown, JSX, HTML or import/export. Component and prop names are ours and
// checked against a pattern.
import { jsString } from '../ingest/js-string.ts';

export type PropValue = string | number | boolean | undefined | readonly PropValue[] | { readonly [key: string]: PropValue };

/** Text shown as it is. */
export interface MdxText {
  readonly text: string;
}

/** A component: on one line (`inline`) or with its children one per line (`block`). */
export interface MdxElement {
  readonly name: string;
  readonly props: Readonly<Record<string, PropValue>>;
  readonly children: readonly MdxNode[];
  readonly layout: 'inline' | 'block';
}

export type MdxNode = MdxText | MdxElement;

const NAME = /^[A-Za-z][A-Za-z0-9]*$/u;
const SAFE_VALUE = /^[a-z0-9][a-z0-9-]*$/u;

function checkName(name: string): string {
  if (!NAME.test(name)) throw new RangeError(`not a component or prop name: ${JSON.stringify(name)}`);
  return name;
}

/** A JavaScript literal for a value: strings escaped by jsString, numbers finite, objects with quoted keys. */
export function jsLiteral(value: PropValue): string {
  if (typeof value === 'string') return jsString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(jsLiteral).join(', ')}]`;
  const entries = Object.entries(value as Record<string, PropValue>).filter(([, v]) => v !== undefined);
  return `{${entries.map(([k, v]) => `${jsString(k)}: ${jsLiteral(v)}`).join(', ')}}`;
}

function element(name: string, props: Record<string, PropValue>, children: readonly MdxNode[], layout: MdxElement['layout']): MdxElement {
  checkName(name);
  const kept: Record<string, PropValue> = {};
  for (const [key, value] of Object.entries(props)) {
    checkName(key);
    if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    if (value !== undefined) kept[key] = value;
  }
  return { name, props: kept, children, layout };
}

/** Text as shown. */
export function text(value: string): MdxText {
  return { text: value };
}

/** An element on one line: `<Name a="b">{"text"}<Child /></Name>`. */
export function inline(name: string, props: Record<string, PropValue>, children: readonly MdxNode[] = []): MdxElement {
  return element(name, props, children, 'inline');
}

/** An element whose children are blocks, one per line, separated by blank lines. */
export function block(name: string, props: Record<string, PropValue>, children: readonly MdxNode[]): MdxElement {
  return element(name, props, children, 'block');
}

export const isElement = (node: MdxNode): node is MdxElement => 'name' in node;

function attribute(name: string, value: PropValue): string {
  if (typeof value === 'string' && SAFE_VALUE.test(value)) return `${name}="${value}"`;
  return `${name}={${jsLiteral(value)}}`;
}

function openTag(node: MdxElement): string {
  return `<${node.name}${Object.entries(node.props)
    .map(([k, v]) => ` ${attribute(k, v)}`)
    .join('')}`;
}

/** The node as MDX. */
export function toMdx(node: MdxNode): string {
  if (!isElement(node)) return `{${jsString(node.text)}}`;
  if (node.layout === 'inline') {
    return node.children.length === 0 ? `${openTag(node)} />` : `${openTag(node)}>${node.children.map(toMdx).join('')}</${node.name}>`;
  }
  return [`${openTag(node)}>`, '', ...node.children.flatMap((c) => [toMdx(c), '']), `</${node.name}>`].join('\n');
}

/** The words a reader sees in a node: its text children, without citation markers. */
export function shownText(node: MdxNode): string {
  if (!isElement(node)) return node.text;
  if (node.name === 'Citation') return '';
  return node.children.map(shownText).join('');
}

/** Every element of the trees, depth first, in page order. */
export function allElements(nodes: readonly MdxNode[]): MdxElement[] {
  return nodes.filter(isElement).flatMap((n) => [n, ...allElements(n.children)]);
}
