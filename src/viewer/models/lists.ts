/**
 * The lists' view model: the claims list (every relation and event as text: `claimLine`, with its
 * time, amount, display words and number of quotes) and the entities list, or a plain graph's
 * edges and nodes; which rows the filters hide, which is selected, which the selection lights up,
 * and the count line. The rows are made once per document. No DOM, no sigma.
 */
import type { Claim } from "../../graph/model.ts";
import { claimLine, kindLabel, timePhrase } from "../../graph/describe.ts";
import { formatAmountShort, quoteCount } from "../format.ts";
import type { Derived } from "../derive.ts";
import { entityColor, eventColor, relationColor } from "../styles.ts";
import type { AppState } from "../state/app-state.ts";
import type { GraphDocument, StoryDocument, ViewerDocument } from "../state/document.ts";
import { storyView } from "../state/story-view.ts";
import { fileNodeColor, plainEdgeColors, plainEdgeLine } from "../plain/plain-graph.ts";
import type { GraphDerived } from "./graph-derive.ts";

/** One row of a list (an option of the listbox: panels/listbox.ts). */
export interface ListboxItem {
  readonly id: string;
  /** The option's main line (its accessible name starts with it). */
  readonly primary: string;
  /** A second, smaller line. */
  readonly secondary?: string;
  /** A colour swatch before the text. */
  readonly swatch?: string;
  /** Its shape (a dot by default). */
  readonly swatchShape?: "dot" | "diamond" | "line" | "dash";
}

/** Which rows are hidden, selected and lit up. */
export interface ListboxState {
  readonly hidden: ReadonlySet<string>;
  readonly selected: string | null;
  /** Options lit up by the selection elsewhere (e.g. the relations of a selected sentence). */
  readonly related: ReadonlySet<string>;
}

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

/** The rows of both lists, made once per document. */
export interface ListRows {
  readonly claims: readonly ListboxItem[];
  readonly entities: readonly ListboxItem[];
  /** The selection type of each claims-list row (a plain graph's edges are relations). */
  readonly claimType: ReadonlyMap<string, "relation" | "event">;
}

export interface ListsModel {
  readonly rows: ListRows;
  readonly claims: ListboxState;
  readonly entities: ListboxState;
  /** `12 claims (9 relations, 3 events)`, `5 of 12 claims … shown`, `254 edges`. */
  readonly count: string;
}

const rowsCache = new WeakMap<ViewerDocument, ListRows>();

function storyRows({ story }: StoryDocument): ListRows {
  const view = storyView(story);
  const labels = new Map<string, string>([...story.entities.map((e) => [e.id, e.label] as const), ...story.events.map((e) => [e.id, e.label] as const)]);
  const label = (id: string) => labels.get(id);
  return {
    claims: view.claims.map((c) => ({
      id: c.id,
      primary: claimLine(c, label, story.vocabulary),
      secondary: claimSecondary(c),
      swatch: c.type === "event" ? eventColor(c.kind) : relationColor(c.kind),
      swatchShape: c.type === "event" ? "diamond" : "line",
    })),
    entities: story.entities.map((e) => ({
      id: e.id,
      primary: e.label,
      secondary: kindLabel(story.vocabulary, e.kind) + (e.aliases.length ? ` · ${e.aliases.length} other name${e.aliases.length === 1 ? "" : "s"}` : ""),
      swatch: entityColor(e.kind),
    })),
    claimType: new Map(view.claims.map((c) => [c.id, c.type])),
  };
}

function graphRows({ graph }: GraphDocument): ListRows {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const edgeColors = plainEdgeColors(graph, graph.nodes.map(fileNodeColor));
  return {
    claims: graph.edges.map((e, i) => ({
      id: e.id,
      primary: plainEdgeLine(e, byId),
      secondary: [e.weight !== undefined ? `weight ${e.weight}` : "", ...Object.keys(e.attributes).slice(0, 3)].filter(Boolean).join(" · ") || undefined,
      swatch: edgeColors[i]!,
      swatchShape: "line",
    })),
    entities: graph.nodes.map((n) => ({ id: n.id, primary: n.label, secondary: n.id !== n.label ? n.id : undefined, swatch: fileNodeColor(n) })),
    claimType: new Map(),
  };
}

/** The rows of `document`'s lists (cached per document). */
export function listRows(document: ViewerDocument): ListRows {
  let rows = rowsCache.get(document);
  if (!rows) rowsCache.set(document, (rows = document.kind === "story" ? storyRows(document) : graphRows(document)));
  return rows;
}

/** The lists of a story's state. */
export function storyListsModel(state: AppState & { document: StoryDocument }, d: Derived): ListsModel {
  const { story } = state.document;
  const view = storyView(story);
  const selection = state.view.selection;
  const hiddenClaims = new Set<string>();
  for (const c of view.claims) if (!d.visibleClaims.has(c.id)) hiddenClaims.add(c.id);
  const hiddenEntities = new Set<string>();
  for (const e of story.entities) if (!d.visibleNodes.has(e.id)) hiddenEntities.add(e.id);
  const total = view.claims.length;
  const shown = total - hiddenClaims.size;
  const what = `${total} claims (${total - story.events.length} relations, ${story.events.length} events)`;
  return {
    rows: listRows(state.document),
    claims: { hidden: hiddenClaims, selected: selection?.type === "relation" || selection?.type === "event" ? selection.id : null, related: d.focus.claims },
    entities: { hidden: hiddenEntities, selected: selection?.type === "entity" ? selection.id : null, related: d.focus.nodes },
    count: shown === total ? what : `${shown} of ${what} shown`,
  };
}

/** The lists of a plain graph's state: the rows the look's filters hide are hidden. */
export function graphListsModel(state: AppState & { document: GraphDocument }, d: GraphDerived): ListsModel {
  const { graph } = state.document;
  const selection = state.view.selection;
  const hiddenEdges = new Set(graph.edges.filter((e) => !d.shown.edges.has(e.id)).map((e) => e.id));
  const hiddenNodes = new Set(graph.nodes.filter((n) => !d.shown.nodes.has(n.id)).map((n) => n.id));
  const total = graph.edges.length;
  return {
    rows: listRows(state.document),
    claims: { hidden: hiddenEdges, selected: selection?.type === "relation" ? selection.id : null, related: d.focus.edges },
    entities: { hidden: hiddenNodes, selected: selection?.type === "entity" ? selection.id : null, related: d.focus.nodes },
    count: hiddenEdges.size ? `${total - hiddenEdges.size} of ${total} edges` : `${total} edges`,
  };
}
