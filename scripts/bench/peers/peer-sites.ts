// Builds the peer sites of the performance bench: the same two explainers
// (their text, from our generated MDX) and a client-rendered d3 map of Syria,
// published the way a user of each tool would, with that tool's own search:
//   starlight  Astro's docs theme (@astrojs/starlight) with its Pagefind search
//   framework  Observable Framework (@observablehq/framework) with its search
// Each is installed on demand into .cache/peers/<name>/ (git-ignored) from the
// exact versions in scripts/bench/peers/<name>/package.json, so a normal
// `npm install` of the project stays lean; only the npm registry is used.
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { explainerOutlines, type ExplainerOutline } from '../../../tooling/perf/explainer-outline.ts';
import { escapeMarkdown, outlineMarkdown } from '../../../tooling/perf/outline-markdown.ts';
import type { PageSpec } from '../../../tooling/perf/page-rows.ts';
import { buildEnv, PROJECT_ROOT, runIn } from '../../../tooling/site-build.ts';

export const PEER_NAMES = ['starlight', 'framework'] as const;
export type PeerName = (typeof PEER_NAMES)[number];

/**
 * The world-atlas scales a peer's map can load. 50m is the default: the middle
 * of the three (110m draws Syria with a few dozen points, where our maps use
 * 10m detail; 10m is 3.6 MB). The choice moves the peers' weight a lot, so
 * bench-peers takes --atlas to measure any of them.
 */
export const PEER_ATLASES = ['110m', '50m', '10m'] as const;
export type PeerAtlas = (typeof PEER_ATLASES)[number];
export const DEFAULT_PEER_ATLAS: PeerAtlas = '50m';
const atlasFile = (atlas: PeerAtlas) => `countries-${atlas}.json`;

export interface PeerSite {
  name: PeerName;
  label: string;
  /** The tool's version as installed. */
  version: string;
  distDir: string;
  pages: PageSpec[];
  installSeconds: number;
  buildSeconds: number;
  atlas: PeerAtlas;
}

const TEMPLATES = import.meta.dirname;
const CACHE = join(PROJECT_ROOT, '.cache', 'peers');

const TOOL: Record<PeerName, { label: string; pkg: string }> = {
  starlight: { label: 'Starlight', pkg: '@astrojs/starlight' },
  framework: { label: 'Observable Framework', pkg: '@observablehq/framework' },
};

export async function readExplainers(root = PROJECT_ROOT): Promise<ExplainerOutline[]> {
  return explainerOutlines(root);
}

/** Installs the peer's pinned packages unless the cache already holds exactly them. */
async function install(name: PeerName, dir: string): Promise<number> {
  const wanted = await readFile(join(TEMPLATES, name, 'package.json'), 'utf8');
  const current = await readFile(join(dir, 'package.json'), 'utf8').catch(() => '');
  if (current === wanted && existsSync(join(dir, 'node_modules', '.package-lock.json'))) return 0;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), wanted);
  try {
    return await runIn(dir, 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], buildEnv());
  } catch (error) {
    throw new Error(`peer ${name}: \`npm install\` in ${dir} failed (the npm registry must be reachable):\n${(error as Error).message}`);
  }
}

