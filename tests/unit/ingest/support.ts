// Shared helpers for the ingest tests: the fixture registry, a DW skeleton to
// put test paragraphs into, and an MDX renderer that evaluates the generated
// MDX with satteri (the compiler Astro 7 uses) and a tiny JSX runtime that
// builds a text tree, so a test can compare rendered text with the input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from 'satteri';
import { actorsFileSchema, peopleFileSchema, placesFileSchema } from '../../../src/schemas/registry.ts';
import { compileRegistries, type CompiledRegistries, type Registries } from '../../../src/lib/ingest/registries.ts';
import type { Article } from '../../../src/schemas/article.ts';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'ingest');

/** The small registry in tests/fixtures/ingest/registry.json (tests never depend on the real one). */
export function fixtureRegistryData(): Registries {
  const json = JSON.parse(readFileSync(join(FIXTURES, 'registry.json'), 'utf8')) as Record<string, unknown>;
  return {
    actors: actorsFileSchema.parse(json['actors']),
    people: peopleFileSchema.parse(json['people']),
    places: placesFileSchema.parse(json['places']),
  };
}

export function fixtureRegistries(): CompiledRegistries {
  return compileRegistries(fixtureRegistryData());
}

/** A complete English DW scrape around the given body lines (each becomes one block). */
export function dwSkeleton(body: readonly string[], { title = 'Test article about Hama', date = 'December 1, 2024' } = {}): string {
  return [
    '1. Skip to content',
    '  2. Skip to main menu',
    '  3. Skip to more DW sites',
    'ConflictsSyria',
    '',
    title,
    '',
    date,
    '',
    'A dek line for the test.',
    '',
    'An image alt line.',
    'A caption lineImage: Test Agency/Photo',
    '',
    ...body.flatMap((line) => [line, '']),
    'ab/cd (dpa, AFP)',
    '',
    'Skip next section DW\'s Top Story',
    '',
    "DW's Top Story",
  ].join('\n');
}

export function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** What a rendered block holds: its component, props other than children, and its text content. */
export interface RenderedBlock {
  type: string;
  props: Record<string, unknown>;
  text: string;
  quotes: { speaker?: unknown; ref?: unknown; text: string }[];
}

interface Node {
  type: unknown;
  props: Record<string, unknown> & { children?: unknown };
}

const Fragment = Symbol('Fragment');

function textOf(children: unknown): string {
  if (children === undefined || children === null || typeof children === 'boolean') return '';
  if (typeof children === 'string' || typeof children === 'number') return String(children);
  if (Array.isArray(children)) return children.map(textOf).join('');
  return textOf((children as Node).props.children);
}

function flatten(children: unknown): Node[] {
  if (Array.isArray(children)) return children.flatMap(flatten);
  if (children && typeof children === 'object') {
    const node = children as Node;
    return node.type === Fragment ? flatten(node.props.children) : [node];
  }
  return [];
}

/** Compiles and runs the MDX; returns the top-level component blocks (stray text is an error). */
export function renderMdx(mdx: string): RenderedBlock[] {
  const jsx = (type: unknown, props: unknown): Node => ({ type, props: props as Node['props'] });
  const module = evaluate(mdx, { Fragment, jsx, jsxs: jsx }) as Record<string, unknown>;
  const Content = module['default'] as (props: unknown) => unknown;
  const components = { P: 'P', H: 'H', Quote: 'Quote', Video: 'Video' };
  const root = Content({ components }) as Node;
  // Several blocks come wrapped in a fragment; a single block is the root itself.
  const top = root.type === Fragment ? root.props.children : root;
  const children: unknown[] = Array.isArray(top) ? top : [top];
  const stray = children.filter((c) => typeof c === 'string' && c.trim() !== '');
  if (stray.length > 0) throw new Error(`text outside any component: ${JSON.stringify(stray)}`);
  return flatten(children).map((node) => {
    const { children: inner, ...props } = node.props;
    const quotes = flatten(inner)
      .filter((n) => n.type === 'Quote')
      .map((n) => ({ speaker: n.props['speaker'], ref: n.props['ref'], text: textOf(n.props.children) }));
    return { type: String(node.type), props, text: textOf(inner), quotes };
  });
}

/**
 * Renders the article's generated MDX and returns the mismatches between what
 * each rendered block shows and the article's own text (empty when literal).
 */
export function renderingMismatches(article: Article, mdx: string): string[] {
  const rendered = renderMdx(mdx);
  const problems: string[] = [];
  if (rendered.length !== article.blocks.length) problems.push(`${rendered.length} blocks rendered, ${article.blocks.length} in the article`);
  article.blocks.forEach((block, i) => {
    const r = rendered[i];
    const expected = block.type === 'video' ? block.title : block.text;
    const shown = r?.type === 'Video' ? r.props['title'] : r?.text;
    if (r?.props['id'] !== block.id || shown !== expected) problems.push(`${block.id}: ${JSON.stringify(shown)} ≠ ${JSON.stringify(expected)}`);
  });
  return problems;
}
