// Cross-checks a story file against the rest of the content, beyond what its
// schema can know: every actor, place, controller, map view and map date it
// names exists, every pinned paragraph and sentence is in its article, a
// timeline's events fall in its period, and ids are unique on the page.
// Errors name the file and the field ("sections[2].blocks[0].query.actors[1]").
import type { Article } from '../../schemas/article.ts';
import type { StoryBlock, StoryFile } from '../../schemas/story.ts';
import { ExplainError } from './explain-error.ts';
import { articleSentences } from './sentences.ts';
import { parsePassagePin } from './passage-pin.ts';

export interface KnownIds {
  actors: ReadonlySet<string>;
  places: ReadonlySet<string>;
  controllers: ReadonlySet<string>;
  views: ReadonlySet<string>;
  mapDates: ReadonlySet<string>;
  articles: readonly Article[];
  /** Loads (and validates) a shared facts file, or throws naming it. */
  loadFacts: (path: string) => void;
}

export function checkStory(file: string, story: StoryFile, known: KnownIds): void {
  const fail = (where: string, message: string): never => {
    throw new ExplainError(`${file}: ${where}: ${message}`);
  };
  const ids = (where: string, list: readonly string[] | undefined, set: ReadonlySet<string>, registry: string) =>
    (list ?? []).forEach((id, i) => {
      if (!set.has(id)) fail(`${where}[${i}]`, `"${id}" is not in ${registry}`);
    });
  const pageIds = new Set(story.sections.map((s) => s.id));
  const unique = (where: string, id: string | undefined) => {
    if (id === undefined) return;
    if (pageIds.has(id)) fail(where, `"${id}" is used twice on the page`);
    pageIds.add(id);
  };
  const checkPin = (where: string, pin: string) => {
    const { slug, paragraph, sentence } = parsePassagePin(pin) ?? {};
    const article = known.articles.find((a) => a.slug === slug);
    if (!article) return fail(where, `no article "${slug}" in content/articles`);
    const sentences = articleSentences(article).filter((s) => s.paragraph === paragraph);
    if (sentences.length === 0) return fail(where, `${slug} has no paragraph ${paragraph}`);
    if (sentence !== undefined && sentence > sentences.length) fail(where, `${slug}#${paragraph} has ${sentences.length} sentence(s), not ${sentence}`);
  };
  const walk = (blocks: readonly StoryBlock[], path: string) =>
    blocks.forEach((b, i) => {
      const at = `${path}[${i}]`;
      switch (b.type) {
        case 'facts':
          if (b.from !== undefined) known.loadFacts(b.from);
          break;
        case 'passages':
          ids(`${at}.query.actors`, b.query.actors, known.actors, 'content/actors.json');
          ids(`${at}.query.places`, b.query.places, known.places, 'content/places.json');
          (b.query.pins ?? []).forEach((pin, k) => checkPin(`${at}.query.pins[${k}]`, pin));
          break;
        case 'quotes':
          ids(`${at}.actors`, b.actors, known.actors, 'content/actors.json');
          break;
        case 'reactions':
          ids(`${at}.actors`, b.actors, known.actors, 'content/actors.json');
          b.actors.forEach((a) => unique(`${at}.actors`, `reaction-${a}`));
          break;
        case 'timeline':
          b.events.forEach((e, k) => {
            if (e.date < b.from || e.date > b.to) fail(`${at}.events[${k}].date`, `${e.date} is outside the period ${b.from}–${b.to}`);
          });
          break;
        case 'map':
          unique(`${at}.id`, b.id);
          if (!known.views.has(b.view)) fail(`${at}.view`, `"${b.view}" is not a map view (${[...known.views].join(', ')})`);
          if (b.highlight !== undefined && !known.controllers.has(b.highlight)) {
            fail(`${at}.highlight`, `"${b.highlight}" is not in content/control/controllers.json`);
          }
          if (Array.isArray(b.dates)) ids(`${at}.dates`, b.dates, known.mapDates, 'content/control/dates.json');
          break;
        case 'figures':
          unique(`${at}.toll.id`, b.toll?.id);
          b.figures.forEach((f, k) => unique(`${at}.figures[${k}].id`, f.id));
          break;
        case 'note':
          break;
        case 'subsection':
          unique(`${at}.id`, b.id);
          walk(b.blocks, `${at}.blocks`);
          break;
      }
    });
  ids('about.actors', story.about?.actors, known.actors, 'content/actors.json');
  ids('about.places', story.about?.places, known.places, 'content/places.json');
  story.sections.forEach((s, i) => walk(s.blocks, `sections[${i}].blocks`));
}