async function version(dir: string, pkg: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(dir, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** Fresh sources: the template, the shared map code, the atlas and the pages. */
async function writeSources(name: PeerName, dir: string, explainers: readonly ExplainerOutline[], atlas: PeerAtlas): Promise<PageSpec[]> {
  const PEER_ATLAS = atlasFile(atlas);
  for (const stale of ['src', 'public', 'dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', '.observablehq']) {
    await rm(join(dir, stale), { recursive: true, force: true });
  }
  for (const entry of await readdir(join(TEMPLATES, name))) {
    if (entry !== 'package.json') await cp(join(TEMPLATES, name, entry), join(dir, entry), { recursive: true });
  }
  const atlasPath = join(dir, 'node_modules', 'world-atlas', PEER_ATLAS);
  await mkdir(join(dir, 'src', 'components'), { recursive: true });
  await cp(join(TEMPLATES, 'draw-syria-map.js'), join(dir, 'src', 'components', 'draw-syria-map.js'));
  const pages: PageSpec[] = [{ name: 'home', path: '/', kind: 'home' }];
  const links = explainers.map((e) => ({ title: e.title, path: `/explainers/${e.slug}/` }));
  const intro = 'Two explainers on the Syrian rebel offensive of late 2024, built from DW reporting.';

  // Both get our favicon: Starlight's starter template ships one, and a missing one is a console error.
  const favicon = join(PROJECT_ROOT, 'public', 'favicon.svg');
  if (name === 'starlight') {
    await mkdir(join(dir, 'public'), { recursive: true });
    await cp(favicon, join(dir, 'public', 'favicon.svg'));
    await cp(atlasPath, join(dir, 'public', PEER_ATLAS));
    const docs = join(dir, 'src', 'content', 'docs');
    await mkdir(join(docs, 'explainers'), { recursive: true });
    const importMap = "import SyriaMap from '../../../components/SyriaMap.astro';";
    const home = [
      '---',
      'title: Syria’s rebel offensive, explained',
      `description: ${JSON.stringify(intro)}`,
      'template: splash',
      'hero:',
      `  tagline: ${JSON.stringify(intro)}`,
      '  actions:',
      ...links.flatMap((l) => [`    - text: ${JSON.stringify(l.title)}`, `      link: ${l.path}`]),
      '---',
      '',
      "import SyriaMap from '../../components/SyriaMap.astro';",
      '',
      `<SyriaMap atlas="${PEER_ATLAS}" />`,
      '',
    ].join('\n');
    await writeFile(join(docs, 'index.mdx'), home);
    for (const e of explainers) {
      const markdown = outlineMarkdown(e, { map: `<SyriaMap atlas="${PEER_ATLAS}" />`, titleAs: 'frontmatter' });
      // MDX: the import goes right after the frontmatter.
      const withImport = markdown.replace(/^(---\n[\s\S]*?\n---\n)/, `$1\n${importMap}\n`);
      await writeFile(join(docs, 'explainers', `${e.slug}.mdx`), withImport);
      pages.push({ name: `explainer: ${e.slug}`, path: `/explainers/${e.slug}/`, kind: 'explainer' });
    }
  } else {
    await mkdir(join(dir, 'src', 'data'), { recursive: true });
    await cp(favicon, join(dir, 'src', 'favicon.svg'));
    await cp(atlasPath, join(dir, 'src', 'data', PEER_ATLAS));
    // Framework pages run ```js blocks in the browser; FileAttachment fetches the file at run time.
    const mapBlock = (depth: string) =>
      [
        '<div class="syria-map" style="aspect-ratio: 4 / 3"></div>',
        '',
        '```js',
        `import {drawSyriaMap} from "${depth}components/draw-syria-map.js";`,
        `const topology = await FileAttachment("${depth}data/${PEER_ATLAS}").json();`,
        'drawSyriaMap(document.querySelector(".syria-map"), topology);',
        '```',
        '',
        'Syria and its neighbours. Boundaries: Natural Earth, via world-atlas.',
      ].join('\n');
    const home = [
      `# ${escapeMarkdown('Syria’s rebel offensive, explained')}`,
      '',
      escapeMarkdown(intro),
      '',
      ...links.map((l) => `- [${escapeMarkdown(l.title)}](.${l.path.replace(/\/$/, '')})`),
      '',
      mapBlock('./'),
      '',
    ].join('\n');
    await writeFile(join(dir, 'src', 'index.md'), home);
    await mkdir(join(dir, 'src', 'explainers'), { recursive: true });
    for (const e of explainers) {
      await writeFile(join(dir, 'src', 'explainers', `${e.slug}.md`), outlineMarkdown(e, { map: mapBlock('../'), titleAs: 'heading' }));
      // Framework writes explainers/<slug>.html and serves it at the extensionless URL.
      pages.push({ name: `explainer: ${e.slug}`, path: `/explainers/${e.slug}.html`, kind: 'explainer' });
    }
  }
  return pages;
}

/** Installs (if needed), writes and builds one peer site; its output is in `distDir`. */
export async function buildPeer(name: PeerName, explainers: readonly ExplainerOutline[], atlas: PeerAtlas = DEFAULT_PEER_ATLAS): Promise<PeerSite> {
  const dir = join(CACHE, name);
  const installSeconds = await install(name, dir);
  const pages = await writeSources(name, dir, explainers, atlas);
  // Framework would otherwise report usage to Observable's servers.
  const env = buildEnv({ OBSERVABLE_TELEMETRY_DISABLE: 'true', ASTRO_TELEMETRY_DISABLED: '1' });
  const command = name === 'starlight' ? ['node_modules/.bin/astro', 'build'] : ['node_modules/.bin/observable', 'build'];
  let buildSeconds: number;
  try {
    buildSeconds = await runIn(dir, command[0] as string, command.slice(1), env);
  } catch (error) {
    throw new Error(`peer ${name}: the build failed:\n${(error as Error).message}`);
  }
  return { name, label: TOOL[name].label, version: await version(dir, TOOL[name].pkg), distDir: join(dir, 'dist'), pages, installSeconds, buildSeconds, atlas };
}

const built = new Map<string, Promise<PeerSite>>();

/**
 * A peer built once per process and atlas, from our explainers as they are:
 * `npm run bench` measures the peers' search (search.ts) and their pages
 * (peers.ts) on the same build.
 */
export function peerSite(name: PeerName, atlas: PeerAtlas = DEFAULT_PEER_ATLAS): Promise<PeerSite> {
  const key = `${name}#${atlas}`;
  let site = built.get(key);
  if (!site) {
    site = readExplainers().then((explainers) => buildPeer(name, explainers, atlas));
    // A failed build is not remembered: the next caller tries again and says why.
    site.catch(() => built.delete(key));
    built.set(key, site);
  }
  return site;
}
