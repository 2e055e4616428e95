// The link note's view model, from the document's origin (src/viewer/models/link-note.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { linkNoteFor } from "../src/viewer/models/link-note.ts";
import { graphDocument, storyDocument } from "../src/viewer/state/document.ts";
import { plainGraph } from "./helpers/plain-graph.ts";

const story = defaultStory();
const ignored = ['kinds: unknown value "bogus"'];

describe("linkNoteFor", () => {
  test("linkNoteFor says a story of a local file cannot be reopened by the link, whatever the link held", () => {
    const doc = storyDocument(story, { from: "file", file: "my-story.json" });
    expect(linkNoteFor(doc)).toEqual({ kind: "local-file", file: "my-story.json" });
    expect(linkNoteFor(doc, ignored)).toEqual({ kind: "local-file", file: "my-story.json" });
  });
  test("linkNoteFor lists the ignored parts of the link of the built-in story or a story of a URL, and no note when none was", () => {
    for (const doc of [storyDocument(story), storyDocument(story, { from: "url", url: "story/lawsuit.json" })]) {
      expect(linkNoteFor(doc, ignored)).toEqual({ kind: "ignored", parts: ignored });
      expect(linkNoteFor(doc, [])).toEqual({ kind: "none" });
      expect(linkNoteFor(doc)).toEqual({ kind: "none" });
    }
  });
  test("linkNoteFor gives a plain graph no note (its view is not kept in the link)", () => {
    expect(linkNoteFor(graphDocument(plainGraph(), "p.gexf"), ignored)).toEqual({ kind: "none" });
  });
});
