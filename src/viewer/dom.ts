/**
 * Tiny DOM helpers that only ever insert text: elements are made with `createElement`, their
 * content is set with `textContent` or appended as nodes. Story data never reaches `innerHTML`,
 * and attributes that could run code (`on*`, `style`, `href` with a non-http(s) URL) are refused.
 */

type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  /** CSS classes. */
  readonly class?: string | readonly (string | false | null | undefined)[];
  /** Attributes, set with setAttribute (event handler and style attributes are refused). */
  readonly attrs?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  /** `data-*` attributes, keys without the prefix. */
  readonly data?: Readonly<Record<string, string>>;
  /** Text content (escaped by the DOM: never parsed as HTML). */
  readonly text?: string;
}

/** Error for an attribute the helpers never set (a bug in the viewer, not in the data). */
export class UnsafeAttributeError extends Error {
  constructor(name: string) {
    super(`el: refusing to set attribute "${name}"`);
    this.name = "UnsafeAttributeError";
  }
}

/** Create `<tag>` with options and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}, children: readonly Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const cls = typeof options.class === "string" ? [options.class] : (options.class ?? []);
  for (const c of cls) if (c) node.classList.add(...c.split(/\s+/).filter(Boolean));
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    setAttr(node, name, value === true ? "" : String(value));
  }
  for (const [k, v] of Object.entries(options.data ?? {})) node.dataset[k] = v;
  if (options.text !== undefined) node.textContent = options.text;
  append(node, children);
  return node;
}

/** Set one attribute; refuses event handlers, inline styles and non-http(s) links. */
export function setAttr(node: Element, name: string, value: string): void {
  const lower = name.toLowerCase();
  if (lower.startsWith("on") || lower === "style" || lower === "srcdoc") throw new UnsafeAttributeError(name);
  if ((lower === "href" || lower === "src" || lower === "action") && !isSafeUrl(value)) throw new UnsafeAttributeError(`${name}=${value}`);
  node.setAttribute(name, value);
}

/** True for an http(s) URL, a blob: URL, or a same-document fragment. */
export function isSafeUrl(value: string): boolean {
  if (value.startsWith("#")) return true;
  try {
    const u = new URL(value, document.baseURI);
    return u.protocol === "https:" || u.protocol === "http:" || u.protocol === "blob:";
  } catch {
    return false;
  }
}

/** Append children (strings as text nodes). */
export function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
  }
}

/** Replace all children of `parent`. */
export function replaceChildren(parent: Element, children: readonly Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** The element with id `id`, or an error naming it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`byId: no element #${id} in the page`);
  return node as T;
}

/**
 * The nearest ancestor of `node` that can scroll (its overflow is auto or scroll), or null (the
 * viewport): the root for an IntersectionObserver watching what comes near view in it.
 *
 * @param node - the element whose scroll container is wanted.
 */
export function scrollRoot(node: HTMLElement): HTMLElement | null {
  for (let p = node.parentElement; p; p = p.parentElement) {
    const o = getComputedStyle(p).overflowY;
    if (o === "auto" || o === "scroll") return p;
  }
  return null;
}
