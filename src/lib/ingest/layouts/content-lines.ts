// Stepping through a page's lines: blank lines and chrome (page-chrome.ts) are passed over.
import { isChromeLine } from '../page-chrome.ts';

export interface Numbered {
  /** 0-based index into the page's lines. */
  index: number;
  text: string;
}

/** The next non-blank line that is not chrome, from `from` on. */
export function nextContentLine(lines: readonly string[], from: number): Numbered | null {
  for (let i = from; i < lines.length; i++) {
    const text = (lines[i] ?? '').trim();
    if (text !== '' && !isChromeLine(text)) return { index: i, text };
  }
  return null;
}
