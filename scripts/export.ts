// `npm run export [-- --out FILE] [--base /sub/] [--no-build]`: writes the
// whole site as one zip that works opened from disk (file://), with no server
// and no network (tooling/export-site.ts says how).
//   - builds the site first (`npm run build`) unless dist/ is newer than every
//     source; --no-build uses dist/ as it is;
//   - --out FILE: where the zip goes (default export/syria-offensive-explained.zip);
//   - --base: the base the site was built with (default BASE_PATH or '/').
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_OUT, exportSite, writeExport } from '../tooling/export-site.ts';
import { buildSite, DIST_DIR, distIsFresh } from '../tooling/site-build.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, base: { type: 'string' }, 'no-build': { type: 'boolean' } },
    allowPositionals: false,
  });
  if (!values['no-build']) {
    if (!(await distIsFresh())) {
      console.error('export: building the site (`npm run build`) …');
      await buildSite('export', { regenerate: true });
    }
  }
  const result = await exportSite({ distDir: DIST_DIR, ...(values.base ? { base: values.base } : {}) });
  for (const warning of result.warnings) console.error(`export: warning: ${warning}`);
  const out = resolve(values.out ?? DEFAULT_OUT);
  await writeExport(result.zip, out);
  console.log(`export: wrote ${relative(process.cwd(), out) || out}: ${result.files.length} files, ${(result.zip.length / 1024).toFixed(0)} KiB`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
