// Facts about the site itself, used by the layout, feeds and structured data.
export const site = {
  name: 'Syria 2024: the offensive explained',
  shortName: 'Syria offensive explained',
  description:
    'How the rebel offensive of late November and December 2024 unfolded in Syria: who is fighting, what changed hands and when, with every fact traced to its source.',
  language: 'en',
} as const;

/**
 * A page's <title>: "Headline · Syria offensive explained", except for the
 * site's own name and for headlines long enough that search engines would cut
 * the suffix off (they show about 70 characters).
 */
export function documentTitle(title: string): string {
  const suffixed = `${title} · ${site.shortName}`;
  return title === site.name || suffixed.length > 70 ? title : suffixed;
}
