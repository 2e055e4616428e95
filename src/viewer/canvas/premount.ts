/**
 * The first frame: a graph drawn before the rest of the viewer is loaded (for the default story,
 * its render graph as computed when the viewer was built, see first-frame.ts). Its handlers
 * (selection, layout state, WebGL context) are relayed to whoever connects later (app.ts), and
 * the layout's last state (running, stopped or settled) is replayed on connection. Sets
 * `data-first-frame` on <html> once sigma's first render is drawn (the benchmark measures from it).
 */
import { createGraphView, type GraphView, type GraphViewHandlers } from "./graph-view.ts";
import { createHandlerRelay } from "./handler-relay.ts";
import type { RenderGraph } from "./render-graph.ts";

/** A graph view already drawn, waiting for its handlers. */
export interface PremountedGraph {
  readonly view: GraphView;
  /** Route the view's events to `handlers` from now on; replays the layout's current state. */
  connect(handlers: GraphViewHandlers): void;
  /** Resolves in the animation frame after the first render (the first frame is on screen). */
  readonly firstFrame: Promise<void>;
}

/**
 * Draw `graph` in `container`. The page's title and legend must be drawn first (main.ts): they set
 * the canvas's size, and resizing a WebGL canvas sigma has drawn on costs a second on software WebGL.
 */
export function premountGraph(graph: RenderGraph, container: HTMLElement): PremountedGraph {
  const relay = createHandlerRelay();
  const view = createGraphView(container, graph, relay.handlers);
  // sigma's constructor drew the first render (synchronously): it is on screen at the next frame
  document.documentElement.dataset.firstFrame = "true";
  const firstFrame = new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  return {
    view,
    firstFrame,
    connect(handlers) {
      relay.connect(handlers, view.layout.isRunning());
    },
  };
}
