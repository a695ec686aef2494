// An explainer outline (explainer-outline.ts) as Markdown, the format both
// peer sites are written in. All text is escaped so it renders literally in
// CommonMark with GFM (Starlight) and in Observable Framework, whose `${…}`
// would otherwise run as code.
import type { ExplainerOutline, OutlineBlock } from './explainer-outline.ts';

/** ASCII punctuation that means something to CommonMark, GFM, MDX or Framework; CommonMark lets a backslash escape any of it. */
const SPECIAL = /[\\`*_[\]<>#|$&{}~!]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1');
}

export interface MarkdownOptions {
  /** What stands where the outline has its map: the peer's own client-side map. */
  map: string;
  /** Starlight takes the title from YAML frontmatter; Framework from the first heading. */
  titleAs: 'frontmatter' | 'heading';
}

function block(b: OutlineBlock, options: MarkdownOptions): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`;
    case 'paragraph':
      return escapeMarkdown(b.text);
    case 'item':
      return `- ${escapeMarkdown(b.text)}`;
    case 'quote':
      return `> ${escapeMarkdown(b.text)}${b.by ? `\n>\n> — ${escapeMarkdown(b.by)}` : ''}`;
    case 'table': {
      const row = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
      return [row(b.head), `| ${b.head.map(() => '---').join(' | ')} |`, ...b.rows.map(row)].join('\n');
    }
    case 'map':
      return options.map;
  }
}

export function outlineMarkdown(outline: ExplainerOutline, options: MarkdownOptions): string {
  const head =
    options.titleAs === 'frontmatter'
      ? `---\ntitle: ${JSON.stringify(outline.title)}\ndescription: ${JSON.stringify(outline.description)}\n---\n\n${escapeMarkdown(outline.description)}`
      : `# ${escapeMarkdown(outline.title)}\n\n${escapeMarkdown(outline.description)}`;
  const parts: string[] = [head];
  outline.blocks.forEach((b, i) => {
    // Consecutive list items form one list; anything else is its own paragraph.
    const joinsList = b.type === 'item' && outline.blocks[i - 1]?.type === 'item';
    const text = block(b, options);
    if (joinsList) parts[parts.length - 1] += `\n${text}`;
    else parts.push(text);
  });
  return parts.join('\n\n') + '\n';
}
