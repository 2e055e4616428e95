/**
 * The exported figure as SVG: what is on screen (nodes, edges and the labels sigma draws, in
 * viewport pixels) framed by a title above and, below, the legend and the story's source line, so
 * that an image pasted into a report still says what it shows and where it comes from. DOM-free:
 * the viewer captures a `FigureModel` from sigma (capture.ts) and rasterises the SVG for the PNG
 * (raster.ts); this module only lays the figure out and writes the markup.
 */
import { escapeAttribute } from "../../graph/gexf/xml.ts";
import { curveControlPoint } from "../canvas/bundle-clearance.ts";

/** A node as drawn: centre and radius in viewport pixels. */
export interface FigureNode {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly color: string;
  readonly shape: "circle" | "diamond";
  /** The label sigma draws for it, or null when it draws none. */
  readonly label: string | null;
  readonly labelSize: number;
  readonly labelColor: string;
  /** Where the label stands beside the node. */
  readonly labelPosition: "right" | "left" | "above" | "below";
}

/** An edge as drawn, from the source's centre to the target's. */
export interface FigureEdge {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly size: number;
  readonly color: string;
  /** Bend, sigma's `curvature` (0: straight): the control point stands curvature × length off the chord's middle (curveControlPoint). */
  readonly curvature: number;
  /** The label sigma draws for it, or null. */
  readonly label: string | null;
  readonly labelSize: number;
  /** Radius of the target node, for the arrow head; null draws no head. */
  readonly head: number | null;
  readonly dashed: boolean;
}

/** One legend entry: a swatch and its words. */
export interface FigureLegendEntry {
  readonly label: string;
  readonly color: string;
  readonly shape: "dot" | "diamond" | "line" | "dash";
}

/** What the figure shows: the graph area (viewport size), its items, and the words around it. */
export interface FigureModel {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  /** The source line (the article, its outlet, date and address), or null. */
  readonly source: string | null;
  readonly legend: readonly FigureLegendEntry[];
  readonly nodes: readonly FigureNode[];
  readonly edges: readonly FigureEdge[];
}

/** Options of `figureSvg` (defaults: `DEFAULT_FIGURE_OPTIONS`). */
export interface FigureOptions {
  /** Pixels per viewport pixel of the SVG's width and height (the PNG's resolution): 1 to 8. */
  readonly scale: number;
  readonly background: string;
  /** The CSS font family of every text. */
  readonly font: string;
  readonly titleSize: number;
  /** Size of the legend's and source line's text. */
  readonly textSize: number;
  /** Margin around the figure, in viewport pixels. */
  readonly margin: number;
}

/** White background, the viewer's system font, a 20 px title, 12 px legend and source line, at 2×. */
export const DEFAULT_FIGURE_OPTIONS: FigureOptions = Object.freeze({
  scale: 2,
  background: "#ffffff",
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  titleSize: 20,
  textSize: 12,
  margin: 16,
});

/** A bad option of `figureSvg`. */
export class FigureOptionsError extends Error {
  /** @param path - the option named, e.g. `options.scale`. */
  constructor(
    readonly fn: string,
    readonly path: string,
    detail: string,
  ) {
    super(`${fn}: ${path} ${detail}`);
    this.name = "FigureOptionsError";
  }
}

/**
 * Merge `options` over `DEFAULT_FIGURE_OPTIONS` and check every value.
 *
 * @throws {FigureOptionsError} for an unknown option or a value out of its range.
 */
export function resolveFigureOptions(options: Partial<FigureOptions> = {}, fn = "figureSvg"): FigureOptions {
  const keys = Object.keys(DEFAULT_FIGURE_OPTIONS);
  for (const k of Object.keys(options)) if (!keys.includes(k)) throw new FigureOptionsError(fn, `options.${k}`, `is unknown (known: ${keys.join(", ")})`);
  const o: FigureOptions = { ...DEFAULT_FIGURE_OPTIONS, ...options };
  const number = (k: "scale" | "titleSize" | "textSize" | "margin", min: number, max: number) => {
    const v = o[k];
    if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max) throw new FigureOptionsError(fn, `options.${k}`, `must be a number from ${min} to ${max}, got ${String(v)}`);
  };
  number("scale", 1, 8);
  number("titleSize", 6, 96);
  number("textSize", 6, 48);
  number("margin", 0, 200);
  for (const k of ["background", "font"] as const) {
    if (typeof o[k] !== "string" || o[k] === "") throw new FigureOptionsError(fn, `options.${k}`, "must be a non-empty string");
  }
  return o;
}

