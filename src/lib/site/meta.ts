// Facts about the site itself, used by the layout, feeds and structured data.
export const site = {
  name: 'Syria 2024: the offensive explained',
  shortName: 'Syria offensive explained',
  description:
    'How the rebel offensive of late November and December 2024 unfolded in Syria: who is fighting, what changed hands and when, with every fact traced to its source.',
  language: 'en',
} as const;
