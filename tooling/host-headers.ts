// Reading a `_headers` file (Netlify, Cloudflare Pages) the way those hosts
// do: an unindented path, with * matching anything (slashes included), then
// indented "Name: value" lines; every rule whose path matches a request
// applies, and the values of one header from several rules are joined with ", ".

export interface HeaderRule {
  path: string;
  pattern: RegExp;
  /** [lower-case name, value] */
  headers: Array<[string, string]>;
}

export function parseHeadersFile(text: string, fileName = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ path: line.trim(), pattern: new RegExp(`^${source}$`), headers: [] });
      return;
    }
    const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`${fileName}:${i + 1}: expected "Name: value" under a path`);
    rule.headers.push([header[1]!.toLowerCase(), header[2]!.trim()]);
  });
  return rules;
}

/** The headers the host sends for a path (from the site root), by lower-case name. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  return headers;
}
