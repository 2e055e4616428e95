/**
 * The viewer's whole application state, held in one store: the opened document (a story or a
 * plain graph: document.ts), the view state (selection and filters: types.ts), the look of a
 * plain graph (label density, colour and size by, its filters), the parts of the link the document
 * was opened with that could not be applied (the page's link note derives from them and the
 * document: models/link-note.ts) and the cause of the last change (which panel, the URL, a load). The cause is part of the state a change produces, so the
 * subscriber that scrolls the article or opens the phone's sheet reads it from the state, not
 * from a variable set beside the dispatch. No DOM, no sigma.
 */
import type { Action, ViewState } from "./types.ts";
import { INITIAL_STATE } from "./types.ts";
import type { ViewerDocument } from "./document.ts";
import { DEFAULT_PLAIN_FILTER, type PlainFilter } from "../plain/plain-filters.ts";
import { DEFAULT_LABEL_DENSITY } from "../canvas/label-density.ts";

/**
 * What caused a change: the panel the reader used (`filters`: a story's filters or a plain
 * graph's controls; `list` also for Escape), the URL's hash, or opening a document.
 */
export type Cause = "graph" | "article" | "list" | "details" | "search" | "hash" | "filters" | "load";

/** How a plain graph is drawn and filtered (its controls). `file`: as the file gives it. */
export interface GraphLook {
  /** A level of LABEL_DENSITY_LEVELS. */
  readonly labelLevel: number;
  /** `file`, or a NodeColumn key. */
  readonly colorBy: string;
  /** `file`, or a numeric NodeColumn key. */
  readonly sizeBy: string;
  readonly filter: PlainFilter;
}

/** A plain graph's look as it opens: the file's colours and sizes, the default label density, no filter. */
export const DEFAULT_GRAPH_LOOK: GraphLook = Object.freeze({ labelLevel: DEFAULT_LABEL_DENSITY, colorBy: "file", sizeBy: "file", filter: DEFAULT_PLAIN_FILTER });

export interface AppState {
  readonly document: ViewerDocument;
  /** Selection and filters (a plain graph uses the selection and the search only). */
  readonly view: ViewState;
  /** The plain graph's look (reset when a document opens; unused by a story). */
  readonly look: GraphLook;
  /**
   * The parts of the link the document was opened with that were ignored (decodeHash's
   * `ignored`): set when a document opens, none when it opened without a link.
   */
  readonly linkIgnored: readonly string[];
  /** What caused the last change. */
  readonly cause: Cause;
}

/**
 * The state of a viewer that has just opened `document` with view state `view`.
 *
 * @param linkIgnored - the parts of the link it was opened with that were ignored (none by default:
 *   a new empty list each time, so that each opening is told apart by the link note's model).
 */
export function openedState(document: ViewerDocument, view: ViewState = INITIAL_STATE, linkIgnored: readonly string[] = []): AppState {
  return { document, view, look: DEFAULT_GRAPH_LOOK, linkIgnored, cause: "load" };
}

/** A producer of the app state applying the view state action `action`, caused by `cause`. */
export const onView =
  (action: Action, cause: Cause) =>
  (state: AppState): AppState => {
    const view = action(state.view);
    return view === state.view ? state : { ...state, view, cause };
  };

/**
 * A producer opening `document` with view state `view` (the look resets; the ignored parts of
 * the link become `linkIgnored`, none by default: those of the previous document's link go).
 */
export const openDocument =
  (document: ViewerDocument, view: ViewState = INITIAL_STATE, linkIgnored?: readonly string[]) =>
  (): AppState =>
    openedState(document, view, linkIgnored);

/** A producer changing the plain graph's look by `patch`. */
export const changeLook =
  (patch: Partial<GraphLook>) =>
  (state: AppState): AppState => {
    const look = { ...state.look, ...patch };
    const same = (Object.keys(patch) as (keyof GraphLook)[]).every((k) => look[k] === state.look[k]);
    return same ? state : { ...state, look, cause: "filters" };
  };
