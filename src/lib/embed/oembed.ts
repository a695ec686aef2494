// oEmbed responses (https://oembed.com/, type "rich"), served as static JSON
// files next to the embeds and announced by a <link rel="alternate"
// type="application/json+oembed"> in the head of each page that has one. A
// consumer (a CMS pasting our URL) reads `html`, which is the same snippet as
// the Embed box shows. Validated on the way out, so a bad field fails the build.
import { z } from 'zod';

const positiveInt = z.number().int().positive();

export const oembedSchema = z
  .object({
    version: z.literal('1.0'),
    type: z.literal('rich'),
    title: z.string().min(1),
    html: z.string().min(1),
    /** Width the html is designed for; the iframe itself is full width. */
    width: positiveInt,
    height: positiveInt,
    provider_name: z.string().min(1),
    provider_url: z.url(),
    author_name: z.string().min(1),
    author_url: z.url(),
    /** Seconds a consumer may cache the response. */
    cache_age: positiveInt,
    thumbnail_url: z.url(),
    thumbnail_width: positiveInt,
    thumbnail_height: positiveInt,
  })
  .strict();

export type OEmbed = z.infer<typeof oembedSchema>;

/** A day: the maps change when the data does, a rebuild away. */
export const OEMBED_CACHE_SECONDS = 86_400;

export function oembedResponse(fields: Omit<OEmbed, 'version' | 'type' | 'cache_age'>, where: string): OEmbed {
  const result = oembedSchema.safeParse({ version: '1.0', type: 'rich', cache_age: OEMBED_CACHE_SECONDS, ...fields });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${where}: oEmbed field ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return result.data;
}
