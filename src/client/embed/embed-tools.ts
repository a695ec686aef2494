// The Embed and Download boxes (src/components/embed/EmbedTools.astro):
// - shows a Copy button by each code box and copies the code (the Clipboard
//   API, or the selection where it is not allowed), announcing the result;
// - under a map with a date stepper, follows the date shown: the pinned
//   code (data-template, with DATE_PLACEHOLDER and "{long}") and the date's
//   downloads (data-dated-url, with DATE_PLACEHOLDER) switch to it. The map script writes the date
//   into the map's <time datetime>; this script only watches that element.
import { DATE_PLACEHOLDER } from '../../lib/embed/embed-routes.ts';

const status = (box: Element, message: string): void => {
  const live = box.querySelector('[data-copy-status]');
  if (live) live.textContent = message;
};

async function copy(area: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(area.value);
    return true;
  } catch {
    area.focus();
    area.select();
    return document.execCommand('copy');
  }
}

function follow(box: Element, time: HTMLTimeElement): void {
  const apply = (): void => {
    const date = time.dateTime;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    const long = time.textContent ?? date;
    for (const area of box.querySelectorAll<HTMLTextAreaElement>('textarea[data-template]')) {
      area.value = area.dataset['template']!.replaceAll(DATE_PLACEHOLDER, date).replaceAll('{long}', long);
    }
    for (const a of box.querySelectorAll<HTMLAnchorElement>('a[data-dated-url]')) a.href = a.dataset['datedUrl']!.replaceAll(DATE_PLACEHOLDER, date);
  };
  new MutationObserver(apply).observe(time, { attributes: true, attributeFilter: ['datetime'] });
}

for (const box of document.querySelectorAll('[data-embed-tools]')) {
  for (const button of box.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const area = document.getElementById(button.dataset['copy']!) as HTMLTextAreaElement | null;
    if (!area) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      void copy(area).then((ok) => status(box, ok ? 'Code copied.' : 'Select the code and copy it.'));
    });
  }
  const time = box.closest('frontline-map')?.querySelector<HTMLTimeElement>('[data-fm-date] time');
  if (time) follow(box, time);
}
