// PNG versions of the downloadable SVGs, rendered at build time with resvg
// (@resvg/resvg-js: a Rust renderer shipped as a prebuilt binary inside its npm
// package, no browser, no network). Text uses the system's fonts (Liberation
// Sans or DejaVu Sans on Debian, where Chromium pulls them in); the output is
// deterministic for a given SVG and font set.
import { Resvg } from '@resvg/resvg-js';
import { PNG_SCALE } from './png-scale.ts';

export function rasterizePng(svg: string, scale = PNG_SCALE): { png: Uint8Array; width: number; height: number } {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
    background: '#ffffff',
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
