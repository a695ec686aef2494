// Scale of the PNG downloads relative to their SVG: twice the SVG's size,
// sharp on high-density screens and in print. Apart from rasterize-png.ts so
// that pages can know a PNG's size without loading the rasteriser.
export const PNG_SCALE = 2;
