// Direct quotes in the body paragraphs, with their speaker where the text
// names one. A quoted span counts as a quote when it is attributed or runs to
// three words or more; shorter unattributed ones are names or scare quotes
// ("Islamic State", "enemy") and are left as plain text.
import type { ParagraphBlock, Quote } from '../../schemas/article.ts';
import { findQuoteMarks, QUOTE_MARK, type QuoteMarks } from './quote-marks.ts';
import { rangeAt, sentenceRanges, type Range } from './sentences.ts';
import {
  firstSpeechVerb,
  resolveSubject,
  subjectAfterQuote,
  subjectAtSentenceEnd,
  type Speaker,
  type SpeakerRegistries,
  type Subject,
} from './speakers.ts';

const MIN_UNATTRIBUTED_WORDS = 3;

/**
 * Speakers named so far, newest last, for "he said" / "it advised". Reported
 * speech without quotes is remembered unresolved and resolved only if a
 * pronoun ever needs it (most never do).
 */
type Memory = { paragraph: number; speaker: () => Speaker | null }[];

function remember(memory: Memory, paragraph: number, speaker: () => Speaker | null): void {
  // Only this paragraph and the previous one can be referred back to.
  while (memory.length > 0 && (memory[0]?.paragraph ?? paragraph) < paragraph - 1) memory.shift();
  let known: Speaker | null | undefined;
  memory.push({ paragraph, speaker: () => (known === undefined ? (known = speaker()) : known) });
}

/** A pronoun refers back at most to the previous paragraph; further back is a guess. */
function resolvePronoun(subject: Subject, memory: Memory, paragraph: number): Speaker | null {
  if (subject === null || !('pronoun' in subject)) return subject;
  const recent: Speaker[] = [];
  for (let i = memory.length - 1; i >= 0; i--) {
    const entry = memory[i];
    const speaker = entry && paragraph - entry.paragraph <= 1 ? entry.speaker() : null;
    if (speaker) recent.push(speaker);
  }
  if (subject.pronoun === 'thing') return recent[0] ?? null;
  // "he"/"she": the last person, else the last speaker unless that is an institution ("the army").
  return recent.find((s) => s.person) ?? (recent[0] && !/^(?:the|The)\s/u.test(recent[0].name) ? recent[0] : null);
}

function toQuote(paragraph: ParagraphBlock, marks: QuoteMarks, speaker: Speaker | null): Quote {
  const start = marks.open + 1;
  const quote: Quote = { paragraph: paragraph.id, start, end: marks.close, text: paragraph.text.slice(start, marks.close) };
  if (speaker) {
    // A label, not article text: NBSPs and runs of spaces become one space.
    const name = speaker.name.replace(/\s+/gu, ' ');
    quote.speaker = speaker.ref !== undefined ? { name, ref: speaker.ref } : { name };
  }
  return quote;
}

export function findQuotes(paragraphs: readonly ParagraphBlock[], registries: SpeakerRegistries): Quote[] {
  const quotes: Quote[] = [];
  const memory: Memory = [];
  paragraphs.forEach((paragraph, index) => {
    const text = paragraph.text;
    const sentences = sentenceRanges(text);
    const marks = findQuoteMarks(text).filter((m) => text.slice(m.open + 1, m.close).trim() !== '');
    for (const s of sentences) {
      const inSentence = marks.filter((m) => m.open >= s.start && m.open < s.end);
      if (inSentence.length === 0) {
        // Reported speech without quotes ("Geir Pedersen said a lack of…") names the next "he".
        const sentence = text.slice(s.start, s.end);
        const verb = QUOTE_MARK.test(sentence) ? -1 : firstSpeechVerb(sentence);
        if (verb > 0) {
          remember(memory, index, () => {
            const subject = resolveSubject(sentence.slice(0, verb), registries);
            return subject && !('pronoun' in subject) ? subject : null;
          });
        }
        continue;
      }
      let earlier: Speaker | null = null;
      for (const m of inSentence) {
        const speaker: Speaker | null = attribute(text, m, s, sentences, registries, memory, index) ?? earlier;
        if (speaker) {
          earlier = speaker;
          remember(memory, index, () => speaker);
        }
        const inner = text.slice(m.open + 1, m.close);
        if (speaker || inner.trim().split(/\s+/u).length >= MIN_UNATTRIBUTED_WORDS) quotes.push(toQuote(paragraph, m, speaker));
      }
    }
  });
  return quotes;
}

/** The speaker the words around one quote name, or null (a later quote in the sentence then inherits). */
function attribute(
  text: string,
  m: QuoteMarks,
  sentence: Range,
  sentences: readonly Range[],
  registries: SpeakerRegistries,
  memory: Memory,
  index: number,
): Speaker | null {
  const closing = rangeAt(sentences, m.close);
  const before = text.slice(sentence.start, m.open);
  const inner = text.slice(m.open + 1, m.close);
  const after = text.slice(m.close + 1, closing.end);
  // 1. "X said … "quote"": a speech verb before the quote, with no earlier quote in between.
  const verb = QUOTE_MARK.test(before) ? -1 : firstSpeechVerb(before);
  let subject: Subject = verb > 0 ? resolveSubject(before.slice(0, verb), registries) : null;
  // 2. ""quote," X said": an attribution straight after a quote that ends a clause.
  // (A clause ends at a Latin or an Arabic comma, or a question mark of either script.)
  if (subject === null && (/[,!?…،؟]$/u.test(inner) || /^\s*[,،]/u.test(after))) {
    const named = subjectAfterQuote(after);
    if (named !== null) subject = resolveSubject(named, registries);
  }
  // 3. "…, state news agency SANA reported." closing the sentence.
  if (subject === null && !QUOTE_MARK.test(before)) {
    const named = subjectAtSentenceEnd(text.slice(closing.start, closing.end));
    if (named !== null) subject = resolveSubject(named, registries);
  }
  return resolvePronoun(subject, memory, index);
}
