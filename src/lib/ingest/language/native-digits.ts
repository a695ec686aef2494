// Decimal digits of every script that ICU knows (Arabic-Indic ٠–٩, Persian
// ۰–۹, Bengali ০–৯, Devanagari…), read as ASCII digits. The table is built
// from Intl's own numbering systems rather than typed in, so it covers every
// script the runtime can format numbers in.

let table: Map<string, string> | undefined;

function digitTable(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const system of Intl.supportedValuesOf('numberingSystem')) {
    const format = new Intl.NumberFormat('en', { numberingSystem: system, useGrouping: false });
    for (let d = 0; d <= 9; d++) {
      const glyph = format.format(d);
      // Algorithmic systems (Roman, Chinese words…) print several characters or none: not decimal digits.
      if ([...glyph].length === 1 && glyph !== String(d)) table.set(glyph, String(d));
    }
  }
  return table;
}

/** The text with every non-ASCII decimal digit replaced by its ASCII digit (other characters unchanged). */
export function toAsciiDigits(text: string): string {
  if (!/[^\p{ASCII}]/u.test(text)) return text;
  const digits = digitTable();
  return text.replace(/\p{Nd}/gu, (d) => digits.get(d) ?? d);
}
