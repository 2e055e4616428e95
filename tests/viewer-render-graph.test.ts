// The graph sigma draws (src/viewer/render-graph.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { buildRenderGraph, countEdges, nodeSize, pairWeight } from "../src/viewer/render-graph.ts";
import { ENTITY_COLORS, RELATION_COLORS } from "../src/viewer/styles.ts";

const story = defaultStory();

describe("buildRenderGraph", () => {
  test("buildRenderGraph keys nodes and edges by the model's ids", () => {
    const g = buildRenderGraph(story);
    expect(g.order).toBe(story.entities.length);
    expect(g.size).toBe(story.relations.length);
    for (const r of story.relations) {
      expect(g.source(r.id)).toBe(r.source);
      expect(g.target(r.id)).toBe(r.target);
    }
  });
  test("buildRenderGraph copies only what is rendered", () => {
    const g = buildRenderGraph(story);
    expect(Object.keys(g.getNodeAttributes("microsoft")).sort()).toEqual(["color", "kind", "label", "labelPosition", "size", "x", "y"]);
    expect(Object.keys(g.getEdgeAttributes("microsoft-partnered-openai")).sort()).toEqual(["color", "curvature", "head", "kind", "label", "path", "weight"]);
  });
  test("buildRenderGraph colours by kind, labels edges with kind and qualifier, arrows only directed kinds", () => {
    const g = buildRenderGraph(story);
    expect(g.getNodeAttribute("sam-altman", "color")).toBe(ENTITY_COLORS.person);
    expect(g.getEdgeAttribute("microsoft-invested-openai-13bn", "color")).toBe(RELATION_COLORS.invested);
    expect(g.getEdgeAttribute("microsoft-invested-openai-13bn", "label")).toBe("invested in · $13B total");
    expect(g.getEdgeAttribute("microsoft-partnered-openai", "head")).toBe("none");
    expect(g.getEdgeAttribute("elon-musk-founded-openai", "head")).toBe("arrow");
  });
  test("buildRenderGraph starts from the same seeded positions every time", () => {
    const a = buildRenderGraph(story);
    const b = buildRenderGraph(story);
    a.forEachNode((id, attrs) => expect(b.getNodeAttributes(id)).toMatchObject({ x: attrs.x, y: attrs.y }));
  });
  test("buildRenderGraph weighs the seven Microsoft–OpenAI relations 1/49 each", () => {
    const g = buildRenderGraph(story);
    expect(g.getEdgeAttribute("microsoft-seeks-openai", "weight")).toBeCloseTo(1 / 49);
    expect(g.getEdgeAttribute("elon-musk-founded-openai", "weight")).toBe(1);
  });
});

describe("nodeSize / pairWeight", () => {
  test("nodeSize grows with degree and stays within 10–22", () => {
    expect(nodeSize(0)).toBe(10);
    expect(nodeSize(1)).toBe(10);
    expect(nodeSize(10)).toBeGreaterThan(nodeSize(2));
    expect(nodeSize(1000)).toBe(22);
  });
  test("pairWeight gives a pair of n relations a total pull of 1/n", () => {
    expect(pairWeight(1)).toBe(1);
    expect(pairWeight(4) * 4).toBeCloseTo(1 / 4);
  });
});

describe("isBigGraph", () => {
  test("isBigGraph is false for the default story and true past either limit", async () => {
    const { isBigGraph, BIG_GRAPH } = await import("../src/viewer/render-graph.ts");
    expect(isBigGraph(buildRenderGraph(story))).toBe(false);
    expect(isBigGraph({ order: BIG_GRAPH.nodes + 1, size: 0 })).toBe(true);
    expect(isBigGraph({ order: 1, size: BIG_GRAPH.edges + 1 })).toBe(true);
  });
});

describe("countEdges", () => {
  test("countEdges gives each node's degree and each edge's pair weight, the pair counted either way", () => {
    const counts = countEdges([
      { source: "a", target: "b" },
      { source: "b", target: "a" },
      { source: "a", target: "c" },
    ]);
    expect(counts.degree("a")).toBe(3);
    expect(counts.degree("b")).toBe(2);
    expect(counts.degree("z")).toBe(0);
    expect(counts.weight("a", "b")).toBe(pairWeight(2));
    expect(counts.weight("b", "a")).toBe(pairWeight(2));
    expect(counts.weight("c", "a")).toBe(pairWeight(1));
  });
});
