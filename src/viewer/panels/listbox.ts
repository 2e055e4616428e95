/**
 * An accessible single-select listbox (WAI-ARIA listbox with aria-activedescendant): one tab
 * stop; Up/Down/Home/End move the active option, Enter or Space selects it, Escape clears the
 * selection; clicking an option selects it. Updates only flip attributes, so keyboard focus is
 * never lost.
 *
 * A long list (over WINDOW_FROM rows: a story of 50,000 relations) is windowed: only the rows
 * shown by the filters near the visible part are in the page, between two spacers as tall as the
 * rows they stand for; more rows are made as a spacer scrolls near the viewport, and the active
 * or selected row is always made (aria-activedescendant must name a real element). Each row then
 * says its place (aria-posinset of aria-setsize), so a screen reader still announces "12 of 50,000".
 * A short list holds every row, the hidden ones with `hidden`.
 */
import { el, replaceChildren, scrollRoot } from "../dom.ts";
import { swatch } from "./legend.ts";
import type { ListboxItem, ListboxState } from "../models/lists.ts";

export interface Listbox {
  readonly element: HTMLUListElement;
  setItems(items: readonly ListboxItem[]): void;
  update(state: ListboxState): void;
}

export interface ListboxOptions {
  /** Prefix of the option element ids. */
  readonly idPrefix: string;
  readonly labelledBy: string;
  onSelect(id: string): void;
  onClear(): void;
}

/** Lists with more rows than this are windowed. */
export const WINDOW_FROM = 600;
/** Rows made at a time in a windowed list. */
const CHUNK = 120;
/** How far beyond the viewport (px) a spacer starts the next chunk. */
const AHEAD = 800;
/** A row's height (px) before any is measured. */
const ROW_GUESS = 44;

const HIDDEN = 1;
const SELECTED = 2;
const RELATED = 4;

