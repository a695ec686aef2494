// npm run explain                 content/articles + content/knowledge → content/explainers/*.mdx
// npm run explain -- --force      also replace explainers edited by hand
// npm run explain -- --check      write nothing; exit 1 naming each explainer a run would change
// npm run explain -- --root DIR    another project tree (its content/ is read and written)
// Thin command line over src/lib/explain/run-explain.ts. Bad input prints
// "<file>: <field>: <what is wrong>" and exits 1 having written nothing.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ExplainError } from '../src/lib/explain/explain-error.ts';
import { checkExplainers, runExplain } from '../src/lib/explain/run-explain.ts';
import { describeStale } from '../src/lib/generated/freshness.ts';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const USAGE = `usage: npm run explain [-- --force] [-- --check] [-- --root DIR]
  --force      overwrite explainers even if they were edited by hand
  --check      write nothing; exit 1 if the explainers are missing or out of date
  --root DIR   read DIR/content/ and write DIR/content/explainers/ (default: this project)`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { force: { type: 'boolean' }, check: { type: 'boolean' }, root: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const root = values.root !== undefined ? resolve(values.root) : ROOT;
  if (values.check) {
    const stale = checkExplainers(root);
    if (stale.length === 0) {
      console.log('explain: the explainers in content/explainers are up to date');
      return 0;
    }
    for (const file of stale) console.error(describeStale(file, 'npm run explain'));
    console.error(`explain: ${stale.length} generated file(s) out of date; nothing written`);
    return 1;
  }
  const report = await runExplain({ root, force: values.force ?? false });
  console.log(`explain: ${report.written.length} file(s) written, ${report.unchanged.length} unchanged → content/explainers`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof ExplainError) {
    console.error(error.message);
    console.error('explain: nothing written');
  } else if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`explain: ${(error as Error).message}\n${USAGE}`);
  } else {
    throw error;
  }
  process.exitCode = 1;
}
