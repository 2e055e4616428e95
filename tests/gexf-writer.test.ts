import { describe, expect, it } from "vitest";
import { defaultStory, defaultStoryInput } from "../src/data/story.ts";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import { STORY_GEXF_MARKER } from "../src/graph/gexf/format.ts";
import { relationLabel, toGexf, writeGexf } from "../src/graph/gexf/writer.ts";
import { buildStory } from "../src/graph/input/validate.ts";

const story = defaultStory();
const xml = toGexf(story);
const edge = (id: string, doc = xml) => new RegExp(`<edge id="${id}"[^>]*>`).exec(doc)?.[0] ?? "";

describe("toGexf", () => {
  it("toGexf writes a GEXF 1.3 root with the viz namespace and no xsi:schemaLocation", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">')).toBe(true);
    expect(xml).not.toContain("schemaLocation");
  });
  it("toGexf writes one node per entity and one edge per relation, with counts", () => {
    expect(xml.match(/<node /g)).toHaveLength(story.entities.length);
    expect(xml.match(/<edge /g)).toHaveLength(story.relations.length);
    expect(xml).toContain(`<nodes count="${story.entities.length}">`);
    expect(xml).toContain(`<edges count="${story.relations.length}">`);
  });
  it("toGexf puts the article text in <description> and its metadata with the marker in <keywords>", () => {
    expect(xml).toContain(`<description>${story.article.text}</description>`);
    const keywords = JSON.parse(/<keywords>(.*)<\/keywords>/.exec(xml)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, "&")) as Record<string, unknown>;
    expect(keywords).toEqual({ storygraph: STORY_GEXF_MARKER, language: "fr", title: story.article.title, noClaims: story.noClaims });
  });
  it("toGexf is deterministic: the same story and options give the same file", () => {
    expect(toGexf(story)).toBe(xml);
    expect(toGexf(story, { seed: 2 })).not.toBe(xml);
  });
  it("toGexf writes the relation kind as edge kind, a readable label and dates as start/end (dates: interval)", () => {
    const e = edge("microsoft-invested-openai-2019");
    expect(e).toContain('kind="invested"');
    expect(e).toContain('label="invested · 1 000 000 000 USD · 2019-07"');
    expect(e).toContain('start="2019-07-01" end="2019-07-31"');
    expect(xml).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    expect(edge("microsoft-invested-openai-13bn")).not.toContain("start=");
  });
  it("toGexf writes only start with dates: onward, and no dynamics with dates: static", () => {
    const onward = toGexf(story, { dates: "onward" });
    expect(edge("microsoft-invested-openai-2019", onward)).toContain('start="2019-07-01"');
    expect(edge("microsoft-invested-openai-2019", onward)).not.toContain("end=");
    const fixed = toGexf(story, { dates: "static" });
    expect(fixed).toContain('<graph defaultedgetype="directed" mode="static">');
    expect(fixed).not.toMatch(/<edge [^>]*start=/);
    expect(fixed).toContain('<attvalue for="date" value="2019-07"/>');
  });
  it("toGexf writes the amount as a double with currency and scope, the citations as JSON and the first quote", () => {
    const r = story.relations.find((x) => x.id === "microsoft-invested-openai-2019")!;
    expect(xml).toContain('<attvalue for="amount" value="1000000000"/><attvalue for="currency" value="USD"/><attvalue for="amount_scope" value="tranche"/>');
    expect(xml).toContain(`<attvalue for="quote" value="${r.citations[0]!.quote}"/>`);
    expect(xml).toContain('<attribute id="amount" title="amount" type="double"/>');
    expect(xml).toContain('<attribute id="aliases" title="aliases" type="liststring"/>');
  });
  it("toGexf colours nodes by kind with r/g/b, sizes and positions them", () => {
    const ms = /<node id="microsoft"[\s\S]*?<\/node>/.exec(xml)![0];
    expect(ms).toContain('<viz:color r="0" g="114" b="178"/>');
    expect(ms).toMatch(/<viz:position x="-?[\d.]+" y="-?[\d.]+"\/>/);
    expect(ms).toMatch(/<viz:size value="[\d.]+"\/>/);
    expect(xml).not.toContain("hex=");
    const plain = toGexf(story, { layoutIterations: 0, colors: { person: { r: 1, g: 2, b: 3 } } as never });
    expect(plain).not.toContain("viz:position");
    expect(plain).toContain('<viz:color r="1" g="2" b="3"/>');
  });
  it("toGexf writes lastmodifieddate and creator when asked, and no indentation when pretty is false", () => {
    const o = toGexf(story, { lastModified: "2024-05-01", creator: "me & co", pretty: false });
    expect(o).toContain('<meta lastmodifieddate="2024-05-01"><creator>me &amp; co</creator>');
    expect(o.replace(/<description>[\s\S]*<\/description>/, "")).not.toMatch(/>\s+</);
  });
  it("toGexf escapes markup and replaces forbidden characters in every string", () => {
    const input = defaultStoryInput();
    input.entities[0]!.label = 'A&B <x> "q" \u0001 \uD800';
    input.entities[0]!.aliases = ["a,b", 'c"d', "e\\f"];
    input.relations[0]!.description = "]]> -- \u001F";
    const out = toGexf(buildStory(input));
    expect(out).toContain('label="A&amp;B &lt;x&gt; &quot;q&quot; \uFFFD \uFFFD"');
    expect(out).toContain('value="[&quot;a,b&quot;, &quot;c\\&quot;d&quot;, &quot;e\\\\f&quot;]"');
    expect(out).toContain('value="]]&gt; -- \uFFFD"');
    expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
  it("toGexf rejects invalid options with InvalidArgumentError", () => {
    expect(() => toGexf(story, { dates: "nope" as never })).toThrow(InvalidArgumentError);
  });
});

