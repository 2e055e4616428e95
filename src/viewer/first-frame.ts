/**
 * What the first frame draws, computed when the viewer is built (vite.config.ts serves it as the
 * module `virtual:storygraph-first-frame`): the default story's render graph (serialized: nodes,
 * edges, seeded positions, colours, labels), its legend and its title. The page's entry script
 * then holds sigma, graphology and this data, and none of the story code: the story itself is
 * built and checked in the browser (every quote anchored, every date and amount grounded) by the
 * viewer's second script, fetched once the graph is on screen, and the graph drawn is checked
 * against it (app.ts). Runs in Node at build time; no DOM.
 */
import type { SerializedGraph } from "graphology-types";
import type { Story } from "../graph/model.ts";
import { legendModel } from "./panels/legend-model.ts";
import type { LegendModel } from "./panels/legend.ts";
import { buildRenderGraph, type RenderEdgeAttributes, type RenderNodeAttributes } from "./canvas/render-graph.ts";

/** The id the viewer imports the first frame's data from. */
export const FIRST_FRAME_MODULE = "virtual:storygraph-first-frame";

export interface FirstFrameData {
  readonly graph: SerializedGraph<RenderNodeAttributes, RenderEdgeAttributes>;
  readonly legend: LegendModel;
  readonly title: string;
}

/** The first frame of `story`: its render graph, legend and title, as plain JSON data. */
export function firstFrameData(story: Story): FirstFrameData {
  return {
    graph: buildRenderGraph(story).export(),
    legend: legendModel(story),
    title: story.article.title ?? "Untitled story",
  };
}

/** The source of the virtual module holding `data` (JSON.parse: faster to load than an object literal). */
export function firstFrameModuleSource(data: FirstFrameData): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
}
