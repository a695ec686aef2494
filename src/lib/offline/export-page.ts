// What the offline export changes in a page, besides making links relative:
//  - module scripts become plain deferred scripts: Chromium refuses ES
//    modules from file:// (they need CORS, which file:// has not), so the
//    export bundles each into a classic script (bundle-classic.ts); a script
//    that would load Pagefind is dropped instead;
//  - <link rel="modulepreload"> goes (nothing to preload);
//  - the service worker's registration hook (data-sw on the offline status
//    line) goes: a service worker cannot run from file://;
//  - the search page gets the file:// search (its data, then its script);
//  - a map's data file (data-fm-data-src, fetched by the map's script on the
//    web) goes into the map as <script type="application/json" data-fm-data>,
//    where the script looks first: file:// allows no fetch();
//  - a download link (<a download>) to a file the export leaves out goes,
//    with its list item (tooling/export-site.ts: the PNG copies).
import { appendElement, createHtmlElement, createTextElement, getAttribute, isHtmlElement, removeAttributes, replaceElement, textOf } from './html-element.ts';
import { elementsOf, parseHtml, serializeHtml, type HtmlElement } from './html-tree.ts';

export interface ModuleScript {
  /** "src <site path>" or "inline <code>": equal keys are the same script. */
  key: string;
  /** Site path of an external script ("/_astro/x.js"). */
  src?: string;
  /** Code of an inline script. */
  code?: string;
}

export interface ExportPageOptions {
  /** Site path of the classic script replacing a module script, or null to drop it. */
  classicScriptFor(script: ModuleScript): string | null;
  /** Scripts (site paths, in order) added to a page that holds the search app. */
  searchScripts: readonly string[];
  /** The text of a built file, by site path ("/_astro/fm-syria-data.x.json"), or undefined if there is none. */
  fileText(path: string): string | undefined;
  /** Whether the export holds the file at this site path ("/downloads/map-syria-2024-12-08.png"). */
  exists(path: string): boolean;
}

function isModuleScript(element: HtmlElement): boolean {
  return isHtmlElement(element, 'script') && getAttribute(element, 'type')?.trim().toLowerCase() === 'module';
}

function sitePath(src: string, documentPath: string): string {
  return src.startsWith('/') ? src.replace(/[?#].*$/, '') : new URL(src, `http://site${documentPath}`).pathname;
}

function describeModuleScript(element: HtmlElement, documentPath: string): ModuleScript {
  const src = getAttribute(element, 'src');
  if (src !== undefined) {
    const path = sitePath(src, documentPath);
    return { key: `src ${path}`, src: path };
  }
  const code = textOf(element);
  return { key: `inline ${code}`, code };
}

/** The page's module scripts, in document order. */
export function moduleScriptsOf(html: string, documentPath: string): ModuleScript[] {
  return elementsOf(parseHtml(html))
    .filter(isModuleScript)
    .map((element) => describeModuleScript(element, documentPath));
}

const classicScript = (src: string) => createHtmlElement('script', [['defer', ''], ['src', src]]);

export function prepareExportPage(html: string, documentPath: string, options: ExportPageOptions): string {
  const document = parseHtml(html);
  let hasSearchApp = false;
  let body: HtmlElement | undefined;
  for (const element of elementsOf(document)) {
    if (isModuleScript(element)) {
      const replacement = options.classicScriptFor(describeModuleScript(element, documentPath));
      replaceElement(element, replacement === null ? null : classicScript(replacement));
      continue;
    }
    const rel = getAttribute(element, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    if (isHtmlElement(element, 'link') && rel.includes('modulepreload')) replaceElement(element, null);
    if (isHtmlElement(element, 'body')) body = element;
    if (getAttribute(element, 'data-search-app') !== undefined) hasSearchApp = true;
    if (getAttribute(element, 'data-offline-status') !== undefined) removeAttributes(element, ['data-sw', 'data-scope']);
    const download = isHtmlElement(element, 'a') && getAttribute(element, 'download') !== undefined ? getAttribute(element, 'href') : undefined;
    if (download !== undefined && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(download) && !options.exists(sitePath(download, documentPath))) {
      const item = element.parentNode;
      replaceElement(item && 'tagName' in item && item.tagName === 'li' ? item : element, null);
      continue;
    }
    const mapData = getAttribute(element, 'data-fm-data-src');
    if (mapData !== undefined) {
      const json = options.fileText(sitePath(mapData, documentPath));
      if (json === undefined) throw new Error(`export: ${documentPath}: the map data ${mapData} is not in the build`);
      // Written script-safe (src/lib/map/map-client-data.ts scriptJson): no "</script>" inside.
      appendElement(element, createTextElement('script', [['type', 'application/json'], ['data-fm-data', '']], json));
      removeAttributes(element, ['data-fm-data-src']);
    }
  }
  // Last in the body, as the page's own scripts are: the search data first, then the script that reads it.
  if (hasSearchApp && body) for (const src of options.searchScripts) appendElement(body, classicScript(src));
  return serializeHtml(document);
}
