// figureSvg, resolveFigureOptions, sourceLine and svgText (src/viewer/export/figure.ts): the
// exported figure is well-formed SVG holding the title, every node and edge given, the labels,
// the legend and the source line, at the scale asked.
import { describe, expect, it } from "vitest";
import { XmlTokenizer, type XmlAttributes } from "../src/graph/gexf/tokenizer.ts";
import { DEFAULT_FIGURE_OPTIONS, FigureOptionsError, figureSvg, resolveFigureOptions, sourceLine, svgText, textWidth, wrapText, type FigureModel } from "../src/viewer/export/figure.ts";

const model: FigureModel = {
  width: 600,
  height: 400,
  title: "Microsoft & OpenAI: <the> “partnership”",
  source: "Source: “Le Monde”, 2024-06-01, https://example.org/a?b=1&c=2 · graph: storygraph",
  legend: [
    { label: "organization", color: "#0072b2", shape: "dot" },
    { label: "announcement", color: "#d55e00", shape: "diamond" },
    { label: "invested in", color: "#009e73", shape: "line" },
    { label: "participant (role)", color: "#64748b", shape: "dash" },
  ],
  nodes: [
    { x: 100, y: 100, size: 10, color: "#0072b2", shape: "circle", label: "Microsoft", labelSize: 15, labelColor: "#111827", labelPosition: "right" },
    { x: 400, y: 300, size: 12, color: "#0072b2", shape: "circle", label: "OpenAI", labelSize: 15, labelColor: "#111827", labelPosition: "left" },
    { x: 300, y: 120, size: 8, color: "#d55e00", shape: "diamond", label: null, labelSize: 12, labelColor: "#d55e00", labelPosition: "above" },
  ],
  edges: [
    { x1: 100, y1: 100, x2: 400, y2: 300, size: 2, color: "#009e73", curvature: 0, label: "invested in · $13 billion", labelSize: 12, head: 12, dashed: false },
    { x1: 400, y1: 300, x2: 100, y2: 100, size: 2, color: "#009e73", curvature: 0.3, label: null, labelSize: 12, head: null, dashed: false },
    { x1: 300, y1: 120, x2: 100, y2: 100, size: 1.5, color: "#64748b", curvature: 0, label: "announcer", labelSize: 11, head: null, dashed: true },
  ],
};

/** Elements (local names) and the text of the document, through the project's own XML tokenizer (throws when malformed). */
function parse(svg: string): { elements: string[]; attrs: Record<string, string>[]; text: string[] } {
  const elements: string[] = [];
  const attrs: Record<string, string>[] = [];
  const text: string[] = [];
  const t = new XmlTokenizer(
    {
      start(_uri: string, local: string, a: XmlAttributes) {
        elements.push(local);
        attrs.push(Object.fromEntries(a.names.map((name, i) => [name, a.values[i]!])));
      },
      end() {},
      text(data: string) {
        if (data.trim()) text.push(data);
      },
    },
    "figureSvg",
  );
  t.write(svg);
  t.end();
  return { elements, attrs, text };
}

