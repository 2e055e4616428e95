/**
 * Filters on a plain GEXF graph: a least degree, and one node attribute (the values kept of a
 * categorical one, a range of a numeric one). A node shows when it passes both; an edge when both
 * its ends show. Options as an interface, defaults and a validating resolver. Pure: unit-tested
 * in Node.
 */
import { InvalidArgumentError } from "../../graph/errors.ts";
import type { UntypedGraph } from "../../graph/gexf/untyped.ts";
import { countEdges } from "../canvas/render-graph.ts";
import { categoryOf, type NodeColumn } from "./attribute-scale.ts";

export interface PlainFilter {
  /** Nodes with fewer edges than this are hidden (0: none is). */
  readonly minDegree: number;
  /** The column filtered on (a NodeColumn key), or null for none. */
  readonly column: string | null;
  /** For a categorical column: the values kept (null: all). A node without a value is kept only when `keepMissing`. */
  readonly values: readonly string[] | null;
  /** For a numeric column: the least and the greatest value kept (null: no bound). */
  readonly min: number | null;
  readonly max: number | null;
  /** Keep the nodes that have no value in the column. */
  readonly keepMissing: boolean;
}

export const DEFAULT_PLAIN_FILTER: PlainFilter = Object.freeze({ minDegree: 0, column: null, values: null, min: null, max: null, keepMissing: true });

/**
 * `filter` over the defaults, checked.
 *
 * @param filter - overrides of DEFAULT_PLAIN_FILTER.
 * @throws {InvalidArgumentError} for an unknown field, a minDegree that is not a non-negative
 *   integer, a bound that is not finite, or min over max.
 */
export function resolvePlainFilter(filter: Partial<PlainFilter> = {}): PlainFilter {
  const FN = "resolvePlainFilter";
  for (const key of Object.keys(filter)) {
    if (!(key in DEFAULT_PLAIN_FILTER)) throw new InvalidArgumentError(FN, key, `unknown field (known: ${Object.keys(DEFAULT_PLAIN_FILTER).join(", ")})`);
  }
  const f = { ...DEFAULT_PLAIN_FILTER, ...filter };
  if (!(Number.isInteger(f.minDegree) && f.minDegree >= 0)) throw new InvalidArgumentError(FN, "minDegree", `must be a non-negative integer, got ${f.minDegree}`);
  for (const key of ["min", "max"] as const) {
    const v = f[key];
    if (v !== null && !Number.isFinite(v)) throw new InvalidArgumentError(FN, key, `must be a finite number or null, got ${v}`);
  }
  if (f.min !== null && f.max !== null && f.min > f.max) throw new InvalidArgumentError(FN, "min", `must not be over max (${f.min} > ${f.max})`);
  return f;
}

/** Degree of each node of `g` (edges touching it; a self-loop counts twice), in node order. */
export function plainDegrees(g: UntypedGraph): number[] {
  // the degree that sizes the nodes (plainNodeSizes), so the degree column and the sizes agree
  const counts = countEdges(g.edges);
  return g.nodes.map((n) => counts.degree(n.id));
}

/**
 * The nodes and edges of `g` that pass `filter`.
 *
 * @param g - the plain graph.
 * @param degree - see plainDegrees.
 * @param columns - the graph's columns (see nodeColumns); the filter's column is looked up there.
 * @param filter - see PlainFilter.
 * @throws {InvalidArgumentError} for an invalid filter (see resolvePlainFilter), or a column that
 *   is not among `columns`.
 */
export function plainVisibility(g: UntypedGraph, degree: readonly number[], columns: readonly NodeColumn[], filter: Partial<PlainFilter>): { nodes: Set<string>; edges: Set<string> } {
  const f = resolvePlainFilter(filter);
  const column = f.column === null ? null : columns.find((c) => c.key === f.column);
  if (column === undefined) throw new InvalidArgumentError("plainVisibility", "column", `no column ${JSON.stringify(f.column)} (known: ${columns.map((c) => c.key).join(", ")})`);
  const kept = f.values === null ? null : new Set(f.values);
  const passes = (i: number): boolean => {
    if ((degree[i] ?? 0) < f.minDegree) return false;
    if (!column) return true;
    const v = column.values[i];
    if (v === undefined) return f.keepMissing;
    if (column.kind === "numeric") {
      if (typeof v !== "number") return f.keepMissing;
      return (f.min === null || v >= f.min) && (f.max === null || v <= f.max);
    }
    return kept === null || kept.has(categoryOf(v)!);
  };
  const nodes = new Set<string>();
  g.nodes.forEach((n, i) => {
    if (passes(i)) nodes.add(n.id);
  });
  const edges = new Set<string>();
  for (const e of g.edges) if (nodes.has(e.source) && nodes.has(e.target)) edges.add(e.id);
  return { nodes, edges };
}
