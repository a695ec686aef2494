// The style sheets inside the map image files of the site's pages
// (map-images.ts). An image sees none of the page's CSS, so it carries its
// own: the colours of src/styles/map.css and the site's tokens as fixed
// values, dark ones under prefers-color-scheme (an image follows the page's
// scheme), and the sizes map.css sets by the stage's width as media queries
// on the image's own width, which is the width it is drawn at.
// Each of the three parts of a map (under, layer, over) carries only the rules
// of the classes it draws: a layer file is made per date, view and highlighted
// party, and the whole sheet in every one of them was a fifth of the service
// worker's map bytes. One text per part, so the Content-Security-Policy needs
// three hashes for every file.

/** The site's interface font stack (src/styles/global.css --font-ui). */
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif';

/** An image this narrow is a small multiple: thicker lines, no labels, dots or roads (the main map is never drawn below 280 px). */
export const SMALL_MAX_WIDTH = 250;
/** Below this width the larger "narrow" label set shows (map-model.ts LABEL_SIZES), as map.css does by container width. */
export const NARROW_MAX_WIDTH = 519;

export type MapImagePart = 'under' | 'layer' | 'over';

/** When a rule applies: always, in the dark scheme, on a narrow image, on a small multiple (in this order, so later ones win). */
type Condition = 'all' | 'dark' | 'narrow' | 'small';

const MEDIA: Record<Exclude<Condition, 'all'>, string> = {
  dark: '@media (prefers-color-scheme:dark)',
  narrow: `@media (max-width:${NARROW_MAX_WIDTH}px)`,
  small: `@media (max-width:${SMALL_MAX_WIDTH}px)`,
};

/** Every rule, with the parts that draw its elements. */
const RULES: ReadonlyArray<readonly [Condition, readonly MapImagePart[], string]> = [
  ['all', ['over'], `svg{font-family:${FONT}}`],
  ['all', ['under'], '.fm-sea{fill:#d9e6ef}'],
  ['all', ['under'], '.fm-land{fill:#efeee9;stroke:#a9a69d;stroke-width:.8;stroke-linejoin:round}'],
  ['all', ['under'], '.fm-syria{fill:#fff}'],
  ['all', ['over'], '.fm-border{fill:none;stroke:#222;stroke-width:1.4;stroke-linejoin:round}'],
  ['all', ['over'], '.fm-gov{fill:none;stroke:rgb(0 0 0/.38);stroke-width:.7;stroke-dasharray:3 2;stroke-linejoin:round}'],
  ['all', ['layer'], '.fm-area{stroke:none}'],
  ['all', ['layer'], '.fm-muted{fill:#d5d5d2}'],
  ['all', ['layer'], '.fm-front{fill:none;stroke:#000;stroke-width:2.4;stroke-linejoin:round;stroke-linecap:round}'],
  ['all', ['over'], '.fm-river{fill:none;stroke:#3f7fb5;stroke-width:1.6;stroke-linejoin:round}'],
  ['all', ['over'], '.fm-road{fill:none;stroke:#222;stroke-width:1.6;stroke-dasharray:6 3;stroke-linejoin:round}'],
  ['all', ['over'], '.fm-dot{fill:#fff;stroke:#000;stroke-width:1.3}'],
  ['all', ['over'], '.fm-dot-major{r:4.5px;stroke-width:1.6}'],
  ['all', ['layer'], '.fm-disputed{fill:none;stroke:#000;stroke-width:1.6;stroke-dasharray:2.5 1.5}'],
  ['all', ['over'], '.fm-t{fill:#1a1a1a;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}'],
  ['all', ['over'], '.fm-major{font-weight:700}'],
  ['all', ['over'], '.fm-country{fill:#555;letter-spacing:.12em;font-weight:600;stroke-width:0}'],
  ['all', ['over'], '.fm-line{font-style:italic}'],
  ['all', ['over'], '.fm-scale path{fill:none;stroke:#1a1a1a;stroke-width:1.5}'],
  ['all', ['over'], '.fm-scale text{font-size:11px}'],
  ['all', ['over'], '.fm-narrow{display:none}'],
  ['dark', ['under'], '.fm-sea{fill:#17232d}.fm-land{fill:#2b2e31;stroke:#686c70}.fm-syria{fill:#3a3d40}'],
  ['dark', ['over'], '.fm-border{stroke:#f2f2f2}.fm-gov{stroke:rgb(0 0 0/.45)}.fm-river{stroke:#79b4e6}'],
  ['dark', ['layer'], '.fm-muted{fill:#55595d}'],
  ['dark', ['over'], '.fm-t{fill:#e8e6e3;stroke:#121416}.fm-country{fill:#a9a9a9}.fm-scale path{stroke:#e8e6e3}'],
  ['narrow', ['over'], '.fm-wide{display:none}.fm-narrow{display:inline}'],
  ['narrow', ['over'], '.fm-dot{r:6px;stroke-width:2}.fm-dot-major{r:6px}.fm-scale text{font-size:19px}'],
  ['narrow', ['layer'], '.fm-front{stroke-width:3.2}'],
  ['narrow', ['over'], '.fm-border{stroke-width:2}.fm-road,.fm-river{stroke-width:2.2}'],
  ['small', ['layer'], '.fm-front{stroke-width:4}'],
  ['small', ['over'], '.fm-border{stroke-width:3}'],
  ['small', ['over'], '.fm-gov,.fm-lines,.fm-dots,.fm-labels,.fm-scale{display:none}'],
];

function sheet(part: MapImagePart): string {
  const rules = (condition: Condition) => RULES.filter(([c, parts]) => c === condition && parts.includes(part)).map(([, , css]) => css).join('');
  let css = rules('all');
  for (const condition of ['dark', 'narrow', 'small'] as const) {
    const inside = rules(condition);
    if (inside) css += `${MEDIA[condition]}{${inside}}`;
  }
  return css;
}

/** The style sheet of each part of a map's image files. */
export const MAP_IMAGE_STYLES: Readonly<Record<MapImagePart, string>> = {
  under: sheet('under'),
  layer: sheet('layer'),
  over: sheet('over'),
};
