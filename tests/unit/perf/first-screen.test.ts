import { describe, expect, it } from 'vitest';
import { firstScreenCut, tagBoundaries } from '../../../tooling/perf/first-screen.ts';

describe('tagBoundaries', () => {
  it('finds where each tag starts, and the end of the document', () => {
    const html = '<p>a</p><p>b</p>';
    expect(tagBoundaries(html)).toEqual([0, 4, 8, 12, 16]);
  });
  it('never cuts inside a script, a style, a comment or a quoted attribute', () => {
    const html = '<head><script>if (a < b) x("<p>")</script><!-- <div> --><style>a<b{}</style></head><a title="x>y<z">t</a>';
    const cuts = tagBoundaries(html);
    const at = (s: string) => html.indexOf(s);
    expect(cuts).toEqual([0, at('<script>'), at('</script>'), at('<style>'), at('</style>'), at('</head>'), at('<a '), at('</a>'), html.length]);
  });
});

describe('firstScreenCut', () => {
  const html = '<body>' + Array.from({ length: 50 }, (_, i) => `<p>${i}</p>`).join('') + '</body>';
  it('finds the shortest prefix that fills the screen', async () => {
    // Pretend the screen holds 10 paragraphs: a prefix fills it once it holds the 10th's end.
    const fills = async (prefix: string) => (prefix.match(/<\/p>/g)?.length ?? 0) >= 10;
    const cut = await firstScreenCut(html, fills);
    expect(html.slice(0, cut).endsWith('<p>9</p>')).toBe(true);
  });
  it('takes the whole page when even that does not fill the screen', async () => {
    expect(await firstScreenCut(html, async () => false)).toBe(html.length);
  });
});
