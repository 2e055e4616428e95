/**
 * The export buttons: story JSON, GEXF with the screen's positions and colours, and the figure of
 * the current view (what sigma shows, with a title, the legend and the story's source line) as
 * SVG or as PNG at the chosen resolution (2× by default). The figure is one SVG (export/figure.ts)
 * that the PNG rasterises, so both exports are the same picture.
 */
import { parseHexColor } from "../../graph/gexf/color.ts";
import type { RgbColor } from "../../graph/gexf/options.ts";
import { documentTitle, type ViewerDocument } from "../state/document.ts";
import { toStoryJson } from "../../graph/input/story-json.ts";
import type { Story } from "../../graph/model.ts";
import { byId } from "../dom.ts";
import { captureFigure, type FigureCaption } from "../export/capture.ts";
import { figureSvg, sourceLine, type FigureLegendEntry } from "../export/figure.ts";
import { svgToPng } from "../export/raster.ts";
import type { GraphView } from "../canvas/graph-view.ts";
import type { LegendModel } from "../panels/legend.ts";
import { legendModel } from "../panels/legend-model.ts";
import { downloadBlob, fileNameFor } from "./download.ts";

/** What the exports read from the app, when a button is pressed. */
export interface ExportsContext {
  /** The graph on screen, or null before the first one is drawn. */
  view(): GraphView | null;
  /** The document open: a story, or a plain GEXF graph (which exports only as a figure). */
  document(): ViewerDocument;
  /** Tell the user (the status line). */
  say(message: string): void;
}

const loadGexfIo = () => import("./gexf.ts");

/**
 * The screen's layout of `story` for the GEXF writer: every node's position and colour as the
 * render graph holds them, or `{}` (the writer's own layout) when the graph on screen is not
 * this story's.
 */
export function screenLayout(
  story: Story,
  graph: { hasNode(id: string): boolean; getNodeAttributes(id: string): { x: number; y: number; color: string } } | null,
): { positions?: Record<string, { x: number; y: number }>; nodeColors?: Record<string, RgbColor> } {
  if (!graph) return {};
  const ids = [...story.entities, ...story.events].map((n) => n.id);
  if (!ids.every((id) => graph.hasNode(id))) return {};
  const positions: Record<string, { x: number; y: number }> = {};
  const nodeColors: Record<string, RgbColor> = {};
  for (const id of ids) {
    const a = graph.getNodeAttributes(id);
    if (!Number.isFinite(a.x) || !Number.isFinite(a.y)) return {};
    positions[id] = { x: Math.round(a.x * 1000) / 1000, y: Math.round(a.y * 1000) / 1000 };
    const c = parseHexColor(a.color);
    if (c) nodeColors[id] = c;
  }
  return { positions, nodeColors };
}

/** The legend of a story as the figure draws it (the legend panel's entries, in its order). */
export function figureLegend(model: LegendModel): FigureLegendEntry[] {
  return [
    ...model.entityKinds.map((e) => ({ label: e.label, color: e.color, shape: "dot" as const })),
    ...model.eventKinds.map((e) => ({ label: e.label, color: e.color, shape: "diamond" as const })),
    ...model.relationKinds.map((e) => ({ label: e.label, color: e.color, shape: "line" as const })),
    ...(model.participation ? [{ label: "participant (role)", color: model.participation, shape: "dash" as const }] : []),
  ];
}

/** Bind the export buttons (`#export-json`, `#export-gexf`, `#export-svg`, `#export-png` with `#export-scale`). */
export function mountExports(ctx: ExportsContext): void {
  const caption = (): { caption: FigureCaption; name: string } => {
    const doc = ctx.document();
    if (doc.kind === "graph") {
      const name = doc.file.replace(/\.gexf$/i, "");
      const creator = doc.graph.meta.creator ? `, made with ${doc.graph.meta.creator}` : "";
      return { caption: { title: documentTitle(doc), source: `Source: ${doc.file} (GEXF${creator}) · drawn with storygraph`, legend: [] }, name };
    }
    const story = doc.story;
    return { caption: { title: story.article.title ?? "Untitled story", source: sourceLine(story.article), legend: figureLegend(legendModel(story)) }, name: story.article.title ?? "story" };
  };
  const figure = (scale: number) => {
    const view = ctx.view();
    if (!view) throw new Error("no graph is drawn yet");
    const { caption: c, name } = caption();
    return { ...figureSvg(captureFigure(view.renderer, c), { scale }), name };
  };

  /** The open story, or null (and a word to the user) when a plain graph is open. */
  const openStory = (what: string): Story | null => {
    const doc = ctx.document();
    if (doc.kind === "story") return doc.story;
    ctx.say(`${what}: only stories export to it here; a plain graph exports as a figure (SVG or PNG).`);
    return null;
  };
  byId("export-json").addEventListener("click", () => {
    const story = openStory("Story JSON");
    if (!story) return;
    downloadBlob(new Blob([toStoryJson(story)], { type: "application/json" }), fileNameFor(story.article.title, "json"));
    ctx.say("Story JSON exported.");
  });
  byId("export-gexf").addEventListener("click", () => {
    const story = openStory("GEXF");
    if (!story) return;
    const layout = screenLayout(story, ctx.view()?.graph ?? null);
    void loadGexfIo()
      .then(({ storyToGexf }) => {
        downloadBlob(new Blob([storyToGexf(story, layout)], { type: "application/gexf+xml" }), fileNameFor(story.article.title, "gexf"));
        ctx.say(layout.positions ? "GEXF exported, with the positions and colours on screen." : "GEXF exported.");
      })
      .catch((e: Error) => ctx.say(`GEXF export failed: ${e.message}`));
  });
  byId("export-svg").addEventListener("click", () => {
    try {
      const f = figure(1);
      downloadBlob(new Blob([f.svg], { type: "image/svg+xml" }), fileNameFor(f.name, "svg"));
      ctx.say("SVG of the current view exported, with its title, legend and source.");
    } catch (e) {
      ctx.say(`SVG export failed: ${(e as Error).message}`);
    }
  });
  const scaleSelect = byId<HTMLSelectElement>("export-scale");
  byId("export-png").addEventListener("click", () => {
    const scale = Number(scaleSelect.value) || 2;
    let f: ReturnType<typeof figure>;
    try {
      f = figure(scale);
    } catch (e) {
      ctx.say(`PNG export failed: ${(e as Error).message}`);
      return;
    }
    void svgToPng(f.svg, f.width, f.height)
      .then((blob) => {
        downloadBlob(blob, fileNameFor(f.name, "png"));
        ctx.say(`PNG of the current view exported at ${scale}× (${f.width} × ${f.height} px), with its title, legend and source.`);
      })
      .catch((e: Error) => ctx.say(`PNG export failed: ${e.message}`));
  });
}
