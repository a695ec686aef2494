// Picks article sentences for the explainers: what the reports say of a party
// (sentences that mention it), its quotes, and reactions (what a government
// or organisation said). Picking is by the mentions and quotes the ingest
// recorded, never by hand, so a new article changes the picks on the next run.
import type { QuoteBlock } from './quote-blocks.ts';
import { compareSentences, sentenceKey, type ArticleSentence } from './sentences.ts';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function sameParagraph(s: ArticleSentence, block: QuoteBlock): boolean {
  const first = block.sentences[0];
  return first !== undefined && first.article.slug === s.article.slug && first.paragraph === s.paragraph;
}

/** Is the sentence part of one of these quote blocks? */
export function inQuoteBlock(s: ArticleSentence, blocks: readonly QuoteBlock[]): boolean {
  return blocks.some((b) => sameParagraph(s, b) && overlaps(s, b));
}

/** The newest `max` items (by article date), returned in reading order. */
export function newest<T>(items: readonly T[], max: number, sentenceOf: (item: T) => ArticleSentence): T[] {
  const byNewest = [...items].sort((a, b) => {
    const sa = sentenceOf(a);
    const sb = sentenceOf(b);
    return sb.article.date.localeCompare(sa.article.date) || compareSentences(sa, sb);
  });
  return byNewest.slice(0, max).sort((a, b) => compareSentences(sentenceOf(a), sentenceOf(b)));
}

/** Drops later sentences whose text repeats an earlier one (the same wire copy in two reports). */
export function uniqueText(sentences: readonly ArticleSentence[]): ArticleSentence[] {
  const seen = new Set<string>();
  const keys = new Set<string>();
  return sentences.filter((s) => {
    const text = s.text.replace(/\s+/gu, ' ');
    if (seen.has(text) || keys.has(sentenceKey(s))) return false;
    seen.add(text);
    keys.add(sentenceKey(s));
    return true;
  });
}

/** Quote blocks whose speaker speaks for one of the actors, newest `max` first, shown in reading order. */
export function quotesFor(actors: ReadonlySet<string>, blocks: readonly QuoteBlock[], max: number): QuoteBlock[] {
  const own = blocks.filter((b) => b.actor !== undefined && actors.has(b.actor));
  return newest(own, max, (b) => b.sentences[0] as ArticleSentence);
}

/**
 * Sentences that mention one of the actors, except those already shown as the
 * actors' own quotes; newest `max` first, shown in reading order.
 */
export function reportsFor(
  actors: ReadonlySet<string>,
  sentences: readonly ArticleSentence[],
  ownQuotes: readonly QuoteBlock[],
  max: number,
): ArticleSentence[] {
  const mentioning = sentences.filter((s) => s.actors.some((m) => actors.has(m.ref)) && !inQuoteBlock(s, ownQuotes));
  // Newest first, so that of two copies of the same wire sentence the newer report is cited.
  const byNewest = [...mentioning].sort((a, b) => b.article.date.localeCompare(a.article.date) || compareSentences(a, b));
  return newest(uniqueText(byNewest), max, (s) => s);
}

// A sentence that leans on the one before it for its subject: "The figure
// including 214 rebels…" (which figure?), "This came as…", "They said…".
const NEEDS_ANTECEDENT = /^(?:The (?:figure|number|toll|total|group|move|attack|city|town)|This|These|That|Those|It|Its|They|Their|He|His|She|Her)\b/u;

/**
 * The picked sentences, each that needs the sentence before it to be
 * understood preceded by that sentence (same paragraph, shown once): an
 * excerpt never starts with a reference whose antecedent is cut off (for the
 * first sentence of a paragraph, the last sentence of the paragraph before).
 */
export function withAntecedents(picked: readonly ArticleSentence[], sentences: readonly ArticleSentence[]): ArticleSentence[] {
  const out: ArticleSentence[] = [];
  const shown = new Set<ArticleSentence>();
  for (const s of picked) {
    if (NEEDS_ANTECEDENT.test(s.text)) {
      // The sentence before: in the same paragraph, or the last of the paragraph before.
      const before =
        s.index > 0
          ? sentences.find((t) => t.article === s.article && t.paragraph === s.paragraph && t.index === s.index - 1)
          : sentences.filter((t) => t.article === s.article && t.paragraphIndex === s.paragraphIndex - 1).at(-1);
      if (before && !shown.has(before)) {
        out.push(before);
        shown.add(before);
      }
    }
    if (!shown.has(s)) {
      out.push(s);
      shown.add(s);
    }
  }
  return out;
}

// Verbs that report what someone said or asked for.
const REPORTING = /\b(?:said|says|say|told|tells|urged|urges|warned|warns|called|calls|advised|advises|stressed|stresses|announced|announces|discussed|condemned|added|vowed|pledged)\b/u;
// A sentence that goes on with the same speaker: "He also said…", "The ministry said…".
const CONTINUES = /^(?:He|She|It|They)\b|^The (\p{L}+)\b/u;

/**
 * What an actor said, in the reports' words: sentences where the actor is
 * named before a reporting verb ("Germany's Foreign Ministry said…"), plus a
 * following sentence of the same paragraph that goes on with the same speaker
 * ("The ministry said…"), except sentences already shown as its quotes.
 */
export function statementsBy(
  actor: string,
  sentences: readonly ArticleSentence[],
  ownQuotes: readonly QuoteBlock[],
): ArticleSentence[] {
  const picked: ArticleSentence[] = [];
  sentences.forEach((s, i) => {
    const mention = s.actors.find((m) => m.ref === actor);
    if (!mention || !REPORTING.test(s.text.slice(mention.start - s.start))) return;
    picked.push(s);
    const next = sentences[i + 1];
    if (!next || next.article !== s.article || next.paragraph !== s.paragraph) return;
    const m = CONTINUES.exec(next.text);
    const noun = m?.[1];
    const continues = m !== null && (noun === undefined || s.text.toLowerCase().includes(noun.toLowerCase()));
    if (continues && REPORTING.test(next.text)) picked.push(next);
  });
  return uniqueText(picked.filter((s) => !inQuoteBlock(s, ownQuotes)));
}