/** Make the listbox `element` behave as described above. */
export function createListbox(element: HTMLUListElement, options: ListboxOptions): Listbox {
  element.setAttribute("role", "listbox");
  element.setAttribute("tabindex", "0");
  element.setAttribute("aria-labelledby", options.labelledBy);
  let items: ListboxItem[] = [];
  /** Each item's position in `items`. */
  let position = new Map<string, number>();
  let flags = new Uint8Array(0);
  /** The rows in the page, by item id. */
  const optionById = new Map<string, HTMLLIElement>();
  let active: string | null = null;
  let windowed = false;
  /** Windowed: ids of the rows the filters show, in order; the rows made are shown[start, end). */
  let shown: string[] = [];
  let shownAt = new Map<string, number>();
  let start = 0;
  let end = 0;
  let rowHeight = ROW_GUESS;
  const top = el("li", { class: "listbox-spacer", attrs: { role: "presentation", "aria-hidden": "true" } });
  const bottom = el("li", { class: "listbox-spacer", attrs: { role: "presentation", "aria-hidden": "true" } });

  const makeRow = (i: number): HTMLLIElement => {
    const item = items[i]!;
    const option = el(
      "li",
      { attrs: { role: "option", id: `${options.idPrefix}-${i}`, "aria-selected": String((flags[i]! & SELECTED) !== 0) }, data: { id: item.id }, class: ["option", (flags[i]! & RELATED) !== 0 && "is-related"] },
      [
        item.swatch ? swatch(item.swatch, item.swatchShape) : null,
        el("span", { class: "option-text" }, [el("span", { class: "option-primary", text: item.primary }), item.secondary ? el("span", { class: "option-secondary", text: item.secondary }) : null]),
      ],
    );
    if (item.id === active) option.classList.add("is-active");
    optionById.set(item.id, option);
    return option;
  };
  const placed = (option: HTMLLIElement, at: number) => {
    option.setAttribute("aria-posinset", String(at + 1));
    option.setAttribute("aria-setsize", String(shown.length));
    return option;
  };
  const sizeSpacers = () => {
    top.style.height = `${start * rowHeight}px`;
    bottom.style.height = `${(shown.length - end) * rowHeight}px`;
  };
  const measure = () => {
    if (end <= start) return;
    const rows = end - start;
    const first = optionById.get(shown[start]!);
    const last = optionById.get(shown[end - 1]!);
    if (!first || !last) return;
    const h = (last.getBoundingClientRect().bottom - first.getBoundingClientRect().top) / rows;
    if (h > 4) rowHeight = h;
  };
  /** Ask the spacers again whether they are near the viewport (an observer reports changes only). */
  const rewatch = () => {
    if (!spacerWatch || !windowed) return;
    for (const s of [top, bottom]) {
      spacerWatch.unobserve(s);
      spacerWatch.observe(s);
    }
  };
  /** Windowed: make exactly the rows shown[from, to). */
  const renderWindow = (from: number, to: number) => {
    for (const o of optionById.values()) o.remove();
    optionById.clear();
    start = Math.max(0, from);
    end = Math.min(shown.length, Math.max(start, to));
    const rows: HTMLLIElement[] = [];
    for (let k = start; k < end; k++) rows.push(placed(makeRow(position.get(shown[k]!)!), k));
    replaceChildren(element, [top, ...rows, bottom]);
    measure();
    sizeSpacers();
    rewatch();
  };
  const extendDown = () => {
    if (end >= shown.length) return;
    const to = Math.min(shown.length, end + CHUNK);
    const rows: HTMLLIElement[] = [];
    for (let k = end; k < to; k++) rows.push(placed(makeRow(position.get(shown[k]!)!), k));
    bottom.before(...rows);
    end = to;
    sizeSpacers();
    rewatch();
  };
  const extendUp = () => {
    if (start <= 0) return;
    const from = Math.max(0, start - CHUNK);
    const rows: HTMLLIElement[] = [];
    for (let k = from; k < start; k++) rows.push(placed(makeRow(position.get(shown[k]!)!), k));
    const scroller = scrollRoot(element) ?? document.scrollingElement ?? document.documentElement;
    const before = top.getBoundingClientRect().bottom;
    top.after(...rows);
    start = from;
    sizeSpacers();
    // keep what the reader looks at in place: the rows made above replace part of the spacer
    scroller.scrollTop += rows[rows.length - 1]!.getBoundingClientRect().bottom - before;
    rewatch();
  };
  /**
   * A spacer came near the visible part of the list: make the next chunk beside the rows made, or,
   * when the reader jumped far into the spacer (a dragged scrollbar), the rows where they look.
   */
  const onSpacer = (e: IntersectionObserverEntry) => {
    if (!e.isIntersecting || !windowed || !e.rootBounds) return;
    const middle = (e.rootBounds.top + e.rootBounds.bottom) / 2;
    const box = e.boundingClientRect;
    const at = e.target === top ? Math.floor((middle - box.top) / rowHeight) : end + Math.floor((middle - box.top) / rowHeight);
    if (e.target === bottom && at - end <= CHUNK) extendDown();
    else if (e.target === top && start - at <= CHUNK) extendUp();
    else renderWindow(at - CHUNK / 2, at + CHUNK / 2);
  };
  let spacerWatch: IntersectionObserver | null = null;
  /** Windowed: make sure the row of `id` (a shown one) is in the page. */
  const ensureRow = (id: string) => {
    if (!windowed || optionById.has(id)) return;
    const at = shownAt.get(id);
    if (at === undefined) return;
    renderWindow(at - CHUNK / 2, at + CHUNK / 2);
  };
  const isShown = (id: string) => {
    const i = position.get(id);
    return i !== undefined && (flags[i]! & HIDDEN) === 0;
  };
  const shownIds = (): readonly string[] => (windowed ? shown : items.filter((_, i) => (flags[i]! & HIDDEN) === 0).map((x) => x.id));

  const setActive = (id: string | null, scroll = true) => {
    if (active !== null) optionById.get(active)?.classList.remove("is-active");
    active = id !== null && isShown(id) ? id : null;
    if (active === null) {
      element.removeAttribute("aria-activedescendant");
      return;
    }
    ensureRow(active);
    const option = optionById.get(active)!;
    option.classList.add("is-active");
    element.setAttribute("aria-activedescendant", option.id);
    if (scroll) option.scrollIntoView({ block: "nearest" });
  };
  const move = (delta: number | "first" | "last") => {
    const ids = shownIds();
    if (ids.length === 0) return;
    const at = active === null ? -1 : windowed ? (shownAt.get(active) ?? -1) : ids.indexOf(active);
    const next = delta === "first" ? 0 : delta === "last" ? ids.length - 1 : at === -1 ? (delta > 0 ? 0 : ids.length - 1) : Math.max(0, Math.min(ids.length - 1, at + delta));
    setActive(ids[next]!);
  };

  element.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") move(1);
    else if (e.key === "ArrowUp") move(-1);
    else if (e.key === "Home") move("first");
    else if (e.key === "End") move("last");
    else if ((e.key === "Enter" || e.key === " ") && active !== null) options.onSelect(active);
    else if (e.key === "Escape") options.onClear();
    else return;
    e.preventDefault();
  });
  // A click focuses the list before it selects: the focus handler must then neither pick nor
  // scroll to another option (scrolling would move the clicked option away from the pointer, and
  // the click would land on the list instead of the option).
  let pointerDown = false;
  element.addEventListener("pointerdown", () => (pointerDown = true));
  element.addEventListener("pointerup", () => setTimeout(() => (pointerDown = false)));
  element.addEventListener("focus", () => {
    if (pointerDown) return;
    if (active === null || !isShown(active)) {
      const selected = items.findIndex((_, i) => (flags[i]! & (SELECTED | HIDDEN)) === SELECTED);
      setActive(selected >= 0 ? items[selected]!.id : (shownIds()[0] ?? null));
    }
  });
  element.addEventListener("click", (e) => {
    const option = (e.target as Element).closest<HTMLLIElement>("[role=option]");
    if (!option || !element.contains(option)) return;
    const id = option.dataset.id!;
    setActive(id, false);
    options.onSelect(id);
  });

  return {
    element,
    setItems(next) {
      items = [...next];
      position = new Map(items.map((x, i) => [x.id, i]));
      flags = new Uint8Array(items.length);
      optionById.clear();
      active = null;
      element.removeAttribute("aria-activedescendant");
      windowed = items.length > WINDOW_FROM && typeof IntersectionObserver !== "undefined";
      element.classList.toggle("is-windowed", windowed);
      spacerWatch?.disconnect();
      spacerWatch = windowed ? new IntersectionObserver((entries) => entries.forEach(onSpacer), { root: scrollRoot(element), rootMargin: `${AHEAD}px 0px` }) : null;
      if (windowed) {
        shown = items.map((x) => x.id);
        shownAt = new Map(position);
        renderWindow(0, CHUNK);
        return;
      }
      shown = [];
      shownAt = new Map();
      replaceChildren(element, items.map((_, i) => makeRow(i)));
    },
    update(state) {
      // Only rows whose flags change are touched (lists can hold tens of thousands of rows).
      let hiddenChanged = false;
      items.forEach((item, i) => {
        const f = (state.hidden.has(item.id) ? HIDDEN : 0) | (state.selected === item.id ? SELECTED : 0) | (state.related.has(item.id) && state.selected !== item.id ? RELATED : 0);
        if (flags[i] === f) return;
        if ((flags[i]! ^ f) & HIDDEN) hiddenChanged = true;
        flags[i] = f;
        const option = optionById.get(item.id);
        if (!option) return;
        option.hidden = (f & HIDDEN) !== 0;
        option.setAttribute("aria-selected", String((f & SELECTED) !== 0));
        option.classList.toggle("is-related", (f & RELATED) !== 0);
      });
      if (windowed && hiddenChanged) {
        // the filters changed what shows: the same first row stays first, as near as it can
        const anchor = shown[start];
        shown = items.filter((_, i) => (flags[i]! & HIDDEN) === 0).map((x) => x.id);
        shownAt = new Map(shown.map((id, k) => [id, k]));
        const at = anchor === undefined ? 0 : (shownAt.get(anchor) ?? Math.min(start, shown.length));
        renderWindow(at, at + Math.max(CHUNK, end - start));
      }
      if (state.selected !== null && isShown(state.selected)) setActive(state.selected, document.activeElement !== element);
      else if (active !== null && !isShown(active)) setActive(null);
    },
  };
}

/** The decorative swatches (legend.ts: part of the first frame). */
export { swatch } from "./legend.ts";
