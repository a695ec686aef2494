// A built page as a parse5 tree, for the offline export's rewriting: parsed
// the way a browser parses it (entities, unquoted attributes, raw <script>
// and <style> text, SVG foreign content, <template> content), so the export
// sees exactly the attributes and text the browser would, and serialized
// back to HTML. The output is parse5's canonical form (double-quoted
// attributes, "<!DOCTYPE html>", entities decoded except where HTML needs
// them escaped): the same tree always gives the same text.
import { defaultTreeAdapter, html, parse, serialize, type DefaultTreeAdapterTypes } from 'parse5';

export type HtmlDocument = DefaultTreeAdapterTypes.Document;
export type HtmlElement = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;

// Scripting off: the content of <noscript> is then parsed as markup (the
// search page's no-JavaScript section lists links that must be rewritten)
// rather than kept as raw text, and written back the same way.
const OPTIONS = { scriptingEnabled: false } as const;

export function parseHtml(text: string): HtmlDocument {
  return parse(text, OPTIONS);
}

export function serializeHtml(document: HtmlDocument): string {
  return serialize(document, OPTIONS);
}

function isTemplate(node: ParentNode): node is DefaultTreeAdapterTypes.Template {
  return defaultTreeAdapter.isElementNode(node) && node.tagName === 'template' && node.namespaceURI === html.NS.HTML;
}

function childrenOf(node: ParentNode): ChildNode[] {
  // A <template>'s children live in its content fragment, not in childNodes.
  return isTemplate(node) ? defaultTreeAdapter.getTemplateContent(node).childNodes : node.childNodes;
}

/**
 * Every element under `root`, in document order: HTML, SVG and MathML
 * elements alike, and those inside <template> content. A snapshot, so the
 * caller may replace or remove the elements it is given.
 */
export function elementsOf(root: ParentNode): HtmlElement[] {
  const found: HtmlElement[] = [];
  // An explicit stack: the depth of a page is not bounded.
  const stack: ChildNode[] = [...childrenOf(root)].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!defaultTreeAdapter.isElementNode(node)) continue;
    found.push(node);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return found;
}
