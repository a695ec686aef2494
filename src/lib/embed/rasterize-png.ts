// PNG versions of the downloadable SVGs, rendered at build time with resvg
// (@resvg/resvg-js: a Rust renderer shipped as a prebuilt binary inside its npm
// package, no browser, no network). Text uses the system's fonts (Liberation
// Sans or DejaVu Sans on Debian, where Chromium pulls them in); the output is
// deterministic for a given SVG and font set.
//
// The pixels are then written as a palette PNG (sharp, with libimagequant):
// maps and charts are flat colours, hatching and anti-aliased text, which 256
// colours hold without visible loss, and the file is a third of the RGBA one
// (324 → 109 KB for the map of Syria). The PNGs were 95 % of the offline export.
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import { PNG_ENCODING } from './png-encoding.ts';
import { PNG_SCALE } from './png-scale.ts';

/**
 * The SVG rendered on white at `scale`: RGBA pixels, row by row. Rendered on
 * resvg's own thread, so that the build renders the next page meanwhile
 * (astro.config.mjs sets build.concurrency): a render is ~100 ms of CPU.
 */
export async function renderRgba(svg: string, scale = PNG_SCALE): Promise<{ pixels: Uint8Array; width: number; height: number }> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
    background: '#ffffff',
  });
  return { pixels: image.pixels, width: image.width, height: image.height };
}

export async function rasterizePng(svg: string, scale = PNG_SCALE): Promise<{ png: Uint8Array; width: number; height: number }> {
  const { pixels, width, height } = await renderRgba(svg, scale);
  const png = await sharp(pixels, { raw: { width, height, channels: 4 } })
    .png(PNG_ENCODING)
    .toBuffer();
  return { png: new Uint8Array(png.buffer, png.byteOffset, png.length), width, height };
}
