/**
 * What a selection lights up everywhere: the nodes and edges of the graph, the claims of the list,
 * the sentences of the article, the exact quote ranges to mark and the entity mentions to mark.
 * Derived from the story and the view state only, so the canvas, the article and the lists agree.
 *
 * - a relation: its two entities and its edge; its quotes; the events about it in the list;
 * - an event: its node, its participants and the participation edges to them; its quotes; the
 *   claims it is about in the list;
 * - an entity: its relations and the events it takes part in, with their other ends; its mentions;
 * - a sentence: the claims it supports (as above for each) and their quotes in that sentence;
 * - a path between two nodes: the nodes of the library's `shortestPath` and the relations and
 *   participations of its steps, with the quotes of those claims.
 * What touches what comes from the library's indexed queries (`getClaim`, `queryRelations`,
 * `queryEvents`, `claimsInSentence`, `shortestPath`), never from a scan of the story.
 */
import type { Citation, Claim, Story } from "../../graph/model.ts";
import { getClaim } from "../../graph/queries/claims.ts";
import { claimsInSentence } from "../../graph/queries/evidence.ts";
import { queryEvents } from "../../graph/queries/events.ts";
import { queryRelations } from "../../graph/queries/relations.ts";
import { shortestPath } from "../../graph/queries/path.ts";
import { participationKey } from "../../graph/graph.ts";
import { NotFoundError } from "../../graph/errors.ts";
import { storyView, type StoryView } from "./story-view.ts";
import { pathEnds, type Selection } from "./types.ts";

/** One quote to mark in the article: the citation and the claim (relation or event) it supports. */
export interface QuoteMark {
  readonly claim: string;
  readonly citation: Citation;
}

export interface Focus {
  /** Nodes lit up (entities and events). */
  readonly nodes: ReadonlySet<string>;
  /** Edges lit up (relation ids and participation keys). */
  readonly edges: ReadonlySet<string>;
  /** Claims lit up in the list (besides the selected one). */
  readonly claims: ReadonlySet<string>;
  /** Sentences lit up (those holding the marked quotes, or the selected sentence). */
  readonly sentences: ReadonlySet<string>;
  /** Quote ranges to mark, in article order. */
  readonly quotes: readonly QuoteMark[];
  /** Entities whose mentions are marked in the article. */
  readonly mentions: ReadonlySet<string>;
  /** The sentence to scroll to first, if any. */
  readonly scrollTo: string | null;
}

export const EMPTY_FOCUS: Focus = Object.freeze({
  nodes: new Set<string>(),
  edges: new Set<string>(),
  claims: new Set<string>(),
  sentences: new Set<string>(),
  quotes: [],
  mentions: new Set<string>(),
  scrollTo: null,
});

class FocusBuilder {
  readonly nodes = new Set<string>();
  readonly edges = new Set<string>();
  readonly claims = new Set<string>();
  readonly sentences = new Set<string>();
  readonly quotes: QuoteMark[] = [];
  readonly mentions = new Set<string>();
  constructor(private readonly view: StoryView) {}

  /** The claim's node or edge and what it joins. */
  claim(c: Claim): void {
    this.claims.add(c.id);
    if (c.type === "relation") {
      this.edges.add(c.id);
      this.nodes.add(c.source).add(c.target);
      return;
    }
    this.nodes.add(c.id);
    for (const p of this.view.participationsOfEvent.get(c.id) ?? []) {
      this.edges.add(p.key);
      this.nodes.add(p.participant);
    }
  }

  /** Mark the quotes of `c` (those in `sentence` only, when given). */
  quotesOf(c: Claim, sentence?: string): void {
    for (const citation of c.citations) if (sentence === undefined || citation.sentence === sentence) this.quotes.push({ claim: c.id, citation });
  }

  done(extraSentences: readonly string[] = []): Focus {
    const sorted = [...this.quotes].sort((a, b) => a.citation.start - b.citation.start || a.citation.end - b.citation.end);
    for (const s of extraSentences) this.sentences.add(s);
    for (const q of sorted) this.sentences.add(q.citation.sentence);
    return {
      nodes: this.nodes,
      edges: this.edges,
      claims: this.claims,
      sentences: this.sentences,
      quotes: sorted,
      mentions: this.mentions,
      scrollTo: sorted[0]?.citation.sentence ?? extraSentences[0] ?? null,
    };
  }
}

/**
 * What `selection` lights up in `story`. A selection naming something the story does not have
 * (a stale deep link) lights up nothing.
 */
export function focusOf(story: Story, selection: Selection): Focus {
  if (selection === null) return EMPTY_FOCUS;
  const view = storyView(story);
  const f = new FocusBuilder(view);
  try {
    if (selection.type === "relation" || selection.type === "event") {
      const c = getClaim(story, selection.id);
      if (c.type !== selection.type) return EMPTY_FOCUS;
      f.claim(c);
      f.quotesOf(c);
      f.claims.delete(c.id);
      for (const e of queryEvents(story, { about: c.id })) f.claims.add(e.id);
      if (c.type === "event") for (const a of c.about) f.claims.add(a);
      return f.done();
    }
    if (selection.type === "entity") {
      const relations = queryRelations(story, { involving: selection.id }); // NotFoundError for an entity the story lacks
      f.nodes.add(selection.id);
      f.mentions.add(selection.id);
      for (const r of relations) f.claim(r);
      for (const e of queryEvents(story, { participant: selection.id })) {
        f.claims.add(e.id);
        f.nodes.add(e.id);
        for (const p of e.participants) if (p.id === selection.id) f.edges.add(participationKey(e.id, p.role, p.id));
      }
      return f.done();
    }
    if (selection.type === "path") {
      const ends = pathEnds(selection.id);
      const steps = ends ? shortestPath(story, ends.from, ends.to) : null;
      if (!ends || !steps) return EMPTY_FOCUS;
      f.nodes.add(ends.from).add(ends.to);
      for (const step of steps) {
        f.nodes.add(step.from.id).add(step.to.id);
        for (const r of step.relations) {
          f.claim(r);
          f.quotesOf(r);
        }
        for (const p of step.participations) {
          const participant = p.outgoing ? step.to.id : step.from.id;
          f.claims.add(p.event.id);
          f.edges.add(participationKey(p.event.id, p.role, participant));
          f.quotesOf(p.event);
        }
      }
      return f.done();
    }
    const claims = claimsInSentence(story, selection.id);
    for (const c of claims) {
      f.claim(c);
      f.quotesOf(c, selection.id);
    }
    return f.done([selection.id]);
  } catch (e) {
    if (e instanceof NotFoundError) return EMPTY_FOCUS;
    throw e;
  }
}
