// The graph sigma draws (src/viewer/canvas/render-graph.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { BIG_GRAPH, buildRenderGraph, countEdges, eventSize, nodeSize, nodeSizeScale, pairWeight, seedStoryPositions } from "../src/viewer/canvas/render-graph.ts";
import { generateStoryModel } from "../bench/generate.ts";
import { entityColor, eventColor, PARTICIPATION_COLOR, PARTICIPATION_DASH, relationColor } from "../src/viewer/styles.ts";

const story = defaultStory();
const participations = story.events.reduce((n, e) => n + e.participants.length, 0);

describe("buildRenderGraph", () => {
  test("buildRenderGraph keys nodes by entity and event ids, edges by relation ids and participation keys", () => {
    const g = buildRenderGraph(story);
    expect(g.order).toBe(story.entities.length + story.events.length);
    expect(g.size).toBe(story.relations.length + participations);
    for (const r of story.relations) {
      expect(g.source(r.id)).toBe(r.source);
      expect(g.target(r.id)).toBe(r.target);
    }
    expect(g.source("openai-founding/founder/elon-musk")).toBe("openai-founding");
    expect(g.target("openai-founding/founder/elon-musk")).toBe("elon-musk");
    expect(g.target("break-up-consequences/cause/partnership-break-up")).toBe("partnership-break-up");
  });
  test("buildRenderGraph copies only what is rendered", () => {
    const g = buildRenderGraph(story);
    const nodeKeys = ["color", "kind", "label", "labelPosition", "shape", "size", "type", "x", "y"];
    const edgeKeys = ["color", "curvature", "gap", "head", "kind", "label", "path", "type", "weight"];
    expect(Object.keys(g.getNodeAttributes("microsoft")).sort()).toEqual(nodeKeys);
    expect(Object.keys(g.getNodeAttributes("openai-founding")).sort()).toEqual(nodeKeys);
    expect(Object.keys(g.getEdgeAttributes("microsoft-partnered-openai")).sort()).toEqual(edgeKeys);
    expect(Object.keys(g.getEdgeAttributes("openai-founding/founded/openai")).sort()).toEqual(edgeKeys);
  });
  test("buildRenderGraph draws events as diamonds in their kind's colour, labelled with their key qualifier", () => {
    const g = buildRenderGraph(story);
    expect(g.getNodeAttributes("openai-founding")).toMatchObject({ type: "event", shape: "diamond", kind: "founding", color: eventColor("founding"), label: "Founding of OpenAI · 2015" });
    expect(g.getNodeAttributes("sam-altman")).toMatchObject({ type: "entity", shape: "circle", color: entityColor("person") });
  });
  test("buildRenderGraph draws participations dashed, slate, without arrow, labelled with the role from the vocabulary", () => {
    const g = buildRenderGraph(story);
    expect(g.getEdgeAttributes("openai-founding/founder/sam-altman")).toMatchObject({ type: "participation", label: "founder", kind: "founder", color: PARTICIPATION_COLOR, gap: PARTICIPATION_DASH.gap, head: "none" });
    expect(g.getEdgeAttribute("break-up-consequences/cause/partnership-break-up", "label")).toBe("cause");
    expect(g.getEdgeAttribute("partnership-break-up/party/openai", "label")).toBe("party");
  });
  test("buildRenderGraph draws relations solid, coloured by kind, labelled with kind and qualifier, arrowed unless mutual", () => {
    const g = buildRenderGraph(story);
    expect(g.getEdgeAttributes("microsoft-invested-openai-13bn")).toMatchObject({ type: "relation", gap: 0, color: relationColor("invested"), label: "invested in · $13B total", head: "arrow" });
    expect(g.getEdgeAttribute("microsoft-partnered-openai", "head")).toBe("none");
  });
  test("buildRenderGraph starts from the same seeded positions every time, events beside their participants", () => {
    const a = buildRenderGraph(story);
    const b = buildRenderGraph(story);
    a.forEachNode((id, attrs) => expect(b.getNodeAttributes(id)).toMatchObject({ x: attrs.x, y: attrs.y }));
    const p = seedStoryPositions(story);
    expect(p.size).toBe(story.entities.length + story.events.length);
    // each event starts at the middle of its participants, pulled 30 % to the centre, ±2 of jitter
    for (const e of story.events) {
      const ps = e.participants.map((x) => p.get(x.id)!);
      const mid = { x: (0.7 * ps.reduce((s, q) => s + q.x, 0)) / ps.length, y: (0.7 * ps.reduce((s, q) => s + q.y, 0)) / ps.length };
      const at = p.get(e.id)!;
      expect(Math.hypot(at.x - mid.x, at.y - mid.y), e.id).toBeLessThanOrEqual(Math.SQRT2 * 2);
    }
  });
  test("buildRenderGraph weighs the five Microsoft–OpenAI relations 1/25 each", () => {
    const g = buildRenderGraph(story);
    expect(g.getEdgeAttribute("microsoft-seeks-openai", "weight")).toBeCloseTo(1 / 25);
    expect(g.getEdgeAttribute("openai-founding/founder/elon-musk", "weight")).toBe(1);
  });
});

describe("nodeSize / eventSize / pairWeight", () => {
  test("nodeSize grows with degree and stays within 10–22; eventSize within 9–18", () => {
    expect(nodeSize(0)).toBe(10);
    expect(nodeSize(1)).toBe(10);
    expect(nodeSize(10)).toBeGreaterThan(nodeSize(2));
    expect(nodeSize(1000)).toBe(22);
    expect(eventSize(1)).toBe(9);
    expect(eventSize(1000)).toBe(18);
  });
  test("pairWeight gives a pair of n edges a total pull of 1/n", () => {
    expect(pairWeight(1)).toBe(1);
    expect(pairWeight(4) * 4).toBeCloseTo(1 / 4);
  });
});

describe("isBigGraph", () => {
  test("isBigGraph is false for the default story and true past either limit", async () => {
    const { isBigGraph, BIG_GRAPH } = await import("../src/viewer/canvas/render-graph.ts");
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

describe("nodeSizeScale", () => {
  test("nodeSizeScale keeps sizes up to the big-graph size, then shrinks them with the square root of the count, to 0.35", () => {
    expect(nodeSizeScale(10)).toBe(1);
    expect(nodeSizeScale(BIG_GRAPH.nodes)).toBe(1);
    expect(nodeSizeScale(4 * BIG_GRAPH.nodes)).toBeCloseTo(0.5, 10);
    expect(nodeSizeScale(10_000)).toBe(0.35);
  });
  test("nodeSizeScale applies to a big story's render graph: its leaves are drawn under 4 px", () => {
    const big = generateStoryModel({ entities: 1_500, relations: 2_000 });
    const g = buildRenderGraph(big);
    const sizes = g.mapNodes((_n, a) => a.size);
    expect(Math.min(...sizes)).toBeLessThan(4);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(22 * 0.35 + 1e-9);
  });
});
