// The charts that can be embedded: every <BarChart … /> in the generated
// explainers (content/explainers/*.mdx, written by `npm run explain`), read
// back with the props the explainer page renders, so an embed shows exactly
// the chart of the page. The generator writes each element on one line, its
// props as "safe-id" strings or {JSON} expressions (src/lib/explain/mdx-markup.ts,
// where braces inside strings are \u-escaped); anything else is an error that
// names the file and line. Props are checked by a zod schema.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { expressionEnd } from '../explain/expression-end.ts';

export const barChartPropsSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
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

export type BarChartProps = z.infer<typeof barChartPropsSchema>;

export interface CatalogChart {
  /** Slug of the explainer (the file name without .mdx). */
  explainer: string;
  props: BarChartProps;
  /** "content/explainers/x.mdx:79", for messages. */
  where: string;
}

export class ChartCatalogError extends Error {
  override name = 'ChartCatalogError';
}

/** The props of one generated element's attribute text: `a="x" b={…}`. */
export function parseProps(attributes: string, where: string): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  let i = 0;
  while (i < attributes.length) {
    if (/\s/.test(attributes[i]!)) {
      i++;
      continue;
    }
    const name = /^([A-Za-z][A-Za-z0-9]*)=/.exec(attributes.slice(i));
    if (!name) throw new ChartCatalogError(`${where}: cannot read the props of <BarChart> at "${attributes.slice(i, i + 20)}"`);
    i += name[0].length;
    const key = name[1]!;
    if (attributes[i] === '"') {
      const end = attributes.indexOf('"', i + 1);
      if (end < 0) throw new ChartCatalogError(`${where}: unterminated value of prop "${key}"`);
      props[key] = attributes.slice(i + 1, end);
      i = end + 1;
    } else if (attributes[i] === '{') {
      const end = expressionEnd(attributes, i);
      if (end < 0) throw new ChartCatalogError(`${where}: unterminated {…} value of prop "${key}"`);
      try {
        props[key] = JSON.parse(attributes.slice(i + 1, end - 1));
      } catch {
        throw new ChartCatalogError(`${where}: prop "${key}" is not a JSON literal (the explainer generator writes only those)`);
      }
      i = end;
    } else {
      throw new ChartCatalogError(`${where}: prop "${key}" has no value`);
    }
  }
  return props;
}

const ELEMENT = /^<BarChart\s(.*)\/>\s*$/;

/** Every BarChart of one explainer's MDX text. */
export function barChartsInMdx(mdx: string, file: string, explainer: string): CatalogChart[] {
  return mdx.split('\n').flatMap((line, k) => {
    if (!line.startsWith('<BarChart')) return [];
    const where = `${file}:${k + 1}`;
    const match = ELEMENT.exec(line);
    if (!match) throw new ChartCatalogError(`${where}: a <BarChart> element must stand alone on one line, self-closed`);
    const parsed = barChartPropsSchema.safeParse(parseProps(match[1]!, where));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ChartCatalogError(`${where}: <BarChart> prop ${issue.path.join('.') || '(all)'}: ${issue.message}`);
    }
    return [{ explainer, props: parsed.data, where }];
  });
}

/** Every BarChart of every explainer under root/content/explainers, in file order; chart ids unique per explainer. */
export function loadChartCatalog(root: string = process.cwd()): CatalogChart[] {
  const dir = 'content/explainers';
  const files = readdirSync(join(root, dir)).filter((f) => f.endsWith('.mdx')).sort();
  const charts = files.flatMap((f) => barChartsInMdx(readFileSync(join(root, dir, f), 'utf8'), `${dir}/${f}`, f.slice(0, -'.mdx'.length)));
  const seen = new Set<string>();
  for (const c of charts) {
    const key = `${c.explainer}/${c.props.id}`;
    if (seen.has(key)) throw new ChartCatalogError(`${c.where}: a second chart with id "${c.props.id}" in the same explainer`);
    seen.add(key);
  }
  return charts;
}
