// Runs inside an embed page: tells the hosting page the height of the embed's
// content whenever it changes (load, fonts, a resized iframe, a <details>
// opened), so the host script (host-resize.ts) can size the iframe to it and
// no inner scrollbar appears. The body is the measure: its margins are zero
// and it is a flow root (src/components/embed/embed.css), so its box holds
// all content, and nothing in the embed depends on the iframe's height, so
// the sizing cannot feed back on itself. The height is no secret, so it goes
// to any parent origin ("*"): we cannot know who embeds us.
import { resizeMessage } from '../../lib/embed/resize-message.ts';

if (window.parent !== window) {
  let sent = 0;
  const report = (): void => {
    const message = resizeMessage(document.body.getBoundingClientRect().height);
    if (!message || message.height === sent) return;
    sent = message.height;
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(report).observe(document.body);
  window.addEventListener('load', report);
}
