// Content checks on the generated explainers (content/explainers/*.mdx) and
// the story files and curated knowledge they are built from (that they are up to date with the
// articles and knowledge is `npm run explain -- --check`, in freshness.test.ts):
//   - every article citation resolves to an existing paragraph (or the lead
//     image caption) and its sentence stands in that paragraph verbatim;
//   - every curated citation is a source recorded in content/knowledge;
//   - every party the issue lists has a section;
//   - every number in a KeyFigure or BarChart appears in its cited sentence;
//   - article text is shown verbatim (excerpts and quotes equal their citation);
//   - every curated fact and event names a public source with a URL.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleSchema, type Article } from '../../src/schemas/article.ts';
import { outcomeFileSchema, type CuratedFact } from '../../src/schemas/knowledge.ts';
import { storyFileSchema, type StoryBlock, type StoryFile } from '../../src/schemas/story.ts';
import { citableText } from '../../src/lib/content/citable-text.ts';
import { parseCitationId } from '../../src/lib/explain/citations.ts';
import { allNodes, mdxBody, renderExplainer, type ExplainerNode } from './explain/render-explainer.ts';
import { host, isRepost } from '../support/reposts.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const articles = new Map<string, Article>(
  readdirSync(join(ROOT, 'content/articles'))
    .filter((n) => n.endsWith('.json'))
    .map((n) => {
      const { _generated: _stamp, ...json } = JSON.parse(read(`content/articles/${n}`)) as Record<string, unknown>;
      const article = articleSchema.parse(json);
      return [article.slug, article];
    }),
);
const outcome = outcomeFileSchema.parse(JSON.parse(read('content/knowledge/outcome.json')));
const EXPLAINERS = readdirSync(join(ROOT, 'content/stories')).map((n) => n.replace(/\.json$/u, '')).sort();
const stories = new Map<string, StoryFile>(EXPLAINERS.map((slug) => [slug, storyFileSchema.parse(JSON.parse(read(`content/stories/${slug}.json`)))]));
const blocksOf = (blocks: readonly StoryBlock[]): StoryBlock[] => blocks.flatMap((b) => (b.type === 'subsection' ? [b, ...blocksOf(b.blocks)] : [b]));
const storyBlocks = [...stories.values()].flatMap((story) => story.sections.flatMap((s) => blocksOf(s.blocks)));
/** The parties of "Who is fighting": each card section with its actors (those its passages are about) and the facts it shows. */
const parties = (stories.get('who-is-fighting-in-syria')?.sections ?? [])
  .filter((s) => s.card)
  .map((s) => {
    const blocks = blocksOf(s.blocks);
    return {
      id: s.id,
      inPassing: s.card?.inPassing ?? false,
      actors: blocks.flatMap((b) => (b.type === 'passages' ? (b.query.actors ?? []) : [])),
      controller: blocks.flatMap((b) => (b.type === 'map' ? [b.highlight] : []))[0],
      facts: blocks.flatMap((b) => (b.type === 'facts' ? (b.facts ?? []) : [])),
    };
  });
const files = new Map(EXPLAINERS.map((slug) => [slug, read(`content/explainers/${slug}.mdx`)]));
const trees = new Map(EXPLAINERS.map((slug) => [slug, allNodes(renderExplainer(mdxBody(files.get(slug) ?? '')))]));

const mapDates = (JSON.parse(read('content/control/dates.json')) as { date: string }[]).map((d) => d.date).sort();
const firstMapDate = mapDates[0];
const latestMapDate = mapDates.at(-1);

const curatedFacts: CuratedFact[] = [
  ...storyBlocks.flatMap((b) => (b.type === 'facts' ? (b.facts ?? []) : b.type === 'timeline' ? b.events : [])),
  ...outcome.facts,
];
const curatedUrls = new Set(curatedFacts.flatMap((f) => f.sources.map((s) => s.url)));

/** Nodes that carry a citation: Citation itself, and Quote/KeyFigure/BarChart with citation props. */
function cited(nodes: readonly ExplainerNode[]): ExplainerNode[] {
  return nodes.filter((n) => typeof n.props['n'] === 'number');
}

function citedTextOf(to: string): string | undefined {
  const parsed = parseCitationId(to);
  const article = parsed && articles.get(parsed.slug);
  return parsed && article ? citableText(article, parsed.anchor) : undefined;
}