describe("figureSvg", () => {
  it("figureSvg writes well-formed SVG with the title, the nodes, edges, labels, legend and source line", () => {
    const { svg } = figureSvg(model);
    const doc = parse(svg);
    expect(doc.elements[0]).toBe("svg");
    expect(doc.text.join(" ")).toContain(model.title);
    expect(doc.text.join(" ")).toContain(model.source);
    expect(doc.text).toEqual(expect.arrayContaining(["Microsoft", "OpenAI", "invested in · $13 billion", "announcer", ...model.legend.map((e) => e.label)]));
    const nodes = doc.attrs.filter((a) => a["class"] === "node");
    expect(nodes).toHaveLength(3);
    // one straight line, one curve, one dashed line for the edges
    expect(svg).toContain('<path d="M400 ');
    expect(doc.attrs.filter((a) => a["stroke-dasharray"]).length).toBe(2); // the dashed edge and the legend's dash
  });
  it("figureSvg sizes the output at the scale asked, keeping the viewBox in viewport pixels", () => {
    const one = figureSvg(model, { scale: 1 });
    const two = figureSvg(model);
    const four = figureSvg(model, { scale: 4 });
    expect(two.width).toBe(2 * one.width);
    expect(four.height).toBe(4 * one.height);
    expect(one.width).toBe(600);
    expect(one.height).toBeGreaterThan(400 + DEFAULT_FIGURE_OPTIONS.titleSize); // the title, legend and source lines add height
    const viewBox = (s: string) => /viewBox="([^"]+)"/.exec(s)![1];
    expect(viewBox(two.svg)).toBe(viewBox(one.svg));
  });
  it("figureSvg places the graph under the title band and draws edge labels upright", () => {
    const { svg } = figureSvg(model, { scale: 1 });
    const microsoft = /<circle cx="100" cy="([\d.]+)"/.exec(svg)!;
    expect(Number(microsoft[1])).toBeGreaterThan(100); // moved down by the title band
    for (const m of svg.matchAll(/rotate\((-?[\d.]+) /g)) expect(Math.abs(Number(m[1]))).toBeLessThanOrEqual(90);
  });
  it("figureSvg bends a curved edge as sigma draws it: control point curvature × length off the chord's middle, to its left as seen", () => {
    // measured in Chromium: sigma 4.0.4's pathCurved puts a bent edge's middle at
    // mid + curvature/2 × (dy, −dx) in viewport pixels (y down): the chord's left normal
    const edge = { ...model.edges[0]!, x1: 0, y1: 200, x2: 100, y2: 200, curvature: 0.2, label: null, head: null, dashed: false };
    const { svg } = figureSvg({ ...model, nodes: [], edges: [edge] }, { scale: 1 });
    const [x1, y1, cx, cy, x2, y2] = /<path d="M([\d.-]+) ([\d.-]+)Q([\d.-]+) ([\d.-]+) ([\d.-]+) ([\d.-]+)"/.exec(svg)!.slice(1).map(Number) as number[];
    expect([x1, x2, cx]).toEqual([0, 100, 50]);
    expect(y2).toBe(y1);
    expect(cy! - y1!).toBeCloseTo(-20, 9); // 0.2 × 100, upwards for an edge running right
  });
  it("figureSvg leaves out the legend and source rows when there are none", () => {
    const bare = figureSvg({ ...model, legend: [], source: null }, { scale: 1 });
    expect(bare.height).toBeLessThan(figureSvg(model, { scale: 1 }).height);
    expect(parse(bare.svg).text.join(" ")).not.toContain("Source:");
  });
  it("figureSvg escapes markup and replaces characters XML cannot hold", () => {
    const { svg } = figureSvg({ ...model, title: "<script>alert(1)</script>\u0001", nodes: [{ ...model.nodes[0]!, label: 'a"b<c' }] });
    expect(svg).not.toContain("<script>");
    const doc = parse(svg);
    expect(doc.text.join(" ")).toContain("<script>alert(1)</script>\uFFFD");
    expect(doc.text).toContain('a"b<c');
  });
});

describe("resolveFigureOptions", () => {
  it("resolveFigureOptions returns the defaults, merges given values and refuses bad ones with the option's path", () => {
    expect(resolveFigureOptions()).toEqual(DEFAULT_FIGURE_OPTIONS);
    expect(resolveFigureOptions({ scale: 3 }).scale).toBe(3);
    for (const scale of [0, 0.5, 9, NaN, "2"]) expect(() => resolveFigureOptions({ scale } as never)).toThrow(FigureOptionsError);
    expect(() => resolveFigureOptions({ scale: 9 })).toThrow(/^figureSvg: options\.scale must be a number from 1 to 8/);
    expect(() => resolveFigureOptions({ dpi: 2 } as never)).toThrow(/options\.dpi is unknown/);
    expect(() => resolveFigureOptions({ font: "" })).toThrow(FigureOptionsError);
  });
});

describe("sourceLine", () => {
  it("sourceLine names the article's title, author, date and address, and says when it has none", () => {
    expect(sourceLine({ title: "T", author: "A", published: "2024-06", url: "https://x.org/" })).toBe("Source: “T”, A, 2024-06, https://x.org/ · graph: storygraph");
    expect(sourceLine({})).toBe("Source: an article without title or address · graph: storygraph");
  });
});

describe("wrapText", () => {
  it("wrapText breaks at spaces into lines that fit, and cuts only the last allowed line, with an ellipsis", () => {
    const text = "Le partenariat entre Microsoft et OpenAI semble battre de l’aile";
    const lines = wrapText(text, 20, 400, 2);
    expect(lines.length).toBe(2);
    expect(lines.join(" ")).toBe(text);
    for (const l of lines) expect(textWidth(l, 20)).toBeLessThanOrEqual(400);
    const cut = wrapText(text, 20, 200, 2);
    expect(cut.length).toBe(2);
    expect(cut[1]!.endsWith("…")).toBe(true);
    expect(wrapText("short", 12, 400, 2)).toEqual(["short"]);
    expect(wrapText("", 12, 400, 2)).toEqual([""]);
  });
});

describe("svgText", () => {
  it("svgText escapes the four markup characters", () => {
    expect(svgText(`<&>"`)).toBe("&lt;&amp;&gt;&quot;");
  });
  it("svgText escapes as the GEXF writer's escapeAttribute does: TAB, LF and CR kept as references, forbidden characters replaced", () => {
    expect(svgText("a\tb\nc\rd\u0001")).toBe("a&#9;b&#10;c&#13;d\uFFFD");
  });
});
