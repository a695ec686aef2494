// The sources behind a map: every observation that decides a shown place's
// state on a shown date, plus the sources of the map's other features (the
// al-Tanf zone, the schematic highways). Seed paragraphs link to the paragraph
// on our article page; named public sources link to their own address.
import { regionSource } from '../geo/control-data.ts';
import type { Article } from '../../schemas/article.ts';
import type { NamedSource, Observation, ObservationSource } from '../../schemas/control.ts';
import { isSeedSource } from '../../schemas/control.ts';
import type { ControlData, GeoData } from '../geo/control-data.ts';
import type { MapModel } from './map-model.ts';

export interface ArticleRef {
  slug: string;
  title: string;
  date: string;
  publisher: string;
}

/** What a source line needs of an article (pages pass each entry of the articles collection). */
export function articleRef(article: Pick<Article, 'slug' | 'title' | 'date' | 'source'>): ArticleRef {
  return { slug: article.slug, title: article.title, date: article.date, publisher: article.source.publisher };
}

export interface SourceRef {
  /** Stable key: "article:<slug>#p13" or the URL. */
  key: string;
  /** What a reader sees as the link text. */
  name: string;
  /** Site path ("/articles/<slug>/#p13", to pass through href()) or an absolute URL. */
  href: string;
  internal: boolean;
  /** The words relied on, when recorded. */
  quote?: string;
}

export interface SourceGroup {
  heading: string;
  sources: SourceRef[];
}

export function sourceRef(source: ObservationSource | NamedSource, articles: readonly ArticleRef[]): SourceRef {
  if (isSeedSource(source)) {
    const article = articles.find((a) => a.slug === source.article);
    if (!article) throw new Error(`map sources: article "${source.article}" is not in content/articles/`);
    const n = source.paragraph.slice(1);
    return {
      key: `article:${source.article}#${source.paragraph}`,
      name: `${article.publisher}, “${article.title}”, paragraph ${n}`,
      href: `/articles/${source.article}/#${source.paragraph}`,
      internal: true,
      quote: source.quote,
    };
  }
  return { key: source.url, name: source.name, href: source.url, internal: false, ...(source.quote ? { quote: source.quote } : {}) };
}

/** Observations that decide the state of a place in the frame on a shown date, in file order, each once. */
export function shownObservations(model: MapModel): Observation[] {
  const shown = new Set(model.inFrame.map((p) => p.id));
  const used = new Set<Observation>();
  for (const layer of model.layers) for (const [place, state] of layer.states) if (shown.has(place)) for (const o of state.observations) used.add(o);
  return [...used];
}

function dedupe(refs: SourceRef[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const r of refs) if (!seen.has(r.key)) seen.set(r.key, r);
  return [...seen.values()];
}

export function mapSources(model: MapModel, control: ControlData, geo: GeoData, articles: readonly ArticleRef[]): SourceGroup[] {
  const observed = shownObservations(model).map((o) => sourceRef(o.source, articles));
  const groups: SourceGroup[] = [
    { heading: 'Reports in our articles', sources: dedupe(observed.filter((r) => r.internal)) },
    { heading: 'Other published sources', sources: dedupe(observed.filter((r) => !r.internal)) },
  ];
  // Every region's line is drawn on every view of the country (compartments.ts); a close view still shows some.
  const regions = control.regions;
  const roads = geo.highways.filter((h) => model.base.highways.some((b) => b.id === h.id));
  // A region's source already listed above (it backs the towns' baseline) is not listed twice.
  const listed = new Set(groups.flatMap((g) => g.sources.map((r) => r.key)));
  groups.push({
    heading: 'Regions and roads',
    sources: dedupe([...regions.flatMap((r) => r.sources.map((s) => sourceRef(regionSource(control, s), articles))), ...roads.flatMap((h) => h.sources.map((s) => sourceRef(s, articles)))]).filter((r) => !listed.has(r.key)),
  });
  return groups.filter((g) => g.sources.length > 0);
}
