/**
 * The document the viewer has open: a story (its article, claims and citations) or a plain graph
 * read from a GEXF file another tool wrote (nodes and edges with attributes, no article). One
 * discriminated union, held in the store (app-state.ts), so that every panel's view model reads
 * what is open from the state instead of a mode flag kept beside it. No DOM, no sigma.
 */
import type { Story } from "../../graph/model.ts";
import type { UntypedGraph } from "../../graph/gexf/untyped.ts";
import { nodeColumns, type NodeColumn } from "../plain/attribute-scale.ts";
import { plainDegrees } from "../plain/plain-filters.ts";
import { hasFilePositions } from "../plain/plain-graph.ts";

/**
 * Where a story came from, which decides what its deep links can do: the built-in story and a
 * story of a URL (`?story=`) reopen from the link; a local file cannot be reopened by a link
 * (the page's link note follows it: models/link-note.ts).
 */
export type StoryOrigin = { readonly from: "built-in" } | { readonly from: "url"; readonly url: string } | { readonly from: "file"; readonly file: string };

/** A story, with where it came from. */
export interface StoryDocument {
  readonly kind: "story";
  readonly story: Story;
  readonly origin: StoryOrigin;
}

/** A plain GEXF graph, with what the viewer computes once per graph (degrees, attribute columns). */
export interface GraphDocument {
  readonly kind: "graph";
  readonly graph: UntypedGraph;
  /** The file's name, as the user opened it. */
  readonly file: string;
  /** Each node's number of edges, in `graph.nodes` order. */
  readonly degrees: readonly number[];
  /** The columns nodes can be coloured, sized and filtered by (see nodeColumns). */
  readonly columns: readonly NodeColumn[];
  /** True when the file gives positions (laid out by its author: drawn as it is). */
  readonly authored: boolean;
}

export type ViewerDocument = StoryDocument | GraphDocument;

/** The document of `story`, opened from `origin`. */
export function storyDocument(story: Story, origin: StoryOrigin = { from: "built-in" }): StoryDocument {
  return { kind: "story", story, origin };
}

/** The document of a plain GEXF graph read from the file `file`. */
export function graphDocument(graph: UntypedGraph, file: string): GraphDocument {
  const degrees = plainDegrees(graph);
  return { kind: "graph", graph, file, degrees, columns: nodeColumns(graph.nodes, degrees), authored: hasFilePositions(graph) };
}

/** The document's title: the story's headline, or the graph's description or file name. */
export function documentTitle(doc: ViewerDocument): string {
  return doc.kind === "story" ? (doc.story.article.title ?? "Untitled story") : doc.graph.meta.description || doc.file;
}
