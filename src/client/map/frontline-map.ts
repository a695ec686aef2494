// <frontline-map>: the browser's part of a front-line map (the map itself is
// image files built with the page: src/lib/map/map-images.ts). It enables the
// date stepper, swaps the main map's layer image for the chosen date's (the
// file its small multiple shows; faded in once decoded, unless the reader
// prefers reduced motion), keeps the text alternatives and the live status in
// step, and shows a town's controller and source on hover, focus or tap. No
// framework, no d3: budget 12 KB gzip.
import type { ClientMapData, ClientState } from '../../lib/map/map-client-data.ts';

const PLAY_STEP_MS = 1600;
const FADE_MS = 350;

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, content?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content !== undefined) node.textContent = content;
  return node;
}

/**
 * The data of the dates a map shows: a view's maps share one data file with
 * every date (FrontlineMap.astro), and a map of some of them names those in
 * data-fm-dates ("2024-12-05 2024-12-06 …").
 */
function narrowed(data: ClientMapData, shown: string | undefined): ClientMapData {
  if (!shown) return data;
  const wanted = new Set(shown.split(' '));
  const keep = data.dates.flatMap((d, i) => (wanted.has(d.date) ? [i] : []));
  if (keep.length !== wanted.size) throw new Error(`map data lacks some of the dates ${shown}`);
  return {
    ...data,
    dates: keep.map((i) => data.dates[i]!),
    places: data.places.map((p) => ({ ...p, states: keep.map((i) => p.states[i] ?? null), labels: keep.map((i) => p.labels[i]!) })),
  };
}

class FrontlineMap extends HTMLElement {
  private data!: ClientMapData;
  private map!: HTMLElement;
  /** Each date's layer file, as the page names it (relative in the offline copy). */
  private layers: string[] = [];
  /** Counts layer swaps: a file decoded after a newer swap began is dropped. */
  private swaps = 0;
  private index = 0;
  private timer: number | undefined;
  private tip: HTMLElement | null = null;
  private tipFor: HTMLButtonElement | null = null;
  private sticky = false;
  private hideTimer: number | undefined;

  /** How far ahead of the reader a map's data is fetched. */
  private static readonly AHEAD = '800px 0px';

