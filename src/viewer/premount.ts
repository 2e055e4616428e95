/**
 * The first frame: the story's graph drawn before the rest of the viewer is loaded. Its handlers
 * (selection, layout state, WebGL context) are relayed to whoever connects later (app.ts), and
 * what happened before that (the layout starting) is replayed on connection. Sets
 * `data-first-frame` on <html> after sigma's first render (the benchmark measures from it).
 */
import type { Story } from "../graph/model.ts";
import { createGraphView, type GraphView, type GraphViewHandlers } from "./graph-view.ts";
import { renderLegend } from "./panels/legend.ts";
import { buildRenderGraph } from "./render-graph.ts";

/** A graph view already drawn, waiting for its handlers. */
export interface PremountedGraph {
  readonly view: GraphView;
  /** Route the view's events to `handlers` from now on; replays the layout's current state. */
  connect(handlers: GraphViewHandlers): void;
  /** Resolves in the animation frame after the first render (the first frame is on screen). */
  readonly firstFrame: Promise<void>;
}

/** Draw `story`'s graph in `container`, with its legend and title (which set the canvas size). */
export function premountGraph(story: Story, container: HTMLElement, legend: HTMLElement, title: HTMLElement): PremountedGraph {
  // Title and legend first: they set the canvas's size, and resizing a WebGL canvas sigma has
  // drawn on costs a second on software WebGL.
  title.textContent = story.article.title ?? "Untitled story";
  renderLegend(legend, story);
  let target: GraphViewHandlers | null = null;
  const view = createGraphView(container, buildRenderGraph(story), {
    onSelect: (s) => target?.onSelect(s),
    onClearSelection: () => target?.onClearSelection(),
    onContextLost: (lost) => target?.onContextLost(lost),
    onLayoutChange: (running, settled) => target?.onLayoutChange(running, settled),
  });
  const firstFrame = new Promise<void>((resolve) =>
    view.renderer.once("afterRender", () => {
      document.documentElement.dataset.firstFrame = "true";
      requestAnimationFrame(() => resolve());
    }),
  );
  return {
    view,
    firstFrame,
    connect(handlers) {
      target = handlers;
      handlers.onLayoutChange(view.layout.isRunning(), false);
    },
  };
}
