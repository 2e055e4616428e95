/**
 * The graph canvas: a sigma 4 renderer on the render graph, with the viewer's styles and custom
 * states, click/hover events mapped to view actions, ForceAtlas2 layout, camera helpers, resize
 * handling and WebGL context loss reporting. The only module that imports sigma (the figure
 * exports capture its renderer: export/capture.ts).
 *
 * After each frame two label passes run (story-sized graphs): edge labels that would cover one
 * another are hidden (the `labelCovered` state; edge-label-collision.ts), and on a phone's canvas
 * a node label that would run off the canvas takes another side (label-placement.ts).
 */
import Sigma, { DEFAULT_STYLES } from "sigma";
import { extremityArrow, layerDashed, layerFill, layerPlain, pathCurved, pathLine, sdfCircle, sdfDiamond } from "sigma/rendering";
import { isBigGraph } from "./big-graph.ts";
import { DEFAULT_LABEL_DENSITY, labelGridSettings } from "./label-density.ts";
import type { RenderGraph } from "./render-graph.ts";
import { createLayout, type LayoutController } from "./layout.ts";
import { labelOverflow, labelSides, sideInside, type LabelSide, type Obstacle } from "./label-placement.ts";
import { collidingLabels, type EdgeLabelShape } from "./edge-label-collision.ts";
import { canvasTextMeasurer, edgeLabelCandidates, edgeLabelOnScreen, EDGE_LABEL_MARGIN, type MeasureText } from "./edge-label-screen.ts";
import { bendAwayFromBundles, clearBundles, pairKey, type Bundle } from "./bundle-clearance.ts";
import { orient } from "./orientation.ts";
import { isNarrowCanvas, rescaleContentFor } from "../phone.ts";
import type { LabelGridSettings } from "./label-density.ts";
import { resolveGraphViewOptions, type GraphViewOptions } from "./graph-view-options.ts";
import {
  CUSTOM_EDGE_STATE,
  CUSTOM_GRAPH_STATE,
  CUSTOM_NODE_STATE,
  EDGE_STYLE_RULES,
  NODE_STYLE_RULES,
  PARALLEL_SPREAD,
  PARTICIPATION_DASH,
  BIG_GRAPH_EDGE_RULES,
  BIG_GRAPH_NODE_RULES,
  NARROW_EDGE_RULES,
  NARROW_NODE_RULES,
} from "../styles.ts";

/** Node labels: the font family and weight, their gap to the node, and their background's padding (NODE_STYLE_RULES). */
const NODE_LABEL_FAMILY = "system-ui, 'Segoe UI', Roboto, sans-serif";
const NODE_LABEL_WEIGHT = "600";
const NODE_LABEL_MARGIN = 6;
const NODE_LABEL_PADDING = 2;
/** Width-to-height ratio from which a canvas counts as wide (see orientToContainer). */
const WIDE_CANVAS = 1.5;
/** Nodes nearer than this fraction of the graph's extent count as obstacles for a label (see placeLabels). */
const NEAR_LABEL = 0.2;

/** What a click on the canvas picks: a node (an entity or an event) or a relation (a participation picks its event). */
export interface CanvasPick {
  readonly type: "entity" | "event" | "relation";
  readonly id: string;
}

export interface GraphViewHandlers {
  /** The user clicked a node or an edge (or its label). */
  onSelect(pick: CanvasPick): void;
  /** The user clicked the empty stage. */
  onClearSelection(): void;
  /** The WebGL context was lost (`true`) or restored (`false`). */
  onContextLost(lost: boolean): void;
  /** The layout started or stopped (`settled`: it stopped by itself). */
  onLayoutChange(running: boolean, settled: boolean): void;
}

/**
 * What the graph should show: visibility from the filters, focus from the selection (the nodes and
 * edges it lights up), the selection itself (only a node or relation selection is drawn as
 * selected), search matches. The canvas's own shapes, so it knows nothing of the view state.
 */
