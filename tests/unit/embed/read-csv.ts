// A strict RFC 4180 reader for the embed tests, independent of src/lib/embed/csv.ts:
// "#" lines before the header are returned apart, every row must end in CRLF.
export function readCsv(text: string): { comments: string[]; rows: string[][] } {
  const lines = text.split('\r\n');
  const comments: string[] = [];
  while (lines[0]?.startsWith('#')) comments.push(lines.shift()!.slice(2));
  const body = lines.join('\r\n');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('csv: no final CRLF');
  return { comments, rows };
}
