/**
 * When a graph counts as big: over this many nodes or edges, labels are culled by density
 * instead of all drawn, and the bundle passes after the layout are skipped. Its own module, with
 * no imports, so that the first frame (graph-view.ts) does not pull in the render graph's builder.
 */

/** Above this many nodes or edges, labels are culled by density instead of all drawn. */
export const BIG_GRAPH = { nodes: 150, edges: 400 } as const;

/** True for a graph too big to draw every label of (and to run the bundle passes on). */
export function isBigGraph(graph: { order: number; size: number }): boolean {
  return graph.order > BIG_GRAPH.nodes || graph.size > BIG_GRAPH.edges;
}
