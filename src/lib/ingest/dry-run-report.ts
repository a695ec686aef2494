// `npm run ingest -- --dry-run <file>…`: what the ingest makes of each file,
// for an editor to check before converting it for real. Nothing is written.
import { formatWarning } from './ingest-warning.ts';
import { languageName } from './language/dw-languages.ts';
import { LAYOUT_NAMES } from './layouts/layout.ts';
import type { ParsedArticle } from './parse-dw-article.ts';

const LANGUAGE_FROM = { 'sources.json': 'from seeds/sources.json', url: 'from its address', detected: 'detected' } as const;

/** The report on one converted file, one line per fact. */
export function dryRunReport(file: string, parsed: ParsedArticle): string[] {
  const { article, language, layout, warnings } = parsed;
  const count = (type: string) => article.blocks.filter((b) => b.type === type).length;
  const truncated = article.blocks.filter((b) => b.type === 'paragraph' && b.truncated).length;
  const lines = [
    `${file}`,
    `  layout    ${LAYOUT_NAMES[layout]}`,
    `  language  ${languageName(language.tag)} (${language.tag}, ${LANGUAGE_FROM[language.from]})`,
    `  title     ${article.title} (line ${parsed.lines.title})`,
    `  date      ${article.date} (line ${parsed.lines.date})`,
    `  blocks    ${count('paragraph')} paragraph(s)${truncated > 0 ? ` (${truncated} truncated)` : ''}, ${count('heading')} heading(s), ${count('video')} video(s)`,
    `  quotes    ${article.quotes.length}`,
  ];
  for (const quote of article.quotes) {
    const who = quote.speaker ? `${quote.speaker.name}${quote.speaker.ref !== undefined ? ` [${quote.speaker.ref}]` : ' [not in the registry]'}` : 'no speaker named';
    const text = quote.text.length > 60 ? `${quote.text.slice(0, 59)}…` : quote.text;
    lines.push(`    ${quote.paragraph}: “${text}” — ${who}`);
  }
  lines.push(`  warnings  ${warnings.length}`);
  for (const warning of warnings) lines.push(`    ${formatWarning(warning)}`);
  return lines;
}
