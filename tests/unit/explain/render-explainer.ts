// Evaluates generated explainer MDX with satteri (the compiler Astro 7 uses)
// and a tiny JSX runtime that builds a plain tree, so tests can read every
// component the page would render with its props and its text.
import { evaluate } from 'satteri';

export interface ExplainerNode {
  type: string;
  props: Record<string, unknown>;
  /** Text content of the children (not of props). */
  text: string;
  children: ExplainerNode[];
}

interface RawNode {
  type: unknown;
  props: Record<string, unknown> & { children?: unknown };
}

const Fragment = Symbol('Fragment');

export const COMPONENT_NAMES = [
  'ActorCard', 'BarChart', 'Citation', 'Excerpt', 'Fact', 'FrontlineMap', 'KeyFigure', 'KeyFigures', 'Note', 'Q', 'Quote',
  'Section', 'Subsection', 'Timeline', 'TimelineDay', 'TimelineEvent',
] as const;

function textOf(children: unknown): string {
  if (children === undefined || children === null || typeof children === 'boolean') return '';
  if (typeof children === 'string' || typeof children === 'number') return String(children);
  if (Array.isArray(children)) return children.map(textOf).join('');
  const node = children as RawNode;
  // A citation's marker is not part of the sentence it follows.
  if (node.type === 'Citation') return '';
  return textOf(node.props.children);
}

function toNodes(children: unknown): ExplainerNode[] {
  if (Array.isArray(children)) return children.flatMap(toNodes);
  if (!children || typeof children !== 'object') return [];
  const node = children as RawNode;
  if (node.type === Fragment) return toNodes(node.props.children);
  const { children: inner, ...props } = node.props;
  return [{ type: String(node.type), props, text: textOf(inner), children: toNodes(inner) }];
}

/** The MDX body of a generated file (after its frontmatter). */
export function mdxBody(file: string): string {
  const end = file.indexOf('\n---\n', 4);
  if (!file.startsWith('---\n') || end < 0) throw new Error('no frontmatter');
  return file.slice(end + 5);
}

/** Renders the MDX; returns the top-level nodes. Stray text (outside any component) is an error. */
export function renderExplainer(mdx: string): ExplainerNode[] {
  const jsx = (type: unknown, props: unknown): RawNode => ({ type, props: props as RawNode['props'] });
  const module = evaluate(mdx, { Fragment, jsx, jsxs: jsx }) as Record<string, unknown>;
  const Content = module['default'] as (props: unknown) => unknown;
  const components = Object.fromEntries(COMPONENT_NAMES.map((n) => [n, n]));
  const root = Content({ components });
  const top = toNodes(root);
  const stray = (Array.isArray((root as RawNode).props?.children) ? ((root as RawNode).props.children as unknown[]) : []).filter(
    (c) => typeof c === 'string' && c.trim() !== '',
  );
  if (stray.length > 0) throw new Error(`text outside any component: ${JSON.stringify(stray)}`);
  return top;
}

/** Every node of the tree, depth first. */
export function allNodes(nodes: readonly ExplainerNode[]): ExplainerNode[] {
  return nodes.flatMap((n) => [n, ...allNodes(n.children)]);
}
