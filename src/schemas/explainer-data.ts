// What `npm run explain` writes beside each explainer's MDX
// (content/explainers/<slug>.json), for the code that needs the page's
// content without rendering it: the embeddable charts, the reading outline
// (the peer sites of the performance bench publish it) and every citation.
import { z } from 'zod';
import { isoDateSchema } from './article.ts';
import { registryIdSchema } from './registry.ts';

export const barChartPropsSchema = z
  .object({
    id: registryIdSchema,
    title: z.string().min(1),
    total: z.string().min(1),
    totalCounts: z.string().min(1),
    bars: z.array(z.object({ label: z.string().min(1), value: z.number().finite().nonnegative(), raw: z.string().min(1) }).strict()).min(1),
    n: z.number().int().positive(),
    to: z.string().min(1),
    sentence: z.string().min(1),
    label: z.string().min(1),
  })
  .strict();

export const outlineBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), level: z.union([z.literal(2), z.literal(3)]), text: z.string() }).strict(),
  z.object({ type: z.literal('paragraph'), text: z.string() }).strict(),
  z.object({ type: z.literal('quote'), text: z.string(), by: z.string().optional() }).strict(),
  z.object({ type: z.literal('item'), text: z.string() }).strict(),
  z.object({ type: z.literal('table'), head: z.array(z.string()), rows: z.array(z.array(z.string())) }).strict(),
  z.object({ type: z.literal('map') }).strict(),
]);

export const pageCitationSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('article'),
      n: z.number().int().positive(),
      /** "<slug>#p4" */
      to: z.string().min(1),
      label: z.string().min(1),
      sentence: z.string().min(1),
    })
    .strict(),
  z
    .object({
      kind: z.literal('source'),
      n: z.number().int().positive(),
      url: z.url(),
      name: z.string().min(1),
      published: isoDateSchema.optional(),
    })
    .strict(),
]);

export const explainerDataSchema = z
  .object({
    explainer: registryIdSchema,
    title: z.string().min(1),
    description: z.string().min(1),
    /** The bar charts, with the props the page renders them with. */
    charts: z.array(barChartPropsSchema),
    /** The reading text as headings, paragraphs, quotes, items and tables (citations, maps and charts left out; a chart is a table). */
    outline: z.array(outlineBlockSchema),
    /** Every citation, numbered in page order. */
    citations: z.array(pageCitationSchema),
  });
// (Not strict: the file's first field is the generator's stamp, _generated, which is not part of the data.)

export type BarChartProps = z.infer<typeof barChartPropsSchema>;
export type OutlineBlock = z.infer<typeof outlineBlockSchema>;
export type PageCitation = z.infer<typeof pageCitationSchema>;
export type ExplainerData = z.infer<typeof explainerDataSchema>;
