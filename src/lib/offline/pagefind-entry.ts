// Which of Pagefind's per-language files the site uses. Pagefind writes a
// WebAssembly build for every language it knows of plus "unknown", but the
// browser loads only those pagefind-entry.json names; the service worker need
// not download the others (55 KB each).
import { z } from 'zod';

const entrySchema = z.object({
  version: z.string(),
  languages: z.record(z.string(), z.object({ hash: z.string(), wasm: z.string().nullable().optional() })),
});

/** Paths (inside the site) of Pagefind's wasm.*.pagefind and *.pf_meta files that no language of the index uses. */
export function unusedPagefindFiles(entryJson: string, files: readonly string[], file = 'pagefind/pagefind-entry.json'): string[] {
  let data: unknown;
  try {
    data = JSON.parse(entryJson);
  } catch (error) {
    throw new Error(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = entrySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`);
  }
  const languages = Object.values(parsed.data.languages);
  const used = new Set([
    ...languages.map((l) => `pagefind/wasm.${l.wasm ?? 'unknown'}.pagefind`),
    ...languages.map((l) => `pagefind/pagefind.${l.hash}.pf_meta`),
  ]);
  return files.filter((f) => /^pagefind\/(wasm\.[^/]+\.pagefind|pagefind\.[^/]+\.pf_meta)$/.test(f) && !used.has(f));
}
