import { describe, expect, it } from "vitest";
import { defaultStory, defaultStoryInput } from "../src/data/story.ts";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import { STORY_GEXF_MARKER } from "../src/graph/gexf/format.ts";
import { eventNodeLabel, participationLabel, relationLabel, toGexf, writeGexf } from "../src/graph/gexf/writer.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import type { Story } from "../src/graph/model.ts";
import { ownKinds } from "../src/graph/vocabulary/resolve.ts";
import { edgeCaseStory, fixtureStory } from "./helpers/tools.ts";

const story = defaultStory();
const xml = toGexf(story);
const edgeCase = edgeCaseStory();
const lawsuit = fixtureStory("lawsuit-story");

/** The start tag of the edge with id `id`. */
const edge = (id: string, doc = xml) => new RegExp(`<edge id="${id}"[^>]*>`).exec(doc)?.[0] ?? "";
/** The whole element of the node or edge with id `id`. */
const element = (tag: "node" | "edge", id: string, doc = xml) => new RegExp(`<${tag} id="${id}"[\\s\\S]*?</${tag}>`).exec(doc)?.[0] ?? "";
/** The start tag of the node with id `id`. */
const node = (id: string, doc = xml) => new RegExp(`<node id="${id}"[^>]*>`).exec(doc)?.[0] ?? "";
/** The value of attvalue `name` in `el`, unescaped (`undefined` when absent). */
function value(el: string, name: string): string | undefined {
  const m = new RegExp(`<attvalue for="${name}" value="([^"]*)"/>`).exec(el);
  return m ? m[1]!.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&") : undefined;
}
const keywords = (doc: string) => JSON.parse(/<keywords>(.*)<\/keywords>/.exec(doc)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, "&")) as Record<string, unknown>;
const participations = (s: Story) => s.events.reduce((n, e) => n + e.participants.length, 0);

