/**
 * Every panel's view model, derived from the application state in one pass (derive.ts for a
 * story, graph-derive.ts for a plain graph), so that each panel has one `update(model)` and no
 * panel reads the document or the store itself. A panel that a document kind does not use gets
 * `null` (a plain graph has no story filters; a story has no plain graph controls). The link note
 * (what the page says about its own link) is one of them: it derives from the document and the
 * ignored parts of its link (models/link-note.ts). No DOM.
 */
import { derive } from "../derive.ts";
import type { AppState } from "../state/app-state.ts";
import type { GraphDocument, StoryDocument } from "../state/document.ts";
import { graphArticleModel, storyArticleModel, type ArticleModel } from "./article.ts";
import { graphCanvasModel, storyCanvasModel, type CanvasModel } from "./canvas.ts";
import { controlsModel, type ControlsModel } from "./controls.ts";
import { detailsModel, type DetailsModel } from "./details.ts";
import { emptyModel, filtersModel, type EmptyModel, type FiltersModel } from "./filters.ts";
import { deriveGraph } from "./graph-derive.ts";
import { linkNoteModel, type LinkNote } from "./link-note.ts";
import { graphListsModel, storyListsModel, type ListsModel } from "./lists.ts";
import { graphSearchModel, storySearchModel, type SearchModel } from "./search.ts";

export interface PanelModels {
  readonly canvas: CanvasModel;
  readonly lists: ListsModel;
  readonly details: DetailsModel;
  readonly article: ArticleModel;
  readonly search: SearchModel;
  readonly empty: EmptyModel;
  /** A story's filters, or null for a plain graph. */
  readonly filters: FiltersModel | null;
  /** A plain graph's controls, or null for a story. */
  readonly controls: ControlsModel | null;
  /** The note about the page's link (the same object until another document opens). */
  readonly linkNote: LinkNote;
}

/** The view model of every panel for `state`. */
export function panelModels(state: AppState): PanelModels {
  const doc = state.document;
  const query = state.view.filters.search;
  if (doc.kind === "story") {
    const s = state as AppState & { document: StoryDocument };
    const d = derive(doc.story, state.view);
    return {
      canvas: storyCanvasModel(state, d),
      lists: storyListsModel(s, d),
      details: detailsModel(state),
      article: storyArticleModel(state, doc.story, d),
      search: storySearchModel(query, d),
      empty: emptyModel(doc.story, d),
      filters: filtersModel(doc.story, state.view.filters, d),
      controls: null,
      linkNote: linkNoteModel(state),
    };
  }
  const g = state as AppState & { document: GraphDocument };
  const d = deriveGraph(doc, state.view, state.look);
  return {
    canvas: graphCanvasModel(state, d),
    lists: graphListsModel(g, d),
    details: detailsModel(state),
    article: graphArticleModel(doc),
    search: graphSearchModel(query, d),
    empty: { shown: 0, total: 0 },
    filters: null,
    controls: controlsModel(doc, state.look, d),
    linkNote: linkNoteModel(state),
  };
}
