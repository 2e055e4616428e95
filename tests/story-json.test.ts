// toStoryInput / toStoryJson: the story back to the file format (storygraph/2), and back again unchanged.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { generateStory } from "../bench/generate.ts";
import { defaultStory } from "../src/data/story.ts";
import { UNGROUNDED_1_REASON } from "../src/graph/input/format1.ts";
import { StorySchema } from "../src/graph/input/schema.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import { toStoryInput, toStoryJson } from "../src/graph/input/story-json.ts";
import { mutated } from "./helpers/story.ts";

describe("toStoryInput", () => {
  test("toStoryInput rebuilds an equal story", () => {
    const story = defaultStory();
    const input = toStoryInput(story);
    expect(input.format).toBe("storygraph/2");
    expect(StorySchema.safeParse(input).success).toBe(true);
    expect(buildStory(input)).toEqual(story);
  });

  test("toStoryInput writes events with their participants (entities and events), about and qualifiers as dates", () => {
    const input = toStoryInput(defaultStory());
    const events = new Map(input.events!.map((e) => [e.id, e]));
    expect(events.get("break-up-consequences")!.participants).toEqual([
      { role: "cause", event: "partnership-break-up" },
      { role: "affected", entity: "microsoft" },
      { role: "affected", entity: "openai" },
    ]);
    expect(events.get("partnership-break-up")!.about).toEqual(["microsoft-partnered-openai"]);
    expect(events.get("openai-founding")!.about).toBeUndefined();
    expect(events.get("openai-founding")!.pointInTime).toBe("2015");
    expect(events.get("microsoft-investment-2019")).toMatchObject({ announced: "2019-07", amount: { value: 1_000_000_000, currency: "USD", scope: "tranche" } });
    const c = events.get("partnership-break-up")!.citations[0]!;
    expect(c).toMatchObject({ sentence: "s3", factuality: { polarity: "positive", certainty: "possible" }, sources: ["des sources proches du dossier"] });
    expect(events.get("partnership-break-up")!.citations[1]!.sources).toBeUndefined();
    expect(input.vocabulary).toBeUndefined();
  });

  test("toStoryInput writes a story's own kinds, inferred qualifiers and sources that are entities, and rebuilds an equal story", () => {
    const story = buildStory(generateStory({ entities: 60, relations: 300, events: 100, seed: 4 }));
    const input = toStoryInput(story);
    expect(input.vocabulary!.entityKinds!.map((k) => k.id)).toEqual(["fund"]);
    expect(input.vocabulary!.relationKinds!.map((k) => k.id)).toEqual(["advises"]);
    const inferred = input.relations.find((r) => typeof r.start === "object")!;
    expect(inferred.start).toEqual({ value: expect.any(String), inferred: expect.any(String) });
    const cited = [...input.relations, ...input.events!].flatMap((x) => x.citations);
    expect(cited.some((c) => c.sources?.some((s) => typeof s === "object" && s.entity !== undefined))).toBe(true);
    expect(buildStory(input)).toEqual(story);
  });

  test("toStoryInput writes occurrence for a quote repeated in its sentence", () => {
    const story = buildStory(
      mutated((s) => {
        const c = s.relations.find((r) => r.id === "openai-pursues-ai")!.citations[0]!;
        c.sentence = "s1";
        c.quote = " de ";
        c.occurrence = 3;
      }),
    );
    const c = toStoryInput(story).relations.find((r) => r.id === "openai-pursues-ai")!.citations[0]!;
    expect(c.occurrence).toBe(3);
    expect(toStoryInput(defaultStory()).relations.every((r) => r.citations.every((x) => x.occurrence === undefined))).toBe(true);
    expect(buildStory(toStoryInput(story))).toEqual(story);
  });

  test("toStoryInput writes a storygraph/1 story as storygraph/2, its unstated qualifiers marked inferred", () => {
    const v1 = JSON.parse(readFileSync(new URL("./fixtures/invalid/70-v1-source-not-in-article.json", import.meta.url), "utf8")) as Record<string, any>;
    v1.relations[2].citations[0].attribution = "two people familiar with the talks";
    const story = buildStory(v1);
    const input = toStoryInput(story);
    expect(input.format).toBe("storygraph/2");
    expect(input.relations[0]!.start).toEqual({ value: "2024-03-04", inferred: UNGROUNDED_1_REASON });
    expect(input.relations[1]!.start).toBe("2021");
    expect(input.relations[2]!.citations[0]!.sources).toEqual(["two people familiar with the talks"]);
    expect(buildStory(input)).toEqual(story);
  });
});

describe("toStoryJson", () => {
  test("toStoryJson puts $schema first and parses back to an equal story", () => {
    const json = toStoryJson(defaultStory());
    const data = JSON.parse(json);
    expect(Object.keys(data).slice(0, 2)).toEqual(["$schema", "format"]);
    expect(buildStory(data)).toEqual(defaultStory());
    expect(JSON.parse(toStoryJson(defaultStory(), { schema: null })).$schema).toBeUndefined();
    expect(JSON.parse(toStoryJson(defaultStory(), { schema: "../schema/story.schema.json" })).$schema).toBe("../schema/story.schema.json");
  });

  test("toStoryJson indents by 2 unless told, and ends with a newline", () => {
    const json = toStoryJson(defaultStory());
    expect(json.endsWith("}\n")).toBe(true);
    expect(json.split("\n")[1]).toMatch(/^ {2}"\$schema"/);
    expect(toStoryJson(defaultStory(), { indent: 0 }).split("\n")).toHaveLength(2);
  });
});