export interface GraphViewState {
  readonly visibleNodes: ReadonlySet<string>;
  readonly visibleEdges: ReadonlySet<string>;
  readonly focus: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };
  readonly selection: { readonly type: string; readonly id: string } | null;
  readonly matches: ReadonlySet<string>;
}

function createRenderer(graph: RenderGraph, container: HTMLElement, cullLabels: boolean) {
  const big = isBigGraph(graph);
  const width = container.offsetWidth;
  return new Sigma(graph, container, {
    primitives: {
      nodes: {
        // entities are circles, events diamonds (the `shape` attribute, see render-graph.ts)
        shapes: [sdfCircle(), sdfDiamond()],
        layers: [layerFill()],
        label: { font: { family: NODE_LABEL_FAMILY, weight: NODE_LABEL_WEIGHT }, margin: NODE_LABEL_MARGIN },
      },
      edges: {
        paths: [pathLine(), pathCurved()],
        extremities: [extremityArrow()],
        // solid, and dashed where `gap` is over 0 (participations): the dashed layer draws nothing
        // on a gap of 0 and paints its gaps white over the solid layer elsewhere
        // (on a big graph, solid only: a second layer in every edge fragment costs frame time on
        // software WebGL; participations keep their colour, thickness and role labels)
        layers: big
          ? [layerPlain()]
          : [
              layerPlain(),
              layerDashed({
                dashSize: { value: PARTICIPATION_DASH.dash, mode: "pixels" },
                gapSize: { attribute: "gap", default: 0, mode: "pixels" },
                gapColor: "#ffffff",
              }),
            ],
        variables: { curvature: { type: "number", default: 0 }, gap: { type: "number", default: 0 } },
        label: {
          color: { attribute: "color" },
          textBorder: { width: 4, color: "#ffffff" },
          fontSizeMode: "fixed",
          margin: EDGE_LABEL_MARGIN,
          // a label reads left to right whichever way its edge runs (sigma's default, said here)
          keepUpright: true,
          minVisibilityThreshold: 0.45,
          fullVisibilityThreshold: 0.6,
        },
      },
    },
    customNodeState: { ...CUSTOM_NODE_STATE },
    customEdgeState: { ...CUSTOM_EDGE_STATE },
    customGraphState: { ...CUSTOM_GRAPH_STATE, narrow: isNarrowCanvas(width) },
    styles: {
      nodes: [DEFAULT_STYLES.nodes, ...NODE_STYLE_RULES, ...NARROW_NODE_RULES, ...(big || cullLabels ? BIG_GRAPH_NODE_RULES : [])],
      edges: [DEFAULT_STYLES.edges, ...EDGE_STYLE_RULES, ...NARROW_EDGE_RULES, ...(big ? BIG_GRAPH_EDGE_RULES : [])],
      stage: { background: "#ffffff" },
    },
    settings: {
      itemSizesReference: "screen",
      enableEdgeEvents: true,
      edgeLabelEvents: "extend",
      nodeLabelEvents: "extend",
      // Edge labels are switched on right after the first frame (see createGraphView).
      renderEdgeLabels: false,
      edgeLabelAnchors: big ? "nodeLabels" : "allNodes",
      autoRescale: true,
      // a phone's canvas frames the nodes only (see phone.ts), updated on resize
      autoRescaleContent: rescaleContentFor(width),
      stagePadding: 40,
      labelDensity: 10,
      // a big graph draws the labels of its biggest nodes only, one per cell (label-density.ts's default level)
      ...(big && labelGridSettings(DEFAULT_LABEL_DENSITY)),
      // a node can be dragged to where the reader wants it (the layout stops: the reader's move wins)
      enableNodeDrag: true,
      gestureTarget: "graph",
      minCameraRatio: 0.2,
      maxCameraRatio: 4,
    },
  });
}

export type Renderer = ReturnType<typeof createRenderer>;

/** Radius (px) around an edge's middle that a moved node label keeps clear of (see labelSidesInside). */
const EDGE_MIDDLE = 3;

