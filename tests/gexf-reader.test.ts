import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { QuoteNotFoundError, StoryValidationError } from "../src/graph/errors.ts";
import {
  GexfDanglingEdgeError,
  GexfDuplicateIdError,
  GexfError,
  GexfFormatError,
  GexfParseError,
  GexfVersionError,
} from "../src/graph/gexf/errors.ts";
import { fromGexf, fromGexfChunks, type GexfImport } from "../src/graph/gexf/reader.ts";
import type { UntypedGraph } from "../src/graph/gexf/untyped.ts";
import { toGexf, writeGexf } from "../src/graph/gexf/writer.ts";
import type { StoryNotice } from "../src/graph/input/problems.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import type { Story } from "../src/graph/model.ts";
import { edgeCaseStory, fixtureStory, MINIMAL_GEXF, runNetworkx } from "./helpers/tools.ts";

const story = defaultStory();
const xml = toGexf(story);

function graphOf(r: GexfImport): UntypedGraph {
  expect(r.kind).toBe("graph");
  return r.graph;
}

function storyOf(r: GexfImport): Story {
  expect(r.kind).toBe("story");
  if (r.kind !== "story") throw new Error("not a story");
  return r.story;
}

/** The error `f` throws (fails the test when it throws none). */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected an error");
}

const gexf = (body: string, graphAttrs = 'defaultedgetype="directed"') =>
  `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph ${graphAttrs}>${body}</graph></gexf>`;

/** `doc` with the `citations` attvalue of element `id` (a node or an edge) replaced by `value` (escaped by the caller). */
function withCitations(doc: string, id: string, value: string): string {
  const start = doc.indexOf(`id="${id}"`);
  const at = doc.indexOf('<attvalue for="citations" value="', start);
  const from = at + '<attvalue for="citations" value="'.length;
  return doc.slice(0, from) + value + doc.slice(doc.indexOf('"', from));
}

/** The 1-based line of the first occurrence of `needle` in `doc`. */
const lineOf = (doc: string, needle: string) => doc.slice(0, doc.indexOf(needle)).split("\n").length;

/**
 * A story-gexf/1 file: what the Model 1 export wrote (`toGexf` at commit 6a8a810, `layoutIterations: 0`)
 * for tests/fixtures/mini-story.json as it was then, the storygraph/1 story STORY_1 below.
 */
const STORY_GEXF_1 = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta>
    <creator>storygraph</creator>
    <keywords>{"storygraph":"story-gexf/1","language":"en","title":"Northwind Capital invests in Tidewater Energy","published":"2024-03-05","noClaims":[{"sentence":"s4","reason":"The port authority declined to comment: no relation is stated."}]}</keywords>
    <description>On 4 March 2024, Northwind Capital invested 12 million euros in Tidewater Energy, and Tidewater thanked Northwind Capital.
Tidewater was founded in 2021 by Maya Okafor.
According to two people familiar with the talks, Tidewater is negotiating with the Harbour City Port Authority.
The port authority declined to comment.</description>
  </meta>
  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
    <attributes class="node" mode="static">
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="wikidata" title="wikidata" type="string"/>
      <attribute id="aliases" title="aliases" type="liststring"/>
      <attribute id="description" title="description" type="string"/>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="symmetric" title="symmetric" type="boolean"/>
      <attribute id="modalities" title="modalities" type="string"/>
      <attribute id="amount" title="amount" type="double"/>
      <attribute id="currency" title="currency" type="string"/>
      <attribute id="amount_scope" title="amount_scope" type="string"/>
      <attribute id="date" title="date" type="string"/>
      <attribute id="date_precision" title="date_precision" type="string"/>
      <attribute id="description" title="description" type="string"/>
      <attribute id="quote" title="quote" type="string"/>
      <attribute id="citation_count" title="citation_count" type="integer"/>
      <attribute id="citations" title="citations" type="string"/>
    </attributes>
    <nodes count="4">
      <node id="northwind-capital" label="Northwind Capital">
        <attvalues><attvalue for="kind" value="organization"/></attvalues>
        <viz:color r="0" g="114" b="178"/>
        <viz:size value="15"/>
      </node>
      <node id="tidewater-energy" label="Tidewater Energy">
        <attvalues><attvalue for="kind" value="organization"/><attvalue for="aliases" value="[&quot;Tidewater&quot;]"/></attvalues>
        <viz:color r="0" g="114" b="178"/>
        <viz:size value="18.66"/>
      </node>
      <node id="maya-okafor" label="Maya Okafor">
        <attvalues><attvalue for="kind" value="person"/></attvalues>
        <viz:color r="230" g="159" b="0"/>
        <viz:size value="15"/>
      </node>
      <node id="port-authority" label="Harbour City Port Authority">
        <attvalues><attvalue for="kind" value="organization"/><attvalue for="aliases" value="[&quot;the port authority&quot;]"/></attvalues>
        <viz:color r="0" g="114" b="178"/>
        <viz:size value="15"/>
      </node>
    </nodes>
    <edges count="3">
      <edge id="northwind-invested-tidewater" source="northwind-capital" target="tidewater-energy" kind="invested" label="invested · 12 000 000 EUR · 2024-03-04" start="2024-03-04" end="2024-03-04">
        <attvalues><attvalue for="kind" value="invested"/><attvalue for="symmetric" value="false"/><attvalue for="modalities" value="asserted"/><attvalue for="amount" value="12000000"/><attvalue for="currency" value="EUR"/><attvalue for="amount_scope" value="tranche"/><attvalue for="date" value="2024-03-04"/><attvalue for="date_precision" value="day"/><attvalue for="quote" value="Northwind Capital invested 12 million euros in Tidewater Energy"/><attvalue for="citation_count" value="1"/><attvalue for="citations" value="[{&quot;sentence&quot;:&quot;s1&quot;,&quot;quote&quot;:&quot;Northwind Capital invested 12 million euros in Tidewater Energy&quot;,&quot;start&quot;:17,&quot;end&quot;:80,&quot;sentenceStart&quot;:17,&quot;sentenceEnd&quot;:80,&quot;modality&quot;:&quot;asserted&quot;,&quot;attribution&quot;:{&quot;kind&quot;:&quot;author&quot;},&quot;gloss&quot;:&quot;Northwind Capital invested 12 million euros in Tidewater Energy.&quot;}]"/></attvalues>
      </edge>
      <edge id="okafor-founded-tidewater" source="maya-okafor" target="tidewater-energy" kind="founded" label="founded · 2021" start="2021-01-01" end="2021-12-31">
        <attvalues><attvalue for="kind" value="founded"/><attvalue for="symmetric" value="false"/><attvalue for="modalities" value="asserted"/><attvalue for="date" value="2021"/><attvalue for="date_precision" value="year"/><attvalue for="quote" value="Tidewater was founded in 2021 by Maya Okafor"/><attvalue for="citation_count" value="1"/><attvalue for="citations" value="[{&quot;sentence&quot;:&quot;s2&quot;,&quot;quote&quot;:&quot;Tidewater was founded in 2021 by Maya Okafor&quot;,&quot;start&quot;:123,&quot;end&quot;:167,&quot;sentenceStart&quot;:0,&quot;sentenceEnd&quot;:44,&quot;modality&quot;:&quot;asserted&quot;,&quot;attribution&quot;:{&quot;kind&quot;:&quot;author&quot;},&quot;gloss&quot;:&quot;Maya Okafor founded Tidewater in 2021.&quot;}]"/></attvalues>
      </edge>
      <edge id="tidewater-seeks-port-authority" source="tidewater-energy" target="port-authority" kind="seeks" label="seeks · reported">
        <attvalues><attvalue for="kind" value="seeks"/><attvalue for="symmetric" value="false"/><attvalue for="modalities" value="reported"/><attvalue for="quote" value="Tidewater is negotiating with the Harbour City Port Authority"/><attvalue for="citation_count" value="1"/><attvalue for="citations" value="[{&quot;sentence&quot;:&quot;s3&quot;,&quot;quote&quot;:&quot;Tidewater is negotiating with the Harbour City Port Authority&quot;,&quot;start&quot;:218,&quot;end&quot;:279,&quot;sentenceStart&quot;:49,&quot;sentenceEnd&quot;:110,&quot;modality&quot;:&quot;reported&quot;,&quot;attribution&quot;:{&quot;kind&quot;:&quot;source&quot;,&quot;name&quot;:&quot;two people familiar with the talks&quot;},&quot;gloss&quot;:&quot;Tidewater is negotiating an agreement with the port authority, say two people familiar with the talks.&quot;}]"/></attvalues>
      </edge>
    </edges>
  </graph>
