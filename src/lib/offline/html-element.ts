// Reading and changing one element of a parse5 tree (see html-tree.ts):
// its attributes by the name written in HTML, its text, its place. Values
// are plain decoded strings; escaping them is the serializer's job.
import { defaultTreeAdapter, html } from 'parse5';
import type { HtmlElement } from './html-tree.ts';

type Attribute = HtmlElement['attrs'][number];

/**
 * An attribute's name as written in HTML. In SVG, parse5 splits
 * "xlink:href" into prefix "xlink" and name "href" (its namespace is XLink);
 * this joins them again, so "xlink:href" and a plain "href" stay apart.
 */
export function attributeName(attribute: Attribute): string {
  return attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
}

/** Whether the element is the HTML element `tagName` (an SVG <a> or <script> is not). */
export function isHtmlElement(element: HtmlElement, tagName: string): boolean {
  return element.tagName === tagName && element.namespaceURI === html.NS.HTML;
}

/** The decoded value of an attribute; '' for a bare attribute; undefined when absent. */
export function getAttribute(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((a) => attributeName(a) === name)?.value;
}

export function removeAttributes(element: HtmlElement, names: readonly string[]): void {
  element.attrs = element.attrs.filter((a) => !names.includes(attributeName(a)));
}

/** Rewrites the text of the element's text children (the code of a <script>, the rules of a <style>). */
export function rewriteText(element: HtmlElement, change: (text: string) => string): void {
  for (const child of element.childNodes) {
    if (defaultTreeAdapter.isTextNode(child)) child.value = change(child.value);
  }
}

/** The element's own text: the code of a <script>, which parse5 keeps as one text node. */
export function textOf(element: HtmlElement): string {
  return element.childNodes.map((child) => (defaultTreeAdapter.isTextNode(child) ? child.value : '')).join('');
}

/** A new HTML element with these attributes, in this order ('' writes a boolean attribute). */
export function createHtmlElement(tagName: string, attributes: ReadonlyArray<readonly [name: string, value: string]>): HtmlElement {
  return defaultTreeAdapter.createElement(
    tagName,
    html.NS.HTML,
    attributes.map(([name, value]) => ({ name, value })),
  );
}

/** A new HTML element holding `text` (the data of a <script type="application/json">). */
export function createTextElement(tagName: string, attributes: ReadonlyArray<readonly [name: string, value: string]>, text: string): HtmlElement {
  const element = createHtmlElement(tagName, attributes);
  defaultTreeAdapter.insertText(element, text);
  return element;
}

/** Puts `replacement` where the element was, or just takes the element out. */
export function replaceElement(element: HtmlElement, replacement: HtmlElement | null): void {
  const parent = element.parentNode;
  if (parent && replacement) defaultTreeAdapter.insertBefore(parent, replacement, element);
  defaultTreeAdapter.detachNode(element);
}

export function appendElement(parent: HtmlElement, child: HtmlElement): void {
  defaultTreeAdapter.appendChild(parent, child);
}