/**
 * Text for an SVG text node or attribute: the GEXF writer's escapeAttribute (characters XML
 * cannot hold replaced, markup and TAB, LF, CR escaped), which is right in both places.
 */
export const svgText: (s: string) => string = escapeAttribute;

/** A number as SVG writes it: at most two decimals. */
const n = (v: number) => String(Math.round(v * 100) / 100);

/** Rough width of a character, as a fraction of the font size, in a proportional sans-serif. */
const CHAR_WIDTH = 0.56;

/** Rough width of `text` at `size` px in a proportional sans-serif (for layout only, never clipped by it). */
export function textWidth(text: string, size: number): number {
  return [...text].length * size * CHAR_WIDTH;
}

/** `text` cut to at most `max` px wide (rough), with an ellipsis when cut. */
function fit(text: string, size: number, max: number): string {
  const chars = [...text];
  const most = Math.max(1, Math.floor(max / (size * CHAR_WIDTH)));
  return chars.length <= most ? text : chars.slice(0, most - 1).join("") + "…";
}

/** `text` broken at spaces into at most `lines` lines of at most `max` px (rough); the last one cut with an ellipsis when it must be. */
export function wrapText(text: string, size: number, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = "";
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (textWidth(next, size) <= max || !line) {
      line = next;
      continue;
    }
    if (out.length === lines - 1) {
      line = next + " " + words.slice(i + 1).join(" ");
      break;
    }
    out.push(line);
    line = words[i]!;
  }
  if (line) out.push(fit(line.trim(), size, max));
  return out.length ? out : [""];
}

/** Lay legend entries out in rows that fit `width`; returns each entry's offset and the rows' height. */
function legendRows(entries: readonly FigureLegendEntry[], width: number, size: number): { placed: { e: FigureLegendEntry; x: number; row: number }[]; rows: number } {
  const placed: { e: FigureLegendEntry; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const e of entries) {
    const w = 22 + textWidth(e.label, size) + 16;
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    placed.push({ e, x, row });
    x += w;
  }
  return { placed, rows: entries.length ? row + 1 : 0 };
}

function swatchSvg(e: FigureLegendEntry, x: number, y: number): string {
  const c = svgText(e.color);
  switch (e.shape) {
    case "dot":
      return `<circle cx="${n(x + 8)}" cy="${n(y)}" r="6" fill="${c}"/>`;
    case "diamond":
      return `<path d="M${n(x + 8)} ${n(y - 7)}L${n(x + 15)} ${n(y)}L${n(x + 8)} ${n(y + 7)}L${n(x + 1)} ${n(y)}Z" fill="${c}"/>`;
    case "line":
      return `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + 16)}" y2="${n(y)}" stroke="${c}" stroke-width="3"/>`;
    case "dash":
      return `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + 16)}" y2="${n(y)}" stroke="${c}" stroke-width="2" stroke-dasharray="4 3"/>`;
  }
}

/** The control point of a bent edge, as sigma places it (curveControlPoint; the viewport's y runs down, hence `-curvature`). */
function control(e: FigureEdge): { cx: number; cy: number } {
  const k = curveControlPoint({ x: e.x1, y: e.y1 }, { x: e.x2, y: e.y2 }, -e.curvature);
  return { cx: k.x, cy: k.y };
}