/**
 * The node labels to move so that they stay on the canvas: for each node whose label is shown,
 * its first side (labelSides' order) when it fits there, else the side sideInside gives (one
 * where it fits, covering the fewest other nodes and edge middles), where that differs from the
 * side it has now; with `inside` false, every label's first side.
 */
function labelSidesInside(renderer: Renderer, preferred: ReadonlyMap<string, readonly LabelSide[]>, measure: MeasureText, inside: boolean): Map<string, LabelSide> {
  const canvas = renderer.getDimensions();
  const shown = renderer.getNodeDisplayedLabels();
  const moves = new Map<string, LabelSide>();
  const graph = renderer.getGraph();
  // the nodes and edge middles on screen, gathered the first time a label runs off the canvas
  let at: Map<string, Obstacle> | null = null;
  const middles: Obstacle[] = [];
  const obstaclesBut = (node: string): Obstacle[] => {
    if (!at) {
      const nodes = new Map<string, Obstacle>();
      graph.forEachNode((id) => {
        const d = renderer.getNodeDisplayData(id);
        if (d && d.visibility !== "hidden") nodes.set(id, { ...renderer.framedGraphToViewport(d), radius: renderer.scaleSize(d.size) });
      });
      graph.forEachEdge((edge, _a, s, t) => {
        const [a, b] = [nodes.get(s), nodes.get(t)];
        if (a && b && renderer.getEdgeDisplayData(edge)?.visibility !== "hidden") middles.push({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, radius: EDGE_MIDDLE });
      });
      at = nodes;
    }
    return [...middles, ...[...at].filter(([n]) => n !== node).map(([, o]) => o)];
  };
  graph.forEachNode((id) => {
    const d = renderer.getNodeDisplayData(id);
    const sides = preferred.get(id);
    if (!d || !d.label || !sides || !shown.has(id)) return;
    const size = d.labelSize ?? 14;
    const p = renderer.framedGraphToViewport(d);
    const label = {
      x: p.x,
      y: p.y,
      radius: renderer.scaleSize(d.size),
      width: measure(d.label, `${NODE_LABEL_WEIGHT} ${size}px ${NODE_LABEL_FAMILY}`) + 2 * NODE_LABEL_PADDING,
      height: size + 2 * NODE_LABEL_PADDING,
      margin: NODE_LABEL_MARGIN,
    };
    const side = !inside || labelOverflow(sides[0]!, label, canvas) <= 0 ? sides[0]! : sideInside(sides, label, canvas, obstaclesBut(id));
    if (side !== d.labelPosition) moves.set(id, side);
  });
  return moves;
}

export interface GraphView {
  readonly renderer: Renderer;
  readonly graph: RenderGraph;
  readonly layout: LayoutController;
  /** Push the view state into sigma's node/edge/graph states. */
  apply(state: GraphViewState): void;
  /** Move the camera onto a node. */
  centerOn(nodeId: string): void;
  /** Reset the camera so the whole graph is framed. */
  fit(): void;
  /** Call `callback` once the graph is drawn whole, edge labels included (at once if it is). */
  whenDrawn(callback: () => void): void;
  /** Set sigma's label grid (labelDensity, labelGridCellSize, labelRenderedSizeThreshold; see label-density.ts). */
  setLabelGrid(settings: LabelGridSettings): void;
  /** Where the edge labels drawn now (or those hidden for covering others) are on screen, as edge-label-collision.ts places them. */
  edgeLabelShapes(which?: "drawn" | "covered"): Map<string, EdgeLabelShape>;
  /** Ids of the edges whose labels are hidden for covering others. */
  coveredEdgeLabels(): ReadonlySet<string>;
  kill(): void;
}

/**
 * Draw `graph` (built by render-graph.ts or plain-graph.ts) in `container`.
 *
 * @param options - see GraphViewOptions (a story: the defaults).
 * @throws {InvalidArgumentError} for invalid options (see resolveGraphViewOptions).
 */
