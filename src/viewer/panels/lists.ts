/**
 * The relations list ("Microsoft — invested in → OpenAI", with qualifiers and modalities) and
 * the entities list: the whole graph as text, kept in sync with the canvas, for keyboard and
 * screen-reader users.
 */
import type { Relation, Story } from "../../graph/model.ts";
import { formatAmountShort, formatDate } from "../format.ts";
import { relationLine } from "../../graph/describe.ts";
import type { Derived } from "../derive.ts";
import { ENTITY_COLORS, RELATION_COLORS } from "../styles.ts";
import { createListbox, type Listbox } from "./listbox.ts";
import type { Selection } from "../state/types.ts";
import type { UntypedGraph } from "../../graph/gexf/untyped.ts";
import { hexColor, plainEdgeLine, PLAIN_EDGE_COLOR, PLAIN_NODE_COLOR } from "../plain-graph.ts";

function relationSecondary(r: Relation): string {
  const parts: string[] = [];
  if (r.amount) parts.push(formatAmountShort(r.amount) + (r.amount.scope === "total" ? " total" : ""));
  parts.push(r.date ? formatDate(r.date) : "undated");
  parts.push(r.modalities.join(", "));
  parts.push(`${r.citations.length} quote${r.citations.length === 1 ? "" : "s"}`);
  return parts.join(" · ");
}

export interface ListsPanel {
  setStory(story: Story): void;
  update(selection: Selection, derived: Derived): void;
  /** Show a plain GEXF graph's edges and nodes. */
  setPlain(graph: UntypedGraph): void;
  updatePlain(selection: Selection, focus: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }): void;
}

export interface ListsHandlers {
  onSelect(selection: NonNullable<Selection>): void;
  onClear(): void;
}

/** Mount the relations list in `relationsEl` and the entities list in `entitiesEl`. */
export function mountLists(
  relationsEl: HTMLUListElement,
  entitiesEl: HTMLUListElement,
  countEl: HTMLElement,
  handlers: ListsHandlers,
): ListsPanel {
  const relations: Listbox = createListbox(relationsEl, {
    idPrefix: "relation-option",
    labelledBy: relationsEl.getAttribute("aria-labelledby") ?? "relations-heading",
    onSelect: (id) => handlers.onSelect({ type: "relation", id }),
    onClear: handlers.onClear,
  });
  const entities: Listbox = createListbox(entitiesEl, {
    idPrefix: "entity-option",
    labelledBy: entitiesEl.getAttribute("aria-labelledby") ?? "entities-heading",
    onSelect: (id) => handlers.onSelect({ type: "entity", id }),
    onClear: handlers.onClear,
  });
  let total = 0;
  return {
    setStory(story) {
      const byId = new Map(story.entities.map((e) => [e.id, e]));
      total = story.relations.length;
      relations.setItems(
        story.relations.map((r) => ({
          id: r.id,
          primary: relationLine(r, (id) => byId.get(id)?.label),
          secondary: relationSecondary(r),
          swatch: RELATION_COLORS[r.kind],
        })),
      );
      entities.setItems(
        story.entities.map((e) => ({
          id: e.id,
          primary: e.label,
          secondary: e.kind + (e.aliases.length ? ` · ${e.aliases.length} other name${e.aliases.length === 1 ? "" : "s"}` : ""),
          swatch: ENTITY_COLORS[e.kind],
        })),
      );
    },
    setPlain(graph) {
      const byId = new Map(graph.nodes.map((n) => [n.id, n]));
      total = graph.edges.length;
      relations.setItems(
        graph.edges.map((e) => ({
          id: e.id,
          primary: plainEdgeLine(e, byId),
          secondary: [e.weight !== undefined ? `weight ${e.weight}` : "", ...Object.keys(e.attributes).slice(0, 3)].filter(Boolean).join(" · ") || undefined,
          swatch: e.color ? hexColor(e.color) : PLAIN_EDGE_COLOR,
        })),
      );
      entities.setItems(graph.nodes.map((n) => ({ id: n.id, primary: n.label, secondary: n.id !== n.label ? n.id : undefined, swatch: n.color ? hexColor(n.color) : PLAIN_NODE_COLOR })));
    },
    updatePlain(selection, focus) {
      relations.update({ hidden: new Set(), selected: selection?.type === "relation" ? selection.id : null, related: focus.edges });
      entities.update({ hidden: new Set(), selected: selection?.type === "entity" ? selection.id : null, related: focus.nodes });
      countEl.textContent = `${total} edges`;
    },
    update(selection, derived) {
      const hiddenRelations = new Set(derived.story.relations.map((r) => r.id).filter((id) => !derived.visibleRelations.has(id)));
      const hiddenEntities = new Set(derived.story.entities.map((e) => e.id).filter((id) => !derived.visibleEntities.has(id)));
      relations.update({
        hidden: hiddenRelations,
        selected: selection?.type === "relation" ? selection.id : null,
        related: derived.focus.edges,
      });
      entities.update({
        hidden: hiddenEntities,
        selected: selection?.type === "entity" ? selection.id : null,
        related: derived.focus.nodes,
      });
      const shown = total - hiddenRelations.size;
      countEl.textContent = shown === total ? `${total} relations` : `${shown} of ${total} relations shown`;
    },
  };
}
