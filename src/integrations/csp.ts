// The site's Content-Security-Policy (src/lib/csp/site-policy.ts), applied to
// the built site in astro:build:done:
//   - the policy is computed from every page and SVG file in dist/: one
//     policy for the whole site, the union of all their inline hashes;
//   - each page gets it in a <meta http-equiv> (for hosts without headers);
//   - dist/_headers (Netlify, Cloudflare Pages) gets it for every path, plus
//     frame-ancestors 'none' for every page but the embeds;
//   - dist/_csp.conf holds it for nginx (docs/deploy/nginx.conf includes it).
// Markup the policy cannot allow (a style="…" attribute, an onclick=…) fails
// the build, naming the file.
//
// Why not Astro's own `security.csp`: it writes each page's own hashes into
// that page's <meta> (no site-wide policy, no header without a server
// adapter), does not hash `is:inline` scripts (the embeds' theme and height
// scripts), and lists hashes of the bundled files that 'self' already allows.
//
// Must come BEFORE the service worker integration in astro.config.mjs: it
// changes the pages, whose hashes the worker's precache manifest records.
import type { AstroIntegration } from 'astro';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEmbedPath } from '../lib/embed/embed-routes.ts';
import { inParallel } from '../lib/build/in-parallel.ts';
import { framingRules, headersSection, inlineCodeOf, nginxInclude, sitePolicy, withHeadersSection, withPolicyMeta } from '../lib/csp/site-policy.ts';

/** The nginx include, next to _headers (left out of the service worker's cache and the offline export). */
export const NGINX_INCLUDE = '_csp.conf';

async function writeAtomically(path: string, contents: string): Promise<void> {
  await writeFile(`${path}.tmp`, contents);
  await rename(`${path}.tmp`, path);
}

async function listFiles(root: string, ...extensions: string[]): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && extensions.some((x) => e.name.endsWith(x)))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** "articles/x/index.html" → "/articles/x/"; "404.html" → "/404.html". */
const pagePath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

export interface AppliedPolicy {
  policy: string;
  pages: number;
  /** Header rule paths whose pages may not be framed. */
  noFraming: string[];
}

/** Computes the policy of the site built in root and writes it into its pages, _headers and the nginx include. */
export async function applySitePolicy(root: string): Promise<AppliedPolicy> {
  const pages = await listFiles(root, '.html');
  const files = [...pages, ...(await listFiles(root, '.svg'))];
  const scripts: string[] = [];
  const styles: string[] = [];
  const refused: string[] = [];
  const texts = new Map<string, string>();
  const read = await inParallel(files, (file) => readFile(join(root, file), 'utf8'));
  for (const [i, file] of files.entries()) {
    const text = read[i]!;
    if (file.endsWith('.html')) texts.set(file, text);
    const code = inlineCodeOf(text);
    scripts.push(...code.scripts);
    styles.push(...code.styles);
    refused.push(...code.refused.map((r) => `dist/${file}: ${r}`));
  }
  if (refused.length > 0) {
    throw new Error(`Content-Security-Policy: markup the policy would block (use a class, or set it from a script through element.style):\n  ${refused.join('\n  ')}`);
  }
  const policy = sitePolicy({ scripts, styles });
  await inParallel([...texts], async ([file, html]) => {
    const next = withPolicyMeta(html, policy);
    if (next !== html) await writeAtomically(join(root, file), next);
  });
  const noFraming = framingRules(pages.map(pagePath), (path) => parseEmbedPath(path) !== null);
  const headersFile = join(root, '_headers');
  const headers = await readFile(headersFile, 'utf8').catch(() => '');
  await writeAtomically(headersFile, withHeadersSection(headers, headersSection(policy, noFraming)));
  await writeAtomically(join(root, NGINX_INCLUDE), nginxInclude(policy));
  return { policy, pages: pages.length, noFraming };
}

export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { policy, pages, noFraming } = await applySitePolicy(fileURLToPath(dir));
        const hashes = policy.match(/'sha256-/g)?.length ?? 0;
        logger.info(`one policy (${hashes} hashes, ${policy.length} characters) in ${pages} pages, _headers (${noFraming.length} no-framing rules) and ${NGINX_INCLUDE}`);
      },
    },
  };
}
