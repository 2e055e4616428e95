/**
 * What a selection lights up everywhere: the nodes and edges of the graph, the sentences of the
 * article, the exact quote ranges to mark and the entity mentions to mark. Derived from the
 * story and the view state only, so the canvas, the article and the lists agree.
 */
import type { Citation, Story } from "../../graph/model.ts";
import { evidence, relationsInSentence } from "../../graph/queries/evidence.ts";
import { getRelation } from "../../graph/queries/relations.ts";
import { NotFoundError } from "../../graph/errors.ts";
import type { Selection } from "./types.ts";

/** One quote to mark in the article: the citation and the relation it supports. */
export interface QuoteMark {
  readonly relation: string;
  readonly citation: Citation;
}

export interface Focus {
  /** Entities lit up (the selected one, or the ends of the selected relations). */
  readonly nodes: ReadonlySet<string>;
  /** Relations lit up. */
  readonly edges: ReadonlySet<string>;
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
  sentences: new Set<string>(),
  quotes: [],
  mentions: new Set<string>(),
  scrollTo: null,
});

/**
 * What `selection` lights up in `story`. A selection naming something the story does not have
 * (a stale deep link) lights up nothing.
 */
export function focusOf(story: Story, selection: Selection): Focus {
  if (selection === null) return EMPTY_FOCUS;
  try {
    if (selection.type === "relation") {
      const r = getRelation(story, selection.id);
      const quotes = evidence(story, r.id).map((e) => ({ relation: r.id, citation: e.citation }));
      return make([r.source, r.target], [r.id], quotes, [], quotes.map((q) => q.citation.sentence));
    }
    if (selection.type === "entity") {
      const entity = story.entities.find((e) => e.id === selection.id);
      if (!entity) return EMPTY_FOCUS;
      const edges = story.relations.filter((r) => r.source === entity.id || r.target === entity.id);
      const nodes = [entity.id, ...edges.map((r) => (r.source === entity.id ? r.target : r.source))];
      return make(nodes, edges.map((r) => r.id), [], [entity.id], []);
    }
    const relations = relationsInSentence(story, selection.id);
    const quotes: QuoteMark[] = [];
    for (const r of relations) {
      for (const c of r.citations) if (c.sentence === selection.id) quotes.push({ relation: r.id, citation: c });
    }
    return make(
      relations.flatMap((r) => [r.source, r.target]),
      relations.map((r) => r.id),
      quotes,
      [],
      [selection.id],
    );
  } catch (e) {
    if (e instanceof NotFoundError) return EMPTY_FOCUS;
    throw e;
  }
}

function make(nodes: string[], edges: string[], quotes: QuoteMark[], mentions: string[], sentences: string[]): Focus {
  const sorted = [...quotes].sort((a, b) => a.citation.start - b.citation.start || a.citation.end - b.citation.end);
  return {
    nodes: new Set(nodes),
    edges: new Set(edges),
    sentences: new Set(sentences),
    quotes: sorted,
    mentions: new Set(mentions),
    scrollTo: sorted[0]?.citation.sentence ?? sentences[0] ?? null,
  };
}
