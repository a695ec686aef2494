// Does a line end a sentence? In any script DW writes: . ! ? … and the Arabic
// question mark ؟, the Urdu full stop ۔, the Devanagari danda ।, the CJK full
// stop 。 and full-width ！？, possibly followed by closing quotation marks or
// brackets. A last paragraph that does not is cut off (truncation).

const ENDS_SENTENCE = /[.!?…؟۔।。！？]["'”’»«)\]]*$/u;

export function endsSentence(text: string): boolean {
  // Direction marks (RLM, LRM…) after the last word do not change how the line ends.
  return ENDS_SENTENCE.test(text.replace(/[\p{Cf}\s]+$/u, ''));
}
