// The only way the sidebar builds DOM: text goes in as text nodes, attributes through an
// allow-list, never through innerHTML. Sheet text (titles, owners, notes) is therefore shown
// literally, whatever it contains.

type Listener = (event: Event) => void;
export type Attrs = Record<string, string | number | boolean | null | undefined | Listener>;
export type Child = Node | string | number | null | undefined | false;

/** Attributes that cannot run code or load anything. */
const SAFE_ATTRIBUTE =
  /^(id|class|type|name|value|for|role|tabindex|title|placeholder|min|max|step|lang|dir|hidden|disabled|checked|selected|multiple|size|rows|inputmode|autocomplete|maxlength|open|colspan|scope|form|aria-[a-z]+|data-[a-z-]+)$/;

function setAttributes(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') {
      if (!/^on[a-z]+$/.test(name)) throw new Error(`Not an event: ${name}`);
      el.addEventListener(name.slice(2), value);
    } else if (value === null || value === undefined || value === false) {
    } else if (!SAFE_ATTRIBUTE.test(name)) {
      throw new Error(`Attribute not allowed: ${name}`);
    } else if (name === 'value' && 'value' in el) {
      (el as HTMLInputElement).value = String(value);
    } else if (name === 'checked' && el instanceof HTMLInputElement) {
      el.checked = value === true;
    } else if (name === 'selected' && el instanceof HTMLOptionElement) {
      el.selected = value === true;
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
}

function append(el: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element with safe attributes, listeners (onclick, oninput, …) and text or element children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const SVG_ATTRIBUTE =
  /^(viewBox|width|height|points|x|y|x1|x2|y1|y2|cx|cy|r|d|class|role|focusable|preserveAspectRatio|vector-effect|aria-[a-z]+)$/;

/** An SVG element; only geometry and ARIA attributes. */
export function svg(tag: string, attrs: Record<string, string | number>, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (!SVG_ATTRIBUTE.test(name)) throw new Error(`SVG attribute not allowed: ${name}`);
    el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

/** Replaces an element's children. */
export function fill(el: Element, ...children: Child[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
}

let counter = 0;
/** A document-unique id for label/aria links. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
