// parseHexColor (as the export reads the canvas's colours), screenLayout and figureLegend (src/viewer/io/exports.ts): the GEXF export takes the
// positions and colours the render graph holds, and the figure's legend is the legend panel's.
import { describe, expect, it } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { toGexf } from "../src/graph/gexf/writer.ts";
import { parseHexColor } from "../src/graph/gexf/color.ts";
import { figureLegend, screenLayout } from "../src/viewer/io/exports.ts";
import { legendModel } from "../src/viewer/panels/legend-model.ts";
import { buildRenderGraph } from "../src/viewer/canvas/render-graph.ts";

const story = defaultStory();

describe("parseHexColor", () => {
  it("parseHexColor reads #rrggbb and #rgb (what the canvas's colours are), and gives null for other syntaxes", () => {
    expect(parseHexColor("#0072B2")).toEqual({ r: 0, g: 114, b: 178 });
    expect(parseHexColor("#fa0")).toEqual({ r: 255, g: 170, b: 0 });
    for (const c of ["rgb(1,2,3)", "red", "#12345", ""]) expect(parseHexColor(c)).toBeNull();
  });
});

describe("screenLayout", () => {
  it("screenLayout gives every node's position and colour from the render graph, and toGexf writes them", () => {
    const graph = buildRenderGraph(story);
    graph.updateNodeAttributes("microsoft", (a) => ({ ...a, x: 12.3456, y: -7, color: "#123456" }));
    const layout = screenLayout(story, graph);
    expect(Object.keys(layout.positions!).sort()).toEqual([...story.entities, ...story.events].map((n) => n.id).sort());
    expect(layout.positions!["microsoft"]).toEqual({ x: 12.346, y: -7 });
    expect(layout.nodeColors!["microsoft"]).toEqual({ r: 0x12, g: 0x34, b: 0x56 });
    const xml = toGexf(story, layout);
    const node = /<node id="microsoft"[\s\S]*?<\/node>/.exec(xml)![0];
    expect(node).toContain('<viz:position x="12.346" y="-7"/>');
    expect(node).toContain('<viz:color r="18" g="52" b="86"/>');
  });
  it("screenLayout gives nothing (the writer's own layout) for no graph or a graph of another story", () => {
    expect(screenLayout(story, null)).toEqual({});
    const graph = buildRenderGraph(story);
    graph.dropNode(story.entities[0]!.id);
    expect(screenLayout(story, graph)).toEqual({});
  });
});

describe("figureLegend", () => {
  it("figureLegend lists the legend panel's entity, event and relation kinds with their shapes", () => {
    const model = legendModel(story);
    const entries = figureLegend(model);
    expect(entries.map((e) => e.label)).toEqual([
      ...model.entityKinds.map((e) => e.label),
      ...model.eventKinds.map((e) => e.label),
      ...model.relationKinds.map((e) => e.label),
      ...(model.participation ? ["participant (role)"] : []),
    ]);
    expect(new Set(entries.slice(0, model.entityKinds.length).map((e) => e.shape))).toEqual(new Set(["dot"]));
  });
});
