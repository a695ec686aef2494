// `npm run explain` as a user meets it: messages, exit codes, no stack traces.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'explain-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const path of ['content/articles', 'content/knowledge', 'content/stories', 'content/actors.json', 'content/people.json', 'content/places.json', 'content/control']) {
  cpSync(join(ROOT, path), join(dir, path), { recursive: true });
}

function explain(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'explain.ts'), '--root', dir, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('--check fails while the explainers are missing, a run writes them, then --check passes', () => {
  const missing = explain('--check');
  expect(missing.code).toBe(1);
  const stories = readdirSync(join(dir, 'content/stories')).map((n) => n.replace(/\.json$/u, ''));
  const files = stories.flatMap((slug) => [`${slug}.mdx`, `${slug}.json`]);
  expect(missing.stderr.split('\n').filter(Boolean).sort()).toEqual(
    [...files.map((f) => `content/explainers/${f}: missing (run npm run explain)`), `explain: ${files.length} generated file(s) out of date; nothing written`].sort(),
  );
  const run = explain();
  expect(run).toMatchObject({ code: 0, stderr: '' });
  expect(run.stdout).toBe(`explain: ${files.length} file(s) written, 0 unchanged → content/explainers\n`);
  expect(explain('--check')).toMatchObject({ code: 0, stdout: 'explain: the explainers in content/explainers are up to date\n' });
});

test('bad knowledge: the file and field, exit 1, no stack trace, nothing written', () => {
  const file = join(dir, 'content/stories/the-hama-offensive.json');
  const good = readFileSync(file, 'utf8');
  const json = JSON.parse(good);
  json.sections[3].blocks[0].actors[0] = 'narnia';
  writeFileSync(file, JSON.stringify(json));
  rmSync(join(dir, 'content/explainers'), { recursive: true, force: true });
  const result = explain();
  expect(result.code).toBe(1);
  expect(result.stderr).toBe('content/stories/the-hama-offensive.json: sections[3].blocks[0].actors[0]: "narnia" is not in content/actors.json\nexplain: nothing written\n');
  expect(existsSync(join(dir, 'content/explainers'))).toBe(false);
  writeFileSync(file, good);
});

test('usage mistakes name the problem', () => {
  const result = explain('--frobnicate');
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^explain: Unknown option '--frobnicate'/u);
  expect(result.stderr).toContain('usage: npm run explain');
});
