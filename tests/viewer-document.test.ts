// The document the viewer has open (src/viewer/state/document.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { documentTitle, graphDocument, storyDocument } from "../src/viewer/state/document.ts";
import { plainGraph, PLAIN_XML } from "./helpers/plain-graph.ts";

describe("storyDocument", () => {
  test("storyDocument is a story of the built-in origin unless told", () => {
    const story = defaultStory();
    expect(storyDocument(story)).toEqual({ kind: "story", story, origin: { from: "built-in" } });
    expect(storyDocument(story, { from: "file", file: "x.json" }).origin).toEqual({ from: "file", file: "x.json" });
  });
});

describe("graphDocument", () => {
  test("graphDocument computes the degrees and columns once, and whether the file gives positions", () => {
    const doc = graphDocument(plainGraph(), "parl.gexf");
    expect(doc.kind).toBe("graph");
    expect(doc.degrees).toEqual([2, 2, 0]);
    expect(doc.columns.map((c) => c.key)).toContain("degree");
    expect(doc.columns.some((c) => c.label === "country")).toBe(true);
    expect(doc.authored).toBe(false); // b and c have no position
    const placed = PLAIN_XML.replace('label="Bundestag">', 'label="Bundestag"><viz:position x="1" y="2"/>').replace('label="Lonely"/>', 'label="Lonely"><viz:position x="3" y="4"/></node>');
    expect(graphDocument(plainGraph(placed), "p.gexf").authored).toBe(true);
  });
});

describe("documentTitle", () => {
  test("documentTitle is the story's headline, else the graph's description, else its file name", () => {
    const story = defaultStory();
    expect(documentTitle(storyDocument(story))).toBe(story.article.title);
    expect(documentTitle(storyDocument({ ...story, article: { ...story.article, title: undefined } }))).toBe("Untitled story");
    expect(documentTitle(graphDocument(plainGraph(), "parl.gexf"))).toBe("Three parliaments");
    expect(documentTitle(graphDocument(plainGraph(PLAIN_XML.replace("<description>Three parliaments</description>", "")), "parl.gexf"))).toBe("parl.gexf");
  });
});
