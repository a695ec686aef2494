// CSV as RFC 4180 describes it (comma, CRLF, fields quoted when they hold a
// comma, quote or line break, quotes doubled), with "#" comment lines on top
// for the title, terms and sources (pandas: comment="#"; R: comment.char="#").
// A text field that a spreadsheet would run as a formula (=, +, -, @, tab or
// CR first) gets a leading apostrophe: quoted source text is data, never code.

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`csv: not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvDocument {
  /** Lines printed as "# line" above the header; no line breaks inside. */
  comments: readonly string[];
  header: readonly string[];
  rows: readonly (readonly CsvValue[])[];
}

export function csvText({ comments, header, rows }: CsvDocument): string {
  for (const c of comments) if (/[\r\n]/.test(c)) throw new RangeError(`csv: a comment line holds a line break: ${JSON.stringify(c)}`);
  rows.forEach((row, i) => {
    if (row.length !== header.length) throw new RangeError(`csv: row ${i + 1} has ${row.length} fields, the header ${header.length}`);
  });
  const lines = [...comments.map((c) => `# ${c}`), header.map(csvField).join(','), ...rows.map((r) => r.map(csvField).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
