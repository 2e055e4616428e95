/**
 * The viewer application: one store holds the whole state (state/app-state.ts: the opened
 * document, a story or a plain graph; the view state; a plain graph's look; the cause of the last
 * change). Actions are bound to it once (state/bind.ts); on each change every panel gets its view
 * model (models/panel-models.ts) through its one `update` (the link note too: it derives from the
 * opened document and the ignored parts of its link), and a new document is drawn on a new
 * canvas. The URL hash mirrors a story's view state (deep links). Also here: exports, story
 * loading (picker, drag-and-drop, `?story=URL`), layout and camera controls, WebGL context loss,
 * and a small read-only hook on `window.__storygraph` for the browser tests.
 */
import type { Story } from "../graph/model.ts";
import type { UntypedGraph } from "../graph/gexf/untyped.ts";
import { defaultStory } from "../data/story.ts";
import { decodeHash, encodeHash } from "./state/hash.ts";
import { createStore, type Store } from "./state/store.ts";
import { INITIAL_STATE, type ViewState } from "./state/types.ts";
import { onView, openedState, type AppState } from "./state/app-state.ts";
import { bindActions } from "./state/bind.ts";
import { documentTitle, storyDocument, type ViewerDocument } from "./state/document.ts";
import { panelModels, type PanelModels } from "./models/panel-models.ts";
import type { NodeLook } from "./models/canvas.ts";
import { byId } from "./dom.ts";
import { createGraphView, type GraphView, type GraphViewHandlers } from "./canvas/graph-view.ts";
import type { PremountedGraph } from "./canvas/premount.ts";
import { buildRenderGraph } from "./canvas/render-graph.ts";
import { labelGridSettings } from "./canvas/label-density.ts";
import { buildPlainRenderGraph, paintPlainLook } from "./plain/plain-graph.ts";
import { mountArticle } from "./panels/article.ts";
import { mountDetails } from "./panels/details.ts";
import { mountFilters } from "./panels/filters.ts";
import { drawLegend } from "./panels/legend.ts";
import { legendModel } from "./panels/legend-model.ts";
import { mountLists } from "./panels/lists.ts";
import { mountSearch } from "./panels/search.ts";
import { mountSheet } from "./panels/sheet.ts";
import { mountEmptyState } from "./panels/empty-state.ts";
import { mountPlainControls } from "./panels/plain-controls.ts";
import { mountLinkNote } from "./panels/link-note.ts";
import { mountExports } from "./io/exports.ts";
import { captureFigure, type FigureCaption } from "./export/capture.ts";
import type { FigureModel } from "./export/figure.ts";
import { mountOpening } from "./io/open-document.ts";

/** What the browser tests may read (never needed by the app itself). */
export interface StorygraphHook {
  /** True once the first story is drawn and every panel is mounted. */
  ready: boolean;
  /** True while ForceAtlas2 runs. */
  layoutRunning: boolean;
  /** Number of times the layout stopped by itself (settled). */
  layoutSettled: number;
  /** Number of stories opened (1 for the default story). */
  storiesLoaded: number;
  /** Where the last opened file was read and checked: in a Web Worker, or on the page (no worker could run). */
  fileCheckedIn(): "worker" | "page" | null;
  /** The story of the page's `?story=URL`: none asked, loading, loaded (shown) or failed (the reason shown in the page). */
  storyUrl: "none" | "loading" | "loaded" | "failed";
  /** The view state (selection and filters) as a store of its own: reads and producers act on the app's store. */
  store: Store<ViewState>;
  /** The whole application state (document, view state, look, cause). */
  appState(): AppState;
  /** The open story (the last one, while a plain GEXF graph is shown). */
  story(): Story;
  /** The plain GEXF graph shown, or null when a story is. */
  plainGraph(): UntypedGraph | null;
  view(): GraphView;
  /** The current view as a figure model (what the PNG and SVG exports draw), framed by `caption`. */
  figure(caption: FigureCaption): FigureModel;
  /** Ids of what the canvas shows (sigma's node/edge states). */
  canvasState(): { hiddenNodes: string[]; hiddenEdges: string[]; selectedEdges: string[]; selectedNodes: string[]; focusNodes: string[]; focusEdges: string[] };
}

declare global {
  interface Window {
    __storygraph?: StorygraphHook;
  }
}

/** Code the first frame does not need (zod, the JSON and GEXF loaders, the GEXF writer), loaded on demand. */
const loadFileIo = () => import("./io/load-file.ts");
const openFileIo = () => import("./io/open-file.ts");
const loadGexfIo = () => import("./io/gexf.ts");

