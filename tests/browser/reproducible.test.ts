// Reproducible builds (issue 6): two clean builds of the same sources give
// byte-identical output. The browser tests' global setup has already built
// dist/ from the checkout; this test builds once more, from scratch, in a
// copy of the project in another directory (tooling/project-copy.ts: its
// own caches, no dist/), and compares every file's bytes. A copy elsewhere
// also catches output that depends on where the project lives (absolute
// paths). One extra `astro build`, as long as the first.
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { describeDiff, diffManifests, isIdentical } from '../../tooling/perf/dist-diff.ts';
import { manifestOf } from '../../tooling/perf/dist-manifest.ts';
import { copyProject } from '../../tooling/project-copy.ts';
import { astroBuild } from '../../tooling/site-build.ts';

describe('reproducible build', () => {
  it('a second clean build, in another directory, is byte-identical to dist/', async () => {
    const siteError = inject('siteError');
    if (siteError) throw new Error(siteError);
    const copy = await copyProject('reproducible-build-');
    try {
      await astroBuild(copy.dir);
      const first = await manifestOf(inject('distDir'));
      const second = await manifestOf(join(copy.dir, 'dist'));
      const diff = diffManifests(first, second);
      expect(first.size).toBeGreaterThan(10);
      expect(isIdentical(diff), describeDiff(diff, ['dist/', `the second build (${copy.dir}/dist)`])).toBe(true);
    } finally {
      await copy.remove();
    }
  }, 300_000);
});
