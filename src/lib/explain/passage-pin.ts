// A pinned article passage, as a story file names it: "<slug>#p4" (the
// paragraph's sentences) or "<slug>#p4.2" (its second sentence).

export interface PassagePin {
  slug: string;
  /** Paragraph id: "p4". */
  paragraph: string;
  /** 1-based sentence of the paragraph, or every sentence when absent. */
  sentence: number | undefined;
}

export const PASSAGE_PIN = /^([a-z0-9][a-z0-9-]*)#(p[1-9][0-9]*)(?:\.([1-9][0-9]*))?$/u;

export function parsePassagePin(pin: string): PassagePin | undefined {
  const m = PASSAGE_PIN.exec(pin);
  return m ? { slug: m[1]!, paragraph: m[2]!, sentence: m[3] === undefined ? undefined : Number(m[3]) } : undefined;
}
