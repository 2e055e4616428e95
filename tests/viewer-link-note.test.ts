// The link note's view model, from the document's origin and the ignored parts of its link
// (src/viewer/models/link-note.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { linkNoteFor, linkNoteModel } from "../src/viewer/models/link-note.ts";
import { onView, openDocument, openedState } from "../src/viewer/state/app-state.ts";
import { select } from "../src/viewer/state/actions.ts";
import { INITIAL_STATE } from "../src/viewer/state/types.ts";
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

describe("linkNoteModel", () => {
  test("linkNoteModel is linkNoteFor the state's document and the ignored parts of its link", () => {
    const doc = storyDocument(story, { from: "url", url: "story/lawsuit.json" });
    expect(linkNoteModel(openedState(doc, INITIAL_STATE, ignored))).toEqual({ kind: "ignored", parts: ignored });
    expect(linkNoteModel(openedState(storyDocument(story, { from: "file", file: "my-story.json" })))).toEqual({ kind: "local-file", file: "my-story.json" });
    expect(linkNoteModel(openedState(graphDocument(plainGraph(), "p.gexf")))).toEqual({ kind: "none" });
  });
  test("linkNoteModel keeps the same note object while only the view state changes, and makes a new one when a document opens", () => {
    const doc = storyDocument(story);
    const s0 = openedState(doc, INITIAL_STATE, ignored);
    const note = linkNoteModel(s0);
    expect(linkNoteModel(onView(select({ type: "entity", id: "openai" }), "graph")(s0))).toBe(note);
    // the same document opened again (with the same link) is another opening: a new note, shown again
    const again = linkNoteModel(openDocument(doc, INITIAL_STATE, [...ignored])());
    expect(again).toEqual(note);
    expect(again).not.toBe(note);
    const file = storyDocument(story, { from: "file", file: "my-story.json" });
    const f0 = openedState(file);
    expect(linkNoteModel(onView(select({ type: "entity", id: "openai" }), "list")(f0))).toBe(linkNoteModel(f0));
    expect(linkNoteModel(openDocument(file)())).not.toBe(linkNoteModel(f0));
  });
});
