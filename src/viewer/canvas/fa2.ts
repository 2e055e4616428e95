/**
 * The ForceAtlas2 worker supervisor (graphology-layout-forceatlas2/worker, a blob: URL worker: the
 * CSP allows `worker-src blob:`) with the viewer's settings. Loaded on demand by layout.ts, after
 * the first frame: the first frame does not need the layout's code.
 */
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import type { RenderGraph } from "./render-graph.ts";

/** What layout.ts needs of the supervisor. */
export interface Supervisor {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
}

/** A stopped ForceAtlas2 supervisor on `graph` (edge weights from the `weight` attribute). */
export function createSupervisor(graph: RenderGraph): Supervisor {
  return new FA2Layout(graph, {
    settings: { ...inferSettings(graph), gravity: 0.5, scalingRatio: 20, slowDown: 1, strongGravityMode: false, linLogMode: false },
    getEdgeWeight: "weight",
  });
}
