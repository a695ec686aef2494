// MDX markup for the generated explainers. Every string, whether it comes
// from an article or from our knowledge files, goes into a JavaScript string
// literal inside an expression ({"…"} or prop={"…"}), escaped by the ingest's
// jsString, so nothing is ever read as Markdown, JSX, HTML or import/export.
// Component names and prop names are ours and checked against a pattern.
import { jsString } from '../ingest/js-string.ts';

export type PropValue = string | number | boolean | undefined | readonly PropValue[] | { readonly [key: string]: PropValue };

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

function attribute(name: string, value: PropValue): string {
  checkName(name);
  if (typeof value === 'string' && SAFE_VALUE.test(value)) return `${name}="${value}"`;
  return `${name}={${jsLiteral(value)}}`;
}

/** Text as an MDX expression child. */
export function text(value: string): string {
  return `{${jsString(value)}}`;
}

function openTag(name: string, props: Record<string, PropValue>): string {
  const attributes = Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${attribute(k, v)}`)
    .join('');
  return `<${checkName(name)}${attributes}`;
}

/** An element on one line: `<Name a="b">{"text"}<Child /></Name>` (children are markup from this module). */
export function inline(name: string, props: Record<string, PropValue>, children: readonly string[] = []): string {
  return children.length === 0 ? `${openTag(name, props)} />` : `${openTag(name, props)}>${children.join('')}</${name}>`;
}

/** An element whose children are blocks, one per line, separated by blank lines. */
export function block(name: string, props: Record<string, PropValue>, children: readonly string[]): string {
  return [`${openTag(name, props)}>`, '', ...children.flatMap((c) => [c, '']), `</${name}>`].join('\n');
}
