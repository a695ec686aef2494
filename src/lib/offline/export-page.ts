// What the offline export changes in a page, besides making links relative:
//  - module scripts become plain deferred scripts: Chromium refuses ES
//    modules from file:// (they need CORS, which file:// has not), so the
//    export bundles each into a classic script (bundle-classic.ts); a script
//    that would load Pagefind is dropped instead;
//  - <link rel="modulepreload"> goes (nothing to preload);
//  - the service worker's registration hook (data-sw on the offline status
//    line) goes: a service worker cannot run from file://;
//  - the search page gets the file:// search (its data, then its script).
import { getAttribute, rewriteAttributes } from './html-attributes.ts';
import { serializeTokens, tokenizeHtml, type HtmlToken } from './html-tokens.ts';

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
}

function isModuleScript(token: HtmlToken): boolean {
  return token.kind === 'tag' && !token.closing && token.name === 'script' && getAttribute(token.raw, 'type')?.toLowerCase() === 'module';
}

function sitePath(src: string, documentPath: string): string {
  return src.startsWith('/') ? src.replace(/[?#].*$/, '') : new URL(src, `http://site${documentPath}`).pathname;
}

/** The page's module scripts, in document order. */
export function moduleScriptsOf(html: string, documentPath: string): ModuleScript[] {
  const tokens = tokenizeHtml(html);
  const scripts: ModuleScript[] = [];
  tokens.forEach((token, i) => {
    if (!isModuleScript(token)) return;
    const src = getAttribute(token.raw, 'src');
    if (src !== undefined) {
      const path = sitePath(src, documentPath);
      scripts.push({ key: `src ${path}`, src: path });
    } else {
      const next = tokens[i + 1];
      const code = next?.kind === 'raw' ? next.raw : '';
      scripts.push({ key: `inline ${code}`, code });
    }
  });
  return scripts;
}

const classicTag = (src: string) => `<script defer src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></script>`;

export function prepareExportPage(html: string, documentPath: string, options: ExportPageOptions): string {
  const scripts = moduleScriptsOf(html, documentPath);
  const tokens = tokenizeHtml(html);
  let hasSearchApp = false;
  let script = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || token.kind !== 'tag' || token.closing) continue;
    if (isModuleScript(token)) {
      const found = scripts[script++];
      const replacement = found ? options.classicScriptFor(found) : null;
      // The open tag becomes the classic script (or nothing); its content and close tag go.
      token.raw = replacement === null ? '' : classicTag(replacement);
      for (let j = i + 1; j < tokens.length; j += 1) {
        const next = tokens[j];
        if (!next) break;
        const isClose = next.kind === 'tag' && next.closing && next.name === 'script';
        next.raw = '';
        if (isClose) break;
      }
      continue;
    }
    if (token.name === 'link' && getAttribute(token.raw, 'rel')?.toLowerCase() === 'modulepreload') token.raw = '';
    if (getAttribute(token.raw, 'data-search-app') !== undefined) hasSearchApp = true;
    if (getAttribute(token.raw, 'data-offline-status') !== undefined) {
      token.raw = rewriteAttributes(token.raw, (name) => (name === 'data-sw' || name === 'data-scope' ? null : undefined));
    }
  }
  let out = serializeTokens(tokens);
  if (hasSearchApp && options.searchScripts.length > 0) {
    const added = options.searchScripts.map(classicTag).join('');
    const body = out.lastIndexOf('</body>');
    out = body < 0 ? out + added : `${out.slice(0, body)}${added}${out.slice(body)}`;
  }
  return out;
}
