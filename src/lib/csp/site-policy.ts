// The site's one Content-Security-Policy, computed from the built files: every
// inline <script> and <style> of every page (and of the SVG downloads, which a
// reader may open as documents) is allowed by its SHA-256 hash, everything else
// must come from the site itself. No 'unsafe-inline', no 'unsafe-eval';
// 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly.
//
// Inline style="…" attributes, event-handler attributes and javascript: URLs
// are refused: the policy has no 'unsafe-hashes', so the browser would block
// them. Markup that needs one fails the build here instead (use a class).
//
// Pure: strings in, strings out. src/integrations/csp.ts applies it to dist/.
import { createHash } from 'node:crypto';
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';

export interface InlineCode {
  /** Text of each inline script the browser runs (not JSON, not JSON-LD). */
  scripts: string[];
  /** Text of each <style> element. */
  styles: string[];
  /** What the policy cannot allow: "style attribute on <div class=…>", … */
  refused: string[];
}

/** Script types a browser runs: the JavaScript MIME types, "module", or none (HTML standard, "prepare the script element"). */
const JS_TYPES = /^(|module|(application|text)\/(x-)?(java|ecma)script|text\/(javascript1\.[0-5]|jscript|livescript))$/;

function attr(el: T.Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function textOf(el: T.Element): string {
  return el.childNodes.map((n) => (n.nodeName === '#text' ? (n as T.TextNode).value : '')).join('');
}

function describe(el: T.Element): string {
  const id = attr(el, 'id');
  const cls = attr(el, 'class');
  return `<${el.tagName}${id ? ` id="${id}"` : ''}${cls ? ` class="${cls}"` : ''}>`;
}

/**
 * The inline code of an HTML page, or of an SVG file (parsed the same way: an
 * SVG's <style> text, CDATA and character references resolved, is what the
 * browser hashes). <noscript> content counts: a reader without scripts gets it.
 */
export function inlineCodeOf(markup: string): InlineCode {
  const found: InlineCode = { scripts: [], styles: [], refused: [] };
  const visit = (node: T.ParentNode): void => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const el = child as T.Element;
      const name = el.tagName.toLowerCase();
      if (name === 'script' && attr(el, 'src') === undefined && JS_TYPES.test((attr(el, 'type') ?? '').trim().toLowerCase())) {
        found.scripts.push(textOf(el));
      }
      if (name === 'style') found.styles.push(textOf(el));
      for (const a of el.attrs) {
        if (a.name === 'style') found.refused.push(`style attribute "${a.value}" on ${describe(el)}`);
        else if (/^on/i.test(a.name)) found.refused.push(`event handler attribute ${a.name} on ${describe(el)}`);
        else if (/^\s*javascript:/i.test(a.value) && /^(href|src|action|formaction|xlink:href)$/.test(a.name)) {
          found.refused.push(`javascript: URL in ${a.name} on ${describe(el)}`);
        }
      }
      visit(name === 'template' ? (el as T.Template).content : el);
    }
  };
  // scriptingEnabled: false parses <noscript> content as markup, so its styles are seen.
  visit(parse(markup, { scriptingEnabled: false }));
  return found;
}

/** The CSP source that allows an inline script or style with this exact text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface PolicyInput {
  scripts: Iterable<string>;
  styles: Iterable<string>;
}

const sortedHashes = (texts: Iterable<string>) => [...new Set([...texts].map(hashSource))].sort();

/**
 * The policy for every page and file of the site. Without frame-ancestors:
 * that directive is ignored (with a console error) in a <meta> policy, so the
 * hosts' headers add it per path (framingRules).
 */
export function sitePolicy(input: PolicyInput): string {
  return [
    `default-src 'self'`,
    ['script-src', `'self'`, `'wasm-unsafe-eval'`, ...sortedHashes(input.scripts)].join(' '),
    ['style-src', `'self'`, ...sortedHashes(input.styles)].join(' '),
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
  ].join('; ');
}

/** The header policy that forbids framing, for every page that is not an embed. */
export const NO_FRAMING = `frame-ancestors 'none'`;

const META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;

/** The page with the policy in a <meta> right after <meta charset>, before any script or style (replacing an earlier one). */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="content-security-policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  if (META.test(html)) return html.replace(META, meta);
  const charset = /<meta charset="?[\w-]+"?\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error('content security policy: the page has no <head> to put the <meta> policy in');
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}

/**
 * The fewest header rule paths (Netlify/Cloudflare `_headers` syntax, from
 * the site root) that cover every page for which `framable` is false and no
 * page for which it is true: "/articles/*" for a section without embeds,
 * "/embed/" for one page of a section that has them.
 *
 * @param pages URL paths of the pages: "/", "/maps/", "/embed/map/syria/", "/404.html"
 */
export function framingRules(pages: readonly string[], framable: (path: string) => boolean): string[] {
  const rules: string[] = [];
  const walk = (dir: string, under: readonly string[]): void => {
    if (!under.some(framable)) {
      rules.push(`${dir}*`);
      return;
    }
    if (under.includes(dir) && !framable(dir)) rules.push(dir);
    const children = new Map<string, string[]>();
    for (const page of under) {
      if (page === dir) continue;
      const rest = page.slice(dir.length);
      const slash = rest.indexOf('/');
      const key = slash < 0 ? rest : rest.slice(0, slash + 1);
      children.set(key, [...(children.get(key) ?? []), page]);
    }
    for (const [key, pagesUnder] of [...children].sort(([a], [b]) => a.localeCompare(b))) {
      if (key.endsWith('/')) walk(dir + key, pagesUnder);
      else if (!framable(dir + key)) rules.push(dir + key); // a file page such as /404.html
    }
  };
  walk('/', pages);
  return rules;
}

export const HEADERS_MARK = '# --- Content-Security-Policy: written by src/integrations/csp.ts at build time ---';

/**
 * The `_headers` section of the policy: the policy for every path, and for
 * each framing rule a second policy that forbids framing. Both hosts join
 * the values of all rules matching a path with ", ", which a browser reads
 * as two policies, both enforced: embed pages get the first alone.
 */
export function headersSection(policy: string, noFramingPaths: readonly string[]): string {
  const lines = [
    HEADERS_MARK,
    '# One policy for the whole site (every inline script and style allowed by its hash),',
    '# the same as the <meta> in each page. Pages other than the embeds may not be framed:',
    '# a second policy with frame-ancestors, which works only as a header.',
    '',
    '/*',
    `  Content-Security-Policy: ${policy}`,
    ...noFramingPaths.flatMap((path) => ['', path, `  Content-Security-Policy: ${NO_FRAMING}`]),
  ];
  return `${lines.join('\n')}\n`;
}

/** `_headers` with the policy's section in place of an earlier one. */
export function withHeadersSection(headers: string, section: string): string {
  const at = headers.indexOf(HEADERS_MARK);
  const kept = (at < 0 ? headers : headers.slice(0, at)).replace(/\n*$/, '\n');
  return `${kept}\n${section}`;
}

/** The nginx include (docs/deploy/nginx.conf): the policy in variables the locations send. */
export function nginxInclude(policy: string): string {
  if (/["\\$]/.test(policy)) throw new Error('content security policy: unexpected " \\ or $ in the policy');
  return [
    '# Written by src/integrations/csp.ts at build time: the site\'s Content-Security-Policy',
    '# for nginx. Included by docs/deploy/nginx.conf inside its server { … } block.',
    `set $csp_policy "${policy}";`,
    `set $csp_page_policy "${policy}; ${NO_FRAMING}";`,
    '',
  ].join('\n');
}
