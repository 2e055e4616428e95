// What a selection lights up (src/viewer/state/focus.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { EMPTY_FOCUS, focusOf } from "../src/viewer/state/focus.ts";
import { pathSelection } from "../src/viewer/state/types.ts";
import { shortestPath } from "../src/graph/queries/path.ts";

const story = defaultStory();
const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe("focusOf", () => {
  test("focusOf a relation marks each quote on its exact range and both ends, and lists the events about it", () => {
    const f = focusOf(story, { type: "relation", id: "microsoft-partnered-openai" });
    expect(sorted(f.nodes)).toEqual(["microsoft", "openai"]);
    expect([...f.edges]).toEqual(["microsoft-partnered-openai"]);
    expect(f.quotes).toHaveLength(3);
    for (const q of f.quotes) expect(story.article.text.slice(q.citation.start, q.citation.end)).toBe(q.citation.quote);
    expect(f.quotes.map((q) => q.citation.start)).toEqual([...f.quotes.map((q) => q.citation.start)].sort((a, b) => a - b));
    expect(f.scrollTo).toBe("s1");
    expect(sorted(f.claims)).toEqual(["partnership-break-up", "partnership-strain"]);
  });
  test("focusOf an event lights its node, its participants and the participation edges, and marks its quotes", () => {
    const f = focusOf(story, { type: "event", id: "openai-founding" });
    expect(sorted(f.nodes)).toEqual(["elon-musk", "openai", "openai-founding", "sam-altman"]);
    expect(sorted(f.edges)).toEqual(["openai-founding/founded/openai", "openai-founding/founder/elon-musk", "openai-founding/founder/sam-altman"]);
    expect(f.quotes.map((q) => [q.claim, q.citation.quote])).toEqual([["openai-founding", "OpenAI, fondée en 2015 par Elon Musk et Sam Altman"]]);
    expect([...f.sentences]).toEqual(["s4"]);
  });
  test("focusOf an event about a claim lists that claim; an event caused by another reaches it", () => {
    const b = focusOf(story, { type: "event", id: "partnership-break-up" });
    expect(b.quotes.map((q) => q.citation.sentence)).toEqual(["s3", "s8", "s9", "s11", "s12"]);
    expect(b.claims.has("microsoft-partnered-openai")).toBe(true);
    const c = focusOf(story, { type: "event", id: "break-up-consequences" });
    expect(c.nodes.has("partnership-break-up")).toBe(true);
    expect(c.edges.has("break-up-consequences/cause/partnership-break-up")).toBe(true);
  });
  test("focusOf a sentence lights up the claims it supports and what they join", () => {
    const f = focusOf(story, { type: "sentence", id: "s4" });
    expect(sorted(f.edges)).toEqual(["openai-founding/founded/openai", "openai-founding/founder/elon-musk", "openai-founding/founder/sam-altman", "openai-pursues-ai"]);
    expect(sorted(f.nodes)).toEqual(["artificial-intelligence", "elon-musk", "openai", "openai-founding", "sam-altman"]);
    expect(sorted(f.claims)).toEqual(["openai-founding", "openai-pursues-ai"]);
    expect(f.quotes.every((q) => q.citation.sentence === "s4")).toBe(true);
    expect([...f.sentences]).toEqual(["s4"]);
  });
  test("focusOf a no-claim sentence lights up only the sentence", () => {
    const f = focusOf(story, { type: "sentence", id: "s10" });
    expect(f.edges.size).toBe(0);
    expect([...f.sentences]).toEqual(["s10"]);
  });
  test("focusOf an entity lights up its relations, its events and their other ends, and its mentions", () => {
    const f = focusOf(story, { type: "entity", id: "elon-musk" });
    expect([...f.edges]).toEqual(["openai-founding/founder/elon-musk"]);
    expect(sorted(f.nodes)).toEqual(["elon-musk", "openai-founding"]);
    expect([...f.claims]).toEqual(["openai-founding"]);
    expect([...f.mentions]).toEqual(["elon-musk"]);
    expect(f.scrollTo).toBeNull();
  });
  test("focusOf nothing, an unknown id or a claim of the other type is empty", () => {
    expect(focusOf(story, null)).toBe(EMPTY_FOCUS);
    expect(focusOf(story, { type: "relation", id: "nope" })).toBe(EMPTY_FOCUS);
    expect(focusOf(story, { type: "relation", id: "openai-founding" })).toBe(EMPTY_FOCUS);
    expect(focusOf(story, { type: "event", id: "nope" })).toBe(EMPTY_FOCUS);
    expect(focusOf(story, { type: "entity", id: "nope" })).toBe(EMPTY_FOCUS);
    expect(focusOf(story, { type: "sentence", id: "s99" })).toBe(EMPTY_FOCUS);
  });
  test("focusOf a path lights the nodes of shortestPath and the claims of its steps, with their quotes", () => {
    const steps = shortestPath(story, "elon-musk", "microsoft")!;
    const f = focusOf(story, pathSelection("elon-musk", "microsoft"));
    expect(sorted(f.nodes)).toEqual([...new Set(steps.flatMap((s) => [s.from.id, s.to.id]))].sort());
    expect(f.nodes.has("openai-founding")).toBe(true);
    expect(f.edges.has("openai-founding/founder/elon-musk")).toBe(true);
    expect(f.edges.has("openai-founding/founded/openai")).toBe(true);
    const relations = steps.flatMap((s) => s.relations.map((r) => r.id));
    expect(relations.length).toBeGreaterThan(0);
    for (const r of relations) expect(f.edges.has(r)).toBe(true);
    for (const q of f.quotes) expect(story.article.text.slice(q.citation.start, q.citation.end)).toBe(q.citation.quote);
    expect(new Set(f.quotes.map((q) => q.claim))).toEqual(new Set([...relations, "openai-founding"]));
  });
  test("focusOf a path whose ends are unknown or malformed lights nothing", () => {
    expect(focusOf(story, pathSelection("elon-musk", "nobody"))).toBe(EMPTY_FOCUS);
    expect(focusOf(story, { type: "path", id: "elon-musk" })).toBe(EMPTY_FOCUS);
  });
});