function edgeSvg(e: FigureEdge, dy: number): string {
  const c = svgText(e.color);
  const dash = e.dashed ? ` stroke-dasharray="${n(e.size * 3)} ${n(e.size * 2)}"` : "";
  const y1 = e.y1 + dy;
  const y2 = e.y2 + dy;
  let out: string;
  let tx: number;
  let ty: number;
  let ex: number; // direction at the target, for the head
  let ey: number;
  if (e.curvature === 0) {
    out = `<line x1="${n(e.x1)}" y1="${n(y1)}" x2="${n(e.x2)}" y2="${n(y2)}" stroke="${c}" stroke-width="${n(e.size)}"${dash}/>`;
    [tx, ty, ex, ey] = [(e.x1 + e.x2) / 2, (y1 + y2) / 2, e.x2 - e.x1, y2 - y1];
  } else {
    const { cx, cy } = control(e);
    out = `<path d="M${n(e.x1)} ${n(y1)}Q${n(cx)} ${n(cy + dy)} ${n(e.x2)} ${n(y2)}" fill="none" stroke="${c}" stroke-width="${n(e.size)}"${dash}/>`;
    [tx, ty, ex, ey] = [(e.x1 + 2 * cx + e.x2) / 4, (y1 + 2 * (cy + dy) + y2) / 4, e.x2 - cx, y2 - (cy + dy)];
  }
  const len = Math.hypot(ex, ey);
  if (e.head !== null && len > 0) {
    const ux = ex / len;
    const uy = ey / len;
    const tipX = e.x2 - ux * e.head;
    const tipY = y2 - uy * e.head;
    const w = Math.max(4, e.size * 2.5);
    const bx = tipX - ux * w * 1.6;
    const by = tipY - uy * w * 1.6;
    out += `<path d="M${n(tipX)} ${n(tipY)}L${n(bx - uy * w)} ${n(by + ux * w)}L${n(bx + uy * w)} ${n(by - ux * w)}Z" fill="${c}"/>`;
  }
  if (e.label) {
    // upright whichever way the edge runs
    let angle = (Math.atan2(y2 - y1, e.x2 - e.x1) * 180) / Math.PI;
    if (angle > 90) angle -= 180;
    if (angle < -90) angle += 180;
    out +=
      `<text x="${n(tx)}" y="${n(ty)}" transform="rotate(${n(angle)} ${n(tx)} ${n(ty)})" dy="-4" text-anchor="middle" font-size="${n(Math.max(12, e.labelSize))}"` +
      ` fill="${c}" stroke="#ffffff" stroke-width="3" paint-order="stroke" class="edge-label">${svgText(e.label)}</text>`;
  }
  return out;
}

function nodeSvg(v: FigureNode, dy: number): string {
  const c = svgText(v.color);
  const y = v.y + dy;
  const r = v.size;
  let out =
    v.shape === "diamond"
      ? `<path d="M${n(v.x)} ${n(y - r)}L${n(v.x + r)} ${n(y)}L${n(v.x)} ${n(y + r)}L${n(v.x - r)} ${n(y)}Z" fill="${c}" class="node"/>`
      : `<circle cx="${n(v.x)}" cy="${n(y)}" r="${n(r)}" fill="${c}" class="node"/>`;
  if (v.label) {
    const gap = r + 4;
    const [x, ly, anchor] =
      v.labelPosition === "left"
        ? [v.x - gap, y + v.labelSize * 0.35, "end"]
        : v.labelPosition === "above"
          ? [v.x, y - gap, "middle"]
          : v.labelPosition === "below"
            ? [v.x, y + gap + v.labelSize * 0.8, "middle"]
            : [v.x + gap, y + v.labelSize * 0.35, "start"];
    out +=
      `<text x="${n(x)}" y="${n(ly)}" text-anchor="${anchor}" font-size="${n(v.labelSize)}" fill="${svgText(v.labelColor)}"` +
      ` stroke="#ffffff" stroke-width="3" paint-order="stroke" class="node-label">${svgText(v.label)}</text>`;
  }
  return out;
}

