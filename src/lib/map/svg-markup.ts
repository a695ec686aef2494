// Building SVG markup as strings at build time. The maps are rendered to text
// (not through Astro templates) so that the page, the bench and the budget
// tests measure exactly the same bytes. Every attribute value and text node
// goes through escapeXml: place names and source quotes are data, never markup.

export type Attrs = Record<string, string | number | boolean | undefined | null>;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function formatAttr(value: string | number | true): string {
  if (value === true) return '';
  return `="${escapeXml(typeof value === 'number' ? formatNumber(value) : value)}"`;
}

/** Numbers as short as they can be at one decimal: 12, 12.5, -0.5 (never "-0" or "12.50"). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`svg: not a finite number: ${n}`);
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/** An element; attributes that are undefined, null or false are left out; children are already markup. */
export function el(name: string, attrs: Attrs = {}, ...children: (string | false | null | undefined)[]): string {
  const attrText = Object.entries(attrs)
    .filter((entry): entry is [string, string | number | true] => entry[1] !== undefined && entry[1] !== null && entry[1] !== false)
    .map(([k, v]) => ` ${k}${formatAttr(v)}`)
    .join('');
  const inner = children.filter((c): c is string => typeof c === 'string').join('');
  return inner === '' && name !== 'title' && name !== 'desc' && name !== 'text' ? `<${name}${attrText}/>` : `<${name}${attrText}>${inner}</${name}>`;
}

/** A text node. */
export function text(content: string): string {
  return escapeXml(content);
}
