// The English fixture (tests/fixtures/english-story.json) through the whole path: load, segment in
// English, query, look up entities, export to the story format and to GEXF and back, graph, CLI.
// (The viewer's test opens the same file in the browser.)
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { fromGexf, toGexf } from "../src/graph/gexf/index.ts";
import { toGraph } from "../src/graph/graph.ts";
import { parseStoryJson } from "../src/graph/input/load.ts";
import { findEntities, getEntity } from "../src/graph/queries/entities.ts";
import { evidence } from "../src/graph/queries/evidence.ts";
import { queryClaims } from "../src/graph/queries/claims.ts";
import { queryEvents } from "../src/graph/queries/events.ts";
import { sentenceCoverage, timeline } from "../src/graph/queries/timeline.ts";
import { toStoryJson } from "../src/graph/input/story-json.ts";
import { runCli } from "./helpers/cli.ts";

const FILE = fileURLToPath(new URL("./fixtures/english-story.json", import.meta.url));
const story = parseStoryJson(readFileSync(FILE), { file: FILE });

describe("english-story.json", () => {
  test("parseStoryJson segments the English article into its 8 sentences", () => {
    expect(story.article.language).toBe("en");
    expect(story.sentences.map((s) => s.text.slice(0, 12))).toEqual([
      "On 4 March 2",
      "Tidewater wa",
      "The company ",
      "According to",
      "The project ",
      "If the talks",
      "A spokespers",
      "Tidal power ",
    ]);
    for (const s of story.sentences) expect(story.article.text.slice(s.start, s.end)).toBe(s.text);
  });

  test("parseStoryJson anchors every citation at its quote, and every sentence is cited or noted", () => {
    for (const claim of [...story.relations, ...story.events]) {
      for (const c of claim.citations) expect(story.article.text.slice(c.start, c.end)).toBe(c.quote);
    }
    expect(sentenceCoverage(story).every((c) => c.citations > 0 || c.noClaim !== undefined)).toBe(true);
  });

  test("queryEvents finds the investment, announced on 4 March 2024, with its amount read from the English quote", () => {
    const [invest, ...rest] = queryEvents(story, { kind: "investment", participant: "northwind-capital" });
    expect(rest).toEqual([]);
    expect(invest!.announced).toMatchObject({ value: "2024-03-04", precision: "day" });
    expect(invest!.amount).toEqual({ value: 12_000_000, currency: "EUR", scope: "tranche" });
    expect(queryClaims(story, { from: "2024-03", to: "2024-03" }).map((c) => c.id)).toEqual(["northwind-investment-2024"]);
    expect(timeline(story).map((c) => c.id)).toEqual(["tidewater-founding", "northwind-investment-2024"]);
  });

  test("queryClaims filters on how the article says it: probable, reported by named sources, possible, negated", () => {
    expect(queryClaims(story, { certainty: "probable" }).map((c) => c.kind)).toEqual(["depends-on"]);
    const [reported] = queryClaims(story, { accordingTo: "two people familiar with the talks" });
    expect(reported!.citations[0]!.sources).toEqual([{ kind: "author", name: "storygraph test fixture (a fictional story)" }, { kind: "source", name: "two people familiar with the talks" }]);
    // Maya Okafor is a source and an entity of the story: found by her name or her id
    expect(queryClaims(story, { accordingTo: "maya-okafor" }).map((c) => c.id)).toEqual(["port-authority-pursues-tidal-energy", "talks-fail"]);
    expect(queryClaims(story, { accordingTo: "Maya Okafor", certainty: "possible" }).map((c) => c.id)).toEqual(["port-authority-pursues-tidal-energy"]);
    expect(queryClaims(story, { polarity: "negative" }).map((c) => c.id)).toEqual(["port-authority-no-comment"]);
    expect(queryClaims(story, { involving: "harbour-city-port-authority" })).toHaveLength(5);
  });

  test("findEntities resolves aliases in English", () => {
    expect(getEntity(story, "the port authority").id).toBe("harbour-city-port-authority");
    expect(getEntity(story, "TIDEWATER").id).toBe("tidewater-energy");
    expect(findEntities(story, "Maya Okafor").map((e) => e.kind)).toEqual(["person"]);
    expect(evidence(story, "tidewater-founding")[0]!.sentence.id).toBe("s2");
  });

  test("toStoryJson exports the story in the file format and parseStoryJson reads it back identically", () => {
    const json = toStoryJson(story, { schema: "../../schema/story.schema.json" });
    expect(parseStoryJson(json)).toEqual(story);
    const onDisk = JSON.parse(readFileSync(FILE, "utf8"));
    const exported = JSON.parse(json);
    expect(exported.article).toEqual(onDisk.article);
    expect(exported.entities).toEqual(onDisk.entities);
    expect(exported.noClaims).toEqual(onDisk.noClaims);
  });

  test("toGraph builds a graph of 5 entities and 5 events, 3 relations and 10 participations", () => {
    const graph = toGraph(story);
    expect(graph.order).toBe(10);
    expect(graph.size).toBe(3 + 10);
  });

  test("storygraph validate, query and entity work on the file with --story", async () => {
    expect((await runCli(["validate", FILE])).code).toBe(0);
    const q = await runCli(["query", "--story", FILE, "--kind", "investment", "--json"]);
    expect(q.code).toBe(0);
    expect(JSON.parse(q.out).map((r: { id: string }) => r.id)).toEqual(["northwind-investment-2024"]);
    const e = await runCli(["entity", "--story", FILE, "the start-up"]);
    expect(e.code).toBe(0);
    expect(e.out).toContain("Tidewater Energy (tidewater-energy, organization)");
  });

  test("toGexf exports the story and fromGexf reads it back identically", () => {
    const back = fromGexf(toGexf(story));
    expect(back.kind).toBe("story");
    expect(back.kind === "story" && back.story).toEqual(story);
  });

  test("storygraph export --format json --story writes a file that validates and loads back identically", async () => {
    const r = await runCli(["export", "--format", "json", "--story", FILE]);
    expect(r.code).toBe(0);
    expect(parseStoryJson(r.out)).toEqual(story);
  });
});
