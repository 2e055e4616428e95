/**
 * An accessible single-select listbox (WAI-ARIA listbox with aria-activedescendant): one tab
 * stop; Up/Down/Home/End move the active option, Enter or Space selects it, Escape clears the
 * selection; clicking an option selects it. Options are made once per story; updates only flip
 * attributes, so keyboard focus is never lost.
 */
import { el, replaceChildren } from "../dom.ts";
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

/** Make the listbox `element` behave as described above. */
export function createListbox(element: HTMLUListElement, options: ListboxOptions): Listbox {
  element.setAttribute("role", "listbox");
  element.setAttribute("tabindex", "0");
  element.setAttribute("aria-labelledby", options.labelledBy);
  let items: ListboxItem[] = [];
  const optionById = new Map<string, HTMLLIElement>();
  let active: string | null = null;
  const flagsById = new Map<string, number>();

  const visibleIds = () => items.map((i) => i.id).filter((id) => !optionById.get(id)!.hidden);
  const setActive = (id: string | null, scroll = true) => {
    if (active !== null) optionById.get(active)?.classList.remove("is-active");
    active = id !== null && optionById.has(id) ? id : null;
    if (active === null) {
      element.removeAttribute("aria-activedescendant");
      return;
    }
    const option = optionById.get(active)!;
    option.classList.add("is-active");
    element.setAttribute("aria-activedescendant", option.id);
    if (scroll) option.scrollIntoView({ block: "nearest" });
  };
  const move = (delta: number | "first" | "last") => {
    const ids = visibleIds();
    if (ids.length === 0) return;
    const at = active === null ? -1 : ids.indexOf(active);
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
    if (active === null || optionById.get(active)?.hidden) {
      const selected = items.find((i) => optionById.get(i.id)!.getAttribute("aria-selected") === "true" && !optionById.get(i.id)!.hidden);
      setActive(selected?.id ?? visibleIds()[0] ?? null);
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
      optionById.clear();
      flagsById.clear();
      active = null;
      element.removeAttribute("aria-activedescendant");
      replaceChildren(
        element,
        items.map((item, i) => {
          const option = el(
            "li",
            { attrs: { role: "option", id: `${options.idPrefix}-${i}`, "aria-selected": "false" }, data: { id: item.id }, class: "option" },
            [
              item.swatch ? swatch(item.swatch, item.swatchShape) : null,
              el("span", { class: "option-text" }, [
                el("span", { class: "option-primary", text: item.primary }),
                item.secondary ? el("span", { class: "option-secondary", text: item.secondary }) : null,
              ]),
            ],
          );
          optionById.set(item.id, option);
          flagsById.set(item.id, 0);
          return option;
        }),
      );
    },
    update(state) {
      // Only options whose flags change are touched (lists can hold tens of thousands of options).
      for (const [id, option] of optionById) {
        const flags = (state.hidden.has(id) ? 1 : 0) | (state.selected === id ? 2 : 0) | (state.related.has(id) && state.selected !== id ? 4 : 0);
        if (flagsById.get(id) === flags) continue;
        flagsById.set(id, flags);
        option.hidden = (flags & 1) !== 0;
        option.setAttribute("aria-selected", String((flags & 2) !== 0));
        option.classList.toggle("is-related", (flags & 4) !== 0);
      }
      if (state.selected !== null && optionById.has(state.selected) && !optionById.get(state.selected)!.hidden) {
        setActive(state.selected, document.activeElement !== element);
      } else if (active !== null && optionById.get(active)?.hidden) setActive(null);
    },
  };
}

/** The decorative swatches (legend.ts: part of the first frame). */
export { swatch } from "./legend.ts";
