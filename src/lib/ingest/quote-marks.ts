// Pairs of double quotation marks in a paragraph: straight "…", English “…”,
// German „…“ and guillemets «…» / »…«. Single quotes are left alone (they are
// apostrophes far more often than quotes). A mark left open at the end of the
// paragraph (a quote running on into the next one) pairs with nothing.

export interface QuoteMarks {
  /** Index of the opening mark; the quoted words start at open + 1. */
  open: number;
  /** Index of the closing mark; the quoted words end here. */
  close: number;
}

const CLOSERS: Record<string, string> = { '"': '"', '“': '”', '„': '“”', '«': '»', '»': '«' };

export const QUOTE_MARK = /["“”„«»]/u;

const ANY_MARK = /["“”„«»]/;

export function findQuoteMarks(text: string): QuoteMarks[] {
  const pairs: QuoteMarks[] = [];
  if (!ANY_MARK.test(text)) return pairs;
  let open = -1;
  let closers = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (open < 0) {
      const expected = CLOSERS[c];
      if (expected !== undefined) {
        open = i;
        closers = expected;
      }
    } else if (closers.includes(c)) {
      pairs.push({ open, close: i });
      open = -1;
    }
  }
  return pairs;
}