describe("toGexf", () => {
  it("toGexf writes a GEXF 1.3 root with the viz namespace and no xsi:schemaLocation", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">')).toBe(true);
    expect(xml).not.toContain("schemaLocation");
  });
  it("toGexf writes one node per entity and event and one edge per relation and participation, with counts", () => {
    const nodes = story.entities.length + story.events.length;
    const edges = story.relations.length + participations(story);
    expect(story.events.length).toBe(5);
    expect(xml.match(/<node /g)).toHaveLength(nodes);
    expect(xml.match(/<edge /g)).toHaveLength(edges);
    expect(xml).toContain(`<nodes count="${nodes}">`);
    expect(xml).toContain(`<edges count="${edges}">`);
    expect(xml.match(/<attvalue for="node_type" value="entity"\/>/g)).toHaveLength(story.entities.length);
    expect(xml.match(/<attvalue for="node_type" value="event"\/>/g)).toHaveLength(story.events.length);
    expect(xml.match(/<attvalue for="edge_type" value="relation"\/>/g)).toHaveLength(story.relations.length);
    expect(xml.match(/<attvalue for="edge_type" value="participation"\/>/g)).toHaveLength(participations(story));
  });
  it("toGexf puts the article text in <description> and its metadata, notes and the story-gexf/2 marker in <keywords>", () => {
    expect(STORY_GEXF_MARKER).toBe("story-gexf/2");
    expect(xml).toContain(`<description>${story.article.text}</description>`);
    expect(keywords(xml)).toEqual({ storygraph: "story-gexf/2", format: "storygraph/2", language: "fr", title: story.article.title, noClaims: story.noClaims });
  });
  it("toGexf carries a story's own vocabulary in <keywords>, as its file declares it", () => {
    const k = keywords(toGexf(lawsuit));
    expect(k["vocabulary"]).toEqual(JSON.parse(JSON.stringify(ownKinds(lawsuit.vocabulary))));
    expect((k["vocabulary"] as { entityKinds: { id: string; parent: string }[] }).entityKinds[0]).toMatchObject({ id: "court", parent: "organization" });
    expect(k).toMatchObject({ published: lawsuit.article.published, author: lawsuit.article.author });
  });
  it("toGexf is deterministic: the same story and options give the same file", () => {
    expect(toGexf(story)).toBe(xml);
    expect(toGexf(story, { seed: 2 })).not.toBe(xml);
  });
  it("toGexf writes an entity node with its kind, Wikidata id, aliases and description", () => {
    const ms = element("node", "microsoft");
    const e = story.entities.find((x) => x.id === "microsoft")!;
    expect(value(ms, "node_type")).toBe("entity");
    expect(value(ms, "kind")).toBe("organization");
    expect(value(ms, "wikidata")).toBe("Q2283");
    expect(value(ms, "aliases")).toBe(`[${e.aliases.map((a) => `"${a}"`).join(", ")}]`);
    expect(value(ms, "description")).toBe(e.description);
    expect(node("microsoft")).toBe('<node id="microsoft" label="Microsoft">');
  });
  it("toGexf writes an event node with kind, label, about, qualifiers as written, amount, modalities, the first quote and every citation", () => {
    const inv = element("node", "microsoft-investment-2019");
    const ev = story.events.find((x) => x.id === "microsoft-investment-2019")!;
    expect(value(inv, "node_type")).toBe("event");
    expect(value(inv, "kind")).toBe("investment");
    expect(value(inv, "event_label")).toBe(ev.label);
    expect(value(inv, "announced")).toBe("2019-07");
    expect(value(inv, "amount")).toBe("1000000000");
    expect(value(inv, "currency")).toBe("USD");
    expect(value(inv, "amount_scope")).toBe("tranche");
    expect(value(inv, "modalities")).toBe("asserted");
    expect(value(inv, "quote")).toBe(ev.citations[0]!.quote);
    expect(value(inv, "citation_count")).toBe("1");
    const breakUp = element("node", "partnership-break-up");
    expect(value(breakUp, "about")).toBe('["microsoft-partnered-openai"]');
    expect(value(breakUp, "modalities")).toBe("reported, hypothetical");
    expect(value(breakUp, "citation_count")).toBe("5");
    const citations = JSON.parse(value(breakUp, "citations")!) as Record<string, unknown>[];
    const c = story.events.find((x) => x.id === "partnership-break-up")!.citations[0]!;
    expect(citations[0]).toEqual({
      sentence: c.sentence,
      quote: c.quote,
      start: c.start,
      end: c.end,
      sentenceStart: c.sentenceStart,
      sentenceEnd: c.sentenceEnd,
      factuality: { polarity: "positive", certainty: "possible" },
      sources: [{ kind: "author" }, { kind: "source", name: "des sources proches du dossier" }],
      modalities: ["reported", "hypothetical"],
      gloss: c.gloss,
    });
  });
  it("toGexf writes inferred qualifiers and amounts with their reasons, a source's entity and the occurrence of a repeated quote", () => {
    const doc = toGexf(edgeCase);
    const dep = element("edge", "microsoft-depends-on-openai", doc);
    expect(value(dep, "start_time")).toBe("2019-07");
    expect(value(dep, "start_time_inferred")).toBe("the dependence began with the 2019 partnership");
    expect(value(dep, "end_time")).toBe("2021");
    expect(value(dep, "end_time_inferred")).toBe("a test date");
    expect(value(dep, "amount")).toBe("5.5");
    expect(value(dep, "amount_inferred")).toBe("a test amount");
    expect(value(dep, "amount_scope")).toBeUndefined();
    expect((JSON.parse(value(dep, "citations")!) as { sources: unknown }[])[0]!.sources).toEqual([{ kind: "author" }, { kind: "source", name: "Microsoft", entity: "microsoft" }]);
    const opp = JSON.parse(value(element("edge", "openai-opposes-microsoft", doc), "citations")!) as Record<string, unknown>[];
    expect(opp[0]).toMatchObject({ quote: "ses", occurrence: 2, factuality: { polarity: "negative", certainty: "probable" }, modalities: ["hedged", "reported", "negated"] });
    expect(value(element("node", "openai-research", doc), "announced_inferred")).toBe("a test date");
    // a citation whose quote stands once has no occurrence
    expect(value(element("edge", "microsoft-pursues-ai"), "citations")).not.toContain("occurrence");
  });
  it("toGexf writes a relation edge with its kind as edge kind and attribute, symmetric, and a label with the kind's label and time in words", () => {
    const e = edge("microsoft-partnered-openai");
    expect(e).toContain('source="microsoft" target="openai" kind="partnered" label="partnered with · announced 2019-07"');
    const el = element("edge", "microsoft-partnered-openai");
    expect(value(el, "edge_type")).toBe("relation");
    expect(value(el, "kind")).toBe("partnered");
    expect(value(el, "symmetric")).toBe("true");
    expect(value(el, "announced")).toBe("2019-07");
    expect(value(element("edge", "microsoft-invested-openai-13bn"), "amount")).toBe("13000000000");
  });
  it("toGexf writes one participation edge per participant, from the event, keyed event/role/participant, with the role as kind, label and attribute", () => {
    const founder = element("edge", "openai-founding/founder/elon-musk");
    expect(founder).toContain('source="openai-founding" target="elon-musk" kind="founder" label="founder"');
    expect(value(founder, "edge_type")).toBe("participation");
    expect(value(founder, "role")).toBe("founder");
    expect(value(founder, "modalities")).toBe("asserted");
    // an event participant: the consequences' cause is the break-up event
    expect(edge("break-up-consequences/cause/partnership-break-up")).toContain('source="break-up-consequences" target="partnership-break-up" kind="cause"');
    // participants in input order
    const ids = [...xml.matchAll(/<edge id="(openai-founding\/[^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(["openai-founding/founded/openai", "openai-founding/founder/elon-musk", "openai-founding/founder/sam-altman"]);
    // a role label that differs from its id
    expect(edge("corvex-appeal/appellant/corvex-systems", toGexf(lawsuit))).toContain('label="appellant · hedged/reported"');
  });
  it("toGexf labels keep saying how the article states a claim it never asserts, on relations, events and participations", () => {
    expect(edge("microsoft-diverges-from-openai")).toContain('label="diverges from · hedged/reported"');
    expect(edge("openai-seeks-microsoft")).toContain('label="wants from · hedged/reported"');
    expect(node("partnership-strain")).toContain('label="The partnership falters · hedged"');
    expect(node("partnership-break-up")).toContain('label="Possible break-up of the partnership · reported/hypothetical"');
    expect(edge("partnership-break-up/party/microsoft")).toContain('label="party · reported/hypothetical"');
    expect(edge("break-up-consequences/affected/openai")).toContain('label="affected · hypothetical"');
    expect(node("openai-founding")).toContain('label="Founding of OpenAI"');
    expect(edge("openai-pursues-ai")).toContain('label="pursues"');
  });
  it("toGexf turns each claim's period into start/end (dates: interval): a point in time covers its days, an ongoing state has no end", () => {
    expect(xml).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    // pointInTime 2015: the days it covers, on the event's node and on its participation edges
    expect(node("openai-founding")).toContain('start="2015-01-01" end="2015-12-31"');
    expect(edge("openai-founding/founder/elon-musk")).toContain('start="2015-01-01" end="2015-12-31"');
    // an event announced 2019-07 happens then
    expect(node("microsoft-investment-2019")).toContain('start="2019-07-01" end="2019-07-31"');
    // a state announced 2019-07 holds since: ongoing, no end
    expect(edge("microsoft-partnered-openai")).toContain('start="2019-07-01">');
    // no time qualifier, no dynamics; entities never have any
    expect(edge("microsoft-invested-openai-13bn")).not.toMatch(/start=|end=/);
    expect(node("partnership-strain")).not.toMatch(/start=|end=/);
    expect(xml).not.toMatch(/<node id="microsoft"[^>]*start=/);
  });
  it("toGexf dynamics with dates: interval on a start and an end, an end alone, and an ongoing event of a dated article", () => {
    const doc = toGexf(edgeCase);
    expect(edge("microsoft-depends-on-openai", doc)).toContain('start="2019-07-01" end="2021-12-31"');
    expect(edge("openai-opposes-microsoft", doc)).toMatch(/ end="2020-02-29">$/);
    expect(edge("openai-opposes-microsoft", doc)).not.toContain("start=");
    // ongoing: its period runs to the article's date, but the file gives no end
    expect(edgeCase.events.find((e) => e.id === "openai-research")!.period).toEqual({ from: "2020-01-01", to: "2024-06-30", ongoing: true });
    expect(node("openai-research", doc)).toMatch(/ start="2020-01-01">$/);
    expect(edge("openai-research/participant/openai", doc)).toMatch(/ start="2020-01-01">$/);
  });
  it("toGexf writes only start with dates: onward, and no dynamics with dates: static", () => {
    const onward = toGexf(edgeCase, { dates: "onward" });
    expect(node("openai-founding", onward)).toMatch(/ start="2015-01-01">$/);
    expect(edge("microsoft-depends-on-openai", onward)).toMatch(/ start="2019-07-01">$/);
    expect(edge("openai-opposes-microsoft", onward)).not.toMatch(/start=|end=/);
    expect(onward).not.toMatch(/<(node|edge) [^>]* end="/);
    const fixed = toGexf(edgeCase, { dates: "static" });
    expect(fixed).toContain('<graph defaultedgetype="directed" mode="static">');
    expect(fixed).not.toMatch(/<(node|edge) [^>]*(start|end)="/);
    expect(value(element("node", "openai-founding", fixed), "point_in_time")).toBe("2015");
  });
  it("toGexf declares the amount as a double, lists as liststring, and the citation count as an integer", () => {
    expect(xml).toContain('<attribute id="amount" title="amount" type="double"/>');
    expect(xml).toContain('<attribute id="aliases" title="aliases" type="liststring"/>');
    expect(xml).toContain('<attribute id="about" title="about" type="liststring"/>');
    expect(xml).toContain('<attribute id="citation_count" title="citation_count" type="integer"/>');
    // no attribute whose title networkx or Gephi reserve
    expect(xml).not.toMatch(/<attribute id="(start|end|label|id|weight)"/);
  });
  it("toGexf colours nodes by kind with r/g/b, events in their own colour and shape, sizes and positions them", () => {
    const ms = element("node", "microsoft");
    expect(ms).toContain('<viz:color r="0" g="114" b="178"/>');
    expect(ms).toMatch(/<viz:position x="-?[\d.]+" y="-?[\d.]+"\/>/);
    expect(ms).toMatch(/<viz:size value="[\d.]+"\/>/);
    expect(ms).not.toContain("viz:shape");
    const founding = element("node", "openai-founding");
    expect(founding).toContain('<viz:color r="213" g="94" b="0"/>');
    expect(founding).toContain('<viz:shape value="diamond"/>');
    expect(founding).toMatch(/<viz:position /);
    expect(element("edge", "openai-founding/founder/elon-musk")).toContain('<viz:shape value="dashed"/>');
    expect(xml).not.toContain("hex=");
    const plain = toGexf(story, { layoutIterations: 0, colors: { person: { r: 1, g: 2, b: 3 } }, eventColor: { r: 4, g: 5, b: 6 } });
    expect(plain).not.toContain("viz:position");
    expect(element("node", "elon-musk", plain)).toContain('<viz:color r="1" g="2" b="3"/>');
    expect(element("node", "openai-founding", plain)).toContain('<viz:color r="4" g="5" b="6"/>');
  });
  it("toGexf colours a story's own entity kind as its parent, unless given a colour of its own", () => {
    const court = (doc: string) => element("node", "northern-district-court", doc);
    expect(lawsuit.entities.find((e) => e.id === "northern-district-court")!.kind).toBe("court");
    expect(court(toGexf(lawsuit, { layoutIterations: 0 }))).toContain('<viz:color r="0" g="114" b="178"/>');
    expect(court(toGexf(lawsuit, { layoutIterations: 0, colors: { court: { r: 9, g: 9, b: 9 } } }))).toContain('<viz:color r="9" g="9" b="9"/>');
    // a kind without parent and without colour takes otherColor
    const input = defaultStoryInput();
    input.vocabulary = { entityKinds: [{ id: "ship", label: "ship", description: "A ship." }] };
    input.entities.push({ id: "tanker", kind: "ship", label: "Tanker" });
    const ships = buildStory(input);
    expect(element("node", "tanker", toGexf(ships, { layoutIterations: 0, otherColor: { r: 7, g: 7, b: 7 } }))).toContain('<viz:color r="7" g="7" b="7"/>');
    expect(element("node", "tanker", toGexf(ships, { layoutIterations: 0 }))).toContain('<viz:color r="153" g="153" b="153"/>');
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
    input.events![0]!.label = "<ev> \u0002";
    const out = toGexf(buildStory(input));
    expect(out).toContain('label="A&amp;B &lt;x&gt; &quot;q&quot; \uFFFD \uFFFD"');
    expect(out).toContain('value="[&quot;a,b&quot;, &quot;c\\&quot;d&quot;, &quot;e\\\\f&quot;]"');
    expect(out).toContain('value="]]&gt; -- \uFFFD"');
    expect(out).toContain('<attvalue for="event_label" value="&lt;ev&gt; \uFFFD"/>');
    expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
  it("toGexf rejects invalid options with InvalidArgumentError", () => {
    expect(() => toGexf(story, { dates: "nope" as never })).toThrow(InvalidArgumentError);
    expect(() => toGexf(story, { eventColor: { r: 1, g: 2 } as never })).toThrow(InvalidArgumentError);
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
  it("relationLabel joins the kind's label, the grouped amount with currency and scope, the time in words, and how an unasserted claim is stated", () => {
    const byId = (s: Story, id: string) => s.relations.find((r) => r.id === id)!;
    expect(relationLabel(byId(story, "microsoft-invested-openai-13bn"), story.vocabulary)).toBe("invested in · 13 000 000 000 USD total");
    expect(relationLabel(byId(story, "microsoft-partnered-openai"), story.vocabulary)).toBe("partnered with · announced 2019-07");
    expect(relationLabel(byId(story, "openai-seeks-microsoft"), story.vocabulary)).toBe("wants from · hedged/reported");
    expect(relationLabel(byId(edgeCase, "microsoft-depends-on-openai"), edgeCase.vocabulary)).toBe("depends on · 5.5 EUR* · 2019-07* – 2021* · reported/hypothetical");
    expect(relationLabel(byId(edgeCase, "openai-opposes-microsoft"), edgeCase.vocabulary)).toBe("opposes · until 2020-02-29* · hedged/reported/negated");
    // a story's own kind: its label in the story's vocabulary
    expect(relationLabel(byId(lawsuit, "brightline-accuses-corvex"), lawsuit.vocabulary)).toBe("accuses");
  });
});

describe("eventNodeLabel", () => {
  it("eventNodeLabel is the event's label, with the modality note when the article never asserts it", () => {
    const byId = (id: string) => story.events.find((e) => e.id === id)!;
    expect(eventNodeLabel(byId("openai-founding"))).toBe("Founding of OpenAI");
    expect(eventNodeLabel(byId("break-up-consequences"))).toBe("Consequences of a break-up · hypothetical");
  });
});

describe("participationLabel", () => {
  it("participationLabel is the role's label in the vocabulary, with the event's modality note", () => {
    const founding = story.events.find((e) => e.id === "openai-founding")!;
    expect(participationLabel(founding, "founder", story.vocabulary)).toBe("founder");
    const strain = story.events.find((e) => e.id === "partnership-strain")!;
    expect(participationLabel(strain, "party", story.vocabulary)).toBe("party · hedged");
    const departure = buildStory({
      ...defaultStoryInput(),
      events: [{ id: "leaving", kind: "departure", label: "OpenAI leaves", participants: [{ role: "leaver", entity: "openai" }], citations: [{ sentence: "s9", quote: "en cas de départ d’OpenAI", factuality: { polarity: "positive", certainty: "unknown" }, gloss: "g" }] }],
    }).events[0]!;
    expect(participationLabel(departure, "leaver", story.vocabulary)).toBe("who leaves · hypothetical");
  });
});

describe("toGexf positions and nodeColors", () => {
  const nodes = [...story.entities, ...story.events].map((n) => n.id);
  const positions = Object.fromEntries(nodes.map((id, i) => [id, { x: i * 10.5, y: 3 - i }]));
  it("toGexf writes the given positions and node colours instead of the layout's and the kind's", () => {
    const first = story.entities[0]!.id;
    const doc = toGexf(story, { positions, nodeColors: { [first]: { r: 1, g: 2, b: 3 } } });
    nodes.forEach((id, i) => expect(element("node", id, doc)).toContain(`<viz:position x="${i * 10.5}" y="${3 - i}"/>`));
    expect(element("node", first, doc)).toContain('<viz:color r="1" g="2" b="3"/>');
    expect(element("node", story.entities[1]!.id, doc)).toBe(element("node", story.entities[1]!.id, xml).replace(/<viz:position[^>]*>/, `<viz:position x="10.5" y="2"/>`));
  });
  it("toGexf refuses positions missing a node or naming no node, and colours of no node", () => {
    const { [nodes[0]!]: _dropped, ...missing } = positions;
    expect(() => toGexf(story, { positions: missing })).toThrow(InvalidArgumentError);
    expect(() => toGexf(story, { positions: missing })).toThrow(new RegExp(`no position for node "${nodes[0]}"`));
    expect(() => toGexf(story, { positions: { ...positions, ghost: { x: 0, y: 0 } } })).toThrow(/options\.positions\.ghost/);
    expect(() => [...writeGexf(story, { nodeColors: { ghost: { r: 0, g: 0, b: 0 } } })]).toThrow(/writeGexf.*options\.nodeColors\.ghost/);
  });
});