/**
 * True when `pre` draws `story`'s graph: the same nodes and edges (the first frame's graph is
 * computed when the viewer is built; a mismatch would mean a stale build).
 */
function drawsStory(pre: PremountedGraph, story: Story): boolean {
  const g = pre.view.graph;
  if (g.order !== story.entities.length + story.events.length) return false;
  if (!story.entities.every((e) => g.hasNode(e.id)) || !story.events.every((e) => g.hasNode(e.id))) return false;
  let participations = 0;
  for (const e of story.events) participations += e.participants.length;
  return g.size === story.relations.length + participations && story.relations.every((r) => g.hasEdge(r.id));
}

/**
 * Start the viewer on the default story, built and checked here (every quote anchored), with its
 * graph already drawn by main.ts.
 */
export function startDefaultApp(pre: PremountedGraph): StorygraphHook {
  return startApp(defaultStory(), pre);
}


/** The view state as a store of its own, over the app's store (the browser tests' `hook.store`). */
function viewStore(store: Store<AppState>): Store<ViewState> {
  return {
    getState: () => store.getState().view,
    dispatch: (producer) => store.dispatch(onView(producer, "hash")).view,
    subscribe: (listener) => store.subscribe((s, p) => s.view !== p.view && listener(s.view, p.view)),
  };
}

/** Ids of what `view`'s canvas shows (sigma's node and edge states). */
function canvasState(view: GraphView): ReturnType<StorygraphHook["canvasState"]> {
  const r = view.renderer;
  const out = { hiddenNodes: [] as string[], hiddenEdges: [] as string[], selectedEdges: [] as string[], selectedNodes: [] as string[], focusNodes: [] as string[], focusEdges: [] as string[] };
  view.graph.forEachNode((id) => {
    const s = r.getNodeState(id);
    if (s.isHidden) out.hiddenNodes.push(id);
    if (s.isSelected) out.selectedNodes.push(id);
    if (s.isFocus) out.focusNodes.push(id);
  });
  view.graph.forEachEdge((id) => {
    const s = r.getEdgeState(id);
    if (s.isHidden) out.hiddenEdges.push(id);
    if (s.isSelected) out.selectedEdges.push(id);
    if (s.isFocus) out.focusEdges.push(id);
  });
  return out;
}

/**
 * Start the viewer on `story` (the default story, or whatever the page was given). `pre` is its
 * graph already drawn by main.ts (the first frame comes before this module is loaded).
 */
