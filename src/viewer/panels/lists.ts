/**
 * The claims list (every relation and event as text: `claimLine`, with its time, amount, display
 * words and number of quotes) and the entities list: the whole graph as text, kept in sync with
 * the canvas, for keyboard and screen-reader users.
 */
import type { Claim, Story } from "../../graph/model.ts";
import { claimLine, kindLabel, timePhrase } from "../../graph/describe.ts";
import { formatAmountShort, quoteCount } from "../format.ts";
import type { Derived } from "../derive.ts";
import { entityColor, eventColor, relationColor } from "../styles.ts";
import { createListbox, type Listbox } from "./listbox.ts";
import type { Selection } from "../state/types.ts";
import { storyView } from "../state/story-view.ts";
import type { UntypedGraph } from "../../graph/gexf/untyped.ts";
import { hexColor, plainEdgeLine, PLAIN_EDGE_COLOR, PLAIN_NODE_COLOR } from "../plain/plain-graph.ts";

/** The second line of a claim's option: `event · announced 2019-07 · $1B · asserted · 1 quote`. */
export function claimSecondary(c: Claim): string {
  const parts: string[] = [];
  if (c.type === "event") parts.push("event");
  parts.push(timePhrase(c) || "undated");
  if (c.amount) parts.push(formatAmountShort(c.amount) + (c.amount.scope === "total" ? " total" : ""));
  parts.push(c.modalities.join(", "));
  parts.push(quoteCount(c.citations.length));
  return parts.join(" · ");
}

export interface ListsPanel {
  setStory(story: Story): void;
  update(selection: Selection, derived: Derived): void;
  /** Show a plain GEXF graph's edges and nodes. */
  setPlain(graph: UntypedGraph): void;
  /** `shown`: the nodes and edges the plain graph's filters leave (all when omitted); the others' rows are hidden. */
  updatePlain(selection: Selection, focus: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }, shown?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }): void;
}

export interface ListsHandlers {
  onSelect(selection: NonNullable<Selection>): void;
  onClear(): void;
}

/** Mount the claims list in `claimsEl` and the entities list in `entitiesEl`. */
export function mountLists(claimsEl: HTMLUListElement, entitiesEl: HTMLUListElement, countEl: HTMLElement, handlers: ListsHandlers): ListsPanel {
  /** The type of each claim id listed (a plain graph's edges are relations). */
  let claimType = new Map<string, "relation" | "event">();
  const claims: Listbox = createListbox(claimsEl, {
    idPrefix: "claim-option",
    labelledBy: claimsEl.getAttribute("aria-labelledby") ?? "claims-heading",
    onSelect: (id) => handlers.onSelect({ type: claimType.get(id) ?? "relation", id }),
    onClear: handlers.onClear,
  });
  const entities: Listbox = createListbox(entitiesEl, {
    idPrefix: "entity-option",
    labelledBy: entitiesEl.getAttribute("aria-labelledby") ?? "entities-heading",
    onSelect: (id) => handlers.onSelect({ type: "entity", id }),
    onClear: handlers.onClear,
  });
  let total = 0;
  /** The plain graph's node and edge ids, in list order. */
  let plainIds: { nodes: string[]; edges: string[] } = { nodes: [], edges: [] };
  let events = 0;
  return {
    setStory(story) {
      const view = storyView(story);
      const labels = new Map<string, string>([...story.entities.map((e) => [e.id, e.label] as const), ...story.events.map((e) => [e.id, e.label] as const)]);
      const label = (id: string) => labels.get(id);
      total = view.claims.length;
      events = story.events.length;
      claimType = new Map(view.claims.map((c) => [c.id, c.type]));
      claims.setItems(
        view.claims.map((c) => ({
          id: c.id,
          primary: claimLine(c, label, story.vocabulary),
          secondary: claimSecondary(c),
          swatch: c.type === "event" ? eventColor(c.kind) : relationColor(c.kind),
          swatchShape: c.type === "event" ? "diamond" : "line",
        })),
      );
      entities.setItems(
        story.entities.map((e) => ({
          id: e.id,
          primary: e.label,
          secondary: kindLabel(story.vocabulary, e.kind) + (e.aliases.length ? ` · ${e.aliases.length} other name${e.aliases.length === 1 ? "" : "s"}` : ""),
          swatch: entityColor(e.kind),
        })),
      );
    },
    setPlain(graph) {
      const byId = new Map(graph.nodes.map((n) => [n.id, n]));
      total = graph.edges.length;
      events = 0;
      claimType = new Map();
      claims.setItems(
        graph.edges.map((e) => ({
          id: e.id,
          primary: plainEdgeLine(e, byId),
          secondary: [e.weight !== undefined ? `weight ${e.weight}` : "", ...Object.keys(e.attributes).slice(0, 3)].filter(Boolean).join(" · ") || undefined,
          swatch: e.color ? hexColor(e.color) : PLAIN_EDGE_COLOR,
          swatchShape: "line",
        })),
      );
      entities.setItems(graph.nodes.map((n) => ({ id: n.id, primary: n.label, secondary: n.id !== n.label ? n.id : undefined, swatch: n.color ? hexColor(n.color) : PLAIN_NODE_COLOR })));
      plainIds = { nodes: graph.nodes.map((n) => n.id), edges: graph.edges.map((e) => e.id) };
    },
    updatePlain(selection, focus, shown) {
      const hiddenEdges = new Set(shown ? plainIds.edges.filter((id) => !shown.edges.has(id)) : []);
      const hiddenNodes = new Set(shown ? plainIds.nodes.filter((id) => !shown.nodes.has(id)) : []);
      claims.update({ hidden: hiddenEdges, selected: selection?.type === "relation" ? selection.id : null, related: focus.edges });
      entities.update({ hidden: hiddenNodes, selected: selection?.type === "entity" ? selection.id : null, related: focus.nodes });
      countEl.textContent = hiddenEdges.size ? `${total - hiddenEdges.size} of ${total} edges` : `${total} edges`;
    },
    update(selection, derived) {
      const view = storyView(derived.story);
      const hiddenClaims = new Set<string>();
      for (const c of view.claims) if (!derived.visibleClaims.has(c.id)) hiddenClaims.add(c.id);
      const hiddenEntities = new Set<string>();
      for (const e of derived.story.entities) if (!derived.visibleNodes.has(e.id)) hiddenEntities.add(e.id);
      claims.update({
        hidden: hiddenClaims,
        selected: selection?.type === "relation" || selection?.type === "event" ? selection.id : null,
        related: derived.focus.claims,
      });
      entities.update({
        hidden: hiddenEntities,
        selected: selection?.type === "entity" ? selection.id : null,
        related: derived.focus.nodes,
      });
      const shown = total - hiddenClaims.size;
      const what = `${total} claims (${total - events} relations, ${events} events)`;
      countEl.textContent = shown === total ? what : `${shown} of ${what} shown`;
    },
  };
}
