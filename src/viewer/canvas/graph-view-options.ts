/**
 * How graph-view.ts draws a graph: a story's way (the defaults: ForceAtlas2 after the first
 * frame, every label of a story-sized graph) or a plain GEXF graph's (the file's positions kept,
 * labels culled by sigma's label grid). Interface, defaults and a validating resolver. Pure.
 */
import { InvalidArgumentError } from "../../graph/errors.ts";

export interface GraphViewOptions {
  /** Start ForceAtlas2 after the first frame (false: the positions are the file's; the layout runs on demand). */
  readonly autoLayout: boolean;
  /** Cull node labels by sigma's label grid (see label-density.ts) instead of drawing all, whatever the graph's size. */
  readonly cullLabels: boolean;
}

export const DEFAULT_GRAPH_VIEW_OPTIONS: GraphViewOptions = Object.freeze({ autoLayout: true, cullLabels: false });

/**
 * `options` over the defaults, checked.
 *
 * @param options - overrides of DEFAULT_GRAPH_VIEW_OPTIONS.
 * @throws {InvalidArgumentError} for an unknown option or one that is not a boolean.
 */
export function resolveGraphViewOptions(options: Partial<GraphViewOptions> = {}): GraphViewOptions {
  const FN = "resolveGraphViewOptions";
  for (const [key, value] of Object.entries(options)) {
    if (!(key in DEFAULT_GRAPH_VIEW_OPTIONS)) throw new InvalidArgumentError(FN, key, `unknown option (known: ${Object.keys(DEFAULT_GRAPH_VIEW_OPTIONS).join(", ")})`);
    if (typeof value !== "boolean") throw new InvalidArgumentError(FN, key, `must be a boolean, got ${JSON.stringify(value)}`);
  }
  return { ...DEFAULT_GRAPH_VIEW_OPTIONS, ...options };
}
