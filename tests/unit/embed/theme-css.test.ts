// The embed's forced themes (html[data-theme]) must use the same values as
// the site's automatic ones (prefers-color-scheme in global.css and map.css),
// or a map embedded with ?theme=dark would not look like our dark map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../map/map-fixture.ts';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Custom properties declared in the first block after `opening`, as name → value. */
function tokens(css: string, opening: string): Record<string, string> {
  const at = css.indexOf(opening);
  if (at < 0) throw new Error(`no "${opening}" block`);
  const start = css.indexOf('{', at + opening.length - 1);
  const end = css.indexOf('}', start);
  return Object.fromEntries([...css.slice(start + 1, end).matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const globalCss = read('src/styles/global.css');
const mapCss = read('src/styles/map.css');
const embedCss = read('src/components/embed/embed.css');
const pick = (all: Record<string, string>, like: Record<string, string>) => Object.fromEntries(Object.keys(like).map((k) => [k, all[k]]));

describe('forced themes of the embeds equal the site themes', () => {
  test('light', () => {
    const site = tokens(globalCss, ':root {');
    const forced = tokens(embedCss, "html[data-theme='light'] {");
    expect(forced).toEqual(pick(site, forced));
    const siteMap = tokens(mapCss, '.fm {');
    const forcedMap = tokens(embedCss, "html[data-theme='light'] .fm {");
    expect(forcedMap).toEqual(pick(siteMap, forcedMap));
    expect(Object.keys(forcedMap).sort()).toEqual(Object.keys(tokens(mapCss, '@media (prefers-color-scheme: dark) {\n  .fm {')).sort());
  });

  test('dark', () => {
    const site = tokens(globalCss, '@media (prefers-color-scheme: dark) {\n  :root {');
    expect(tokens(embedCss, "html[data-theme='dark'] {")).toEqual(site);
    const siteMap = tokens(mapCss, '@media (prefers-color-scheme: dark) {\n  .fm {');
    expect(tokens(embedCss, "html[data-theme='dark'] .fm {")).toEqual(siteMap);
  });
});

// The downloadable images (src/lib/embed/standalone-svg.ts) draw the light map
// with fixed colours, since a file has no stylesheet: a third copy, kept equal here.
test('the downloadable images use the light map colours', () => {
  const svgSource = read('src/lib/embed/standalone-svg.ts');
  const rule = (selector: string, property: string): string => {
    const body = new RegExp(`\\n\\${selector} \\{([^}]*)\\}`).exec(svgSource)?.[1] ?? '';
    return new RegExp(`(?:^|;)\\s*${property}:\\s*([^;]+);`).exec(body)?.[1]?.trim() ?? `(no ${property} in ${selector})`;
  };
  // "rgb(0 0 0 / 0.38)" and "rgba(0,0,0,0.38)" are the same colour.
  const colour = (value: string) => value.replace(/^rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)\s*[,/]\s*([\d.]+)\s*\)$/, 'rgba($1,$2,$3,$4)');
  const map = tokens(mapCss, '.fm {');
  expect({
    sea: rule('.fm-sea', 'fill'),
    land: rule('.fm-land', 'fill'),
    landLine: rule('.fm-land', 'stroke'),
    syria: rule('.fm-syria', 'fill'),
    border: rule('.fm-border', 'stroke'),
    gov: colour(rule('.fm-gov', 'stroke')),
    river: rule('.fm-river', 'stroke'),
    muted: rule('.fm-muted', 'fill'),
  }).toEqual({
    sea: map['--map-sea'],
    land: map['--map-land'],
    landLine: map['--map-land-line'],
    syria: map['--map-syria'],
    border: map['--map-border'],
    gov: colour(map['--map-gov'] ?? ''),
    river: map['--map-river'],
    muted: map['--map-muted'],
  });
});
