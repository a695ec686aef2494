// The command line as a user meets it: messages, exit codes, no stack traces.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { dwSkeleton, ROOT } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each test starts the command line one to four times; on a busy two-core machine a start takes a second or more.
const SPAWNS = { timeout: 20_000 };

function ingest(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'ingest.ts'), ...args], { cwd: dir, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('converts a file given on the command line into --out', SPAWNS, () => {
  writeFileSync(join(dir, 'good.txt'), dwSkeleton(['"We hold the line," the army said.']));
  const result = ingest('good.txt', '--out', 'out', '--url', 'https://www.dw.com/en/test/a-1');
  expect(result.stderr.replace(/ingest: warning:.*\n/gu, '')).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/^ingest: 1 article\(s\) → .*out \(2 file\(s\) written, 0 unchanged\)\n$/u);
  expect(readdirSync(join(dir, 'out')).sort()).toEqual(['test-article-about-hama.json', 'test-article-about-hama.mdx']);
});

test('--check compares with --out and writes nothing: passes after a run, names a changed file', SPAWNS, () => {
  const args = ['good.txt', '--out', 'out', '--url', 'https://www.dw.com/en/test/a-1', '--check'];
  const fresh = ingest(...args);
  expect(fresh.code).toBe(0);
  expect(fresh.stdout).toMatch(/^ingest: 2 generated file\(s\) in \S*\/out up to date\n$/u);
  const mdx = join(dir, 'out', 'test-article-about-hama.mdx');
  const edited = readFileSync(mdx, 'utf8').replace('We hold the line', 'We hold the river');
  writeFileSync(mdx, edited);
  const result = ingest(...args);
  expect(result.code).toBe(1);
  expect(result.stderr.replace(/ingest: warning:.*\n/gu, '')).toMatch(
    /^\S*\/out\/test-article-about-hama\.mdx: stale \(run npm run ingest\)\ningest: 1 generated file\(s\) out of date; nothing written\n$/u,
  );
  expect(readFileSync(mdx, 'utf8')).toBe(edited);
});

test('bad input: "<file>:<line>: message", exit 1, no stack trace, nothing written', SPAWNS, () => {
  writeFileSync(join(dir, 'bad.txt'), dwSkeleton(['Body.'], { date: '2024-12-01' }));
  writeFileSync(join(dir, 'binary.bin'), new Uint8Array([1, 2, 0, 3]));
  const result = ingest('bad.txt', 'binary.bin', '--out', 'out2');
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('bad.txt:8: article in English (en): unknown date format "2024-12-01"');
  expect(result.stderr).toContain('binary.bin:1: contains a NUL byte at offset 2: a binary file, not article text');
  expect(result.stderr).toContain('ingest: nothing written (2 problem(s))');
  expect(result.stderr).not.toMatch(/^\s+at /mu);
  expect(readdirSync(dir)).not.toContain('out2');
});

test('usage mistakes name the problem', SPAWNS, () => {
  const noOut = ingest('good.txt');
  expect(noOut.code).toBe(1);
  expect(noOut.stderr).toMatch(/^ingest: --out <dir> is required when converting files\nusage:/u);
  expect(ingest('--bogus').stderr).toMatch(/^ingest: Unknown option '--bogus'/u);
  expect(ingest('a.txt', 'b.txt', '--out', 'x', '--url', 'https://a.example/').stderr).toMatch(/--url names one article/u);
  expect(ingest('good.txt', '--out', 'x', '--url', 'javascript:alert(1)').stderr).toMatch(/^ingest: --url javascript:alert\(1\): not an http\(s\) address/u);
});

test('--dry-run prints layout, language, title, date, blocks, quotes and warnings, and writes nothing', SPAWNS, () => {
  const truncated = join(ROOT, 'tests', 'fixtures', 'ingest', 'truncated-en.txt');
  const live = join(ROOT, 'tests', 'fixtures', 'ingest', 'live-blog-en.txt');
  writeFileSync(join(dir, 'quoted.txt'), dwSkeleton(['"We hold the line," the army said.']));
  const result = ingest('--dry-run', 'quoted.txt', truncated, live, '--out', 'dry', '--force');
  expect(result.code).toBe(1);
  expect(result.stderr.replace(/ingest: warning:.*\n/gu, '')).toBe('');
  expect(result.stdout).toContain(
    [
      'quoted.txt',
      '  layout    article',
      '  language  English (en, detected)',
      '  title     Test article about Hama (line 6)',
      '  date      2024-12-01 (line 8)',
      '  blocks    1 paragraph(s), 0 heading(s), 0 video(s)',
      '  quotes    1',
      '    p1: “We hold the line,” — the army [not in the registry]',
    ].join('\n'),
  );
  expect(result.stdout).toMatch(/blocks {4}2 paragraph\(s\) \(1 truncated\), 1 heading\(s\), 0 video\(s\)/u);
  expect(result.stdout).toMatch(/truncated-en\.txt:19: warning: the page stops mid-sentence/u);
  expect(result.stdout).toMatch(/refused {3}\S*live-blog-en\.txt:7: live blog in English \(en\): not an article/u);
  expect(result.stdout).toMatch(/ingest: dry run of 3 file\(s\): 2 would convert, 1 refused; nothing written\n$/u);
  expect(readdirSync(dir)).not.toContain('dry');
});

test('a conversion prints its warnings as "<file>:<line>: warning: …"', SPAWNS, () => {
  const truncated = join(ROOT, 'tests', 'fixtures', 'ingest', 'truncated-en.txt');
  const result = ingest(truncated, '--out', 'warned', '--url', 'https://www.dw.com/en/test/a-2');
  expect(result.code).toBe(0);
  expect(result.stderr).toMatch(/truncated-en\.txt:19: warning: the page stops mid-sentence: its last paragraph \(p2\) is kept as it is, marked truncated\n/u);
});
