// The lists' view model: rows, hidden, selected and lit rows, the count line (src/viewer/models/lists.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { claimSecondary, graphListsModel, listRows, storyListsModel } from "../src/viewer/models/lists.ts";
import { deriveGraph } from "../src/viewer/models/graph-derive.ts";
import { derive } from "../src/viewer/derive.ts";
import { changeLook, onView, openedState, type AppState } from "../src/viewer/state/app-state.ts";
import { select, toggleKind } from "../src/viewer/state/actions.ts";
import { graphDocument, storyDocument, type GraphDocument, type StoryDocument } from "../src/viewer/state/document.ts";
import { storyView } from "../src/viewer/state/story-view.ts";
import { DEFAULT_PLAIN_FILTER } from "../src/viewer/plain/plain-filters.ts";
import { plainGraph } from "./helpers/plain-graph.ts";

const story = defaultStory();
const claim = (id: string) => [...story.relations, ...story.events].find((c) => c.id === id)!;

describe("claimSecondary", () => {
  test("claimSecondary gives the time (timePhrase), amount, display words and number of quotes", () => {
    expect(claimSecondary(claim("microsoft-partnered-openai"))).toBe("announced 2019-07 · asserted · 3 quotes");
    expect(claimSecondary(claim("microsoft-invested-openai-13bn"))).toBe("undated · $13B total · asserted · 1 quote");
  });
  test("claimSecondary says an event is one", () => {
    expect(claimSecondary(claim("microsoft-investment-2019"))).toBe("event · announced 2019-07 · $1B · asserted · 1 quote");
    expect(claimSecondary(claim("partnership-break-up"))).toBe("event · undated · reported, hypothetical · 5 quotes");
  });
});

describe("listRows", () => {
  test("listRows makes one row per claim (relations, then events) and per entity, cached per document", () => {
    const doc = storyDocument(story);
    const rows = listRows(doc);
    expect(rows.claims.map((r) => r.id)).toEqual([...story.relations, ...story.events].map((c) => c.id));
    expect(rows.entities.map((r) => r.id)).toEqual(story.entities.map((e) => e.id));
    expect(rows.claimType.get("partnership-break-up")).toBe("event");
    expect(listRows(doc)).toBe(rows);
    expect(listRows(storyDocument(story))).not.toBe(rows);
  });
  test("listRows of a plain graph lists its edges (with their weight) and nodes", () => {
    const rows = listRows(graphDocument(plainGraph(), "p.gexf"));
    expect(rows.claims.map((r) => [r.id, r.secondary])).toEqual([["e1", "weight 2"], ["e2", undefined]]);
    expect(rows.entities.map((r) => r.primary)).toEqual(["Élysée", "Bundestag", "Lonely"]);
  });
});

describe("storyListsModel", () => {
  test("storyListsModel hides what the filters hide and counts what shows", () => {
    const s = onView(toggleKind("partnered", false, storyView(story).kinds), "filters")(openedState(storyDocument(story)));
    const m = storyListsModel(s as AppState & { document: StoryDocument }, derive(story, s.view));
    const total = story.relations.length + story.events.length;
    expect(m.claims.hidden.has("microsoft-partnered-openai")).toBe(true);
    expect(m.count).toBe(`${total - 1} of ${total} claims (${story.relations.length} relations, ${story.events.length} events) shown`);
  });
  test("storyListsModel marks the selected claim and lights up what the selection lights up", () => {
    const s = onView(select({ type: "entity", id: "elon-musk" }), "list")(openedState(storyDocument(story)));
    const m = storyListsModel(s as AppState & { document: StoryDocument }, derive(story, s.view));
    expect(m.entities.selected).toBe("elon-musk");
    expect(m.claims.selected).toBeNull();
    expect(m.claims.related.has("openai-founding")).toBe(true);
  });
});

describe("graphListsModel", () => {
  test("graphListsModel hides the rows the look's filters hide and counts the edges shown", () => {
    const doc = graphDocument(plainGraph(), "p.gexf");
    const s = changeLook({ filter: { ...DEFAULT_PLAIN_FILTER, minDegree: 1 } })(openedState(doc));
    const m = graphListsModel(s as AppState & { document: GraphDocument }, deriveGraph(doc, s.view, s.look));
    expect([...m.entities.hidden]).toEqual(["c"]);
    expect(m.count).toBe("2 edges");
    const s2 = changeLook({ filter: { ...DEFAULT_PLAIN_FILTER, minDegree: 3 } })(s);
    expect(graphListsModel(s2 as AppState & { document: GraphDocument }, deriveGraph(doc, s2.view, s2.look)).count).toBe("0 of 2 edges");
  });
});
