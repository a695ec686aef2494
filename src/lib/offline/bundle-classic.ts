// Bundles a page's ES module script, with everything it imports from the
// built site, into one classic script (an IIFE) that a browser runs from
// file://, where module scripts are refused. Files come from memory (the
// export's copy of dist/), never from disk. Dynamic imports of the site's own
// chunks are inlined; a dynamic import of a URL computed at run time is left
// as it is (the export drops scripts that would load Pagefind that way).
import { build, type Plugin } from 'esbuild';

export interface ClassicBundleInput {
  /** Code of the module script; imports are site paths ("/_astro/x.js") or relative to `path`. */
  code: string;
  /** Site path the code is taken to live at, for resolving its relative imports. */
  path: string;
  /** The site's files by path inside the base ("_astro/x.js"). */
  files: ReadonlyMap<string, Uint8Array>;
  /** The base the site was built for: '/' or '/sub/'. */
  base: string;
}

function siteFiles({ files, base, path: entryPath }: ClassicBundleInput): Plugin {
  return {
    name: 'site-files',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (/^[a-z][a-z0-9+.-]*:/i.test(args.path)) return { path: args.path, external: true };
        // Modules of the site carry their site path; the entry (stdin) lives at entryPath.
        const from = args.namespace === 'site' ? args.importer : entryPath;
        const path = new URL(args.path, `http://site${from}`).pathname;
        if (!path.startsWith(base) || !files.has(path.slice(base.length))) {
          return { errors: [{ text: `${args.importer || 'a page script'} imports ${args.path}, which is not a file of the built site` }] };
        }
        return { path, namespace: 'site' };
      });
      build.onLoad({ filter: /.*/, namespace: 'site' }, (args) => ({
        contents: files.get(args.path.slice(base.length)) ?? new Uint8Array(),
        loader: 'js',
      }));
    },
  };
}

export async function bundleClassic(input: ClassicBundleInput): Promise<string> {
  const result = await build({
    stdin: { contents: input.code, sourcefile: input.path, loader: 'js' },
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: [siteFiles(input)],
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error(`bundling ${input.path}: esbuild produced no output`);
  return code;
}
