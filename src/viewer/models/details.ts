/**
 * The details panel's view model: the selection resolved, through the library's indexed queries
 * (`queryRelations`, `queryEvents`, `getClaim`, `claimsInSentence`, `shortestPath`), into what the
 * panel shows: an entity with its relations, events and the "Path to…" choices; a relation or an
 * event with its qualifiers, participants, what it is about and the events about it; a sentence
 * with the claims it supports (or why it holds none); a path's steps; a plain graph's node or
 * edge with its attributes; or nothing (a hint). Every linked claim says whether the filters hide
 * it. No DOM, no sigma: the panel (panels/details.ts) only draws it.
 */
import { roleLabel } from "../../graph/describe.ts";
import { NotFoundError } from "../../graph/errors.ts";
import type { UntypedEdge, UntypedGraph, UntypedNode } from "../../graph/gexf/untyped.ts";
import type { Claim, Entity, Relation, Sentence, Story, StoryEvent } from "../../graph/model.ts";
import { getClaim } from "../../graph/queries/claims.ts";
import { claimsInSentence } from "../../graph/queries/evidence.ts";
import { queryEvents } from "../../graph/queries/events.ts";
import { shortestPath } from "../../graph/queries/path.ts";
import { queryRelations } from "../../graph/queries/relations.ts";
import { indexOf } from "../../graph/story-index.ts";
import type { AppState } from "../state/app-state.ts";
import { hiddenReason, type HiddenReason } from "../state/filters.ts";
import { pathEnds, type Filters } from "../state/types.ts";
import { entityColor, eventColor } from "../styles.ts";

/** A claim the details link to: a button selecting it, with a note (its roles) and whether the filters hide it. */
export interface ClaimLink {
  readonly claim: Claim;
  readonly note?: string;
  readonly hidden: boolean;
}

/** A node the details link to. */
export interface NodeLink {
  readonly id: string;
  readonly type: "entity" | "event";
  readonly label: string;
  readonly color: string;
}

/** One step of a path: the two nodes it joins and the claims that join them. */
export interface PathStepModel {
  readonly from: NodeLink;
  readonly to: NodeLink;
  readonly claims: readonly ClaimLink[];
}

export type DetailsModel =
  | { readonly type: "none"; readonly document: "story" | "graph" }
  | {
      readonly type: "entity";
      readonly story: Story;
      readonly entity: Entity;
      readonly relations: readonly ClaimLink[];
      /** The events it takes part in, with its roles as the note. */
      readonly events: readonly ClaimLink[];
      /** The other ends a path can go to: every other entity and event, by label. */
      readonly pathTargets: readonly { readonly id: string; readonly text: string }[];
    }
  | {
      readonly type: "claim";
      readonly story: Story;
      readonly claim: Claim;
      /** Why the filters hide it, or null. */
      readonly hidden: HiddenReason;
      /** For an event: its participants by role (the role's label). */
      readonly participants: readonly { readonly role: string; readonly nodes: readonly NodeLink[] }[];
      /** For an event: the claims it is about. */
      readonly about: readonly ClaimLink[];
      /** The events about it. */
      readonly eventsAbout: readonly ClaimLink[];
    }
  | { readonly type: "sentence"; readonly story: Story; readonly sentence: Sentence; readonly claims: readonly ClaimLink[]; readonly noClaim: string | undefined }
  | { readonly type: "path"; readonly story: Story; readonly from: NodeLink; readonly to: NodeLink; readonly steps: readonly PathStepModel[] | null }
  | { readonly type: "node"; readonly graph: UntypedGraph; readonly node: UntypedNode; readonly edges: readonly UntypedEdge[] }
  | { readonly type: "edge"; readonly graph: UntypedGraph; readonly edge: UntypedEdge };

const labelsCache = new WeakMap<Story, Map<string, string>>();

/** The label of each entity and event of `story` (cached per story). */
export function nodeLabels(story: Story): ReadonlyMap<string, string> {
  let m = labelsCache.get(story);
  if (!m) labelsCache.set(story, (m = new Map([...story.entities.map((e) => [e.id, e.label] as const), ...story.events.map((e) => [e.id, e.label] as const)])));
  return m;
}

/** The link to node `id` of `story` (an entity or an event). */
export function nodeLink(story: Story, id: string, type: "entity" | "event"): NodeLink {
  const index = indexOf(story);
  const color = type === "event" ? eventColor(index.eventById.get(id)?.kind ?? "") : entityColor(index.entity(id)?.kind ?? "");
  return { id, type, label: nodeLabels(story).get(id) ?? id, color };
}

const link = (filters: Filters) => (claim: Claim, note?: string): ClaimLink => ({ claim, hidden: hiddenReason(claim, filters) !== null, ...(note !== undefined && { note }) });

/** `(as buyer, seller)`: the roles node `id` plays in event `e`. */
function rolesNote(story: Story, e: StoryEvent, id: string): string {
  const roles = e.participants.filter((p) => p.id === id).map((p) => roleLabel(story.vocabulary, e.kind, p.role));
  return `(as ${[...new Set(roles)].join(", ")})`;
}

