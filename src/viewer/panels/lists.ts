/**
 * The claims list and the entities list: the whole graph as text, kept in sync with the canvas,
 * for keyboard and screen-reader users. Draws its view model (models/lists.ts): the rows are set
 * when the document changes, then each update only flips which rows are hidden, selected or lit.
 */
import type { ListsModel, ListRows } from "../models/lists.ts";
import { createListbox, type Listbox } from "./listbox.ts";
import type { Selection } from "../state/types.ts";

export interface ListsPanel {
  update(model: ListsModel): void;
}

export interface ListsHandlers {
  onSelect(selection: NonNullable<Selection>): void;
  onClear(): void;
}

/** Mount the claims list in `claimsEl` and the entities list in `entitiesEl`. */
export function mountLists(claimsEl: HTMLUListElement, entitiesEl: HTMLUListElement, countEl: HTMLElement, handlers: ListsHandlers): ListsPanel {
  let rows: ListRows | null = null;
  const claims: Listbox = createListbox(claimsEl, {
    idPrefix: "claim-option",
    labelledBy: claimsEl.getAttribute("aria-labelledby") ?? "claims-heading",
    onSelect: (id) => handlers.onSelect({ type: rows?.claimType.get(id) ?? "relation", id }),
    onClear: handlers.onClear,
  });
  const entities: Listbox = createListbox(entitiesEl, {
    idPrefix: "entity-option",
    labelledBy: entitiesEl.getAttribute("aria-labelledby") ?? "entities-heading",
    onSelect: (id) => handlers.onSelect({ type: "entity", id }),
    onClear: handlers.onClear,
  });
  return {
    update(model) {
      if (model.rows !== rows) {
        rows = model.rows;
        claims.setItems(rows.claims);
        entities.setItems(rows.entities);
      }
      claims.update(model.claims);
      entities.update(model.entities);
      countEl.textContent = model.count;
    },
  };
}
