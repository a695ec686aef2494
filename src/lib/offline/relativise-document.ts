// Rewrites every internal absolute URL of a built HTML page or stylesheet
// into a relative link to a file (see relative-url.ts), for the offline
// export opened from file://. Covered: URL attributes (href, src, srcset,
// action, poster, …) on HTML and SVG elements (<use href>, xlink:href), also
// inside <template> and <noscript>; the URL of a <meta http-equiv="refresh">
// (the page Astro writes for a redirect); inline styles and <style> blocks,
// url() and @import in CSS; and internal paths inside <script
// type="application/json"> data (the maps' tooltips link to article
// paragraphs from there). JSON-LD is left alone: its URLs are the canonical
// web addresses, absolute on purpose. JavaScript is not rewritten: a URL in a
// script resolves against whichever page runs it, so no single relative form
// exists (the export checks that the scripts it keeps hold no site path; see
// find-site-paths.ts). Pages are read with an HTML parser (html-tree.ts), so
// what is an attribute, an entity or script text is what a browser decides.
import { attributeName, getAttribute, isHtmlElement, rewriteText } from './html-element.ts';
import { elementsOf, parseHtml, serializeHtml } from './html-tree.ts';
import { relativiseUrl, type RelativiseOptions } from './relative-url.ts';

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'cite']);
/** URLs that scripts read from data attributes (e.g. data-date-href, a download link's template). */
const DATA_URL_ATTRIBUTE = /^data-[\w-]*(href|src|url)$/;
/** "0;url=/new/": the delay, then the URL, optionally quoted (HTML's declarative refresh syntax). */
const REFRESH = /^(\s*[\d.]+\s*[;,]?\s*(?:url\s*=\s*)?)(["']?)(.*?)\2(\s*)$/is;
const CSS_URL = /(url\(\s*)(["']?)([^"')]*)\2(\s*\))|(@import\s+)(["'])([^"']*)\6/g;

export function relativiseCss(css: string, documentPath: string, options: RelativiseOptions): string {
  return css.replace(CSS_URL, (whole, open?: string, q1?: string, url1?: string, close?: string, imp?: string, q2?: string, url2?: string) => {
    if (url1 !== undefined) return `${open}${q1}${relativiseUrl(url1, documentPath, options)}${q1}${close}`;
    if (url2 !== undefined) return `${imp}${q2}${relativiseUrl(url2, documentPath, options)}${q2}`;
    return whole;
  });
}

function relativiseSrcset(srcset: string, documentPath: string, options: RelativiseOptions): string {
  return srcset
    .split(',')
    .map((candidate) => candidate.replace(/^(\s*)(\S+)/, (_, space: string, url: string) => space + relativiseUrl(url, documentPath, options)))
    .join(',');
}

function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function relativiseRefresh(content: string, documentPath: string, options: RelativiseOptions): string {
  const match = REFRESH.exec(content);
  const [, before = '', quote = '', url = '', after = ''] = match ?? [];
  return url === '' ? content : `${before}${quote}${relativiseUrl(url, documentPath, options)}${quote}${after}`;
}

/** Whether a string in page data is a path to an existing file of the site (the base alone does not count). */
function namesSiteFile(value: string, options: RelativiseOptions): boolean {
  const path = value.replace(/[?#].*$/, '');
  if (!options.exists || !path.startsWith(options.base) || path.length <= options.base.length) return false;
  const inside = decode(path.slice(options.base.length));
  return options.exists(inside.endsWith('/') ? `${inside}index.html` : inside) || options.exists(`${inside}/index.html`);
}

/** Only strings that name an existing file of the site are links; other strings stay as they are. */
function relativiseJson(json: string, documentPath: string, options: RelativiseOptions): string {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return json;
  }
  let changed = false;
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (!namesSiteFile(value, options)) return value;
      changed = true;
      return relativiseUrl(value, documentPath, options);
    }
    if (Array.isArray(value)) return value.map(visit);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v)]));
    return value;
  };
  const next = visit(data);
  // "<" escaped so the data can never close its <script> element.
  return changed ? JSON.stringify(next).replace(/</g, '\\u003c') : json;
}

/** The attribute's value with its URLs made relative; any other attribute as it was. */
function relativiseAttribute(name: string, value: string, documentPath: string, options: RelativiseOptions): string {
  if (URL_ATTRIBUTES.has(name) || DATA_URL_ATTRIBUTE.test(name)) return relativiseUrl(value, documentPath, options);
  if (name === 'srcset' || name === 'imagesrcset') return relativiseSrcset(value, documentPath, options);
  if (name === 'style') return relativiseCss(value, documentPath, options);
  return value;
}

export function relativiseHtml(html: string, documentPath: string, options: RelativiseOptions): string {
  const document = parseHtml(html);
  for (const element of elementsOf(document)) {
    for (const attribute of element.attrs) {
      attribute.value = relativiseAttribute(attributeName(attribute), attribute.value, documentPath, options);
    }
    // An HTML or an SVG <style>: both hold CSS.
    if (element.tagName === 'style') rewriteText(element, (css) => relativiseCss(css, documentPath, options));
    if (isHtmlElement(element, 'script') && getAttribute(element, 'type')?.trim().toLowerCase() === 'application/json') {
      rewriteText(element, (json) => relativiseJson(json, documentPath, options));
    }
    if (isHtmlElement(element, 'meta') && getAttribute(element, 'http-equiv')?.trim().toLowerCase() === 'refresh') {
      const content = element.attrs.find((a) => attributeName(a) === 'content');
      if (content) content.value = relativiseRefresh(content.value, documentPath, options);
    }
  }
  return serializeHtml(document);
}
