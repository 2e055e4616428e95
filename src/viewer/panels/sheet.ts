/**
 * The phone's sheet under the graph (viewer.css, ≤ 760 px): tab buttons that show the details,
 * the article or the claims & filters (`data-sheet` on the layout), a selection opening the tab
 * that shows it (models/sheet.ts's sheetTabFor), and the "Key" button that opens the legend over the
 * canvas. On a desktop the tabs and the Key button are not displayed and every panel is shown:
 * the tab state is then kept but changes nothing on screen.
 */
import { SHEET_TABS, sheetTabFor, type SheetTab } from "../models/sheet.ts";
import type { Cause } from "../state/app-state.ts";
import type { Selection } from "../state/types.ts";

export interface Sheet {
  /** The tab shown. */
  readonly tab: () => SheetTab;
  /** Show `tab`. */
  show(tab: SheetTab): void;
  /** The selection changed, coming from `origin`: open the tab that shows it. */
  follow(selection: Selection, origin: Cause): void;
}

/** Elements of the sheet (all in index.html). */
export interface SheetElements {
  /** The grid holding graph, tabs and sheet: carries `data-sheet`. */
  readonly layout: HTMLElement;
  /** The group of tab buttons (`data-sheet-tab`). */
  readonly tabs: HTMLElement;
  /** The article's scrolling pane, scrolled to the marked quote when its tab opens. */
  readonly articlePane: HTMLElement;
  /** The details panel, scrolled to a claim's evidence when a claim is picked on a phone. */
  readonly details: HTMLElement;
  /** The graph pane, which gets `legend-open`, and the button that toggles it. */
  readonly graphPane: HTMLElement;
  readonly legendToggle: HTMLButtonElement;
}

function isSheetTab(value: string | undefined): value is SheetTab {
  return (SHEET_TABS as readonly string[]).includes(value ?? "");
}

/** Mount the sheet's tabs and the legend toggle; `initial` is the tab shown first. */
export function mountSheet(els: SheetElements, initial: SheetTab): Sheet {
  let current: SheetTab = initial;
  const buttons = [...els.tabs.querySelectorAll<HTMLButtonElement>("button[data-sheet-tab]")];

  const show = (tab: SheetTab): void => {
    const active = document.activeElement;
    const was = current;
    current = tab;
    els.layout.dataset.sheet = tab;
    for (const b of buttons) b.setAttribute("aria-pressed", String(b.dataset.sheetTab === tab));
    if (tab === was) return;
    // the focus stood in a panel just hidden (phone only): keep it on the tab that replaced it
    if (active instanceof HTMLElement && active !== document.body && active.offsetParent === null && !active.closest(".sheet-tabs")) {
      buttons.find((b) => b.dataset.sheetTab === tab)?.focus();
    }
  };

  for (const b of buttons) {
    b.addEventListener("click", () => {
      const tab = b.dataset.sheetTab;
      if (!isSheetTab(tab)) return;
      show(tab);
      // the article was hidden when the selection scrolled it: bring its marked words into view
      if (tab === "article") els.articlePane.querySelector<HTMLElement>("mark.quote, .mention.is-focus, .sentence.is-selected")?.scrollIntoView({ block: "center" });
    });
  }
  // the skip link leads to the claims list, on the lists tab
  document.querySelector<HTMLAnchorElement>('.skip-link[href="#claims-list"]')?.addEventListener("click", () => show("lists"));

  els.legendToggle.addEventListener("click", () => {
    const open = !els.graphPane.classList.contains("legend-open");
    els.graphPane.classList.toggle("legend-open", open);
    els.legendToggle.setAttribute("aria-expanded", String(open));
  });

  show(initial);
  return {
    tab: () => current,
    show,
    follow(selection, origin) {
      const tab = sheetTabFor(selection, origin, current);
      show(tab);
      if (tab !== "details" || (selection?.type !== "relation" && selection?.type !== "event")) return;
      // once the details are drawn (the subscriber that called this renders them next): on a
      // phone, the claim's quotes come up under its sticky title
      queueMicrotask(() => {
        if (!els.tabs.offsetParent) return; // a desktop: no sheet
        const evidence = [...els.details.querySelectorAll("h3")].find((h) => h.nextElementSibling?.classList.contains("citations"));
        const head = els.details.querySelector<HTMLElement>(".details-head");
        if (!evidence || !head) return;
        els.details.scrollTop += evidence.getBoundingClientRect().top - els.details.getBoundingClientRect().top - head.offsetHeight;
      });
    },
  };
}
