// Reading and rewriting the attributes of one start tag's source text
// ('<a class="x" href="/maps/">'), keeping everything else as it was.

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

export function encodeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

interface Found {
  name: string;
  value: string | undefined;
  start: number;
  end: number;
}

function attributesOf(tag: string): Found[] {
  const nameEnd = tag.search(/[\s/>]/);
  const found: Found[] = [];
  ATTRIBUTE.lastIndex = nameEnd < 0 ? tag.length : nameEnd;
  for (let m = ATTRIBUTE.exec(tag); m; m = ATTRIBUTE.exec(tag)) {
    const raw = m[2] ?? m[3] ?? m[4];
    found.push({ name: (m[1] ?? '').toLowerCase(), value: raw === undefined ? undefined : decodeAttribute(raw), start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** The decoded value of an attribute; '' for a bare attribute; undefined when absent. */
export function getAttribute(tag: string, name: string): string | undefined {
  const found = attributesOf(tag).find((a) => a.name === name);
  return found ? (found.value ?? '') : undefined;
}

/**
 * Rewrites attribute values: `change(name, value)` returns the new decoded
 * value, null to remove the attribute, or undefined to leave it as it was.
 */
export function rewriteAttributes(tag: string, change: (name: string, value: string) => string | null | undefined): string {
  let out = '';
  let copied = 0;
  for (const attribute of attributesOf(tag)) {
    const next = change(attribute.name, attribute.value ?? '');
    if (next === undefined) continue;
    const before = tag.slice(copied, attribute.start);
    out += next === null ? before.replace(/\s+$/, '') : `${before}${attribute.name}="${encodeAttribute(next)}"`;
    copied = attribute.end;
  }
  return out + tag.slice(copied);
}

/** Adds (or replaces) an attribute, before the tag's closing ">" or "/>". */
export function setAttribute(tag: string, name: string, value: string): string {
  const without = rewriteAttributes(tag, (n) => (n === name ? null : undefined));
  const close = without.endsWith('/>') ? without.length - 2 : without.length - 1;
  return `${without.slice(0, close).replace(/\s+$/, '')} ${name}="${encodeAttribute(value)}"${without.slice(close)}`;
}
