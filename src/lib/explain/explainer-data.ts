// The data written beside an explainer's MDX (src/schemas/explainer-data.ts),
// read from the same element tree the MDX is written from: the bar charts
// with their props, the reading outline and the citations in page order.
import type { BarChartProps, ExplainerData, OutlineBlock, PageCitation } from '../../schemas/explainer-data.ts';
import { barChartPropsSchema } from '../../schemas/explainer-data.ts';
import { formatLongDate } from '../format/date.ts';
import { allElements, shownText, type MdxElement } from './mdx-markup.ts';
import type { ExplainerDocument } from './story-page.ts';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function outlineOf(el: MdxElement): OutlineBlock[] {
  const p = el.props;
  switch (el.name) {
    case 'Section':
      return [{ type: 'heading', level: 2, text: str(p['title']) }];
    case 'ActorCard':
      return [{ type: 'heading', level: 2, text: str(p['heading']) }];
    case 'Subsection':
      return [{ type: 'heading', level: 3, text: str(p['title']) }];
    case 'TimelineDay':
      return [{ type: 'heading', level: 3, text: formatLongDate(str(p['date'])) }];
    case 'TimelineEvent':
      return [{ type: 'item', text: shownText(el) }];
    case 'Fact':
    case 'Note':
      return [{ type: 'paragraph', text: shownText(el) }];
    case 'Excerpt':
      return [{ type: 'quote', text: shownText(el) }];
    case 'Quote': {
      const role = str(p['role']);
      return [{ type: 'quote', text: shownText(el), by: `${str(p['speaker'])}${role ? `, ${role}` : ''}` }];
    }
    case 'KeyFigure':
      return [{ type: 'paragraph', text: [str(p['qualifier']), str(p['value']), str(p['counts'])].filter(Boolean).join(' ') }];
    case 'BarChart': {
      const bars = (p['bars'] ?? []) as readonly { label: string; raw: string }[];
      return [
        { type: 'paragraph', text: str(p['title']) },
        { type: 'table', head: ['', str(p['totalCounts']) || 'total'], rows: [...bars.map((b) => [b.label, b.raw]), ['total', str(p['total'])]] },
      ];
    }
    case 'FrontlineMap':
      return [{ type: 'map' }];
    default:
      return [];
  }
}

function citationOf(el: MdxElement, published: ReadonlyMap<string, string | undefined>): PageCitation | undefined {
  const p = el.props;
  if (typeof p['n'] !== 'number') return undefined;
  if (typeof p['to'] === 'string') return { kind: 'article', n: p['n'], to: p['to'], label: str(p['label']), sentence: str(p['sentence']) };
  const url = str(p['url']);
  const date = published.get(url);
  return { kind: 'source', n: p['n'], url, name: str(p['source']), ...(date ? { published: date } : {}) };
}

export function explainerData(doc: ExplainerDocument): ExplainerData {
  const elements = allElements(doc.body);
  const published = new Map(doc.frontmatter.sources.map((s) => [s.url, s.published]));
  const charts: BarChartProps[] = elements
    .filter((el) => el.name === 'BarChart')
    .map((el) => barChartPropsSchema.parse(el.props));
  return {
    explainer: doc.frontmatter.explainer,
    title: doc.frontmatter.title,
    description: doc.frontmatter.description,
    charts,
    outline: elements.flatMap(outlineOf),
    citations: elements.flatMap((el) => citationOf(el, published) ?? []),
  };
}
