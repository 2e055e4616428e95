/**
 * The viewer application: one store of view state, the graph canvas and the panels, kept in
 * sync; the URL hash mirrors the state (deep links); exports, story loading (picker and
 * drag-and-drop), layout and camera controls, WebGL context loss. Exposes a small read-only
 * hook on `window.__storygraph` for the browser tests.
 */
import type { Story } from "../graph/model.ts";
import * as actions from "./state/actions.ts";
import { decodeHash, encodeHash } from "./state/hash.ts";
import { createStore, type Store } from "./state/store.ts";
import { INITIAL_STATE, type Selection, type ViewState } from "./state/types.ts";
import { derive, type Derived } from "./derive.ts";
import { byId } from "./dom.ts";
import { createGraphView, type GraphView, type GraphViewHandlers } from "./canvas/graph-view.ts";
import type { PremountedGraph } from "./canvas/premount.ts";
import { mountArticle } from "./panels/article.ts";
import { mountDetails } from "./panels/details.ts";
import { mountFilters } from "./panels/filters.ts";
import { drawLegend } from "./panels/legend.ts";
import { legendModel } from "./panels/legend-model.ts";
import { defaultStory } from "../data/story.ts";
import { mountLists } from "./panels/lists.ts";
import { hideNotices, hideProblems, showNotices, showProblems } from "./panels/problems.ts";
import { mountSearch } from "./panels/search.ts";
import { mountSheet } from "./panels/sheet.ts";
import { mountEmptyState, showIgnoredLink, showLocalFileNote } from "./panels/empty-state.ts";
import { mountExports } from "./io/exports.ts";
import { fetchStoryFile, StoryUrlError } from "./io/story-url.ts";
import { buildRenderGraph } from "./canvas/render-graph.ts";
import { buildPlainRenderGraph, hasFilePositions, hexColor, plainFocus, plainLook, PLAIN_NODE_COLOR, searchPlainNodes } from "./plain/plain-graph.ts";
import { nodeColumns, type NodeColumn } from "./plain/attribute-scale.ts";
import { plainDegrees, plainVisibility } from "./plain/plain-filters.ts";
import { labelGridSettings } from "./canvas/label-density.ts";
import { mountPlainControls, type PlainControlsState } from "./panels/plain-controls.ts";
import type { GraphViewOptions } from "./canvas/graph-view-options.ts";
import type { UntypedGraph } from "../graph/gexf/untyped.ts";
import type { LoadResult } from "./io/load-file.ts";
import { entityColor } from "./styles.ts";
import { EMPTY_FOCUS } from "./state/focus.ts";
import { storyView } from "./state/story-view.ts";

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
  store: Store;
  /** The open story (the last one, while a plain GEXF graph is shown). */
  story(): Story;
  /** The plain GEXF graph shown, or null when a story is. */
  plainGraph(): UntypedGraph | null;
  view(): GraphView;
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

type Origin = "graph" | "article" | "list" | "details" | "search" | "hash" | "filters" | "load";

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

/**
 * Start the viewer on `story` (the default story, or whatever the page was given). `pre` is its
 * graph already drawn by main.ts (the first frame comes before this module is loaded).
 */
