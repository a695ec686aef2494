// The style sheet inside every map image file of the site's pages
// (map-images.ts). An image sees none of the page's CSS, so it carries its
// own: the colours of src/styles/map.css and the site's tokens as fixed
// values, dark ones under prefers-color-scheme (an image follows the page's
// scheme), and the sizes map.css sets by the stage's width as media queries
// on the image's own width, which is the width it is drawn at. One text for
// every file, so the Content-Security-Policy needs one hash for all of them.

/** The site's interface font stack (src/styles/global.css --font-ui). */
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif';

/** An image this narrow is a small multiple: thicker lines, no labels, dots or roads (the main map is never drawn below 280 px). */
export const SMALL_MAX_WIDTH = 250;
/** Below this width the larger "narrow" label set shows (map-model.ts LABEL_SIZES), as map.css does by container width. */
export const NARROW_MAX_WIDTH = 519;

export const MAP_IMAGE_STYLE = [
  `svg{font-family:${FONT}}`,
  '.fm-sea{fill:#d9e6ef}',
  '.fm-land{fill:#efeee9;stroke:#a9a69d;stroke-width:.8;stroke-linejoin:round}',
  '.fm-syria{fill:#fff}',
  '.fm-border{fill:none;stroke:#222;stroke-width:1.4;stroke-linejoin:round}',
  '.fm-gov{fill:none;stroke:rgb(0 0 0/.38);stroke-width:.7;stroke-dasharray:3 2;stroke-linejoin:round}',
  '.fm-area{stroke:none}',
  '.fm-muted{fill:#d5d5d2}',
  '.fm-front{fill:none;stroke:#000;stroke-width:2.4;stroke-linejoin:round;stroke-linecap:round}',
  '.fm-river{fill:none;stroke:#3f7fb5;stroke-width:1.6;stroke-linejoin:round}',
  '.fm-road{fill:none;stroke:#222;stroke-width:1.6;stroke-dasharray:6 3;stroke-linejoin:round}',
  '.fm-dot{fill:#fff;stroke:#000;stroke-width:1.3}',
  '.fm-dot-major{r:4.5px;stroke-width:1.6}',
  '.fm-disputed{fill:none;stroke:#000;stroke-width:1.6;stroke-dasharray:2.5 1.5}',
  '.fm-t{fill:#1a1a1a;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}',
  '.fm-major{font-weight:700}',
  '.fm-country{fill:#555;letter-spacing:.12em;font-weight:600;stroke-width:0}',
  '.fm-line{font-style:italic}',
  '.fm-scale path{fill:none;stroke:#1a1a1a;stroke-width:1.5}',
  '.fm-scale text{font-size:11px}',
  '.fm-narrow{display:none}',
  '@media (prefers-color-scheme:dark){',
  '.fm-sea{fill:#17232d}.fm-land{fill:#2b2e31;stroke:#686c70}.fm-syria{fill:#3a3d40}.fm-border{stroke:#f2f2f2}',
  '.fm-gov{stroke:rgb(0 0 0/.45)}.fm-river{stroke:#79b4e6}.fm-muted{fill:#55595d}',
  '.fm-t{fill:#e8e6e3;stroke:#121416}.fm-country{fill:#a9a9a9}.fm-scale path{stroke:#e8e6e3}',
  '}',
  `@media (max-width:${NARROW_MAX_WIDTH}px){`,
  '.fm-wide{display:none}.fm-narrow{display:inline}',
  '.fm-dot{r:6px;stroke-width:2}.fm-dot-major{r:6px}.fm-scale text{font-size:19px}',
  '.fm-front{stroke-width:3.2}.fm-border{stroke-width:2}.fm-road,.fm-river{stroke-width:2.2}',
  '}',
  `@media (max-width:${SMALL_MAX_WIDTH}px){`,
  '.fm-front{stroke-width:4}.fm-border{stroke-width:3}',
  '.fm-gov,.fm-lines,.fm-dots,.fm-labels,.fm-scale{display:none}',
  '}',
].join('');
