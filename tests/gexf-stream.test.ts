/**
 * Sanity check (not a benchmark) that `writeGexf` streams: a 20 000-relation story, and a story of
 * 5 000 events with their participations, are written in many bounded chunks, never as one giant
 * string, and the chunks still form a valid document that reads back to the same story.
 */
import { describe, expect, it } from "vitest";
import { fromGexfChunks } from "../src/graph/gexf/reader.ts";
import { writeGexf } from "../src/graph/gexf/writer.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import type { Story } from "../src/graph/model.ts";
import { syntheticStory } from "./helpers/synthetic-story.ts";

/** `events` investments between `entities` organisations, one sentence each, cited by the event ("Org 3 a investi dans Org 7 (n° 12)."). */
function eventStory(entities: number, events: number): Story {
  const sentences: string[] = [];
  const list = [];
  for (let i = 0; i < events; i++) {
    const s = i % entities;
    const t = (s + 1 + (i % (entities - 1))) % entities;
    const quote = `Org ${s} a investi dans Org ${t} (n° ${i})`;
    sentences.push(quote + ".");
    list.push({
      id: `v${i}`,
      kind: "investment",
      label: `Investment ${i}`,
      participants: [
        { role: "investor", entity: `org-${s}` },
        { role: "recipient", entity: `org-${t}` },
      ],
      ...(i % 3 === 0 && { pointInTime: { value: `20${10 + (i % 10)}-0${1 + (i % 9)}`, inferred: "synthetic" } }),
      citations: [{ sentence: `s${i + 1}`, quote, factuality: { polarity: "positive", certainty: "certain" }, gloss: `Org ${s} invested in Org ${t}.` }],
    });
  }
  return buildStory({
    format: "storygraph/2",
    article: { text: sentences.join("\n"), language: "fr", title: "Synthetic events" },
    entities: Array.from({ length: entities }, (_, i) => ({ id: `org-${i}`, kind: "organization", label: `Org ${i}` })),
    relations: [],
    events: list,
  });
}

/** Write `story` in chunks; check they are bounded and read back to it. */
function streams(story: Story, largestElement: number): void {
  const chunkSize = 64 * 1024;
  const chunks: string[] = [];
  let total = 0;
  let largest = 0;
  for (const chunk of writeGexf(story, { layoutIterations: 20 })) {
    chunks.push(chunk);
    total += chunk.length;
    largest = Math.max(largest, chunk.length);
  }
  console.log(`writeGexf: ${story.relations.length} relations, ${story.events.length} events, ${chunks.length} chunks, ${total} code units, largest chunk ${largest}`);
  expect(chunks.length).toBeGreaterThan(total / (chunkSize + largestElement));
  expect(largest).toBeLessThan(chunkSize + largestElement);
  const back = fromGexfChunks(chunks);
  expect(back.kind === "story" && back.story).toEqual(story);
}

describe("writeGexf on a big story", () => {
  it("writeGexf writes 20 000 relations in bounded chunks that read back to the same story", () => {
    const story = syntheticStory(500, 20_000);
    expect(story.relations.length).toBe(20_000);
    streams(story, 2_000); // an edge of this story is well under 2 000 code units
  });
  it("writeGexf writes 5 000 events and their 10 000 participations in bounded chunks that read back to the same story", () => {
    const story = eventStory(200, 5_000);
    expect(story.events.reduce((n, e) => n + e.participants.length, 0)).toBe(10_000);
    streams(story, 3_000); // an event node, or one event's participation edges, is well under 3 000 code units
  });
});