</gexf>
`;

/** The storygraph/1 story STORY_GEXF_1 was exported from. */
const STORY_1 = {
  "format": "storygraph/1",
  "article": {
    "text": "On 4 March 2024, Northwind Capital invested 12 million euros in Tidewater Energy, and Tidewater thanked Northwind Capital.\nTidewater was founded in 2021 by Maya Okafor.\nAccording to two people familiar with the talks, Tidewater is negotiating with the Harbour City Port Authority.\nThe port authority declined to comment.",
    "language": "en",
    "title": "Northwind Capital invests in Tidewater Energy",
    "published": "2024-03-05"
  },
  "entities": [
    {
      "id": "northwind-capital",
      "kind": "organization",
      "label": "Northwind Capital"
    },
    {
      "id": "tidewater-energy",
      "kind": "organization",
      "label": "Tidewater Energy",
      "aliases": [
        "Tidewater"
      ]
    },
    {
      "id": "maya-okafor",
      "kind": "person",
      "label": "Maya Okafor"
    },
    {
      "id": "port-authority",
      "kind": "organization",
      "label": "Harbour City Port Authority",
      "aliases": [
        "the port authority"
      ]
    }
  ],
  "relations": [
    {
      "id": "northwind-invested-tidewater",
      "kind": "invested",
      "source": "northwind-capital",
      "target": "tidewater-energy",
      "date": "2024-03-04",
      "amount": {
        "value": 12000000,
        "currency": "EUR",
        "scope": "tranche"
      },
      "citations": [
        {
          "sentence": "s1",
          "quote": "Northwind Capital invested 12 million euros in Tidewater Energy",
          "modality": "asserted",
          "gloss": "Northwind Capital invested 12 million euros in Tidewater Energy."
        }
      ]
    },
    {
      "id": "okafor-founded-tidewater",
      "kind": "founded",
      "source": "maya-okafor",
      "target": "tidewater-energy",
      "date": "2021",
      "citations": [
        {
          "sentence": "s2",
          "quote": "Tidewater was founded in 2021 by Maya Okafor",
          "modality": "asserted",
          "gloss": "Maya Okafor founded Tidewater in 2021."
        }
      ]
    },
    {
      "id": "tidewater-seeks-port-authority",
      "kind": "seeks",
      "source": "tidewater-energy",
      "target": "port-authority",
      "citations": [
        {
          "sentence": "s3",
          "quote": "Tidewater is negotiating with the Harbour City Port Authority",
          "modality": "reported",
          "attribution": "two people familiar with the talks",
          "gloss": "Tidewater is negotiating an agreement with the port authority, say two people familiar with the talks."
        }
      ]
    }
  ],
  "noClaims": [
    {
      "sentence": "s4",
      "reason": "The port authority declined to comment: no relation is stated."
    }
  ]
};

describe("fromGexf on storygraph exports", () => {
  it("fromGexf rebuilds the exported default story exactly (entities, events, relations, qualifiers, citations, article, notes)", () => {
    const r = fromGexf(xml);
    expect(storyOf(r)).toEqual(story);
    expect(r.graph.nodes.map((n) => n.id)).toEqual([...story.entities.map((e) => e.id), ...story.events.map((e) => e.id)]);
    expect(r.graph.edges.slice(0, story.relations.length).map((e) => e.id)).toEqual(story.relations.map((x) => x.id));
  });
  it("fromGexf round trip is lossless for the English fixture, the lawsuit fixture (its own vocabulary) and the edge-case story", () => {
    for (const s of [fixtureStory("english-story"), fixtureStory("lawsuit-story"), edgeCaseStory()]) {
      expect(storyOf(fromGexf(toGexf(s)))).toEqual(s);
    }
    const lawsuit = storyOf(fromGexf(toGexf(fixtureStory("lawsuit-story"))));
    expect(lawsuit.vocabulary.entityKinds.find((k) => k.id === "court")).toMatchObject({ parent: "organization", origin: "story" });
  });
  it("fromGexf rebuilds each event's participants, in order, from its participation edges (entities and events)", () => {
    const back = storyOf(fromGexf(xml));
    const consequences = back.events.find((e) => e.id === "break-up-consequences")!;
    expect(consequences.participants).toEqual([
      { role: "cause", id: "partnership-break-up", type: "event" },
      { role: "affected", id: "microsoft", type: "entity" },
      { role: "affected", id: "openai", type: "entity" },
    ]);
  });
  it("fromGexf rebuilds inferred qualifiers and amounts, sources that are entities and repeated quotes", () => {
    const s = edgeCaseStory();
    const back = storyOf(fromGexf(toGexf(s)));
    const dep = back.relations.find((r) => r.id === "microsoft-depends-on-openai")!;
    expect(dep.start).toMatchObject({ value: "2019-07", inferred: "the dependence began with the 2019 partnership" });
    expect(dep.amount).toEqual({ value: 5.5, currency: "EUR", inferred: "a test amount" });
    expect(dep.citations[0]!.sources).toEqual([{ kind: "author" }, { kind: "source", name: "Microsoft", entity: "microsoft" }]);
    const opp = back.relations.find((r) => r.id === "openai-opposes-microsoft")!;
    expect(opp.citations[0]).toEqual(s.relations.find((r) => r.id === "openai-opposes-microsoft")!.citations[0]);
  });
  it("fromGexf reads every variant of the export (date modes, no layout, compact) to the same story", () => {
    const s = edgeCaseStory();
    for (const o of [{ dates: "onward" }, { dates: "static" }, { layoutIterations: 0, pretty: false }] as const) {
      expect(storyOf(fromGexf(toGexf(s, o)))).toEqual(s);
    }
  });
  it("fromGexf reads UTF-8 bytes, with or without a BOM", () => {
    const bytes = new TextEncoder().encode(xml);
    expect(storyOf(fromGexf(bytes))).toEqual(story);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(storyOf(fromGexf(bom))).toEqual(story);
  });
  it("fromGexf re-anchors citations: an export whose quote was edited fails with the story's own problem, naming the file", () => {
    const edited = xml.replace("&quot;quote&quot;:&quot;Le partenariat entre Microsoft et OpenAI&quot;", "&quot;quote&quot;:&quot;Le partenariat entre Google et OpenAI&quot;");
    expect(edited).not.toBe(xml);
    const err = thrown(() => fromGexf(edited, { file: "story.gexf" }));
    expect(err).toBeInstanceOf(StoryValidationError);
    const problems = (err as StoryValidationError).problems;
    expect(problems.some((p) => p instanceof QuoteNotFoundError && p.path === "relations[0].citations[1].quote")).toBe(true);
    expect((err as Error).message).toMatch(/^fromGexf: story\.gexf: 1 problem in story/);
  });
  it("fromGexf rejects an unknown storygraph marker with GexfVersionError, and keywords that are not JSON with GexfFormatError, both at <keywords>", () => {
    const line = lineOf(xml, "<keywords>");
    const version = thrown(() => fromGexf(xml.replace("story-gexf/2", "story-gexf/9"), { file: "x.gexf" }));
    expect(version).toBeInstanceOf(GexfVersionError);
    expect(version).toMatchObject({ path: "meta", version: "story-gexf/9", line, column: 5, file: "x.gexf" });
    expect((version as Error).message).toMatch(/^fromGexf: meta: unknown storygraph export format "story-gexf\/9" \(known: story-gexf\/1, story-gexf\/2\)/);
    expect((version as GexfError).describe()).toBe(`x.gexf:${line}:5 meta: unknown storygraph export format "story-gexf/9" (known: story-gexf/1, story-gexf/2) [GexfVersionError]`);
    const format = thrown(() => fromGexf(xml.replace('"story-gexf/2",', '"story-gexf/2",,')));
    expect(format).toBeInstanceOf(GexfFormatError);
    expect(format).toMatchObject({ path: "meta", line, column: 5 });
  });
  it("fromGexf rejects citations that are not a JSON array of objects, naming the attribute and locating the element", () => {
    const cases: [string, string][] = [
      ["{}", "must be a JSON array"],
      ["[oops", "is not valid JSON"],
      ["[1]", "citations[0] must be an object"],
      ['[{&quot;sources&quot;:3}]', "citations[0].sources must be an array"],
      ['[{&quot;sources&quot;:[{&quot;kind&quot;:&quot;x&quot;}]}]', "citations[0].sources[0] must be"],
    ];
    for (const [value, detail] of cases) {
      const doc = withCitations(xml, "microsoft-pursues-ai", value);
      const err = thrown(() => fromGexf(doc));
      expect(err, value).toBeInstanceOf(GexfFormatError);
      expect(err).toMatchObject({ path: 'attribute "citations" of edge "microsoft-pursues-ai"', line: lineOf(doc, '<edge id="microsoft-pursues-ai"'), column: 7 });
      expect((err as GexfFormatError).detail.startsWith(detail)).toBe(true);
    }
    const onEvent = thrown(() => fromGexf(withCitations(xml, "openai-founding", "{}")));
    expect(onEvent).toMatchObject({ path: 'attribute "citations" of node "openai-founding"', line: lineOf(xml, '<node id="openai-founding"') });
  });
  it("fromGexf rejects a node_type or edge_type it does not know, a participation that does not start at an event, and one without role", () => {
    const cases: [string, string, string][] = [
      ['<attvalue for="node_type" value="event"/><attvalue for="kind" value="founding"/>', '<attvalue for="node_type" value="thing"/><attvalue for="kind" value="founding"/>', 'attribute "node_type" of node "openai-founding"'],
      ['<attvalue for="node_type" value="entity"/><attvalue for="kind" value="person"/><attvalue for="wikidata" value="Q317521"/>', '<attvalue for="kind" value="person"/><attvalue for="wikidata" value="Q317521"/>', 'attribute "node_type" of node "elon-musk"'],
      ['<attvalue for="edge_type" value="relation"/><attvalue for="kind" value="pursues"/>', '<attvalue for="edge_type" value="link"/><attvalue for="kind" value="pursues"/>', 'attribute "edge_type" of edge "openai-pursues-ai"'],
      ['source="openai-founding" target="elon-musk"', 'source="openai" target="elon-musk"', 'edge "openai-founding/founder/elon-musk"'],
      ['<attvalue for="role" value="founder"/>', "", 'attribute "role" of edge "openai-founding/founder/elon-musk"'],
    ];
    for (const [from, to, path] of cases) {
      expect(xml).toContain(from);
      const doc = xml.replace(from, to);
      const err = thrown(() => fromGexf(doc));
      expect(err, path).toBeInstanceOf(GexfFormatError);
      expect(err).toMatchObject({ path });
      expect((err as GexfFormatError).line).toBeGreaterThan(1);
    }
  });
});

describe("fromGexf on story-gexf/1 exports", () => {
  it("fromGexf still imports a story-gexf/1 file (Model 1 export), converted as buildStory converts its storygraph/1 story", () => {
    const notices: StoryNotice[] = [];
    const back = storyOf(fromGexf(STORY_GEXF_1, { onNotice: (n) => notices.push(n) }));
    expect(back).toEqual(buildStory(STORY_1));
    expect(back.format).toBe("storygraph/2");
    expect(notices[0]!.message).toMatch(/^converted from storygraph\/1 to storygraph\/2/);
  });
  it("fromGexf reads a story-gexf/1 relation's date as its start, its modality as factuality and its attribution as the named source", () => {
    const back = storyOf(fromGexf(STORY_GEXF_1));
    const inv = back.relations.find((r) => r.id === "northwind-invested-tidewater")!;
    expect(inv.start).toMatchObject({ value: "2024-03-04", precision: "day" });
    expect(inv.amount).toEqual({ value: 12_000_000, currency: "EUR", scope: "tranche" });
    const seeks = back.relations.find((r) => r.id === "tidewater-seeks-port-authority")!.citations[0]!;
    expect(seeks.factuality).toEqual({ polarity: "positive", certainty: "certain" });
    expect(seeks.sources).toEqual([{ kind: "author" }, { kind: "source", name: "two people familiar with the talks" }]);
    expect(seeks.modalities).toEqual(["reported"]);
    expect(back.events).toEqual([]);
  });
  it("fromGexf exports a story-gexf/1 import again as story-gexf/2, which reads back to the same story", () => {
    const back = storyOf(fromGexf(STORY_GEXF_1));
    const again = toGexf(back);
    expect(again).toContain("story-gexf/2");
    expect(storyOf(fromGexf(again))).toEqual(back);
  });
  it("fromGexf locates a story-gexf/1 edge whose citations are not JSON", () => {
    const doc = STORY_GEXF_1.replace(/(<edge id="okafor-founded-tidewater"[\s\S]*?<attvalue for="citations" value=")[^"]*"/, '$1[oops"');
    expect(thrown(() => fromGexf(doc))).toMatchObject({ path: 'attribute "citations" of edge "okafor-founded-tidewater"', line: lineOf(doc, '<edge id="okafor-founded-tidewater"') });
  });
});

describe("fromGexfChunks", () => {
  it("fromGexfChunks reads an export given in small chunks", () => {
    const s = edgeCaseStory();
    expect(storyOf(fromGexfChunks(writeGexf(s, { chunkSize: 100 })))).toEqual(s);
    const doc = toGexf(s);
    const pieces = Array.from({ length: Math.ceil(doc.length / 37) }, (_, i) => doc.slice(i * 37, i * 37 + 37));
    expect(storyOf(fromGexfChunks(pieces))).toEqual(s);
  });
  it("fromGexfChunks locates errors found while reading at any chunk, and later checks for elements of the last chunk", () => {
    const doc = gexf('<nodes>\n<node id="a"/>\n  <node id="a"/></nodes><edges/>');
    const pieces = [...doc].map((c) => c);
    expect(thrown(() => fromGexfChunks(pieces, { file: "f.gexf" }))).toMatchObject({ path: 'node "a"', line: 3, column: 3, file: "f.gexf" });
    // a bad citations attribute: located when its edge stands in the last chunk, not when it stood in an earlier one
    const bad = withCitations(xml, "microsoft-pursues-ai", "{}");
    const at = bad.indexOf('<edge id="microsoft-pursues-ai"');
    const last = thrown(() => fromGexfChunks([bad.slice(0, at - 10), bad.slice(at - 10)])) as GexfFormatError;
    expect(last).toMatchObject({ line: lineOf(bad, '<edge id="microsoft-pursues-ai"'), column: 7 });
    const after = bad.indexOf("</edge>", at) + 20;
    const earlier = thrown(() => fromGexfChunks([bad.slice(0, after), bad.slice(after)])) as GexfFormatError;
    expect(earlier.path).toBe('attribute "citations" of edge "microsoft-pursues-ai"');
    expect(earlier.line).toBeUndefined();
  });
});

describe("fromGexf on foreign GEXF", () => {
  it("fromGexf reads the minimal GEXF 1.3 sample (tests/fixtures/gexf-schema/) as an untyped graph", () => {
    const g = graphOf(fromGexf(readFileSync(MINIMAL_GEXF, "utf8")));
    expect(g.version).toBe("1.3");
    expect(g.meta).toEqual({ lastModified: "2024-01-01", creator: "example", description: "two entities, two parallel typed relations" });
    expect(g.nodes).toEqual([
      { id: "e1", label: `Acme & Co <Ltd> "Q" 'S'`, attributes: { type: "ORG" } },
      { id: "e2", label: "Bob", attributes: { type: "PERSON" } },
    ]);
    expect(g.edges.map((e) => [e.id, e.kind, e.type])).toEqual([
      ["r1", "EMPLOYS", "directed"],
      ["r2", "PAID", "directed"],
    ]);
    expect(g.edges[1]!.attributes).toEqual({ sentence: "Acme paid Bob $5,000.", amount: 5000 });
    expect(g.edges[1]!.weight).toBe(1);
  });

  it("fromGexf reads a file written by networkx write_gexf (GEXF 1.2draft, viz, parallel edges)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "storygraph-nx-"));
    const file = path.join(dir, "nx.gexf");
    runNetworkx(
      `
