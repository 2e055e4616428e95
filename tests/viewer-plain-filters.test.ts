// Filters on a plain GEXF graph (src/viewer/plain/plain-filters.ts).
import { describe, expect, test } from "vitest";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import type { UntypedGraph } from "../src/graph/gexf/untyped.ts";
import { nodeColumns } from "../src/viewer/plain/attribute-scale.ts";
import { DEFAULT_PLAIN_FILTER, plainDegrees, plainVisibility, resolvePlainFilter } from "../src/viewer/plain/plain-filters.ts";

const G: UntypedGraph = {
  nodes: [
    { id: "a", label: "A", attributes: { club: "red", score: 1.5 } },
    { id: "b", label: "B", attributes: { club: "blue", score: 5.5 } },
    { id: "c", label: "C", attributes: { club: "red" } },
    { id: "d", label: "D", attributes: {} },
  ],
  edges: [
    { id: "ab", source: "a", target: "b", type: "undirected", attributes: {} },
    { id: "ac", source: "a", target: "c", type: "undirected", attributes: {} },
    { id: "bc", source: "b", target: "c", type: "directed", attributes: {} },
    { id: "aa", source: "a", target: "a", type: "directed", attributes: {} },
  ],
  meta: {},
  attributes: { node: [], edge: [] },
} as unknown as UntypedGraph;

const degree = plainDegrees(G);
const columns = nodeColumns(G.nodes, degree);

describe("plainDegrees", () => {
  test("plainDegrees counts each edge at both ends, a self-loop twice", () => {
    expect(degree).toEqual([4, 2, 2, 0]);
  });
});

describe("plainVisibility", () => {
  test("plainVisibility hides nodes under the least degree, and the edges of hidden nodes", () => {
    const v = plainVisibility(G, degree, columns, { minDegree: 3 });
    expect([...v.nodes]).toEqual(["a"]);
    expect([...v.edges]).toEqual(["aa"]);
    expect(plainVisibility(G, degree, columns, {}).nodes.size).toBe(4);
  });
  test("plainVisibility keeps the chosen values of a categorical column, and the nodes without a value while keepMissing", () => {
    expect([...plainVisibility(G, degree, columns, { column: "attr:club", values: ["red"] }).nodes]).toEqual(["a", "c", "d"]);
    expect([...plainVisibility(G, degree, columns, { column: "attr:club", values: ["red"], keepMissing: false }).nodes]).toEqual(["a", "c"]);
    expect([...plainVisibility(G, degree, columns, { column: "attr:club", values: ["red"], minDegree: 1 }).edges]).toEqual(["ac", "aa"]);
  });
  test("plainVisibility keeps a numeric column's range", () => {
    expect([...plainVisibility(G, degree, columns, { column: "attr:score", min: 2, keepMissing: false }).nodes]).toEqual(["b"]);
    expect([...plainVisibility(G, degree, columns, { column: "degree", min: 1, max: 2 }).nodes]).toEqual(["b", "c"]);
  });
  test("plainVisibility refuses a column the graph does not have", () => {
    expect(() => plainVisibility(G, degree, columns, { column: "attr:nope" })).toThrow(/^plainVisibility: column: no column "attr:nope"/);
  });
});

describe("resolvePlainFilter", () => {
  test("resolvePlainFilter fills in the defaults and refuses bad fields", () => {
    expect(resolvePlainFilter()).toEqual(DEFAULT_PLAIN_FILTER);
    expect(() => resolvePlainFilter({ degree: 2 } as never)).toThrow(InvalidArgumentError);
    expect(() => resolvePlainFilter({ minDegree: -1 })).toThrow(/^resolvePlainFilter: minDegree:/);
    expect(() => resolvePlainFilter({ min: Number.NaN })).toThrow(/min: must be a finite number/);
    expect(() => resolvePlainFilter({ min: 3, max: 1 })).toThrow(/must not be over max/);
  });
});