describe.each(EXPLAINERS)('%s', (slug) => {
  const nodes = trees.get(slug) ?? [];

  test('citations are numbered 1, 2, 3… in page order', () => {
    expect(cited(nodes).map((n) => n.props['n'])).toEqual(cited(nodes).map((_, i) => i + 1));
  });

  test('every article citation resolves to a paragraph that contains its sentence verbatim', () => {
    const articleCitations = cited(nodes).filter((n) => n.props['to'] !== undefined);
    expect(articleCitations.length).toBeGreaterThan(1);
    for (const n of articleCitations) {
      const to = String(n.props['to']);
      const text = citedTextOf(to);
      expect(text, `${to} exists`).toBeDefined();
      expect(text, `${to} contains the cited sentence`).toContain(String(n.props['sentence']));
      expect(String(n.props['label'])).toMatch(/^DW, \d{1,2} \w+ 2024, (paragraph \d+|photo caption)$/);
    }
  });

  test('every curated citation is a public source recorded in a story or knowledge file', () => {
    for (const n of cited(nodes).filter((c) => c.props['url'] !== undefined)) {
      expect(String(n.props['url'])).toMatch(/^https?:\/\//);
      expect(curatedUrls.has(String(n.props['url'])), String(n.props['url'])).toBe(true);
      expect(String(n.props['source'])).not.toBe('');
    }
  });

  test('article sentences are shown verbatim: excerpts and quotes equal what they cite', () => {
    for (const n of nodes.filter((x) => x.type === 'Excerpt')) {
      const citation = n.children.find((c) => c.type === 'Citation');
      expect(n.text).toBe(citation?.props['sentence']);
    }
    for (const n of nodes.filter((x) => x.type === 'Quote')) expect(n.text).toBe(n.props['sentence']);
    for (const n of nodes.filter((x) => x.type === 'TimelineEvent' && x.props['kind'] === 'report')) {
      const citation = n.children.find((c) => c.type === 'Citation');
      expect(n.text).toBe(citation?.props['sentence']);
    }
  });
});

describe('who is fighting in Syria?', () => {
  const nodes = trees.get('who-is-fighting-in-syria') ?? [];
  const cards = nodes.filter((n) => n.type === 'ActorCard');

  test('has a section for every party the issue lists', () => {
    const required: Record<string, string> = {
      hts: 'hts',
      sna: 'sna',
      government: 'syrian-government',
      russia: 'russia',
      iran: 'iran',
      sdf: 'sdf',
      turkey: 'turkey',
      israel: 'israel',
      'islamic-state': 'islamic-state',
    };
    for (const [id, actor] of Object.entries(required)) {
      expect(cards.map((c) => c.props['id']), `a section for ${id}`).toContain(id);
      expect(parties.find((p) => p.id === id)?.actors).toContain(actor);
    }
    expect(parties.find((p) => p.id === 'government')?.actors).toContain('iraqi-militias');
    expect(parties.filter((p) => p.inPassing).map((p) => p.id).sort()).toEqual(['islamic-state', 'israel']);
  });

  test('each section says who they are with sources, and maps the ground each party held when the offensive began', () => {
    for (const card of cards) {
      const party = parties.find((p) => p.id === card.props['id']);
      const all = allNodes(card.children);
      expect(all.filter((n) => n.type === 'Fact').length).toBe(party?.facts.length);
      const map = all.find((n) => n.type === 'FrontlineMap');
      if (party?.controller) {
        // As the parties stood when the offensive began (the first map date); the page ends with the map of its last day.
        expect(map?.props).toMatchObject({ view: 'syria', highlight: party.controller, interactive: false, dates: [firstMapDate] });
      } else {
        expect(map).toBeUndefined();
      }
    }
  });

  test('ends with the map of the last day, every force shown', () => {
    const aftermath = nodes.find((n) => n.type === 'Section' && n.props['id'] === 'aftermath');
    const map = allNodes(aftermath?.children ?? []).find((n) => n.type === 'FrontlineMap');
    expect(map?.props).toMatchObject({ view: 'syria', dates: [latestMapDate], interactive: false });
    expect(map?.props['highlight']).toBeUndefined();
  });

  test('quotes are attributed to the party they belong to', () => {
    const quotesOf = (id: string) =>
      allNodes(cards.find((c) => c.props['id'] === id)?.children ?? []).filter((n) => n.type === 'Quote').map((n) => n.props['speaker']);
    expect(quotesOf('iran')).toEqual(['Abbas Araghchi', 'Abbas Araghchi']);
    expect(quotesOf('turkey')).toEqual(['Hakan Fidan', 'Hakan Fidan']);
    expect(quotesOf('israel')).toEqual(['Benjamin Netanyahu']);
    expect(quotesOf('government')).toEqual(['Bashar al-Assad']);
  });
});

test('each explainer says, with its sources, that the government fell on 8 December', () => {
  for (const slug of EXPLAINERS) {
    const facts = (trees.get(slug) ?? []).filter((n) => n.type === 'Fact');
    const fell = facts.find((f) => f.text.includes("Assad's rule had ended"));
    expect(fell, slug).toBeDefined();
    expect(allNodes(fell!.children).some((n) => n.type === 'Citation' && typeof n.props['url'] === 'string'), slug).toBe(true);
    // Later sources keep their dates in the frontmatter, so the page can say it cites sources newer than its reports.
    expect(files.get(slug), slug).toMatch(/"published":"2024-12-(?:08|09)"/u);
  }
  for (const slug of ['who-is-fighting-in-syria', 'the-hama-offensive']) {
    const section = (trees.get(slug) ?? []).find((n) => n.type === 'Section' && n.props['id'] === 'aftermath');
    expect(allNodes(section?.children ?? []).filter((n) => n.type === 'Fact').length, slug).toBe(outcome.facts.length);
  }
});

describe('the fall of the government', () => {
  const nodes = trees.get('the-fall-of-the-assad-government') ?? [];

  test('covers Homs, the south, the desert and east, Damascus, Assad\'s flight and the statements, each fact dated and sourced', () => {
    const sections = nodes.filter((n) => n.type === 'Section').map((n) => n.props['id']);
    expect(sections).toEqual(expect.arrayContaining(['homs', 'south', 'desert-east', 'damascus', 'assad-flight', 'statements']));
    const facts = nodes.filter((n) => n.type === 'Fact');
    expect(facts.length).toBeGreaterThan(30);
    for (const f of facts) {
      expect(String(f.props['date']), f.text).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      expect(allNodes(f.children).filter((n) => n.type === 'Citation').length, f.text).toBeGreaterThan(0);
    }
  });

  test('steps the map through 5 to 8 December and starts from what the 5 December report expected', () => {
    const map = nodes.find((n) => n.type === 'FrontlineMap');
    expect(map?.props['dates']).toEqual(['2024-12-05', '2024-12-06', '2024-12-07', '2024-12-08']);
    const expected = allNodes(nodes.find((n) => n.props['id'] === 'expected')?.children ?? []);
    expect(expected.some((n) => n.type === 'Excerpt' && /keep\s+marching\s+south\s+towards\s+Homs/u.test(n.text))).toBe(true);
  });
});

describe('the Hama offensive', () => {
  const nodes = trees.get('the-hama-offensive') ?? [];

  test('every number in the key figures and the bar chart appears in its cited sentence', () => {
    const figures = nodes.filter((n) => n.type === 'KeyFigure');
    expect(figures.map((n) => n.props['value'])).toEqual(['115,000', '40']);
    for (const n of figures) expect(String(n.props['sentence'])).toContain(String(n.props['value']));
    const chart = nodes.find((n) => n.type === 'BarChart');
    const bars = chart?.props['bars'] as { label: string; value: number; raw: string }[];
    expect(chart?.props['total']).toBe('412');
    expect(bars.map((b) => [b.label, b.value])).toEqual([
      ['rebels', 214],
      ['pro-government forces', 137],
      ['civilians', 61],
    ]);
    const sentence = String(chart?.props['sentence']);
    for (const raw of [String(chart?.props['total']), ...bars.map((b) => b.raw)]) expect(sentence).toContain(raw);
    expect(bars.reduce((sum, b) => sum + b.value, 0)).toBe(412);
  });

  test('the 40 villages are cited to the 5 December article\'s caption', () => {
    const villages = nodes.find((n) => n.type === 'KeyFigure' && n.props['value'] === '40');
    expect(villages?.props['to']).toBe('syria-islamist-rebels-eye-more-gains-after-seizing-hama#caption');
  });

  test('the timeline runs from 27 November to 5 December, with the reports\' weekdays resolved', () => {
    const days = nodes.filter((n) => n.type === 'TimelineDay').map((n) => n.props['date']);
    expect(days[0]).toBe('2024-11-27');
    expect(days.at(-1)).toBe('2024-12-05');
    const dayOf = (start: string) =>
      nodes.find((n) => n.type === 'TimelineDay' && n.children.some((e) => e.text.startsWith(start)))?.props['date'];
    expect(dayOf('The Syrian military on Sunday sent reinforcements')).toBe('2024-12-01');
    expect(dayOf('President Assad said in comments released on Saturday evening')).toBe('2024-11-30');
    expect(dayOf("On Thursday, Assad's forces")).toBe('2024-12-05');
    expect(dayOf('Islamist-led rebels in Syria')).toBe('2024-12-05');
  });

  test('reactions: one part per actor of the story file, each with what the reports say', () => {
    const reactions = nodes.filter((n) => n.type === 'Subsection' && String(n.props['id']).startsWith('reaction-'));
    expect(reactions.map((n) => n.props['title'])).toEqual(['Iran', 'Turkey', 'Israel', 'Germany', 'United Nations', 'China']);
    for (const r of reactions) expect(r.children.some((c) => c.type === 'Quote' || c.type === 'Excerpt'), String(r.props['title'])).toBe(true);
  });

  test('what comes next names Homs and the M5', () => {
    const outlook = allNodes(nodes.find((n) => n.type === 'Section' && n.props['id'] === 'outlook')?.children ?? []);
    expect(outlook.some((n) => n.type === 'Excerpt' && n.text.includes('Homs'))).toBe(true);
    expect(outlook.some((n) => n.type === 'Fact' && n.text.includes('M5'))).toBe(true);
  });

  test('the front-line map steps through every map date, to the end of the offensive on 8 December', () => {
    const map = nodes.find((n) => n.type === 'FrontlineMap');
    expect(map?.props).toMatchObject({ view: 'corridor' });
    expect(map?.props['dates']).toEqual(mapDates);
    expect(map?.props['interactive']).toBeUndefined();
  });
});

test('the explainers cite publishers\' own pages: a repost, mirror or encyclopedia only with the reason, flagged on the page', () => {
  const sources = curatedFacts.flatMap((f) => f.sources);
  for (const s of sources) {
    const weak = isRepost(s.url) || /wikipedia\.org$/u.test(host(s.url));
    if (weak) expect(s.onlyCopy, `${s.name}: ${s.url}`).toBeDefined();
    if (/wikipedia\.org$/u.test(host(s.url))) expect(s.publisherKind, s.url).toBe('encyclopedia');
  }
  expect(sources.filter((s) => s.publisherKind === 'encyclopedia').length).toBeLessThanOrEqual(1);
  // The page says why: the citation carries the caveat.
  const caveats = [...trees.values()].flat().filter((n) => n.type === 'Citation' && typeof n.props['caveat'] === 'string');
  expect(caveats.map((n) => n.props['url'])).toEqual(expect.arrayContaining(sources.filter((s) => s.onlyCopy).map((s) => s.url)));
});

test('every curated fact and event names a public source with an http(s) URL', () => {
  expect(curatedFacts.length).toBeGreaterThan(10);
  for (const fact of curatedFacts) {
    expect(fact.sources.length, fact.text).toBeGreaterThan(0);
    for (const s of fact.sources) {
      expect(s.url).toMatch(/^https?:\/\/[^\s]+$/);
      expect(s.name.trim()).not.toBe('');
    }
  }
});

test('no excerpt starts with a reference whose antecedent is cut off: the sentence before it comes first', () => {
  for (const slug of EXPLAINERS) {
    const excerpts = (trees.get(slug) ?? [])
      .filter((n) => n.type === 'Excerpt')
      .map((n) => ({ text: n.text, to: String(n.children.find((c) => c.type === 'Citation')?.props['to']) }));
    expect(excerpts.length, slug).toBeGreaterThan(0);
    excerpts.forEach((e, i) => {
      // The one before cites the same article, at this paragraph or the one before.
      const article = (to: string | undefined) => to?.split('#')[0];
      if (/^(?:The figure|This|These|They|It)\b/u.test(e.text)) expect(article(excerpts[i - 1]?.to), `${slug}: "${e.text.slice(0, 40)}…" follows its antecedent`).toBe(article(e.to));
    });
  }
  // The toll's breakdown follows the sentence that gives the toll.
  const texts = (trees.get('who-is-fighting-in-syria') ?? []).filter((n) => n.type === 'Excerpt').map((n) => n.text);
  const toll = texts.findIndex((t) => t.includes('the death toll "has reached 412,"'));
  expect(toll).toBeGreaterThan(-1);
  expect(texts[toll + 1]).toMatch(/^The figure including 214 rebels/u);
});
