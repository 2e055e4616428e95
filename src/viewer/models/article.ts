/**
 * The article pane's view model: the story, what the selection marks in it (quotes, mentions,
 * sentences: the focus), and whether the pane should bring the selection into view (not when the
 * reader clicked the article itself); or, for a plain graph, what was opened instead of an
 * article. No DOM, no sigma.
 */
import type { Story } from "../../graph/model.ts";
import type { Derived } from "../derive.ts";
import type { AppState } from "../state/app-state.ts";
import type { GraphDocument } from "../state/document.ts";
import type { Focus } from "../state/focus.ts";
import type { Selection } from "../state/types.ts";

export type ArticleModel =
  | {
      readonly kind: "story";
      readonly story: Story;
      readonly selection: Selection;
      readonly focus: Focus;
      /** Bring a new selection's first quote into view (false when the article itself was clicked). */
      readonly follow: boolean;
    }
  | { readonly kind: "graph"; readonly file: string; readonly nodes: number; readonly edges: number };

/** The article pane of a story's state. */
export function storyArticleModel(state: AppState, story: Story, d: Derived): ArticleModel {
  return { kind: "story", story, selection: state.view.selection, focus: d.focus, follow: state.cause !== "article" };
}

/** The article pane of a plain graph: no article. */
export function graphArticleModel(doc: GraphDocument): ArticleModel {
  return { kind: "graph", file: doc.file, nodes: doc.graph.nodes.length, edges: doc.graph.edges.length };
}