export function createGraphView(container: HTMLElement, graph: RenderGraph, handlers: GraphViewHandlers, options: Partial<GraphViewOptions> = {}): GraphView {
  const { autoLayout, cullLabels } = resolveGraphViewOptions(options);
  const renderer = createRenderer(graph, container, cullLabels);
  const big = isBigGraph(graph);
  let hovered: string | null = null;
  let last: GraphViewState | null = null;
  /** The state flags last pushed to sigma, per node and edge (all clear at first). */
  const nodeFlags = new Map<string, number>();
  const edgeFlags = new Map<string, number>();
  graph.forEachNode((id) => void nodeFlags.set(id, 0));
  graph.forEachEdge((id) => void edgeFlags.set(id, 0));

  // an event node or one of its participation edges selects the event
  renderer.on("clickNode", ({ node }) => handlers.onSelect({ type: graph.getNodeAttribute(node, "type") === "event" ? "event" : "entity", id: node }));
  renderer.on("clickEdge", ({ edge }) =>
    handlers.onSelect(graph.getEdgeAttribute(edge, "type") === "participation" ? { type: "event", id: graph.source(edge) } : { type: "relation", id: edge }),
  );
  renderer.on("clickStage", () => handlers.onClearSelection());
  renderer.on("enterNode", ({ node }) => {
    hovered = node;
    if (last) apply(last);
  });
  renderer.on("leaveNode", () => {
    hovered = null;
    if (last) apply(last);
  });
  // Dragging a node: the layout stops for good (it would pull the node back), and once dropped
  // the labels take the side away from its edges again.
  // The graph's frame is frozen from the first drag (else the node would drift from the pointer
  // as the graph's extent changes, and every other node with it) until the layout runs again.
  renderer.on("nodeDragStart", () => {
    if (layout.isRunning()) layout.stop();
    if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
  });
  renderer.on("nodeDragEnd", () => {
    placeLabels();
  });
  renderer.on("webglContextLost", () => handlers.onContextLost(true));
  renderer.on("webglContextRestored", () => handlers.onContextLost(false));

  // An observer reports the size it first sees, which is the size sigma was made at: redrawing
  // for it would process and draw the whole graph a second time (seconds at 50,000 edges on
  // software WebGL), so only a size that differs from the last one drawn counts.
  let drawnSize = `${container.offsetWidth}x${container.offsetHeight}`;
  const resizeObserver = new ResizeObserver(() => {
    const size = `${container.offsetWidth}x${container.offsetHeight}`;
    if (size === drawnSize) return;
    drawnSize = size;
    if (container.offsetWidth > 0 && container.offsetHeight > 0) {
      const content = rescaleContentFor(container.offsetWidth);
      if (renderer.getSetting("autoRescaleContent") !== content) renderer.setSetting("autoRescaleContent", content);
      renderer.setGraphState({ narrow: isNarrowCanvas(container.offsetWidth) });
      renderer.resize();
      renderer.scheduleRefresh();
    }
  });
  resizeObserver.observe(container);

  const clearParallelBundles = () => {
    const pairs = new Map<string, Bundle>();
    graph.forEachEdge((_e, _a, s, t) => {
      const [a, b] = s < t ? [s, t] : [t, s];
      const key = pairKey(s, t);
      const p = pairs.get(key);
      pairs.set(key, { a, b, count: (p?.count ?? 0) + 1 });
    });
    const positions = new Map<string, { x: number; y: number }>();
    graph.forEachNode((id, a) => positions.set(id, { x: a.x, y: a.y }));
    const bundles = [...pairs.values()];
    for (const [id, p] of clearBundles(positions, bundles, PARALLEL_SPREAD)) graph.mergeNodeAttributes(id, p);
    // Single edges whose middle (and label) would sit on a bundle bend out of it.
    const bands = bundles
      .filter((b) => b.count > 1)
      .map((b) => ({ ...b, a: graph.getNodeAttributes(b.a), b: graph.getNodeAttributes(b.b), ids: [b.a, b.b] }));
    graph.forEachEdge((edge, _attrs, s, t) => {
      if ((pairs.get(pairKey(s, t))?.count ?? 0) > 1) return;
      const others = bands.filter((b) => !(b.ids.includes(s) && b.ids.includes(t)));
      const curvature = bendAwayFromBundles(graph.getNodeAttributes(s), graph.getNodeAttributes(t), others, PARALLEL_SPREAD);
      graph.mergeEdgeAttributes(edge, { curvature, path: curvature === 0 ? "straight" : "curved" });
    });
  };
  const orientToContainer = () => {
    const positions = new Map<string, { x: number; y: number }>();
    graph.forEachNode((id, a) => positions.set(id, { x: a.x, y: a.y }));
    // Labels stand beside their nodes and use up the canvas's width: a graph is laid wide only
    // on a canvas clearly wider than tall.
    const wide = container.offsetWidth >= WIDE_CANVAS * container.offsetHeight;
    for (const [id, p] of orient(positions, wide)) graph.mergeNodeAttributes(id, p);
  };
  const placeLabels = () => {
    // A label avoids its node's edges and the nodes standing near it (within a fifth of the
    // graph's extent): on a story-sized graph, events crowd around the entities they join.
    let near: (id: string, a: { x: number; y: number }) => { x: number; y: number }[] = () => [];
    if (!big) {
      const points: { id: string; x: number; y: number }[] = [];
      graph.forEachNode((id, a) => void points.push({ id, x: a.x, y: a.y }));
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const radius = NEAR_LABEL * Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
      near = (id, a) => points.filter((p) => p.id !== id && Math.hypot(p.x - a.x, p.y - a.y) < radius);
    }
    graph.forEachNode((id, a) => {
      const sides = labelSides(a, [...graph.mapNeighbors(id, (_n, b) => b), ...near(id, a)], a.type === "event");
      preferredSides.set(id, sides);
      const side = sides[0]!;
      if (side !== a.labelPosition) graph.setNodeAttribute(id, "labelPosition", side);
    });
  };
  /** Each node's label sides as labelSides ranks them, best first (a phone's canvas may take a later one, see fitLabels). */
  const preferredSides = new Map<string, readonly LabelSide[]>();
  const measure = canvasTextMeasurer();
  let covered = new Set<string>();
  /**
   * The label passes, after each frame: each changes states or attributes only when its answer
   * changes (so the frame it asks for finds nothing more to change).
   */
  const fitLabels = () => {
    if (big) return;
    if (renderer.getSetting("renderEdgeLabels")) {
      const next = collidingLabels(edgeLabelCandidates(renderer, measure));
      for (const id of covered) if (!next.has(id) && graph.hasEdge(id)) renderer.setEdgeState(id, { labelCovered: false });
      for (const id of next) if (!covered.has(id)) renderer.setEdgeState(id, { labelCovered: true });
      covered = next;
    }
    // a phone's canvas frames the nodes only (phone.ts): a label beside an outer node may run off it
    const narrow = isNarrowCanvas(renderer.getDimensions().width);
    for (const [id, side] of labelSidesInside(renderer, preferredSides, measure, narrow)) graph.setNodeAttribute(id, "labelPosition", side);
  };
  renderer.on("afterRender", fitLabels);
  const layout = createLayout(graph);
  layout.onChange((running, settled) => {
    if (running && renderer.getCustomBBox()) renderer.setCustomBBox(null);
    if (!running) {
      orientToContainer();
      // The bundle passes compare edges with bundles: worth it (and cheap) on story-sized graphs only.
      if (!big) clearParallelBundles();
      placeLabels();
    }
    handlers.onLayoutChange(running, settled);
  });
  // After the first frame: the layout starts (shader compilation can take seconds on software GL,
  // and the layout's time limit should count layout time only), and edge labels switch on. The
  // first frame draws nodes, edges and names; edge labels come in the next one. Their program
  // (glyphs that follow curved edges) is by far the costliest to compile: about 3 s on software
  // WebGL (SwiftShader), where the rest of the graph takes about 2 s; on a GPU, a few ms.
  // Sigma's constructor has drawn the first frame already (synchronously): it is on screen at the
  // next animation frame.
  let drawn = false;
  const whenDrawn: (() => void)[] = [];
  requestAnimationFrame(() => {
    if (autoLayout) requestAnimationFrame(() => layout.start());
    renderer.setSetting("renderEdgeLabels", true);
    renderer.once("afterRender", () => {
      drawn = true;
      for (const f of whenDrawn.splice(0)) f();
    });
  });

  function apply(state: GraphViewState): void {
    last = state;
    let focusNodes: ReadonlySet<string> = state.focus.nodes;
    let focusEdges: ReadonlySet<string> = state.focus.edges;
    if (hovered !== null && graph.hasNode(hovered)) {
      const nodes = new Set([hovered]);
      const edges = new Set<string>();
      graph.forEachEdge(hovered, (edge, _a, source, target) => {
        if (!state.visibleEdges.has(edge)) return;
        edges.add(edge);
        nodes.add(source);
        nodes.add(target);
      });
      focusNodes = nodes;
      focusEdges = edges;
    }
    const sel = state.selection;
    // Only items whose flags change are touched: a 50 000-edge graph stays cheap to update.
    graph.forEachNode((id) => {
      const flags = (state.visibleNodes.has(id) ? 0 : 1) | (focusNodes.has(id) ? 2 : 0) | ((sel?.type === "entity" || sel?.type === "event") && sel.id === id ? 4 : 0) | (state.matches.has(id) ? 8 : 0);
      if (nodeFlags.get(id) === flags) return;
      nodeFlags.set(id, flags);
      renderer.setNodeState(id, { isHidden: (flags & 1) !== 0, isFocus: (flags & 2) !== 0, isSelected: (flags & 4) !== 0, isMatch: (flags & 8) !== 0 });
    });
    graph.forEachEdge((id) => {
      const flags = (state.visibleEdges.has(id) ? 0 : 1) | (focusEdges.has(id) ? 2 : 0) | (sel?.type === "relation" && sel.id === id ? 4 : 0);
      if (edgeFlags.get(id) === flags) return;
      edgeFlags.set(id, flags);
      renderer.setEdgeState(id, { isHidden: (flags & 1) !== 0, isFocus: (flags & 2) !== 0, isSelected: (flags & 4) !== 0 });
    });
    // Dimming the rest changes the graph state, which restyles every item: on a big graph only a
    // selection does that; a hover marks its neighbourhood alone (a few items restyled).
    const dimming = big ? state.focus.nodes.size > 0 || state.focus.edges.size > 0 : focusNodes.size > 0 || focusEdges.size > 0;
    renderer.setGraphState({ hasFocus: dimming });
  }

  return {
    renderer,
    graph,
    layout,
    apply,
    centerOn(nodeId) {
      const d = renderer.getNodeDisplayData(nodeId);
      if (!d) return;
      void renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 1) }, { duration: 400 });
    },
    fit() {
      void renderer.getCamera().reset({ duration: 300 });
    },
    setLabelGrid(settings) {
      renderer.setSettings({ ...settings });
    },
    edgeLabelShapes(which = "drawn") {
      const shapes = new Map<string, EdgeLabelShape>();
      const ids: ReadonlySet<string> = which === "drawn" ? renderer.getEdgeDisplayedLabels() : covered;
      graph.forEachEdge((id, _a, s, t) => {
        if (!ids.has(id)) return;
        const shape = edgeLabelOnScreen(renderer, id, s, t, measure);
        if (shape) shapes.set(id, shape);
      });
      return shapes;
    },
    coveredEdgeLabels() {
      return covered;
    },
    whenDrawn(callback) {
      if (drawn) callback();
      else whenDrawn.push(callback);
    },
    kill() {
      resizeObserver.disconnect();
      layout.kill();
      renderer.kill();
    },
  };
}
