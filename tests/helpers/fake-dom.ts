// A tiny stand-in for the DOM, for the Node tests of a panel's `update`: just what src/viewer/dom.ts's
// `el`, `append` and `replaceChildren` and the panels use (elements, text nodes, attributes,
// classes, `hidden`, `value`, `textContent`, listeners), and a count of every change made to it,
// so a test can tell that an `update` drew nothing. Not a DOM: no layout, no events but `click()`.
import { afterAll, beforeAll } from "vitest";

/** Changes made to any fake node since the count was last read with `takeMutations`. */
let mutations = 0;

/** The number of changes made since the last call (and reset it). */
export function takeMutations(): number {
  const n = mutations;
  mutations = 0;
  return n;
}

export class FakeNode {
  childNodes: FakeNode[] = [];
  parentNode: FakeNode | null = null;
  appendChild<T extends FakeNode>(child: T): T {
    if (child.parentNode) child.parentNode.childNodes = child.parentNode.childNodes.filter((c) => c !== child);
    this.childNodes.push(child);
    child.parentNode = this;
    mutations++;
    return child;
  }
  replaceChildren(...nodes: FakeNode[]): void {
    for (const c of this.childNodes) c.parentNode = null;
    this.childNodes = [];
    mutations++;
    for (const n of nodes) this.appendChild(n);
  }
  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join("");
  }
  set textContent(text: string) {
    this.replaceChildren(new FakeText(text));
  }
}

export class FakeText extends FakeNode {
  constructor(readonly data: string) {
    super();
  }
  override get textContent(): string {
    return this.data;
  }
  override set textContent(_text: string) {
    throw new Error("FakeText: text nodes are not changed by the viewer");
  }
}

export class FakeElement extends FakeNode {
  readonly attributes = new Map<string, string>();
  readonly classes = new Set<string>();
  readonly dataset: Record<string, string> = {};
  readonly listeners = new Map<string, (() => void)[]>();
  readonly classList = { add: (...names: string[]) => void (names.forEach((n) => this.classes.add(n)), mutations++) };
  readonly style = { setProperty: () => void mutations++ };
  #hidden = false;
  #value = "";
  max = "";
  constructor(readonly tagName: string) {
    super();
  }
  get hidden(): boolean {
    return this.#hidden;
  }
  set hidden(on: boolean) {
    this.#hidden = on;
    mutations++;
  }
  get value(): string {
    return this.#value;
  }
  set value(v: string) {
    this.#value = v;
    mutations++;
  }
  get id(): string {
    return this.attributes.get("id") ?? "";
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
    mutations++;
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  addEventListener(type: string, listener: () => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  click(): void {
    for (const l of this.listeners.get("click") ?? []) l();
  }
  /** Every element under this one (depth first), itself included. */
  *elements(): Generator<FakeElement> {
    yield this;
    for (const c of this.childNodes) if (c instanceof FakeElement) yield* c.elements();
  }
  /** The first element under this one with tag `tag` (lower case), or null. */
  find(tag: string): FakeElement | null {
    for (const e of this.elements()) if (e.tagName === tag) return e;
    return null;
  }
}

/** `element` typed as the HTMLElement the panels take. */
export function asHtml(element: FakeElement): HTMLElement {
  return element as unknown as HTMLElement;
}

/** Install the fake `document` (createElement, createTextNode) for the tests of this file. */
export function useFakeDocument(): void {
  const had = "document" in globalThis;
  beforeAll(() => {
    if (had) throw new Error("useFakeDocument: a document is already there");
    (globalThis as { document?: unknown }).document = { createElement: (tag: string) => new FakeElement(tag), createTextNode: (text: string) => new FakeText(text) };
  });
  afterAll(() => {
    delete (globalThis as { document?: unknown }).document;
  });
}