/**
 * The figure as a standalone SVG document: the title, the graph as on screen (clipped to its
 * area), the legend in rows and the source line.
 *
 * @param model - what to draw (see capture.ts).
 * @param options - scale, colours and sizes (`DEFAULT_FIGURE_OPTIONS`).
 * @returns the SVG text and its size in output pixels (the viewport's × `scale`).
 * @throws {FigureOptionsError} for a bad option.
 */
export function figureSvg(model: FigureModel, options: Partial<FigureOptions> = {}): { svg: string; width: number; height: number } {
  const o = resolveFigureOptions(options, "figureSvg");
  const m = o.margin;
  const W = Math.max(1, Math.round(model.width));
  const titleLines = wrapText(model.title, o.titleSize, W - 2 * m, 2);
  const titleH = titleLines.length * o.titleSize * 1.25 + m * 1.2;
  const graphTop = titleH;
  const graphH = Math.max(1, Math.round(model.height));
  const legend = legendRows(model.legend, W - 2 * m, o.textSize);
  const rowH = o.textSize * 1.8;
  const legendTop = graphTop + graphH + (legend.rows ? m / 2 : 0);
  const sourceTop = legendTop + legend.rows * rowH;
  const sourceLines = model.source ? wrapText(model.source, o.textSize, W - 2 * m, 2) : [];
  const lineH = o.textSize * 1.4;
  const H = Math.ceil(sourceTop + (sourceLines.length ? sourceLines.length * lineH + (rowH - lineH) : 0) + m / 2);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(W * o.scale)}" height="${n(H * o.scale)}" viewBox="0 0 ${W} ${H}" font-family="${svgText(o.font)}">`,
    `<title>${svgText(model.title)}</title>`,
    `<rect width="${W}" height="${H}" fill="${svgText(o.background)}"/>`,
    `<text x="${m}" y="${n(m + o.titleSize)}" font-size="${o.titleSize}" font-weight="600" fill="#111827" class="figure-title">` +
      titleLines.map((l, i) => `<tspan x="${m}" dy="${i ? n(o.titleSize * 1.25) : 0}">${svgText(l)}</tspan>`).join("") +
      `</text>`,
    `<defs><clipPath id="graph-area"><rect x="0" y="${n(graphTop)}" width="${W}" height="${graphH}"/></clipPath></defs>`,
    `<g clip-path="url(#graph-area)" class="graph">`,
  );
  for (const e of model.edges) parts.push(edgeSvg(e, graphTop));
  for (const v of model.nodes) parts.push(nodeSvg(v, graphTop));
  parts.push(`</g>`);
  if (legend.rows) {
    parts.push(`<g class="legend" font-size="${o.textSize}" fill="#374151">`);
    for (const { e, x, row } of legend.placed) {
      const y = legendTop + row * rowH + rowH / 2;
      parts.push(swatchSvg(e, m + x, y), `<text x="${n(m + x + 22)}" y="${n(y + o.textSize * 0.35)}">${svgText(e.label)}</text>`);
    }
    parts.push(`</g>`);
  }
  if (sourceLines.length) {
    parts.push(
      `<text x="${m}" y="${n(sourceTop + rowH / 2 + o.textSize * 0.35)}" font-size="${o.textSize}" fill="#4b5563" class="figure-source">` +
        sourceLines.map((l, i) => `<tspan x="${m}" dy="${i ? n(lineH) : 0}">${svgText(l)}</tspan>`).join("") +
        `</text>`,
    );
  }
  parts.push(`</svg>`);
  return { svg: parts.join("\n"), width: Math.round(W * o.scale), height: Math.round(H * o.scale) };
}

/**
 * The source line of a story's figure: its title, author, date and address, then "storygraph".
 *
 * @param article - the story's article fields.
 */
export function sourceLine(article: { readonly title?: string; readonly author?: string; readonly published?: string; readonly url?: string }): string {
  const parts = [article.title ? `“${article.title}”` : null, article.author ?? null, article.published ?? null, article.url ?? null].filter((p): p is string => !!p);
  return `Source: ${parts.length ? parts.join(", ") : "an article without title or address"} · graph: storygraph`;
}
