// Who a quote is attributed to, read from the words around it: the subject of
// a speech verb ("President Assad said … "), an attribution after the quote
// ("…," Rami Abdel Rahman, the Observatory head, told AFP), or one at the end
// of the sentence (", state news agency SANA reported."). Names resolve to
// registry ids through the alias matchers; pronouns are left to the caller.
import type { AliasMatcher } from './mentions.ts';

export interface Speaker {
  name: string;
  ref?: string;
  /** True when the registry knows the speaker as a person (for resolving "he"/"she"). */
  person: boolean;
}

export type Subject = Speaker | { pronoun: 'person' | 'thing' } | null;

export interface SpeakerRegistries {
  people: AliasMatcher;
  actors: AliasMatcher;
}

const VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'adding', 'warned', 'warns', 'warning', 'saying',
  'reported', 'reports', 'confirmed', 'confirms', 'urged', 'urges', 'urging', 'advised', 'advises', 'stated',
  'announced', 'announces', 'claimed', 'claims', 'wrote', 'writes', 'insisted', 'noted', 'declared', 'stressed',
  'vowed', 'asserted', 'argued', 'explained',
  // German pages.
  'sagte', 'sagten', 'sagt', 'erklärte', 'erklärten', 'betonte', 'warnte', 'berichtete', 'berichteten', 'meldete', 'teilte',
];
const VERB = `(?:${VERBS.join('|')})`;
// Latin letters only at the edges (the verbs are English and German): much faster than \p{L}.
const SPEECH_VERB = new RegExp(`${VERB}(?![A-Za-z\u00c0-\u024f])`, 'g');
const LETTER_BEFORE = /[A-Za-z\u00c0-\u024f]/u;
/** `," the army said` / `," Rami Abdel Rahman, the Observatory head, told` / `," said Netanyahu`. */
const AFTER = new RegExp(`^[\\s,،]*(?:(?<subject>[^"“”„«»]{1,100}?)\\s+${VERB}(?![\\p{L}])|${VERB}\\s+(?<inverted>[^"“”„«»,.]{1,60}?)\\s*[,.;]|${VERB}\\s+(?<end>[^"“”„«»,.]{1,60})$)`, 'u');
/** `…, state news agency SANA reported.` at the end of a sentence. */
const SENTENCE_END = new RegExp(`,\\s*(?<subject>[^"“”„«»,]{1,80}?)\\s+${VERB}\\s*[.!]?$`, 'u');

const PERSON_PRONOUN = /^(?:he|she|er|sie)$/iu;
const THING_PRONOUN = /^(?:it|they|es)$/iu;
const LEADING_DISCOURSE = /^(?:However|Meanwhile|Nonetheless|Nevertheless|Moreover|Furthermore|Still|Yet|But|And|Separately|Earlier|Later|Indeed|Instead|Previously|On \p{Lu}\p{L}+|In \d{4}|\p{Lu}\p{Ll}+ly)\s*,\s*/u;
const TRAILING_AUXILIARY = /\s+(?:has|have|had|also|later|then|reportedly|previously|again|earlier|would|will|is|was|were|are|been|had also|has also)$/u;
const MAX_NAME_WORDS = 8;

/** Offset of the first speech verb in `text`, or -1. */
export function firstSpeechVerb(text: string): number {
  // The start of the word is checked here rather than by a look-behind, so the engine can skip ahead.
  for (const m of text.matchAll(SPEECH_VERB)) if (!LETTER_BEFORE.test(text[m.index - 1] ?? ' ')) return m.index;
  return -1;
}

/** The subject of an attribution right after a quote's closing mark, if there is one. */
export function subjectAfterQuote(after: string): string | null {
  const m = AFTER.exec(after);
  return m?.groups?.['subject'] ?? m?.groups?.['inverted'] ?? m?.groups?.['end'] ?? null;
}

/** The subject of an attribution ending the sentence, if there is one. */
export function subjectAtSentenceEnd(sentence: string): string | null {
  return SENTENCE_END.exec(sentence.trim())?.groups?.['subject'] ?? null;
}

function words(s: string): string[] {
  return s.split(/\s+/u).filter((w) => w !== '');
}

/** The words leading a noun phrase that start with a capital: "Turkish Foreign Minister Hakan Fidan discussed…" → "Turkish Foreign Minister Hakan Fidan". */
function leadingCapitalised(phrase: string): string {
  const kept: string[] = [];
  for (const w of words(phrase)) {
    if (!/^\p{Lu}/u.test(w)) break;
    kept.push(w);
  }
  return kept.join(' ');
}

/** Turns the words before a speech verb (or between a quote and its verb) into a speaker. */
export function resolveSubject(raw: string, registries: SpeakerRegistries): Subject {
  let s = raw.trim();
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(LEADING_DISCOURSE, '').replace(TRAILING_AUXILIARY, '').trim();
  }
  // An appositive or relative clause follows the first comma: "The Observatory, which gets…, said".
  const phrase = (s.split(',')[0] ?? '').trim();
  if (phrase === '' || /["“”„«»]/u.test(phrase)) return null;
  const first = words(phrase)[0] ?? '';
  if (PERSON_PRONOUN.test(first)) return { pronoun: 'person' };
  if (THING_PRONOUN.test(first)) return { pronoun: 'thing' };
  const person = registries.people.find(phrase)[0];
  if (person) return { name: person.text, ref: person.ref, person: true };
  const short = words(phrase).length <= MAX_NAME_WORDS;
  const actor = registries.actors.find(phrase)[0];
  if (actor) return { name: short ? phrase : actor.text, ref: actor.ref, person: false };
  const name = short ? phrase : leadingCapitalised(phrase);
  // A name starts with a capital or an article ("the army"); anything else is not a subject we can trust.
  return name !== '' && /^(?:\p{Lu}|the\s|die\s|der\s|das\s)/u.test(name) ? { name, person: false } : null;
}
