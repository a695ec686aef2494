// `npm run explain` as a user meets it: messages, exit codes, no stack traces.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'explain-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const path of ['content/articles', 'content/knowledge', 'content/actors.json', 'content/people.json', 'content/places.json', 'content/control']) {
  cpSync(join(ROOT, path), join(dir, path), { recursive: true });
}

function explain(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'explain.ts'), '--root', dir, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('--check fails while the explainers are missing, a run writes them, then --check passes', () => {
  const missing = explain('--check');
  expect(missing.code).toBe(1);
  expect(missing.stderr).toBe(
    'content/explainers/who-is-fighting-in-syria.mdx: missing (run npm run explain)\n' +
      'content/explainers/the-hama-offensive.mdx: missing (run npm run explain)\n' +
      'explain: 2 generated file(s) out of date; nothing written\n',
  );
  const run = explain();
  expect(run).toMatchObject({ code: 0, stderr: '' });
  expect(run.stdout).toBe('explain: 2 file(s) written, 0 unchanged → content/explainers\n');
  expect(explain('--check')).toMatchObject({ code: 0, stdout: 'explain: the explainers in content/explainers are up to date\n' });
});

test('bad knowledge: the file and field, exit 1, no stack trace, nothing written', () => {
  const file = join(dir, 'content/knowledge/hama-offensive.json');
  const good = readFileSync(file, 'utf8');
  writeFileSync(file, good.replace('"reactions": ["iran"', '"reactions": ["narnia"'));
  rmSync(join(dir, 'content/explainers'), { recursive: true, force: true });
  const result = explain();
  expect(result.code).toBe(1);
  expect(result.stderr).toBe('content/knowledge/hama-offensive.json: reactions[0]: "narnia" is not in content/actors.json\nexplain: nothing written\n');
  expect(existsSync(join(dir, 'content/explainers'))).toBe(false);
  writeFileSync(file, good);
});

test('usage mistakes name the problem', () => {
  const result = explain('--frobnicate');
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^explain: Unknown option '--frobnicate'/u);
  expect(result.stderr).toContain('usage: npm run explain');
});
