// Reading back what mdx-markup.ts writes: the end of a {…} JSX expression in a
// generated explainer. Its strings are JSON-style literals ("…" with
// backslash escapes), so braces inside them are skipped. Used by the readers
// of generated MDX (the chart catalog, the peer-site outline).

/** The index just after the `}` closing the expression that opens at `start`, or -1 when it is unbalanced. */
export function expressionEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}
