// The viewer's actions bound once to its store (src/viewer/state/bind.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { openedState, type AppState } from "../src/viewer/state/app-state.ts";
import { bindActions } from "../src/viewer/state/bind.ts";
import { graphDocument, storyDocument } from "../src/viewer/state/document.ts";
import { createStore } from "../src/viewer/state/store.ts";
import { storyView } from "../src/viewer/state/story-view.ts";
import { plainGraph } from "./helpers/plain-graph.ts";

const story = defaultStory();
const start = () => {
  const store = createStore<AppState>(openedState(storyDocument(story)));
  return { store, act: bindActions(store) };
};

describe("bindActions", () => {
  test("bindActions' select records the panel that caused it; toggleSelect clears a second click", () => {
    const { store, act } = start();
    act.select({ type: "relation", id: "microsoft-partnered-openai" }, "list");
    expect(store.getState().cause).toBe("list");
    act.toggleSelect({ type: "sentence", id: "s2" }, "article");
    expect(store.getState()).toMatchObject({ view: { selection: { type: "sentence", id: "s2" } }, cause: "article" });
    act.toggleSelect({ type: "sentence", id: "s2" }, "article");
    expect(store.getState().view.selection).toBeNull();
  });
  test("bindActions' toggleKind and toggleSource read the open story's lists from the state", () => {
    const { store, act } = start();
    const kinds = storyView(story).kinds;
    act.toggleKind("partnered", false);
    expect(store.getState().view.filters.kinds).toEqual(kinds.filter((k) => k !== "partnered"));
    expect(store.getState().cause).toBe("filters");
    act.toggleKind("partnered", true);
    expect(store.getState().view.filters.kinds).toBeNull();
    act.toggleSource("author", false);
    expect(store.getState().view.filters.sources).toEqual(storyView(story).sources.map((s) => s.value).filter((v) => v !== "author"));
  });
  test("bindActions' open shows another document, and the kinds then come from it", () => {
    const { store, act } = start();
    act.toggleKind("partnered", false);
    const graph = graphDocument(plainGraph(), "p.gexf");
    act.open(graph);
    expect(store.getState().document).toBe(graph);
    expect(store.getState().view.filters.kinds).toBeNull();
    act.changeLook({ sizeBy: "degree" });
    expect(store.getState().look.sizeBy).toBe("degree");
  });
  test("bindActions' open carries the ignored parts of the document's link, and the next open clears them", () => {
    const { store, act } = start();
    const ignored = ['kinds: unknown value "bogus"'];
    act.open(storyDocument(story, { from: "url", url: "story/lawsuit.json" }), undefined, ignored);
    expect(store.getState().linkIgnored).toBe(ignored);
    act.open(graphDocument(plainGraph(), "p.gexf"));
    expect(store.getState().linkIgnored).toEqual([]);
  });
  test("bindActions' setFrom throws InvalidArgumentError naming setFrom for a bad month", () => {
    const { act } = start();
    expect(() => act.setFrom("2020-13")).toThrow(/setFrom/);
  });
});
