// The small scripts of the embeds, compiled at build time into minified
// strings to inline: the host script goes into every snippet, the theme and
// height scripts into every embed page, where a separate request would cost
// more than the bytes. Node-only (esbuild); compiled once per process.
import { buildSync } from 'esbuild';
import { resolve } from 'node:path';

export type ClientScript = 'host-resize' | 'height-reporter' | 'theme-from-query';

const compiled = new Map<ClientScript, string>();

/** The minified IIFE of src/client/embed/<name>.ts, for a <script> element. */
export function clientScript(name: ClientScript, root: string = process.cwd()): string {
  let code = compiled.get(name);
  if (code === undefined) {
    const result = buildSync({
      entryPoints: [resolve(root, 'src/client/embed', `${name}.ts`)],
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      write: false,
      legalComments: 'none',
      charset: 'utf8',
    });
    code = result.outputFiles[0]!.text.trim();
    compiled.set(name, code);
  }
  return code;
}