  connectedCallback(): void {
    if (this.hasAttribute('data-js')) return;
    const map = this.querySelector<HTMLElement>('[data-map-main]');
    if (!map) return;
    // The offline copy carries the data in the page (file:// allows no fetch); the site keeps it in a file.
    const inline = this.querySelector('script[data-fm-data]');
    if (inline) {
      this.start(map, inline.textContent ?? '');
      return;
    }
    const src = this.dataset['fmDataSrc'];
    if (!src) return;
    // Fetched as the reader nears the map: a page of several maps loads the data of those read.
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        fetch(src)
          .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${response.status} ${src}`))))
          .then((text) => this.start(map, text))
          .catch(() => undefined); // the map still works as built
      },
      { rootMargin: FrontlineMap.AHEAD },
    );
    observer.observe(this);
  }

  private start(map: HTMLElement, json: string): void {
    if (this.hasAttribute('data-js')) return;
    try {
      this.data = narrowed(JSON.parse(json) as ClientMapData, this.dataset['fmDates']);
    } catch {
      return; // the map still works as built
    }
    this.map = map;
    const dates = this.data.dates;
    this.index = dates.length - 1;
    // Each date's layer file: from its small multiple; the latest from the main map itself.
    const shown = map.querySelector('.fm-part-layer')?.getAttribute('src') ?? '';
    this.layers = dates.map((d, i) =>
      i === this.index ? shown : (this.querySelector(`.fm-smalls .fm-part-layer[data-date="${d.date}"]`)?.getAttribute('src') ?? shown),
    );
    this.setAttribute('data-js', '');
    this.setUpStepper();
    this.setUpMarkers();
  }

  disconnectedCallback(): void {
    this.stop();
  }

  private q<T extends Element>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  // ---- dates ------------------------------------------------------------

  private setUpStepper(): void {
    const range = this.q<HTMLInputElement>('[data-fm-range]');
    const prev = this.q<HTMLButtonElement>('[data-fm-prev]');
    const next = this.q<HTMLButtonElement>('[data-fm-next]');
    const play = this.q<HTMLButtonElement>('[data-fm-play]');
    if (!range || !prev || !next || !play) return;
    range.disabled = play.disabled = false;
    range.addEventListener('input', () => {
      this.stop();
      this.show(Number(range.value), true);
    });
    prev.addEventListener('click', () => {
      this.stop();
      this.show(this.index - 1, true);
    });
    next.addEventListener('click', () => {
      this.stop();
      this.show(this.index + 1, true);
    });
    play.addEventListener('click', () => (this.timer === undefined ? this.play() : this.stop()));
    this.updateControls();
  }

  private play(): void {
    const play = this.q<HTMLButtonElement>('[data-fm-play]');
    if (this.index >= this.data.dates.length - 1) this.show(0, true);
    // Every date ahead, fetched now, so each step shows at once.
    this.layers.slice(this.index + 1).forEach((src) => this.preload(src));
    if (play) play.textContent = 'Pause';
    this.timer = window.setInterval(() => {
      if (this.index >= this.data.dates.length - 1) this.stop();
      else this.show(this.index + 1, true);
      if (this.index >= this.data.dates.length - 1) this.stop();
    }, PLAY_STEP_MS);
  }

  private stop(): void {
    if (this.timer !== undefined) window.clearInterval(this.timer);
    this.timer = undefined;
    const play = this.q<HTMLButtonElement>('[data-fm-play]');
    if (play) play.textContent = 'Play';
  }

  private updateControls(): void {
    const last = this.data.dates.length - 1;
    const d = this.data.dates[this.index]!;
    const range = this.q<HTMLInputElement>('[data-fm-range]');
    if (range) {
      range.value = String(this.index);
      range.setAttribute('aria-valuetext', `${d.long}: ${d.label}`);
    }
    const prev = this.q<HTMLButtonElement>('[data-fm-prev]');
    const next = this.q<HTMLButtonElement>('[data-fm-next]');
    if (prev) prev.disabled = this.index <= 0;
    if (next) next.disabled = this.index >= last;
    this.querySelectorAll('.fm-ticks li').forEach((li, i) => {
      if (i === this.index) li.setAttribute('aria-current', 'true');
      else li.removeAttribute('aria-current');
    });
  }

  /** Shows date number i; `announce` puts the change into the live status. */
  show(i: number, announce: boolean): void {
    const dates = this.data.dates;
    if (i < 0 || i >= dates.length || i === this.index) return;
    this.index = i;
    const d = dates[i]!;
    this.showLayer(this.layers[i]!, d.date);
    // The neighbouring dates, for the next step.
    for (const k of [i - 1, i + 1]) if (this.layers[k]) this.preload(this.layers[k]);
    const title = this.q('[data-fm-title]');
    const desc = this.q('[data-fm-desc]');
    if (title) title.textContent = d.title;
    if (desc) desc.textContent = d.desc;
    const time = this.q<HTMLTimeElement>('[data-fm-date] time');
    if (time) {
      time.dateTime = d.date;
      time.textContent = d.long;
    }
    const caption = this.q('[data-fm-caption]');
    if (caption) caption.textContent = d.label;
    if (announce) {
      const status = this.q('[data-fm-status]');
      if (status) status.textContent = d.status;
    }
    this.updateControls();
    this.querySelectorAll<HTMLButtonElement>('.fm-marker').forEach((m) => {
      const place = this.place(m);
      if (place) m.setAttribute('aria-label', place.labels[i] ?? place.name);
    });
    if (this.tipFor && this.tip && !this.tip.hidden) this.fillTip(this.tipFor);
  }

  /** Puts the layer file over the one shown, once decoded (no blank frame), fading it in; then drops the old. */
  private showLayer(src: string, date: string): void {
    const mine = ++this.swaps;
    const before = [...this.map.querySelectorAll<HTMLImageElement>('.fm-part-layer')];
    const fresh = before.at(-1)!.cloneNode() as HTMLImageElement;
    fresh.loading = 'eager';
    fresh.dataset['date'] = date;
    fresh.src = src;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!reduce) {
      fresh.classList.add('fm-fade');
      fresh.style.opacity = '0';
    }
    before.at(-1)!.after(fresh);
    const reveal = () => {
      if (mine !== this.swaps) {
        fresh.remove();
        return;
      }
      const old = [...this.map.querySelectorAll<HTMLImageElement>('.fm-part-layer')].filter((img) => img !== fresh);
      if (reduce) old.forEach((img) => img.remove());
      else {
        void fresh.getBoundingClientRect();
        fresh.style.opacity = '1';
        window.setTimeout(() => old.forEach((img) => img.remove()), FADE_MS);
      }
    };
    fresh.decode().then(reveal, reveal);
  }

  private preload(src: string): void {
    const image = new Image();
    image.src = src;
  }

  // ---- towns --------------------------------------------------------------

  private place(marker: HTMLElement): ClientMapData['places'][number] | undefined {
    return this.data.places.find((p) => p.id === marker.dataset['place']);
  }

  private setUpMarkers(): void {
    const layer = this.q<HTMLElement>('[data-fm-markers]');
    this.tip = this.q<HTMLElement>('[data-fm-tip]');
    if (!layer || !this.tip) return;
    const tip = this.tip;
    // One button per town, at its place in % of the map (element.style: the site's CSP allows no style attribute).
    const markers = this.data.places.map((place, i) => {
      const m = make('button', 'fm-marker');
      m.type = 'button';
      m.dataset['place'] = place.id;
      m.tabIndex = i === 0 ? 0 : -1;
      m.setAttribute('aria-label', place.labels[this.index] ?? place.name);
      m.setAttribute('aria-expanded', 'false');
      m.setAttribute('aria-controls', tip.id);
      m.style.left = place.x;
      m.style.top = place.y;
      return m;
    });
    layer.replaceChildren(...markers);
    layer.hidden = false;
    this.q<HTMLElement>('[data-fm-hint]')?.removeAttribute('hidden');
    for (const m of markers) {
      m.addEventListener('pointerenter', () => {
        if (!this.sticky) this.openTip(m);
      });
      m.addEventListener('pointerleave', () => this.scheduleHide());
      m.addEventListener('focus', () => this.openTip(m));
      m.addEventListener('click', () => {
        if (this.sticky && this.tipFor === m) this.closeTip();
        else {
          this.openTip(m);
          this.sticky = true;
        }
      });
    }
    tip.addEventListener('pointerenter', () => window.clearTimeout(this.hideTimer));
    tip.addEventListener('pointerleave', () => this.scheduleHide());
    // Roving focus: one tab stop for all towns, arrow keys move between them.
    layer.addEventListener('keydown', (event) => {
      const at = markers.indexOf(event.target as HTMLButtonElement);
      if (at < 0) return;
      const to =
        event.key === 'ArrowRight' || event.key === 'ArrowDown'
          ? (at + 1) % markers.length
          : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
            ? (at - 1 + markers.length) % markers.length
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? markers.length - 1
                : -1;
      if (to < 0) return;
      event.preventDefault();
      markers.forEach((m, k) => (m.tabIndex = k === to ? 0 : -1));
      markers[to]!.focus();
    });
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || tip.hidden) return;
      const back = this.tipFor;
      const inTip = tip.contains(document.activeElement);
      this.closeTip();
      if (inTip) back?.focus({ preventScroll: true });
    });
    this.addEventListener('focusout', (event) => {
      const to = event.relatedTarget as Node | null;
      if (!to || !(layer.contains(to) || tip.contains(to))) this.closeTip();
    });
    document.addEventListener('pointerdown', (event) => {
      const target = event.target as Node;
      if (!tip.hidden && !tip.contains(target) && !layer.contains(target)) this.closeTip();
    });
  }

  private scheduleHide(): void {
    window.clearTimeout(this.hideTimer);
    if (this.sticky || (this.tipFor && this.tipFor === document.activeElement)) return;
    this.hideTimer = window.setTimeout(() => this.closeTip(), 250);
  }

  private openTip(marker: HTMLButtonElement): void {
    window.clearTimeout(this.hideTimer);
    if (this.tipFor && this.tipFor !== marker) this.tipFor.setAttribute('aria-expanded', 'false');
    this.sticky = false;
    this.tipFor = marker;
    marker.setAttribute('aria-expanded', 'true');
    this.fillTip(marker);
  }

  private closeTip(): void {
    window.clearTimeout(this.hideTimer);
    if (this.tip) this.tip.hidden = true;
    this.tipFor?.setAttribute('aria-expanded', 'false');
    this.tipFor = null;
    this.sticky = false;
  }

  private fillTip(marker: HTMLButtonElement): void {
    const tip = this.tip;
    const place = this.place(marker);
    if (!tip || !place) return;
    const d = this.data.dates[this.index]!;
    const state: ClientState | null = place.states[this.index] ?? null;
    const parts: HTMLElement[] = [make('p', 'fm-tip-name', place.name)];
    if (!state) parts.push(make('p', '', `No report by ${d.short}.`));
    else {
      const who =
        state.c === 'contested'
          ? `Contested, fighting reported (${(state.x ?? []).join(' / ')}), since ${state.s}`
          : `${this.data.labels[state.c] ?? state.c} since ${state.s}`;
      parts.push(make('p', '', who));
      if (state.d) parts.push(make('p', 'fm-tip-old', 'Sources disagree: drawn for the more reliable report; each is below.'));
      if (state.f) parts.push(make('p', 'fm-tip-old', `Last report: ${state.a} (carried forward to ${d.short}).`));
      for (const [controller, k] of state.o) {
        const source = this.data.sources[k];
        if (!source) continue;
        const p = make('p');
        if (state.c === 'contested' || state.d) p.append(make('strong', '', `${controller}: `));
        if (source.q) p.append(make('q', '', source.q), ' — ');
        const a = make('a', '', source.n);
        a.href = source.h;
        p.append(a);
        parts.push(p);
      }
    }
    tip.replaceChildren(...parts);
    tip.hidden = false;
    // Below the marker (above it when there is no room below), never over it, kept within the map's width.
    const stage = tip.parentElement!;
    const cx = marker.offsetLeft + marker.offsetWidth / 2;
    const cy = marker.offsetTop + marker.offsetHeight / 2;
    const clear = marker.offsetHeight / 2 + 4;
    const left = Math.max(0, Math.min(cx - tip.offsetWidth / 2, stage.clientWidth - tip.offsetWidth));
    const below = cy + clear;
    const above = cy - clear - tip.offsetHeight;
    const top = below + tip.offsetHeight <= stage.clientHeight || above < 0 ? below : above;
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  }
}

if (!customElements.get('frontline-map')) customElements.define('frontline-map', FrontlineMap);
