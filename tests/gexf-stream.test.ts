/**
 * Sanity check (not a benchmark) that `writeGexf` streams: a 20 000-relation story is written in
 * many bounded chunks, never as one giant string, and the chunks still form a valid document.
 */
import { describe, expect, it } from "vitest";
import { fromGexfChunks } from "../src/graph/gexf/reader.ts";
import { writeGexf } from "../src/graph/gexf/writer.ts";
import { syntheticStory } from "./helpers/synthetic-story.ts";

describe("writeGexf on a big story", () => {
  it("writeGexf writes 20 000 relations in bounded chunks that read back to the same story", () => {
    const story = syntheticStory(500, 20_000);
    const chunkSize = 64 * 1024;
    const chunks: string[] = [];
    let total = 0;
    let largest = 0;
    for (const chunk of writeGexf(story, { layoutIterations: 20 })) {
      chunks.push(chunk);
      total += chunk.length;
      largest = Math.max(largest, chunk.length);
    }
    const largestEdge = 2_000; // an edge of this story is well under 2 000 code units
    console.log(`writeGexf: ${story.relations.length} relations, ${chunks.length} chunks, ${total} code units, largest chunk ${largest}`);
    expect(chunks.length).toBeGreaterThan(total / (chunkSize + largestEdge));
    expect(largest).toBeLessThan(chunkSize + largestEdge);
    const back = fromGexfChunks(chunks);
    expect(back.kind === "story" && back.story.relations.length).toBe(20_000);
    expect(back.kind === "story" && back.story).toEqual(story);
  });
});
