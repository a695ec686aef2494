// URL slugs in DW's style: "Syria: Islamist rebels eye more gains after
// seizing Hama" → "syria-islamist-rebels-eye-more-gains-after-seizing-hama".

const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'ae', Ö: 'oe', Ü: 'ue', ß: 'ss' };

/** Lower-case ASCII words joined by "-", at most `maxLength` characters (cut at a word end); may be "". */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .replace(/[äöüÄÖÜß]/gu, (c) => GERMAN[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const end = cut.lastIndexOf('-');
  return (end > 0 ? cut.slice(0, end) : slug.slice(0, maxLength)).replace(/-+$/u, '');
}

/** `base`, or `base-2`, `base-3`… when taken; records the result in `used`. */
export function uniqueSlug(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
