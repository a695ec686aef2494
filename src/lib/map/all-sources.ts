// Every source the control data relies on, for the methodology page: the
// paragraphs of our articles (grouped by article) and the named public sources,
// each with the number of observations that cite it; then the sources of the
// al-Tanf zone and of the schematic highways.
import { regionSource } from '../geo/control-data.ts';
import { isSeedSource } from '../../schemas/control.ts';
import type { ControlData, GeoData } from '../geo/control-data.ts';
import { sourceRef, type ArticleRef, type SourceRef } from './map-sources.ts';

export interface CitedSource extends SourceRef {
  /** Observations citing it. */
  count: number;
}

export interface ArticleSources {
  article: ArticleRef;
  paragraphs: (CitedSource & { paragraph: string })[];
}

export interface AllSources {
  articles: ArticleSources[];
  named: CitedSource[];
  features: SourceRef[];
  observations: number;
  places: number;
}

export function allSources(control: ControlData, geo: GeoData, articles: readonly ArticleRef[]): AllSources {
  const counted = new Map<string, CitedSource & { paragraph?: string; article?: string }>();
  for (const o of control.observations) {
    const ref = sourceRef(o.source, articles);
    const entry = counted.get(ref.key);
    if (entry) entry.count++;
    else counted.set(ref.key, { ...ref, count: 1, ...(isSeedSource(o.source) ? { paragraph: o.source.paragraph, article: o.source.article } : {}) });
  }
  const entries = [...counted.values()];
  const pNumber = (p: string) => Number(p.slice(1));
  const byArticle = articles
    .map((article) => ({
      article,
      paragraphs: entries
        .filter((e) => e.article === article.slug)
        .map((e) => ({ ...e, paragraph: e.paragraph! }))
        .sort((a, b) => pNumber(a.paragraph) - pNumber(b.paragraph)),
    }))
    .filter((a) => a.paragraphs.length > 0);
  const named = entries.filter((e) => !e.internal).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const features = [...control.regions.flatMap((r) => r.sources.map((s) => sourceRef(regionSource(control, s), articles))), ...geo.highways.flatMap((h) => h.sources.map((s) => sourceRef(s, articles)))];
  const unique = [...new Map(features.map((f) => [f.key, f])).values()];
  return {
    articles: byArticle,
    named,
    features: unique,
    observations: control.observations.length,
    places: new Set(control.observations.map((o) => o.place)).size,
  };
}
