// Body paragraphs of a seed article, numbered p1, p2, … the way the ingest
// numbers them: in reading order after the lead image's caption line
// (`…Image: credit`), leaving out section headings, video titles and
// durations, "This browser does not support the video element.", the sign-off
// and the footer. A body paragraph ends like a sentence (. or a closing
// quote); headings and video titles do not. The control data cites these ids.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');

interface SourceEntry {
  file: string;
  url: string;
}

/** Article slug from the DW URL: https://www.dw.com/en/<slug>/a-<id>. */
export function slugOf(url: string): string {
  const match = /dw\.com\/[a-z]{2}\/([^/]+)\/a-\d+/.exec(url);
  if (!match?.[1]) throw new Error(`seeds/sources.json: cannot read an article slug from ${url}`);
  return match[1];
}

export function seedParagraphs(): Map<string, Map<string, string>> {
  const sources = JSON.parse(readFileSync(path.join(ROOT, 'seeds/sources.json'), 'utf8')) as SourceEntry[];
  const out = new Map<string, Map<string, string>>();
  for (const source of sources) {
    const lines = readFileSync(path.join(ROOT, 'seeds', source.file), 'utf8').split(/\r?\n/).map((l) => l.trim());
    const captionIndex = lines.findIndex((l) => /Image: /.test(l));
    if (captionIndex < 0) throw new Error(`seeds/${source.file}: no caption line with "Image: "`);
    const paragraphs = new Map<string, string>();
    for (const line of lines.slice(captionIndex + 1)) {
      if (line.startsWith('Skip next section')) break;
      if (line === '' || line === 'This browser does not support the video element.') continue;
      if (/^[a-z]+\/[a-z]+ \(/.test(line)) break; // sign-off: "tj/wmr (dpa, AFP, Reuters)"
      if (!/[.!"”]$/.test(line)) continue; // headings, video titles, durations
      paragraphs.set(`p${paragraphs.size + 1}`, line);
    }
    out.set(slugOf(source.url), paragraphs);
  }
  return out;
}
