// The host script of the embed snippet (src/lib/embed/snippet.ts): runs in the
// journalist's page and sets each of our iframes to the height its embed
// reports. A message is obeyed only if
//   - it comes from the window of one of our iframes (event.source), and
//   - its origin is that iframe's: the origin of its src, or "null" when the
//     iframe is sandboxed without allow-same-origin (an opaque origin), and
//   - its shape is exactly { type, height } with a sane whole height.
// Anything else is ignored without a sound; nothing here can throw out of the
// handler. Compiled and minified at build time (src/lib/embed/client-script.ts)
// and inlined in every snippet, so a page with several embeds may run it
// several times: the flag on window keeps one listener.
import { isResizeMessage } from '../../lib/embed/resize-message.ts';
import { EMBED_ATTRIBUTE } from '../../lib/embed/snippet.ts';

const FLAG = '__syriaEmbedResize';

function expectedOrigin(frame: HTMLIFrameElement): string {
  const sandboxed = frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
  return sandboxed ? 'null' : new URL(frame.src, location.href).origin;
}

function onMessage(event: MessageEvent): void {
  try {
    if (!isResizeMessage(event.data)) return;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>(`iframe[${EMBED_ATTRIBUTE}]`)) {
      if (!event.source || frame.contentWindow !== event.source) continue;
      if (event.origin === expectedOrigin(frame)) frame.style.height = `${event.data.height}px`;
      return;
    }
  } catch {
    // A malformed iframe src or an exotic message object: ignore it.
  }
}

const host = window as unknown as Record<string, unknown>;
if (!host[FLAG]) {
  host[FLAG] = true;
  window.addEventListener('message', onMessage);
}
