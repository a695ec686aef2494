// Article text as a JavaScript string literal for an MDX expression ({"…"}):
// JSON quoting, plus \u escapes for the characters that any MDX, JSX or HTML
// tooling might look at ({ } < > &) and for U+2028/U+2029, which end a line in
// some parsers. The literal evaluates to exactly the input string.

const ESCAPES: Record<string, string> = {
  '{': '\\u007b',
  '}': '\\u007d',
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

const SPECIAL = /[{}<>&\u2028\u2029]/g;
const HAS_SPECIAL = /[{}<>&\u2028\u2029]/;

export function jsString(text: string): string {
  const json = JSON.stringify(text);
  return HAS_SPECIAL.test(json) ? json.replace(SPECIAL, (c) => ESCAPES[c] ?? c) : json;
}
