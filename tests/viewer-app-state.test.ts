// The viewer's application state and its producers (src/viewer/state/app-state.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { changeLook, DEFAULT_GRAPH_LOOK, onView, openDocument, openedState } from "../src/viewer/state/app-state.ts";
import { select, setSearch } from "../src/viewer/state/actions.ts";
import { graphDocument, storyDocument } from "../src/viewer/state/document.ts";
import { INITIAL_STATE } from "../src/viewer/state/types.ts";
import { plainGraph } from "./helpers/plain-graph.ts";

const story = storyDocument(defaultStory());

describe("openedState", () => {
  test("openedState holds the document, the view state, the default look, no ignored link parts, caused by a load", () => {
    const s = openedState(story);
    expect(s).toEqual({ document: story, view: INITIAL_STATE, look: DEFAULT_GRAPH_LOOK, linkIgnored: [], cause: "load" });
  });
  test("openedState keeps the ignored parts of the link the document was opened with", () => {
    const ignored = ['kinds: unknown value "bogus"'];
    expect(openedState(story, INITIAL_STATE, ignored).linkIgnored).toBe(ignored);
  });
});

describe("onView", () => {
  test("onView applies a view action and records its cause", () => {
    const s = onView(select({ type: "entity", id: "openai" }), "graph")(openedState(story));
    expect(s.view.selection).toEqual({ type: "entity", id: "openai" });
    expect(s.cause).toBe("graph");
  });
  test("onView returns the same state (and keeps the old cause) when the action changes nothing", () => {
    const s0 = onView(setSearch("géant"), "search")(openedState(story));
    expect(onView(setSearch("géant"), "list")(s0)).toBe(s0);
  });
});

describe("openDocument", () => {
  test("openDocument replaces the document and view state and resets the look", () => {
    const graph = graphDocument(plainGraph(), "p.gexf");
    const looked = changeLook({ colorBy: "country" })(openedState(story));
    const s = openDocument(graph)();
    expect(s).not.toBe(looked);
    expect(s.document).toBe(graph);
    expect(s.look).toBe(DEFAULT_GRAPH_LOOK);
    expect(s.cause).toBe("load");
    expect(s.view).toBe(INITIAL_STATE);
  });
  test("openDocument sets the ignored parts of the new document's link, and clears those of the previous one", () => {
    const ignored = ['mod: unknown value "maybe"'];
    const withLink = openDocument(story, INITIAL_STATE, ignored)();
    expect(withLink.linkIgnored).toBe(ignored);
    expect(openDocument(graphDocument(plainGraph(), "p.gexf"))().linkIgnored).toEqual([]);
  });
});

describe("changeLook", () => {
  test("changeLook merges the patch, caused by the filters (the controls); an equal patch keeps the state", () => {
    const s0 = openedState(graphDocument(plainGraph(), "p.gexf"));
    const s1 = changeLook({ labelLevel: 4, colorBy: "degree" })(s0);
    expect(s1.look).toMatchObject({ labelLevel: 4, colorBy: "degree", sizeBy: "file" });
    expect(s1.cause).toBe("filters");
    expect(changeLook({ colorBy: "degree" })(s1)).toBe(s1);
  });
});