function entityModel(story: Story, entity: Entity, filters: Filters): DetailsModel {
  const to = link(filters);
  const relations: readonly Relation[] = queryRelations(story, { involving: entity.id });
  const events = queryEvents(story, { participant: entity.id });
  const labels = nodeLabels(story);
  const pathTargets = [...labels]
    .filter(([id]) => id !== entity.id)
    .map(([id, text]) => ({ id, text }))
    .sort((a, b) => a.text.localeCompare(b.text, story.article.language));
  return { type: "entity", story, entity, relations: relations.map((r) => to(r)), events: events.map((e) => to(e, rolesNote(story, e, entity.id))), pathTargets };
}

function claimModel(story: Story, claim: Claim, filters: Filters): DetailsModel {
  const to = link(filters);
  const eventsAbout = queryEvents(story, { about: claim.id }).map((e) => to(e));
  if (claim.type === "relation") return { type: "claim", story, claim, hidden: hiddenReason(claim, filters), participants: [], about: [], eventsAbout };
  const roles = new Map<string, NodeLink[]>();
  for (const p of claim.participants) {
    const role = roleLabel(story.vocabulary, claim.kind, p.role);
    roles.set(role, [...(roles.get(role) ?? []), nodeLink(story, p.id, p.type)]);
  }
  const index = indexOf(story);
  const about = claim.about.map((id) => index.claimById.get(id)).filter((c): c is Claim => c !== undefined);
  return {
    type: "claim",
    story,
    claim,
    hidden: hiddenReason(claim, filters),
    participants: [...roles].map(([role, nodes]) => ({ role, nodes })),
    about: about.map((c) => to(c)),
    eventsAbout,
  };
}

function pathModel(story: Story, id: string, filters: Filters): DetailsModel | null {
  const ends = pathEnds(id);
  if (!ends) return null;
  const index = indexOf(story);
  const typeOf = (node: string) => (index.eventById.has(node) ? "event" : "entity");
  const steps = shortestPath(story, ends.from, ends.to); // NotFoundError for an end the story lacks
  const to = link(filters);
  return {
    type: "path",
    story,
    from: nodeLink(story, ends.from, typeOf(ends.from)),
    to: nodeLink(story, ends.to, typeOf(ends.to)),
    steps:
      steps && steps.length
        ? steps.map((step) => ({
            from: nodeLink(story, step.from.id, step.from.type),
            to: nodeLink(story, step.to.id, step.to.type),
            claims: [
              ...step.relations.map((r) => to(r)),
              ...[...new Set(step.participations.map((p) => p.event))].map((e) => {
                const roles = step.participations.filter((p) => p.event === e).map((p) => roleLabel(story.vocabulary, e.kind, p.role));
                return to(e, `(as ${[...new Set(roles)].join(", ")})`);
              }),
            ],
          }))
        : null,
  };
}

function storyDetails(story: Story, state: AppState): DetailsModel | null {
  const { selection, filters } = state.view;
  if (selection === null) return null;
  const index = indexOf(story);
  switch (selection.type) {
    case "entity": {
      const entity = index.entity(selection.id);
      return entity ? entityModel(story, entity, filters) : null;
    }
    case "relation":
    case "event": {
      const claim = getClaim(story, selection.id);
      return claim.type === selection.type ? claimModel(story, claim, filters) : null;
    }
    case "path":
      return pathModel(story, selection.id, filters);
    case "sentence": {
      const sentence = index.sentenceById.get(selection.id);
      if (!sentence) return null;
      const to = link(filters);
      return { type: "sentence", story, sentence, claims: claimsInSentence(story, sentence.id).map((c) => to(c)), noClaim: story.noClaims.find((n) => n.sentence === sentence.id)?.reason };
    }
  }
}

function graphDetails(graph: UntypedGraph, state: AppState): DetailsModel | null {
  const selection = state.view.selection;
  if (selection?.type === "entity") {
    const node = graph.nodes.find((n) => n.id === selection.id);
    return node ? { type: "node", graph, node, edges: graph.edges.filter((e) => e.source === node.id || e.target === node.id) } : null;
  }
  if (selection?.type === "relation") {
    const edge = graph.edges.find((e) => e.id === selection.id);
    return edge ? { type: "edge", graph, edge } : null;
  }
  return null;
}

/**
 * The details of `state`'s selection. A selection naming nothing of the document (a stale link)
 * gives the empty details.
 */
export function detailsModel(state: AppState): DetailsModel {
  const doc = state.document;
  let model: DetailsModel | null;
  try {
    model = doc.kind === "story" ? storyDetails(doc.story, state) : graphDetails(doc.graph, state);
  } catch (e) {
    if (!(e instanceof NotFoundError)) throw e;
    model = null;
  }
  return model ?? { type: "none", document: doc.kind };
}
