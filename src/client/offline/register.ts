// Registers the service worker (dist/sw.js, written at build time by
// src/integrations/service-worker.ts) and tells the reader, in one line of
// the footer, whether the site is saved for reading offline.
//
// Markup contract (src/layouts/Base.astro):
//   <p class="offline-status" data-offline-status data-sw="<base>sw.js" data-scope="<base>"></p>
// The element's data-state becomes "saving", "ready" or "failed"; the browser
// tests wait on it. Without data-sw (the offline export removes it: a service
// worker cannot run from file://) nothing is registered.

const TEXT = {
  saving: 'Saving this site on this device for reading offline…',
  ready: 'Available offline: this site is saved on this device.',
  offline: 'You are offline. This site is saved on this device: every page, map and search still work.',
  failed: 'This site could not be saved for reading offline.',
} as const;

type State = 'saving' | 'ready' | 'failed';

function show(element: HTMLElement, state: State): void {
  element.dataset['state'] = state;
  element.textContent = state === 'ready' && !navigator.onLine ? TEXT.offline : TEXT[state];
}

/** Follows a worker being installed until it is active (the whole site saved) or has failed. */
function follow(element: HTMLElement, worker: ServiceWorker): void {
  const update = () => {
    if (worker.state === 'activated') show(element, 'ready');
    else if (worker.state === 'redundant') show(element, 'failed');
  };
  worker.addEventListener('statechange', update);
  update();
}

async function register(element: HTMLElement, url: string, scope: string): Promise<void> {
  const registration = await navigator.serviceWorker.register(url, { scope });
  // A new version saving in the background while the old one serves counts as saved.
  if (registration.active) show(element, 'ready');
  else if (registration.installing ?? registration.waiting) {
    show(element, 'saving');
    follow(element, (registration.installing ?? registration.waiting) as ServiceWorker);
  }
  const refresh = () => {
    if (element.dataset['state'] === 'ready') show(element, 'ready');
  };
  addEventListener('online', refresh);
  addEventListener('offline', refresh);
}

const element = document.querySelector<HTMLElement>('[data-offline-status]');
const url = element?.dataset['sw'];
const scope = element?.dataset['scope'];
if (import.meta.env.PROD && element && url && scope && 'serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
  // After the page has loaded, so saving the site never slows the first visit.
  const start = () =>
    register(element, url, scope).catch((error: unknown) => {
      show(element, 'failed');
      console.warn('offline copy:', error);
    });
  if (document.readyState === 'complete') void start();
  else addEventListener('load', () => void start(), { once: true });
}
