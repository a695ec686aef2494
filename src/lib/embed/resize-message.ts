// The one message an embed sends to the page that hosts it: its content's
// height, so the host's iframe can take exactly that height. Both ends share
// this file: the embed builds the message with resizeMessage(), the host script
// accepts only what isResizeMessage() accepts. The check is hand-written, not
// zod, because it is bundled into the host script, which must stay under 2 KB;
// tests/unit/embed/resize-message.test.ts holds it to a strict shape.

/** The `type` of a resize message; namespaced so other embeds' messages never match. */
export const RESIZE_TYPE = 'syria-explainer:embed-height';

/** No embed of ours is taller than this; anything above is a hostile or broken message. */
export const MAX_HEIGHT = 20_000;

export interface ResizeMessage {
  type: typeof RESIZE_TYPE;
  /** Height of the embed's content in CSS pixels, a whole number from 1 to MAX_HEIGHT. */
  height: number;
}

/**
 * True only for a plain object with exactly the keys `type` and `height`, the
 * right type, and a whole height in 1…MAX_HEIGHT: no strings, NaN, infinities,
 * negatives, fractions, extra keys, arrays or objects with a prototype other
 * than Object's (structured clone never sends those, but a same-page script could).
 */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null || Object.getPrototypeOf(data) !== Object.prototype) return false;
  const keys = Object.keys(data);
  if (keys.length !== 2) return false;
  const { type, height } = data as Record<string, unknown>;
  return type === RESIZE_TYPE && typeof height === 'number' && Number.isInteger(height) && height >= 1 && height <= MAX_HEIGHT;
}

/** The message for a measured height (rounded up, so no pixel of content is cut), or null if it cannot be sent. */
export function resizeMessage(measured: number): ResizeMessage | null {
  if (!Number.isFinite(measured)) return null;
  const height = Math.ceil(measured);
  return height >= 1 && height <= MAX_HEIGHT ? { type: RESIZE_TYPE, height } : null;
}