export function startApp(initialStory: Story, pre?: PremountedGraph): StorygraphHook {
  // ?story=URL (what `storygraph view FILE` opens): that file is the page's story, and the link's
  // hash belongs to it, not to the built-in story shown while it loads.
  const storyUrl = new URLSearchParams(location.search).get("story");
  const linkHash = location.hash;
  const decoded = storyUrl === null ? decodeHash(location.hash, initialStory) : { state: INITIAL_STATE, ignored: [] };
  if (decoded.ignored.length) console.info(`storygraph: parts of the link were ignored: ${decoded.ignored.join("; ")}`);
  const store = createStore<AppState>(openedState(storyDocument(initialStory), decoded.state, decoded.ignored));
  const act = bindActions(store);
  let view: GraphView | null = null;
  /** The last story shown (what the editor edits, and the hook's `story()`, while a plain graph is shown). */
  let lastStory = initialStory;

  const status = byId("status");
  const say = (text: string) => {
    status.textContent = text;
  };

  const lists = mountLists(byId<HTMLUListElement>("claims-list"), byId<HTMLUListElement>("entities-list"), byId("claims-count"), {
    onSelect: (s) => act.select(s, "list"),
    onClear: () => act.select(null, "list"),
  });
  const article = mountArticle(byId("article"), byId("article-header"), {
    onSelectSentence: (id) => act.toggleSelect({ type: "sentence", id }, "article"),
    onClear: () => act.select(null, "article"),
  });
  const details = mountDetails(byId("details"), {
    onSelect: (s) => act.select(s, "details"),
    onClear: () => act.select(null, "details"),
  });
  const filters = mountFilters(byId("filters"), {
    onKind: act.toggleKind,
    onModality: act.toggleModality,
    onCertainty: act.toggleCertainty,
    onPolarity: act.togglePolarity,
    onSource: act.toggleSource,
    onFrom: act.setFrom,
    onUntil: act.setUntil,
    onUndated: act.setUndated,
    onReset: act.resetFilters,
  });
  const search = mountSearch(byId<HTMLInputElement>("search-input"), byId("search-results"), byId("search-status"), {
    onQuery: act.setSearch,
    onPick: (id) => {
      act.select({ type: "entity", id }, "search");
      view?.centerOn(id);
    },
    onPickSentence: (id) => act.select({ type: "sentence", id }, "search"),
  }, { list: byId("search-sentences"), dropdown: byId("search-dropdown") });
  // the phone's sheet under the graph: a selection opens its details there (see panels/sheet.ts)
  const sheet = mountSheet(
    { layout: byId("sidebar").closest("main")!, tabs: byId("sheet-tabs"), articlePane: byId("article-pane"), details: byId("details"), graphPane: byId("graph-pane"), legendToggle: byId<HTMLButtonElement>("legend-toggle") },
    store.getState().view.selection === null ? "article" : "details",
  );
  const plainControls = mountPlainControls(byId("plain-controls"), byId("legend"), act.changeLook);
  const emptyState = mountEmptyState(byId("empty-state"), act.resetFilters);
  const linkNote = mountLinkNote(byId("link-note"));
  const layoutButton = byId<HTMLButtonElement>("layout-toggle");
  const layoutStatus = byId("layout-status");
  const lost = byId("webgl-lost");
  let lostTimer: ReturnType<typeof setTimeout> | undefined;

  const opening = mountOpening({ open: act.open, say });
  const hook: StorygraphHook = {
    ready: false,
    layoutRunning: false,
    layoutSettled: 0,
    storiesLoaded: 0,
    fileCheckedIn: () => opening.checkedIn(),
    storyUrl: storyUrl === null ? "none" : "loading",
    store: viewStore(store),
    appState: () => store.getState(),
    story: () => lastStory,
    plainGraph: () => {
      const doc = store.getState().document;
      return doc.kind === "graph" ? doc.graph : null;
    },
    view: () => view!,
    figure: (caption) => captureFigure(view!.renderer, caption),
    canvasState: () => canvasState(view!),
  };
  window.__storygraph = hook;

  let premounted = pre && drawsStory(pre, initialStory) ? pre : undefined;
  if (pre && !premounted) {
    console.warn("storygraph: the first frame's graph does not match the default story (a stale build?): drawing it again");
    pre.view.kill();
  }
  const handlers: GraphViewHandlers = {
    onSelect: (s) => act.select(s, "graph"),
    onClearSelection: () => act.select(null, "graph"),
    onContextLost: (isLost) => {
      lost.hidden = !isLost;
      if (lostTimer !== undefined) clearTimeout(lostTimer);
      if (isLost) {
        byId("webgl-lost-text").textContent = "The graph's drawing surface was lost (the browser took its WebGL context back). Restoring it…";
        lostTimer = setTimeout(() => {
          byId("webgl-lost-text").textContent = "The graph's drawing surface could not be restored. Reload the page to draw it again: the link keeps your selection and filters.";
        }, 5000);
      }
      say(isLost ? "The graph canvas was lost; restoring it." : "The graph canvas is back.");
    },
    onLayoutChange: (running, settled) => {
      hook.layoutRunning = running;
      if (settled) hook.layoutSettled++;
      layoutButton.textContent = running ? "Stop layout" : "Run layout";
      layoutButton.setAttribute("aria-pressed", String(running));
      layoutStatus.textContent = running ? "Layout running…" : settled ? "Layout settled" : "Layout stopped";
    },
  };

  /** The node look last applied to the canvas (a new canvas has none). */
  let appliedLook: NodeLook | null = null;
  /** Draw `doc` on a new canvas: title, mode, legend (it sets the canvas's height: before the graph), graph. */
  function showDocument(doc: ViewerDocument, models: PanelModels): void {
    const isGraph = doc.kind === "graph";
    document.body.classList.toggle("plain-graph", isGraph);
    byId("filters").hidden = isGraph;
    byId("plain-controls").hidden = !isGraph;
    for (const id of ["export-gexf", "export-json"]) {
      const b = byId<HTMLButtonElement>(id);
      b.disabled = isGraph;
      b.title = isGraph ? "Only stories export to GEXF and JSON here" : "";
    }
    byId("story-title").textContent = documentTitle(doc);
    document.title = `${doc.kind === "story" ? (doc.story.article.title ?? "Story") : doc.file} · storygraph`;
    // resizing a WebGL canvas sigma has drawn on costs a second on software WebGL: the legend first
    if (models.controls) plainControls.update(models.controls);
    else if (doc.kind === "story") drawLegend(byId("legend"), legendModel(doc.story));
    view?.kill();
    appliedLook = null;
    if (doc.kind === "story") {
      lastStory = doc.story;
      if (premounted) {
        view = premounted.view;
        premounted.connect(handlers);
        premounted = undefined;
      } else view = createGraphView(byId("graph"), buildRenderGraph(doc.story), handlers);
    } else {
      // laid out by its author: drawn as it is, the layout runs on demand only
      view = createGraphView(byId("graph"), buildPlainRenderGraph(doc.graph), handlers, { autoLayout: !doc.authored, cullLabels: true });
      if (doc.authored) {
        layoutButton.textContent = "Run layout";
        layoutButton.setAttribute("aria-pressed", "false");
        layoutStatus.textContent = "Positions from the file";
      }
    }
    hook.storiesLoaded++;
  }

  /** Give every panel its view model. */
  function render(state: AppState, models: PanelModels): void {
    const m = models;
    if (view && m.canvas.look && m.canvas.look !== appliedLook && state.document.kind === "graph") {
      paintPlainLook(view.graph, state.document.graph, m.canvas.look);
      view.setLabelGrid(labelGridSettings(m.canvas.look.labelLevel));
      appliedLook = m.canvas.look;
    }
    view?.apply(m.canvas.apply);
    lists.update(m.lists);
    article.update(m.article);
    details.update(m.details);
    search.update(m.search);
    emptyState.update(m.empty);
    linkNote.update(m.linkNote);
    if (m.filters) filters.update(m.filters);
    // right after showDocument this is the model it drew: plainControls.update returns at once
    if (m.controls) plainControls.update(m.controls);
    if (state.document.kind !== "story") return;
    const hash = encodeHash(state.view);
    if (hash !== location.hash && !(hash === "" && location.hash === "")) {
      history.replaceState(null, "", hash === "" ? location.pathname + location.search : hash);
    }
  }

  store.subscribe((state, previous) => {
    const models = panelModels(state);
    if (state.document !== previous.document) showDocument(state.document, models);
    if (state.view.selection !== previous.view.selection) sheet.follow(state.view.selection, state.cause);
    render(state, models);
  });
  window.addEventListener("hashchange", () => {
    const doc = store.getState().document;
    if (doc.kind === "story") act.replaceView(decodeHash(location.hash, doc.story).state, "hash");
  });
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape" || e.defaultPrevented) return;
    const t = e.target as HTMLElement;
    if (t.closest("input, textarea, select")) return;
    act.select(null, "list");
  });

  // Layout and camera controls.
  layoutButton.addEventListener("click", () => (view?.layout.isRunning() ? view.layout.stop() : view?.layout.start()));
  byId("fit-graph").addEventListener("click", () => view?.fit());
  byId("webgl-reload").addEventListener("click", () => location.reload());

  mountExports({ view: () => view, document: () => store.getState().document, say });

  // Edit mode (src/viewer/editor/, its own chunk); `?edit` in the address reopens it after a reload.
  const edit = () => void import("./editor/editor.ts").then(({ openEditor }) => openEditor({ story: () => lastStory })).catch((e: Error) => say(`Edit mode failed: ${e.message}`));
  byId("edit-mode").addEventListener("click", edit);

  const first = store.getState();
  const firstModels = panelModels(first);
  showDocument(first.document, firstModels);
  render(first, firstModels);
  // Ready once the panels are mounted (above) and the graph is drawn whole (edge labels included).
  view!.whenDrawn(() => {
    hook.ready = true;
    document.documentElement.dataset.ready = "true";
    // Fetch the on-demand code (file loader, GEXF) once the page is up, so that the first
    // "Open story…" or export does not wait for it.
    const prefetch = () => void Promise.all([loadFileIo(), openFileIo(), loadGexfIo()]).catch(() => undefined);
    if ("requestIdleCallback" in window) requestIdleCallback(prefetch, { timeout: 5000 });
    else setTimeout(prefetch, 1000);
    if (storyUrl !== null) void opening.openUrl(storyUrl, linkHash).then((ok) => (hook.storyUrl = ok ? "loaded" : "failed"));
    if (new URLSearchParams(location.search).has("edit")) edit();
  });
  return hook;
}