import sys, networkx as nx
G = nx.MultiDiGraph()
G.add_node("a", label="Acme & <Co>", sector="tech", score=1.5, viz={"color": {"r": 10, "g": 20, "b": 30, "a": 0.5}, "size": 3.0, "position": {"x": 1.0, "y": -2.0, "z": 0.0}})
G.add_node("b", label="Bob", sector="people", score=2.0)
G.add_edge("a", "b", key="k1", relation="employs", amount=5000.0)
G.add_edge("a", "b", key="k2", relation="paid", amount=12.5)
nx.write_gexf(G, sys.argv[1])
`,
      [file],
    );
    const g = graphOf(fromGexf(readFileSync(file)));
    expect(g.version).toBe("1.2");
    expect(g.defaultEdgeType).toBe("directed");
    const a = g.nodes.find((n) => n.id === "a")!;
    expect(a.label).toBe("Acme & <Co>");
    expect(a.attributes).toMatchObject({ sector: "tech", score: 1.5 });
    expect(a.color).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(a.size).toBe(3);
    expect(a.position).toEqual({ x: 1, y: -2, z: 0 });
    expect(g.edges).toHaveLength(2);
    expect(g.edges.map((e) => [e.source, e.target, e.attributes["relation"], e.attributes["amount"]])).toEqual([
      ["a", "b", "employs", 5000],
      ["a", "b", "paid", 12.5],
    ]);
  });

  it("fromGexf reads files written by graphology-gexf, GEXF 1.2 (wrong viz namespace) and 1.3 (hex colours, lists)", () => {
    const src = new MultiDirectedGraph();
    src.addNode("n1", { label: "One", color: "#ff8000", size: 4, x: 1, y: 2, tags: ["x", "y"] });
    src.addNode("n2", { label: "Two", color: "rgb(1,2,3)", x: 0, y: 0, tags: ["z"] });
    src.addEdgeWithKey("e1", "n1", "n2", { weight: 2, kind: "LINK", label: "l" });
    const v12 = graphOf(fromGexf(write(src)));
    expect(v12.version).toBe("1.2");
    expect(v12.nodes[0]).toMatchObject({ id: "n1", label: "One", color: { r: 255, g: 128, b: 0 }, size: 4, position: { x: 1, y: 2 } });
    expect(v12.nodes[0]!.attributes["tags"]).toEqual(["x", "y"]);
    const v13 = graphOf(fromGexf(write(src, { version: "1.3" })));
    expect(v13.version).toBe("1.3");
    expect(v13.nodes[0]!.color).toEqual({ r: 255, g: 128, b: 0 });
    expect(v13.nodes[1]!.color).toEqual({ r: 1, g: 2, b: 3 });
    expect(v13.nodes[0]!.attributes["tags"]).toEqual(["x", "y"]);
    expect(v13.edges[0]).toMatchObject({ id: "e1", source: "n1", target: "n2", kind: "LINK", weight: 2, label: "l" });
  });

  it("fromGexf applies declared defaults, parses typed values and lists, reads spells, dynamics and hierarchy", () => {
    const g = graphOf(
      fromGexf(
        gexf(
          `<attributes class="node"><attribute id="0" title="n" type="integer"><default>7</default></attribute><attribute id="1" title="ok" type="boolean"/><attribute id="2" title="l" type="listdouble"/><attribute id="3" title="__proto__" type="string"/></attributes>
           <attributes class="edge"><attribute id="w" title="w" type="float"/></attributes>
           <nodes><node id="a" start="2001"><attvalues><attvalue for="1" value="true"/><attvalue for="2" value="[1.5, 2e3, INF]"/><attvalue for="3" value="p"/></attvalues><spells><spell start="2001" end="2002"/></spells>
             <nodes><node id="a1" label="child"/></nodes></node>
             <node id="b" pid="a"><attvalues><attvalue for="0" value="3"/><attvalue for="1" value="0"/></attvalues><viz:shape value="square"/></node></nodes>
           <edges><edge source="a" target="b"/><edge id="e0" source="b" target="a1" type="undirected" start="2001" end="2003"><attvalues><attvalue for="w" value="-1.5E2"/></attvalues><viz:thickness value="2"/></edge></edges>`,
          'defaultedgetype="directed" mode="dynamic" timeformat="integer"',
        ),
      ),
    );
    expect(g.mode).toBe("dynamic");
    expect(g.timeFormat).toBe("integer");
    const [a1, a, b] = g.nodes;
    expect(a1).toEqual({ id: "a1", label: "child", attributes: { n: 7 }, parent: "a" });
    expect(Object.entries(a!.attributes)).toEqual([
      ["ok", true],
      ["l", [1.5, 2000, Infinity]],
      ["__proto__", "p"],
      ["n", 7],
    ]);
    expect(Object.getOwnPropertyDescriptor(a!.attributes, "__proto__")?.value).toBe("p");
    expect(a!.spells).toEqual([{ start: "2001", end: "2002" }]);
    expect(a!.start).toBe("2001");
    expect(b).toMatchObject({ id: "b", parent: "a", attributes: { n: 3, ok: false }, shape: "square" });
    expect(g.edges.map((e) => e.id)).toEqual(["e1", "e0"]);
    expect(g.edges[1]).toMatchObject({ type: "undirected", start: "2001", end: "2003", thickness: 2, attributes: { w: -150 } });
  });

  it("fromGexf accepts an edge nested in a node that names a node declared after it", () => {
    const g = graphOf(fromGexf(gexf('<nodes><node id="a"><edges><edge id="x" source="a" target="b"/></edges></node><node id="b"/></nodes><edges/>')));
    expect(g.edges.map((e) => [e.id, e.source, e.target])).toEqual([["x", "a", "b"]]);
  });
});

describe("fromGexf errors", () => {
  /** [what, document, class, path] */
  const cases: [string, string, new (...args: never[]) => GexfError, string][] = [
    ["malformed XML", gexf("<nodes><node id='a'></nodes><edges/>"), GexfParseError, ""],
    ["a forbidden character", gexf('<nodes><node id="a\u0001"/></nodes><edges/>'), GexfParseError, ""],
    ["bytes that are not UTF-8", "", GexfParseError, ""],
    ["a root that is not <gexf>", '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>', GexfVersionError, ""],
    ["an unknown namespace", '<gexf xmlns="http://example.com/gexf" version="1.3"><graph/></gexf>', GexfVersionError, ""],
    ["no namespace", '<gexf version="1.3"><graph/></gexf>', GexfVersionError, ""],
    ["an unknown version", '<gexf xmlns="http://gexf.net/1.3" version="2.0"><graph/></gexf>', GexfVersionError, ""],
    ["a dangling edge target", gexf('<nodes><node id="a"/></nodes><edges><edge id="x" source="a" target="zz"/></edges>'), GexfDanglingEdgeError, 'edge "x"'],
    ["a dangling edge source", gexf('<nodes><node id="a"/></nodes><edges><edge id="x" source="zz" target="a"/></edges>'), GexfDanglingEdgeError, 'edge "x"'],
    ["a duplicate node id", gexf('<nodes><node id="a"/><node id="a"/></nodes><edges/>'), GexfDuplicateIdError, 'node "a"'],
    ["a duplicate edge id", gexf('<nodes><node id="a"/></nodes><edges><edge id="x" source="a" target="a"/><edge id="x" source="a" target="a"/></edges>'), GexfDuplicateIdError, 'edge "x"'],
    ["a duplicate attribute id", gexf('<attributes class="node"><attribute id="0" title="a" type="string"/><attribute id="0" title="b" type="string"/></attributes><nodes/><edges/>'), GexfDuplicateIdError, 'node attribute "0"'],
    ["a node without id", gexf("<nodes><node/></nodes><edges/>"), GexfFormatError, "node #1"],
    ["an edge without target", gexf('<nodes><node id="a"/></nodes><edges><edge source="a"/></edges>'), GexfFormatError, "edge #1"],
    ["an undeclared attvalue", gexf('<nodes><node id="a"><attvalues><attvalue for="q" value="1"/></attvalues></node></nodes><edges/>'), GexfFormatError, 'node "a"'],
    ["a value not of its type", gexf('<attributes class="node"><attribute id="0" title="n" type="integer"/></attributes><nodes><node id="a"><attvalues><attvalue for="0" value="1.5"/></attvalues></node></nodes><edges/>'), GexfFormatError, 'attribute "n" of node "a"'],
    ["a bad boolean", gexf('<attributes class="node"><attribute id="0" title="n" type="boolean"/></attributes><nodes><node id="a"><attvalues><attvalue for="0" value="yes"/></attvalues></node></nodes><edges/>'), GexfFormatError, 'attribute "n" of node "a"'],
    ["a bad colour", gexf('<nodes><node id="a"><viz:color r="300" g="0" b="0"/></node></nodes><edges/>'), GexfFormatError, 'color of node "a"'],
    ["a bad hex colour", gexf('<nodes><node id="a"><viz:color hex="red"/></node></nodes><edges/>'), GexfFormatError, 'color of node "a"'],
    ["a bad position", gexf('<nodes><node id="a"><viz:position x="left" y="0"/></node></nodes><edges/>'), GexfFormatError, 'x of position of node "a"'],
    ["a bad weight", gexf('<nodes><node id="a"/></nodes><edges><edge source="a" target="a" weight="heavy"/></edges>'), GexfFormatError, "weight of edge #1"],
    ["a bad edge type", gexf('<nodes><node id="a"/></nodes><edges><edge source="a" target="a" type="sideways"/></edges>'), GexfFormatError, "edge #1"],
    ["a bad defaultedgetype", gexf("<nodes/><edges/>", 'defaultedgetype="both"'), GexfFormatError, "graph"],
    ["a bad attributes class", gexf('<attributes class="graph"/><nodes/><edges/>'), GexfFormatError, "graph"],
    ["a bad default value", gexf('<attributes class="node"><attribute id="0" title="n" type="integer"><default>x</default></attribute></attributes><nodes/><edges/>'), GexfFormatError, 'default of node attribute "0"'],
    ["no <graph>", '<gexf xmlns="http://gexf.net/1.3" version="1.3"><meta/></gexf>', GexfFormatError, ""],
    ["two <graph>", '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph/><graph/></gexf>', GexfFormatError, "graph"],
  ];
  for (const [what, doc, cls, where] of cases) {
    it(`fromGexf rejects ${what} with ${cls.name}, its path, its file and a message starting with the function name`, () => {
      const input = what.startsWith("bytes") ? new Uint8Array([0x3c, 0xff, 0xfe]) : doc;
      const err = thrown(() => fromGexf(input, { file: "in.gexf" }));
      expect(err).toBeInstanceOf(cls);
      expect(err).toBeInstanceOf(GexfError);
      expect(err).toMatchObject({ path: where, file: "in.gexf" });
      expect((err as Error).message.startsWith("fromGexf: ")).toBe(true);
      // every error found while reading carries a line and column; "no <graph>" is found at the end
      if (what !== "no <graph>") expect(err).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
      else expect((err as GexfError).line).toBeUndefined();
    });
  }
  it("fromGexf gives format, duplicate-id and dangling-edge errors the line and column of the offending element", () => {
    const at = (doc: string, needle: string, nth = 0) => {
      let i = -1;
      for (let k = 0; k <= nth; k++) i = doc.indexOf(needle, i + 1);
      const before = doc.slice(0, i).split("\n");
      return { line: before.length, column: before[before.length - 1]!.length + 1 };
    };
    const dup = gexf('<nodes>\n  <node id="a"/>\n    <node id="a"/>\n</nodes><edges/>');
    expect(thrown(() => fromGexf(dup))).toMatchObject({ what: "node", id: "a", line: 3, column: 5 });
    const edges = gexf('<nodes><node id="a"/></nodes>\n<edges>\n <edge id="x" source="a" target="a"/>\n <edge id="x" source="a" target="a"/></edges>');
    expect(thrown(() => fromGexf(edges))).toMatchObject({ what: "edge", path: 'edge "x"', line: 4, column: 2 });
    const attribute = gexf('<attributes class="edge">\n<attribute id="w" title="a" type="string"/><attribute id="w" title="b" type="string"/></attributes><nodes/><edges/>');
    expect(thrown(() => fromGexf(attribute))).toMatchObject({ what: "attribute", path: 'edge attribute "w"', ...at(attribute, '<attribute id="w"', 1) });
    const dangling = gexf('<nodes><node id="a"/></nodes><edges>\n<edge id="ok" source="a" target="a"/>\n   <edge id="x" source="a" target="zz"/></edges>');
    expect(thrown(() => fromGexf(dangling))).toMatchObject({ edge: "x", end: "target", node: "zz", line: 3, column: 4 });
    const nested = gexf('<nodes><node id="a"><edges>\n<edge id="y" source="a" target="nowhere"/></edges></node></nodes><edges/>');
    expect(thrown(() => fromGexf(nested))).toMatchObject({ edge: "y", end: "target", line: 2, column: 1 });
    const typed = gexf('<attributes class="node"><attribute id="0" title="n" type="integer"/></attributes><nodes><node id="a"><attvalues>\n\t<attvalue for="0" value="x"/></attvalues></node></nodes><edges/>');
    expect(thrown(() => fromGexf(typed))).toMatchObject({ path: 'attribute "n" of node "a"', where: 'attribute "n" of node "a"', line: 2, column: 2 });
    const noId = gexf("<nodes>\n\n<node/></nodes><edges/>");
    expect(thrown(() => fromGexf(noId))).toMatchObject({ path: "node #1", line: 3, column: 1 });
    const root = '\n  <gexf xmlns="http://example.com/gexf" version="1.3"><graph/></gexf>';
    expect(thrown(() => fromGexf(root))).toMatchObject({ namespace: "http://example.com/gexf", line: 2, column: 3 });
  });
  it("fromGexf gives a parse error its line, column and file, and a BOM does not shift the column", () => {
    const err = thrown(() => fromGexf('<gexf xmlns="http://gexf.net/1.3" version="1.3">\n  <graph><</graph></gexf>', { file: "p.gexf" }));
    expect(err).toBeInstanceOf(GexfParseError);
    expect(err).toMatchObject({ path: "", line: 2, column: 11, file: "p.gexf" });
    expect((err as Error).message).toMatch(/^fromGexf: line 2, column 11: "<" is not a valid XML name/);
    const doc = '<gexf xmlns="http://gexf.net/1.3" version="1.3"><x></gexf>';
    expect(thrown(() => fromGexf("\uFEFF" + doc))).toMatchObject({ line: 1, column: doc.indexOf("</gexf>") + 1 });
    expect(thrown(() => fromGexf("\uFEFF<a/>"))).toMatchObject({ line: 1, column: 1 });
    expect(thrown(() => fromGexf(new Uint8Array([0xff]), { file: "b.gexf" }))).toMatchObject({ line: 1, column: 1, file: "b.gexf" });
  });
  it("GexfError describe gives file:line:col, the path, the detail and the class", () => {
    const err = thrown(() => fromGexf(gexf('<nodes><node id="a"/><node id="a"/></nodes><edges/>'), { file: "d.gexf" })) as GexfError;
    const column = gexf('<nodes><node id="a"/><node id="a"/></nodes><edges/>').lastIndexOf("<node") + 1;
    expect(err.describe()).toBe(`d.gexf:1:${column} node "a": node id "a" is used twice [GexfDuplicateIdError]`);
    expect(new GexfFormatError("fromGexf", "", "x").describe()).toBe("(document): x [GexfFormatError]");
  });
  it("fromGexf names the edge and the missing node of a dangling edge", () => {
    const err = thrown(() => fromGexf(gexf('<nodes><node id="a"/></nodes><edges><edge id="x" source="a" target="zz"/></edges>')));
    expect(err).toMatchObject({ edge: "x", end: "target", node: "zz", path: 'edge "x"', detail: 'its target "zz" is not a node of the graph' });
    expect((err as Error).message).toBe('fromGexf: edge "x": its target "zz" is not a node of the graph');
  });
});

describe("fromGexf on what Gephi and networkx read (issue 12)", () => {
  const NODES = `<nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b"/></edges>`;
  it("fromGexf reads GEXF 1.0 files, in the gexf.net 1.0draft namespace and the old http://www.gephi.org/gexf one", () => {
    for (const ns of ["http://www.gephi.org/gexf", "http://www.gexf.net/1.0draft"]) {
      const g = graphOf(fromGexf(`<?xml version="1.0"?><gexf xmlns="${ns}" version="1.0"><graph>${NODES}</graph></gexf>`));
      expect([ns, g.version, g.nodes.length, g.edges.length]).toEqual([ns, "1.0", 2, 1]);
    }
  });

  /** `text` encoded as `encoding` (utf-16le, utf-16be, latin1), with a BOM when asked. */
  function encode(text: string, encoding: "utf-16le" | "utf-16be" | "latin1", bom: boolean): Uint8Array {
    if (encoding === "latin1") return Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const out = new Uint8Array((bom ? 2 : 0) + 2 * text.length);
    let o = 0;
    if (bom) out.set(encoding === "utf-16le" ? [0xff, 0xfe] : [0xfe, 0xff], (o += 2) - 2);
    for (let i = 0; i < text.length; i++, o += 2) {
      const c = text.charCodeAt(i);
      out[encoding === "utf-16le" ? o : o + 1] = c & 0xff;
      out[encoding === "utf-16le" ? o + 1 : o] = c >> 8;
    }
    return out;
  }
  it("fromGexf decodes UTF-16 LE and BE (with or without a BOM) and ISO-8859-1 / Windows-1252 named by the XML declaration", () => {
    const doc = (enc: string) => `<?xml version="1.0" encoding="${enc}"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="é" label="Café ü"/></nodes></graph></gexf>`;
    for (const [enc, bom] of [["utf-16le", true], ["utf-16be", true], ["utf-16le", false], ["utf-16be", false]] as const) {
      const g = graphOf(fromGexf(encode(doc("UTF-16"), enc, bom)));
      expect([enc, bom, g.nodes[0]!.label]).toEqual([enc, bom, "Café ü"]);
    }
    for (const label of ["ISO-8859-1", "windows-1252", "latin1"]) expect(graphOf(fromGexf(encode(doc(label), "latin1", false))).nodes[0]!.id).toBe("é");
    // without a declaration, Latin-1 bytes are not UTF-8: refused, with a hint
    const e = thrown(() => fromGexf(encode(doc("UTF-8").replace(' encoding="UTF-8"', ""), "latin1", false)));
    expect(e).toBeInstanceOf(GexfParseError);
    expect((e as GexfParseError).detail).toMatch(/not valid UTF-8.*XML declaration naming its encoding/);
  });

  it("fromGexf names a UTF-32 file as such (it was reported as UTF-16)", () => {
    const text = `<?xml version="1.0"?><gexf/>`;
    for (const [bytes, name] of [
      [new Uint8Array([0xff, 0xfe, 0, 0, ...[...text].flatMap((c) => [c.charCodeAt(0), 0, 0, 0])]), "UTF-32LE"],
      [new Uint8Array([0, 0, 0xfe, 0xff, ...[...text].flatMap((c) => [0, 0, 0, c.charCodeAt(0)])]), "UTF-32BE"],
      [new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0), 0, 0, 0])), "UTF-32LE"],
    ] as const) {
      const e = thrown(() => fromGexf(bytes));
      expect(e).toBeInstanceOf(GexfParseError);
      expect((e as GexfParseError).detail).toContain(`the file is ${name}`);
    }
  });

  it("fromGexf reads value=\"null\" of a numeric attribute as no value, with a warning", () => {
    const warnings: string[] = [];
    const g = graphOf(
      fromGexf(gexf(`<attributes class="node"><attribute id="0" title="score" type="double"/></attributes><nodes><node id="a"><attvalues><attvalue for="0" value="null"/></attvalues></node></nodes>`), {
        onWarning: (w) => warnings.push(w.message),
      }),
    );
    expect(g.nodes[0]!.attributes).toEqual({});
    expect(warnings).toEqual(['fromGexf: attribute "score" of node "a": "null" is not a double: read as no value']);
  });

  it("fromGexf reads <attvalue> written directly under <node> (Gephi's slice.gexf), with a warning that says so", () => {
    const warnings: { path: string; line?: number }[] = [];
    const g = graphOf(
      fromGexf(gexf(`<attributes class="node"><attribute id="0" title="n" type="integer"/></attributes><nodes><node id="a">\n<attvalue for="0" value="7"/></node></nodes>`), { onWarning: (w) => warnings.push(w) }),
    );
    expect(g.nodes[0]!.attributes).toEqual({ n: 7 });
    expect(warnings).toMatchObject([{ path: 'node "a"', line: 2 }]);
  });

  it("fromGexf replaces viz values that would break a render (non-finite positions, sizes ≤ 0, alpha outside 0–1) by safe ones, with a warning each", () => {
    const warnings: string[] = [];
    const g = graphOf(
      fromGexf(
        gexf(
          `<nodes><node id="a"><viz:position x="INF" y="NaN" z="-INF"/><viz:size value="-3"/><viz:color r="1" g="2" b="3" a="7"/></node><node id="b"><viz:size value="0"/><viz:color r="1" g="2" b="3" a="NaN"/></node><node id="c"><viz:position x="1" y="2"/><viz:size value="2.5"/><viz:color r="1" g="2" b="3" a="0.5"/></node></nodes><edges><edge source="a" target="b"><viz:thickness value="-1"/></edge></edges>`,
        ),
        { onWarning: (w) => warnings.push(w.detail) },
      ),
    );
    const [a, b, c] = g.nodes;
    expect(a).toMatchObject({ position: { x: 0, y: 0, z: 0 }, color: { r: 1, g: 2, b: 3, a: 1 } });
    expect(a!.size).toBeUndefined();
    expect(b!.size).toBeUndefined();
    expect(b!.color).toEqual({ r: 1, g: 2, b: 3, a: 1 });
    expect(c).toMatchObject({ position: { x: 1, y: 2 }, size: 2.5, color: { a: 0.5 } });
    expect(g.edges[0]!.thickness).toBeUndefined();
    expect(warnings).toHaveLength(8);
  });

  it("fromGexf keeps integers beyond 2^53 exactly, as their decimal strings (networkx keeps them exact)", () => {
    const g = graphOf(
      fromGexf(
        gexf(
          `<attributes class="node"><attribute id="0" title="big" type="long"/><attribute id="1" title="small" type="long"/><attribute id="2" title="huge" type="biginteger"/></attributes><nodes><node id="a"><attvalues><attvalue for="0" value="9223372036854775807"/><attvalue for="1" value="-42"/><attvalue for="2" value="+1180591620717411303424"/></attvalues></node></nodes>`,
        ),
      ),
    );
    expect(g.nodes[0]!.attributes).toEqual({ big: "9223372036854775807", small: -42, huge: "1180591620717411303424" });
    const nx = runNetworkx(
      "import sys,networkx as nx,io\ng=nx.read_gexf(io.BytesIO(sys.argv[1].encode()))\nprint(g.nodes['a']['big'], g.nodes['a']['huge'])",
      [gexf(`<attributes class="node"><attribute id="0" title="big" type="long"/><attribute id="2" title="huge" type="long"/></attributes><nodes><node id="a"><attvalues><attvalue for="0" value="9223372036854775807"/><attvalue for="2" value="1180591620717411303424"/></attvalues></node></nodes>`)],
    );
    expect(nx.trim()).toBe("9223372036854775807 1180591620717411303424");
  });
});