export function startApp(initialStory: Story, pre?: PremountedGraph): StorygraphHook {
  let story = initialStory;
  // ?story=URL (what `storygraph view FILE` opens): that file is the page's story, and the link's
  // hash belongs to it, not to the built-in story shown while it loads.
  const storyUrl = new URLSearchParams(location.search).get("story");
  const linkHash = location.hash;
  const decoded = storyUrl === null ? decodeHash(location.hash, story) : { state: INITIAL_STATE, ignored: [] };
  if (decoded.ignored.length) console.info(`storygraph: parts of the link were ignored: ${decoded.ignored.join("; ")}`);
  showIgnoredLink(byId("link-note"), decoded.ignored);
  const store = createStore(decoded.state);
  let view: GraphView | null = null;
  /** Set while a plain GEXF graph (no article) is shown instead of a story, with its file's name. */
  let plain: UntypedGraph | null = null;
  let plainFile = "";
  /** The plain graph's degrees and columns (colour, size and filter by). */
  let plainDegree: number[] = [];
  let plainColumns: NodeColumn[] = [];
  let origin: Origin = "hash";
  const dispatch = (action: actions.ActionLike, from: Origin) => {
    origin = from;
    store.dispatch(action);
  };
  const select = (selection: Selection, from: Origin) => dispatch(actions.select(selection), from);

  const status = byId("status");
  const say = (text: string) => {
    status.textContent = text;
  };

  const lists = mountLists(byId<HTMLUListElement>("claims-list"), byId<HTMLUListElement>("entities-list"), byId("claims-count"), {
    onSelect: (s) => select(s, "list"),
    onClear: () => select(null, "list"),
  });
  const article = mountArticle(byId("article"), byId("article-header"), {
    onSelectSentence: (id) => dispatch(actions.toggleSelect({ type: "sentence", id }), "article"),
    onClear: () => select(null, "article"),
  });
  const details = mountDetails(byId("details"), {
    onSelect: (s) => select(s, "details"),
    onClear: () => select(null, "details"),
  });
  const filters = mountFilters(byId("filters"), {
    onKind: (k, on) => dispatch(actions.toggleKind(k, on, storyView(story).kinds), "filters"),
    onModality: (m, on) => dispatch(actions.toggleModality(m, on), "filters"),
    onCertainty: (c, on) => dispatch(actions.toggleCertainty(c, on), "filters"),
    onPolarity: (p, on) => dispatch(actions.togglePolarity(p, on), "filters"),
    onSource: (src, on) => dispatch(actions.toggleSource(src, on, storyView(story).sources.map((x) => x.value)), "filters"),
    onFrom: (f) => dispatch(actions.setFrom(f), "filters"),
    onUntil: (u) => dispatch(actions.setUntil(u), "filters"),
    onUndated: (keep) => dispatch(actions.setUndated(keep), "filters"),
    onReset: () => dispatch(actions.resetFilters(), "filters"),
  });
  const search = mountSearch(byId<HTMLInputElement>("search-input"), byId("search-results"), byId("search-status"), {
    onQuery: (q) => dispatch(actions.setSearch(q), "search"),
    onPick: (id) => {
      select({ type: "entity", id }, "search");
      view?.centerOn(id);
    },
    onPickSentence: (id) => select({ type: "sentence", id }, "search"),
  }, { list: byId("search-sentences"), dropdown: byId("search-dropdown") });

  // the phone's sheet under the graph: a selection opens its details there (see panels/sheet.ts)
  const sheet = mountSheet(
    { layout: byId("sidebar").closest("main")!, tabs: byId("sheet-tabs"), articlePane: byId("article-pane"), details: byId("details"), graphPane: byId("graph-pane"), legendToggle: byId<HTMLButtonElement>("legend-toggle") },
    store.getState().selection === null ? "article" : "details",
  );
  const plainControls = mountPlainControls(byId("plain-controls"), byId("legend"), (s) => {
    applyPlainLook(s);
    render(store.getState(), false);
  });
  /** Colour, size and label density of the plain graph's nodes as the controls say. */
  function applyPlainLook(s: PlainControlsState): void {
    if (!plain || !view) return;
    const look = plainLook(plain, plainColumns, s.colorBy, s.sizeBy);
    const index = new Map(plain.nodes.map((n, i) => [n.id, i]));
    view.graph.updateEachNodeAttributes((id, a) => ({ ...a, color: look.colors[index.get(id)!]!, size: look.sizes[index.get(id)!]! }), { attributes: ["color", "size"] });
    view.setLabelGrid(labelGridSettings(s.labelLevel));
  }
  const emptyState = mountEmptyState(byId("empty-state"), () => dispatch(actions.resetFilters(), "filters"));
  const layoutButton = byId<HTMLButtonElement>("layout-toggle");
  const layoutStatus = byId("layout-status");
  const lost = byId("webgl-lost");
  let lostTimer: ReturnType<typeof setTimeout> | undefined;

  const hook: StorygraphHook = {
    ready: false,
    layoutRunning: false,
    layoutSettled: 0,
    storiesLoaded: 0,
    fileCheckedIn: () => checkedIn,
    storyUrl: storyUrl === null ? "none" : "loading",
    store,
    story: () => story,
    plainGraph: () => plain,
    view: () => view!,
    canvasState() {
      const r = view!.renderer;
      const out = { hiddenNodes: [] as string[], hiddenEdges: [] as string[], selectedEdges: [] as string[], selectedNodes: [] as string[], focusNodes: [] as string[], focusEdges: [] as string[] };
      view!.graph.forEachNode((id) => {
        const s = r.getNodeState(id);
        if (s.isHidden) out.hiddenNodes.push(id);
        if (s.isSelected) out.selectedNodes.push(id);
        if (s.isFocus) out.focusNodes.push(id);
      });
      view!.graph.forEachEdge((id) => {
        const s = r.getEdgeState(id);
        if (s.isHidden) out.hiddenEdges.push(id);
        if (s.isSelected) out.selectedEdges.push(id);
        if (s.isFocus) out.focusEdges.push(id);
      });
      return out;
    },
  };
  window.__storygraph = hook;

  function renderPlain(graph: UntypedGraph, state: ViewState): void {
    emptyState.update(0, 0); // a plain graph has no claim filters
    const focus = plainFocus(graph, state.selection);
    const hits = searchPlainNodes(graph, state.filters.search);
    const shown = plainVisibility(graph, plainDegree, plainColumns, plainControls.state().filter);
    plainControls.showCounts(shown.nodes.size, shown.edges.size);
    view?.apply({
      visibleNodes: shown.nodes,
      visibleEdges: shown.edges,
      focus: { ...EMPTY_FOCUS, nodes: focus.nodes, edges: focus.edges },
      selection: state.selection,
      matches: new Set(hits.map((n) => n.id)),
    });
    lists.updatePlain(state.selection, focus, shown);
    details.updatePlain(graph, state.selection);
    search.update(
      state.filters.search,
      hits.map((n) => ({ id: n.id, label: n.label, color: n.color ? hexColor(n.color) : PLAIN_NODE_COLOR, matched: n.label })),
    );
  }

  function render(state: ViewState, scroll: boolean): Derived | null {
    if (plain) {
      renderPlain(plain, state);
      return null;
    }
    const d = derive(story, state);
    view?.apply({
      visibleNodes: d.visibleNodes,
      visibleEdges: d.visibleEdges,
      focus: d.focus,
      selection: state.selection,
      matches: new Set(d.searchHits.map((h) => h.entity.id)),
    });
    lists.update(state.selection, d);
    article.update(state.selection, d, scroll);
    details.update(story, state.selection, state.filters);
    filters.update(state.filters, d.visibleClaims);
    emptyState.update(d.visibleClaims.size, story.relations.length + story.events.length);
    search.update(
      state.filters.search,
      d.searchHits.map((h) => ({ id: h.entity.id, label: h.entity.label, color: entityColor(h.entity.kind), matched: h.matched })),
      d.textHits,
    );
    return d;
  }

  let premounted = pre && drawsStory(pre, initialStory) ? pre : undefined;
  if (pre && !premounted) {
    console.warn("storygraph: the first frame's graph does not match the default story (a stale build?): drawing it again");
    pre.view.kill();
  }
  function mountGraph(build: () => ReturnType<typeof buildRenderGraph>, options: Partial<GraphViewOptions> = {}): void {
    view?.kill();
    const handlers: GraphViewHandlers = {
      onSelect: (s) => select(s, "graph"),
      onClearSelection: () => select(null, "graph"),
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
    if (premounted) {
      view = premounted.view;
      premounted.connect(handlers);
      premounted = undefined;
    } else view = createGraphView(byId("graph"), build(), handlers, options);
  }

  /**
   * Make `state` the view state and draw it on the graph just mounted: the store tells its
   * subscribers only when the state changes, but a new graph and new panels need it either way.
   */
  function showState(state: ViewState, scroll: boolean): void {
    const before = store.getState();
    if (store.dispatch(actions.replaceState(state)) === before) render(before, scroll);
  }

  function setMode(isPlain: boolean): void {
    document.body.classList.toggle("plain-graph", isPlain);
    byId("filters").hidden = isPlain;
    byId("plain-controls").hidden = !isPlain;
    for (const id of ["export-gexf", "export-json"]) {
      const b = byId<HTMLButtonElement>(id);
      b.disabled = isPlain;
      b.title = isPlain ? "Only stories export to GEXF and JSON here" : "";
    }
  }

  /** Show a plain GEXF graph (no article): graph, lists, attributes; no filters, no deep link. */
  function setPlainGraph(graph: UntypedGraph, file: string): void {
    plain = graph;
    plainFile = file;
    plainDegree = plainDegrees(graph);
    plainColumns = nodeColumns(graph.nodes, plainDegree);
    // the legend (drawn by the controls) sets the canvas's height: before the graph
    plainControls.setGraph(graph, plainColumns);
    // laid out by its author: drawn as it is, the layout runs on demand only
    const authored = hasFilePositions(graph);
    mountGraph(() => buildPlainRenderGraph(graph), { autoLayout: !authored, cullLabels: true });
    applyPlainLook(plainControls.state());
    if (authored) {
      layoutButton.textContent = "Run layout";
      layoutButton.setAttribute("aria-pressed", "false");
      layoutStatus.textContent = "Positions from the file";
    }
    setMode(true);
    byId("story-title").textContent = graph.meta.description || file;
    document.title = `${file} · storygraph`;
    lists.setPlain(graph);
    article.setPlain(file, graph.nodes.length, graph.edges.length);
    hook.storiesLoaded++;
    origin = "load";
    history.replaceState(null, "", location.pathname + location.search);
    showState(INITIAL_STATE, false);
  }

  function setStory(next: Story, state: ViewState): void {
    plain = null;
    story = next;
    setMode(false);
    byId("story-title").textContent = story.article.title ?? "Untitled story";
    document.title = `${story.article.title ?? "Story"} · storygraph`;
    // The legend (under the canvas) sets the canvas's height: draw it before the graph, since
    // resizing a WebGL canvas sigma has drawn on costs a second on software WebGL.
    drawLegend(byId("legend"), legendModel(story));
    mountGraph(() => buildRenderGraph(story));
    lists.setStory(story);
    article.setStory(story);
    filters.setStory(story);
    hook.storiesLoaded++;
    origin = "load";
    showState(state, true);
  }

  store.subscribe((state, previous) => {
    const selectionChanged = state.selection !== previous.selection;
    if (selectionChanged) sheet.follow(state.selection, origin);
    render(state, selectionChanged && origin !== "article");
    if (plain) return;
    const hash = encodeHash(state);
    if (hash !== location.hash && !(hash === "" && location.hash === "")) {
      history.replaceState(null, "", hash === "" ? location.pathname + location.search : hash);
    }
  });
  window.addEventListener("hashchange", () => {
    if (plain) return;
    const next = decodeHash(location.hash, story);
    origin = "hash";
    store.dispatch(actions.replaceState(next.state));
  });
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape" || e.defaultPrevented) return;
    const t = e.target as HTMLElement;
    if (t.closest("input, textarea, select")) return;
    select(null, "list");
  });

  // Layout and camera controls.
  layoutButton.addEventListener("click", () => (view?.layout.isRunning() ? view.layout.stop() : view?.layout.start()));
  byId("fit-graph").addEventListener("click", () => view?.fit());
  byId("webgl-reload").addEventListener("click", () => location.reload());

  // Exports.
  mountExports({ view: () => view, story: () => story, plain: () => (plain ? { graph: plain, file: plainFile } : null), say });

  // Loading another story: file picker and drag-and-drop.
  const fileInput = byId<HTMLInputElement>("file-input");
  const problems = byId("problems");
  const notices = byId("notices");
  let checkedIn: "worker" | "page" | null = null;
  /** Open a story or GEXF file; `hash` is the deep link to apply to it (a `?story=URL` page's). Resolves to whether it opened. */
  const open = async (file: File, hash?: string): Promise<boolean> => {
    say(`Opening ${file.name}…`);
    let result: LoadResult;
    try {
      const io = await openFileIo();
      result = await io.openFile(file, (p) =>
        say(p.phase === "reading" ? `Opening ${file.name}… read ${Math.round((100 * p.read) / Math.max(1, p.total))} %` : `Opening ${file.name}… checking it`),
      );
      checkedIn = io.lastCheckedIn;
    } catch (e) {
      say(`Could not open ${file.name}: ${(e as Error).message}`);
      return false;
    }
    if (!result.ok) {
      showProblems(problems, result.file, result.problems);
      say(`Could not open ${result.file}: ${result.problems.length} problem(s).`);
      return false;
    }
    hideProblems(problems);
    // a local file: the link (which keeps ?story= of a story opened before) cannot reopen it
    const local = hash === undefined;
    if (local) history.replaceState(null, "", location.pathname);
    if (result.kind === "graph") {
      hideNotices(notices);
      setPlainGraph(result.graph, result.file);
      say(`Opened ${result.file}: a plain graph of ${result.graph.nodes.length} nodes and ${result.graph.edges.length} edges, without article.`);
      return true;
    }
    const link = hash === undefined ? null : decodeHash(hash, result.story);
    if (link?.ignored.length) console.info(`storygraph: parts of the link were ignored: ${link.ignored.join("; ")}`);
    if (local) showLocalFileNote(byId("link-note"), result.file);
    else showIgnoredLink(byId("link-note"), link?.ignored ?? []);
    setStory(result.story, link ? link.state : INITIAL_STATE);
    showNotices(notices, result.file, result.notices);
    const notes = result.notices.length ? ` The loader left ${result.notices.length} note${result.notices.length === 1 ? "" : "s"} (shown above the graph).` : "";
    say(`Opened ${result.file}: ${result.story.entities.length} entities, ${result.story.relations.length} relations, ${result.story.events.length} events.${notes}`);
    return true;
  };
  /** The page's `?story=URL`: fetched (same origin, an https: server that allows CORS, or one on this machine) and opened with the link's hash. */
  const openUrl = async (url: string): Promise<void> => {
    let file: File;
    try {
      file = await fetchStoryFile(url, location.href);
    } catch (e) {
      const why = e instanceof StoryUrlError ? e.reason : (e as Error).message;
      const reason = `Could not fetch the story ${url}: ${why}. Showing the built-in story instead.`;
      showProblems(problems, url, [{ path: "(document)", where: "", detail: reason, kind: "FetchError" }]);
      say(reason);
      hook.storyUrl = "failed";
      return;
    }
    hook.storyUrl = (await open(file, linkHash)) ? "loaded" : "failed";
  };
  // Edit mode (src/viewer/editor/, its own chunk); `?edit` in the address reopens it after a reload.
  const edit = () => void import("./editor/editor.ts").then(({ openEditor }) => openEditor({ story: () => story })).catch((e: Error) => say(`Edit mode failed: ${e.message}`));
  byId("edit-mode").addEventListener("click", edit);
  byId("open-story").addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (file) void open(file);
  });
  const overlay = byId("drop-overlay");
  let dragDepth = 0;
  document.addEventListener("dragenter", (e) => {
    if (!e.dataTransfer?.types.includes("Files")) return;
    dragDepth++;
    overlay.hidden = false;
  });
  document.addEventListener("dragleave", () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) overlay.hidden = true;
  });
  document.addEventListener("dragover", (e) => {
    if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
  });
  document.addEventListener("drop", (e) => {
    dragDepth = 0;
    overlay.hidden = true;
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void open(file);
  });

  setStory(story, store.getState());
  // Ready once the panels are mounted (above) and the graph is drawn whole (edge labels included).
  view!.whenDrawn(() => {
    hook.ready = true;
    document.documentElement.dataset.ready = "true";
    // Fetch the on-demand code (file loader, GEXF) once the page is up, so that the first
    // "Open story…" or export does not wait for it.
    const prefetch = () => void Promise.all([loadFileIo(), openFileIo(), loadGexfIo()]).catch(() => undefined);
    if ("requestIdleCallback" in window) requestIdleCallback(prefetch, { timeout: 5000 });
    else setTimeout(prefetch, 1000);
    if (storyUrl !== null) void openUrl(storyUrl);
    if (new URLSearchParams(location.search).has("edit")) edit();
  });
  return hook;
}