describe("writeGexf", () => {
  it("writeGexf yields chunks that join to toGexf's output", () => {
    expect([...writeGexf(story)].join("")).toBe(xml);
    const small = [...writeGexf(story, { chunkSize: 500 })];
    expect(small.length).toBeGreaterThan(5);
    expect(small.join("")).toBe(xml);
  });
  it("writeGexf never splits a surrogate pair when it slices the article, even after a lone high surrogate", () => {
    const input = defaultStoryInput();
    input.article.text = "\uDBFF\uD800\uDC00x\uDBFF\uD800\uDC00 " + input.article.text;
    const s = buildStory({ ...input, noClaims: [] });
    for (const chunkSize of [3, 4, 5]) {
      const out = [...writeGexf(s, { chunkSize, layoutIterations: 0 })].join("");
      expect(out).toContain("<description>\uFFFD\uD800\uDC00x\uFFFD\uD800\uDC00 ");
    }
  });
  it("writeGexf checks options when called, before the first chunk is asked for", () => {
    expect(() => writeGexf(story, { chunkSize: 0 })).toThrow(InvalidArgumentError);
  });
});

describe("relationLabel", () => {
  it("relationLabel joins kind, grouped amount with currency and scope, date, and how an unasserted claim is stated", () => {
    const byId = (id: string) => story.relations.find((r) => r.id === id)!;
    expect(relationLabel(byId("microsoft-invested-openai-2019"))).toBe("invested · 1 000 000 000 USD · 2019-07");
    expect(relationLabel(byId("microsoft-invested-openai-13bn"))).toBe("invested · 13 000 000 000 USD total");
    expect(relationLabel(byId("microsoft-depends-on-openai"))).toBe("depends-on · hypothetical");
    expect(relationLabel(byId("openai-seeks-microsoft"))).toBe("seeks · reported");
    expect(relationLabel(byId("microsoft-partnered-openai"))).toBe("partnered · 2019-07");
  });
});
