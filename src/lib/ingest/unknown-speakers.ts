// Quotes whose speaker the registry does not know keep the name as written
// ("Golani"); the editor is warned, with the closest registry entries, so the
// registry can gain the alias or the person. A description in lower case ("the
// army", "a military source") is not a name and is not reported.
import type { ParagraphBlock, Quote } from '../../schemas/article.ts';
import { closestEntries } from './closest-names.ts';
import type { IngestWarning } from './ingest-warning.ts';
import type { CompiledRegistries } from './registries.ts';

/** A name rather than a description: a capital letter, or a script without case (Arabic, Persian…). */
function isName(name: string): boolean {
  return /\p{Lu}|\p{Lo}/u.test(name);
}

export function unknownSpeakerWarnings(
  quotes: readonly Quote[],
  paragraphs: readonly ParagraphBlock[],
  registries: CompiledRegistries,
  file: string,
): IngestWarning[] {
  const warnings: IngestWarning[] = [];
  const lineOf = new Map(paragraphs.map((p) => [p.id, p.line]));
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (!speaker || speaker.ref !== undefined || !isName(speaker.name)) continue;
    const closest = closestEntries(speaker.name, registries.speakers);
    const suggestion = closest.length > 0 ? `closest entries: ${closest.join(', ')}` : 'no entry comes close';
    warnings.push({
      file,
      line: lineOf.get(quote.paragraph) ?? 1,
      detail: `speaker "${speaker.name}" (quote in ${quote.paragraph}) is not in content/people.json or content/actors.json; kept as written; ${suggestion}`,
    });
  }
  return warnings;
}
