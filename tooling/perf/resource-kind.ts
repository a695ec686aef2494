// What kind of bytes a response carries, for page-weight figures: the kinds
// the issue asks for (HTML, CSS, JS, data, fonts, images) plus "other".
// Decided by the Content-Type when it says something specific, else by the
// URL's extension (pagefind's index files come as application/octet-stream).

export const RESOURCE_KINDS = ['html', 'css', 'js', 'data', 'fonts', 'images', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

const BY_EXTENSION: Record<string, ResourceKind> = {
  html: 'html',
  htm: 'html',
  css: 'css',
  js: 'js',
  mjs: 'js',
  wasm: 'js',
  // Pagefind's WebAssembly engine (wasm.en.pagefind) is code; its index chunks are data.
  pagefind: 'js',
  pf_meta: 'data',
  pf_index: 'data',
  pf_fragment: 'data',
  pf_filter: 'data',
  json: 'data',
  geojson: 'data',
  topojson: 'data',
  csv: 'data',
  tsv: 'data',
  xml: 'data',
  woff: 'fonts',
  woff2: 'fonts',
  ttf: 'fonts',
  otf: 'fonts',
  eot: 'fonts',
  svg: 'images',
  png: 'images',
  jpg: 'images',
  jpeg: 'images',
  gif: 'images',
  webp: 'images',
  avif: 'images',
  ico: 'images',
};

function byContentType(mime: string): ResourceKind | null {
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'text/css') return 'css';
  if (mime.includes('javascript') || mime === 'application/wasm') return 'js';
  if (mime.startsWith('font/') || mime.includes('font-woff')) return 'fonts';
  if (mime.startsWith('image/')) return 'images';
  if (mime.endsWith('json') || mime.endsWith('+json') || mime === 'text/csv' || mime.endsWith('/xml') || mime.endsWith('+xml')) return 'data';
  return null;
}

export function extensionOf(url: string): string {
  const path = new URL(url, 'http://host/').pathname;
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function resourceKind(url: string, contentType = ''): ResourceKind {
  const mime = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return byContentType(mime) ?? BY_EXTENSION[extensionOf(url)] ?? 'other';
}

/**
 * Whether a static host would gzip this response: text formats and raw
 * WebAssembly, not images other than SVG, not fonts, and never a body that
 * is a gzip stream already (pagefind's index chunks and engine are).
 */
export function isCompressible(url: string, contentType: string, body: Uint8Array): boolean {
  if (body.length >= 2 && body[0] === 0x1f && body[1] === 0x8b) return false;
  const mime = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime.startsWith('text/') || mime === 'image/svg+xml' || mime === 'application/wasm') return true;
  if (mime.includes('javascript') || mime.endsWith('json') || mime.endsWith('xml')) return true;
  const kind = resourceKind(url, contentType);
  return kind === 'html' || kind === 'css' || kind === 'js' || kind === 'data' || extensionOf(url) === 'svg';
}
