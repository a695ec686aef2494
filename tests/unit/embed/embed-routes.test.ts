import { describe, expect, test } from 'vitest';
import {
  chartFilePath,
  controlGeoJsonPath,
  embedPath,
  mapCsvPath,
  mapImagePath,
  oembedPath,
  parseEmbedPath,
  withTheme,
  type EmbedRef,
} from '../../../src/lib/embed/embed-routes.ts';

const refs: [EmbedRef, string, string][] = [
  [{ kind: 'map', view: 'syria' }, '/embed/map/syria/', '/oembed/map/syria.json'],
  [{ kind: 'map', view: 'corridor', date: '2024-11-29' }, '/embed/map/corridor/2024-11-29/', '/oembed/map/corridor/2024-11-29.json'],
  [{ kind: 'map', view: 'syria', party: 'hts' }, '/embed/map/syria/party/hts/', '/oembed/map/syria/party/hts.json'],
  [{ kind: 'chart', explainer: 'the-hama-offensive', chart: 'toll' }, '/embed/chart/the-hama-offensive/toll/', '/oembed/chart/the-hama-offensive/toll.json'],
];

describe('embed paths', () => {
  test.each(refs)('%o lives at %s, its oEmbed at %s, and reads back', (ref, page, oembed) => {
    expect(embedPath(ref)).toBe(page);
    expect(oembedPath(ref)).toBe(oembed);
    expect(parseEmbedPath(page)).toEqual(ref);
  });

  test('refuses ids that would escape their path segment, and a pinned party map', () => {
    expect(() => embedPath({ kind: 'map', view: '../etc' })).toThrow(/view/);
    expect(() => embedPath({ kind: 'map', view: 'syria', date: '5 Dec' })).toThrow(/YYYY-MM-DD/);
    expect(() => embedPath({ kind: 'chart', explainer: 'x', chart: 'A B' })).toThrow(/chart id/);
    expect(() => embedPath({ kind: 'map', view: 'syria', date: '2024-12-05', party: 'hts' })).toThrow(/latest date only/);
  });

  test('reads back nothing that is not an embed path', () => {
    for (const p of ['/maps/', '/embed/', '/embed/map/', '/embed/map/syria/x/y/z/', '/embed/map/syria/not-a-date/', '/embed/chart/x/', '/embed/map/Syria/']) {
      expect(parseEmbedPath(p)).toBeNull();
    }
  });

  test('download file names', () => {
    expect(mapImagePath('syria', '2024-12-05', 'png')).toBe('/downloads/map-syria-2024-12-05.png');
    expect(mapImagePath('syria', '2024-12-05', 'svg', 'hts')).toBe('/downloads/map-syria-hts-2024-12-05.svg');
    expect(mapCsvPath('aleppo')).toBe('/downloads/map-aleppo.csv');
    expect(controlGeoJsonPath('2024-11-26')).toBe('/downloads/control-areas-2024-11-26.geo.json');
    expect(chartFilePath('the-hama-offensive', 'toll', 'csv')).toBe('/downloads/chart-the-hama-offensive-toll.csv');
  });

  test('the theme is a query parameter; auto is the default and adds nothing', () => {
    expect(withTheme('https://x.org/embed/map/syria/', 'dark')).toBe('https://x.org/embed/map/syria/?theme=dark');
    expect(withTheme('https://x.org/embed/map/syria/?a=1', 'light')).toBe('https://x.org/embed/map/syria/?a=1&theme=light');
    expect(withTheme('https://x.org/embed/map/syria/', 'auto')).toBe('https://x.org/embed/map/syria/');
  });
});
