// How the PNG downloads are encoded (rasterize-png.ts), apart from the
// rasteriser so that the PNG cache (png-cache.ts) can key on it without loading
// sharp: a palette PNG of 256 colours without dithering (maps and charts are
// flat colours, hatching and anti-aliased text, which 256 colours hold without
// visible loss, and dithered noise compresses worse), at zlib level 6: level 9
// made the files 4 % smaller for a third more encoding time, a second of a
// build without the PNG cache.
export const PNG_ENCODING = { palette: true, colours: 256, dither: 0, effort: 1, compressionLevel: 6 } as const;
