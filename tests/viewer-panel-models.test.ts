// Every panel's view model from the app state (src/viewer/models/panel-models.ts), and the small
// models it composes: canvas.ts, article.ts, filters.ts, search.ts, controls.ts, graph-derive.ts.
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { panelModels } from "../src/viewer/models/panel-models.ts";
import { graphCanvasModel, storyCanvasModel } from "../src/viewer/models/canvas.ts";
import { graphArticleModel, storyArticleModel } from "../src/viewer/models/article.ts";
import { emptyModel, filtersModel } from "../src/viewer/models/filters.ts";
import { graphSearchModel, storySearchModel } from "../src/viewer/models/search.ts";
import { controlsModel } from "../src/viewer/models/controls.ts";
import { deriveGraph } from "../src/viewer/models/graph-derive.ts";
import { derive } from "../src/viewer/derive.ts";
import { changeLook, DEFAULT_GRAPH_LOOK, onView, openedState } from "../src/viewer/state/app-state.ts";
import { select, setSearch, setFrom, toggleKind } from "../src/viewer/state/actions.ts";
import { graphDocument, storyDocument, type GraphDocument } from "../src/viewer/state/document.ts";
import { storyView } from "../src/viewer/state/story-view.ts";
import { DEFAULT_PLAIN_FILTER } from "../src/viewer/plain/plain-filters.ts";
import { plainGraph, PLAIN_XML } from "./helpers/plain-graph.ts";

const story = defaultStory();
const storyState = () => openedState(storyDocument(story));
const graphDoc = graphDocument(plainGraph(), "p.gexf");
/** A second plain graph: a is blue, and an edge a → c gives c a degree. */
const otherDoc = graphDocument(plainGraph(PLAIN_XML.replace('r="200" g="0" b="0"', 'r="0" g="0" b="200"').replace("</edges>", '<edge id="e3" source="a" target="c"/></edges>')), "q.gexf");

describe("panelModels", () => {
  test("panelModels gives a story filters and no graph controls, a plain graph controls and no filters", () => {
    const s = panelModels(storyState());
    expect(s.filters?.story).toBe(story);
    expect(s.controls).toBeNull();
    expect(s.article.kind).toBe("story");
    const g = panelModels(openedState(graphDoc));
    expect(g.filters).toBeNull();
    expect(g.controls?.document).toBe(graphDoc);
    expect(g.article).toEqual({ kind: "graph", file: "p.gexf", nodes: 3, edges: 2 });
    expect(g.empty).toEqual({ shown: 0, total: 0 });
  });
  test("panelModels' details follow the selection in both kinds of document", () => {
    expect(panelModels(onView(select({ type: "entity", id: "openai" }), "graph")(storyState())).details.type).toBe("entity");
    expect(panelModels(onView(select({ type: "entity", id: "b" }), "graph")(openedState(graphDoc))).details.type).toBe("node");
  });
  test("panelModels' link note lists the ignored parts of a story's link, says a local file's link cannot reopen it, and is none for a plain graph", () => {
    const ignored = ['kinds: unknown value "bogus"'];
    const s = openedState(storyDocument(story), undefined, ignored);
    const note = panelModels(s).linkNote;
    expect(note).toEqual({ kind: "ignored", parts: ignored });
    expect(panelModels(onView(select({ type: "entity", id: "openai" }), "graph")(s)).linkNote).toBe(note);
    expect(panelModels(openedState(storyDocument(story, { from: "file", file: "my-story.json" }))).linkNote).toEqual({ kind: "local-file", file: "my-story.json" });
    expect(panelModels(openedState(graphDoc, undefined, ignored)).linkNote).toEqual({ kind: "none" });
  });
});

describe("storyCanvasModel", () => {
  test("storyCanvasModel shows what the filters show, the selection's focus and the search matches", () => {
    const s = onView(setSearch("géant"), "search")(onView(select({ type: "relation", id: "microsoft-partnered-openai" }), "graph")(storyState()));
    const m = storyCanvasModel(s, derive(story, s.view));
    expect(m.apply.visibleEdges.has("microsoft-partnered-openai")).toBe(true);
    expect([...m.apply.focus.nodes].sort()).toEqual(["microsoft", "openai"]);
    expect([...m.apply.matches]).toEqual(["microsoft"]);
    expect(m.look).toBeNull();
  });
});

describe("graphCanvasModel", () => {
  test("graphCanvasModel keeps the same node look while only the selection changes, and a new one when the colour changes", () => {
    const s0 = openedState(graphDoc);
    const m0 = graphCanvasModel(s0, deriveGraph(graphDoc, s0.view, s0.look));
    const s1 = onView(select({ type: "entity", id: "a" }), "graph")(s0);
    const m1 = graphCanvasModel(s1, deriveGraph(graphDoc, s1.view, s1.look));
    expect(m1.look).toBe(m0.look);
    expect([...m1.apply.focus.nodes].sort()).toEqual(["a", "b"]);
    expect(m0.look?.colors[0]).toBe("#c80000");
    const s2 = changeLook({ colorBy: "degree" })(s1);
    const m2 = graphCanvasModel(s2, deriveGraph(graphDoc, s2.view, s2.look));
    expect(m2.look).not.toBe(m0.look);
    expect(m2.look?.colors[0]).not.toBe("#c80000");
  });
  test("graphCanvasModel keeps each document's node look when two documents are drawn in turn, and gives the same object for the same look", () => {
    const look = (doc: GraphDocument, state = openedState(doc)) => graphCanvasModel(state, deriveGraph(doc, state.view, state.look)).look;
    const a1 = look(graphDoc);
    const b1 = look(otherDoc);
    const a2 = look(graphDoc);
    const b2 = look(otherDoc);
    expect(a2).toBe(a1);
    expect(b2).toBe(b1);
    expect(a1?.colors[0]).toBe("#c80000");
    expect(b1?.colors[0]).toBe("#0000c8");
    expect(look(graphDoc, changeLook({ labelLevel: DEFAULT_GRAPH_LOOK.labelLevel + 1 })(openedState(graphDoc)))).not.toBe(a1);
  });
});

describe("deriveGraph", () => {
  test("deriveGraph filters by the look, lights up the selection, finds nodes by label", () => {
    const s = onView(setSearch("bund"), "search")(changeLook({ filter: { ...DEFAULT_PLAIN_FILTER, minDegree: 1 } })(openedState(graphDoc)));
    const d = deriveGraph(graphDoc, s.view, s.look);
    expect([...d.shown.nodes]).toEqual(["a", "b"]);
    expect(d.hits.map((n) => n.id)).toEqual(["b"]);
    expect(deriveGraph(graphDoc, s.view, s.look).shown).toBe(d.shown);
  });
  test("deriveGraph keeps each document's filtering when two documents are derived in turn", () => {
    const s = changeLook({ filter: { ...DEFAULT_PLAIN_FILTER, minDegree: 1 } })(openedState(graphDoc));
    const a1 = deriveGraph(graphDoc, s.view, s.look).shown;
    const b1 = deriveGraph(otherDoc, s.view, s.look).shown;
    const a2 = deriveGraph(graphDoc, s.view, s.look).shown;
    const b2 = deriveGraph(otherDoc, s.view, s.look).shown;
    expect(a2).toBe(a1);
    expect(b2).toBe(b1);
    expect([...a1.nodes]).toEqual(["a", "b"]);
    expect([...b1.nodes]).toEqual(["a", "b", "c"]);
    expect([...b1.edges].sort()).toEqual(["e1", "e2", "e3"]);
  });
});

describe("storyArticleModel", () => {
  test("storyArticleModel follows the selection unless the article itself was clicked", () => {
    const fromGraph = onView(select({ type: "sentence", id: "s2" }), "graph")(storyState());
    expect(storyArticleModel(fromGraph, story, derive(story, fromGraph.view))).toMatchObject({ kind: "story", follow: true });
    const fromArticle = onView(select({ type: "sentence", id: "s3" }), "article")(storyState());
    const m = storyArticleModel(fromArticle, story, derive(story, fromArticle.view));
    expect(m.kind === "story" && m.follow).toBe(false);
    expect(m.kind === "story" && m.focus.sentences.has("s3")).toBe(true);
  });
  test("graphArticleModel says what was opened instead of an article", () => {
    expect(graphArticleModel(graphDoc)).toEqual({ kind: "graph", file: "p.gexf", nodes: 3, edges: 2 });
  });
});

describe("filtersModel", () => {
  test("filtersModel counts the undated claims in all and shown", () => {
    const undated = [...story.relations, ...story.events].filter((c) => !c.period).length;
    const s = storyState();
    expect(filtersModel(story, s.view.filters, derive(story, s.view)).undated).toEqual({ total: undated, shown: undated });
    const timed = onView(setFrom("2020-01"), "filters")(s);
    expect(filtersModel(story, timed.view.filters, derive(story, timed.view)).undated).toEqual({ total: undated, shown: 0 });
  });
  test("emptyModel counts the claims shown of all", () => {
    const s = onView(toggleKind("partnered", false, storyView(story).kinds), "filters")(storyState());
    const total = story.relations.length + story.events.length;
    expect(emptyModel(story, derive(story, s.view))).toEqual({ shown: total - 1, total });
  });
});

describe("storySearchModel", () => {
  test("storySearchModel lists the entities found with the name that matched, and the sentences", () => {
    const s = onView(setSearch("géant"), "search")(storyState());
    const m = storySearchModel("géant", derive(story, s.view));
    expect(m.hits[0]).toMatchObject({ id: "microsoft", label: "Microsoft" });
    expect(m.hits[0]!.matched).not.toBe("Microsoft");
    expect(m.textHits.length).toBeGreaterThan(0);
  });
  test("graphSearchModel lists nodes by label, with no sentence", () => {
    const s = onView(setSearch("élys"), "search")(openedState(graphDoc));
    const m = graphSearchModel("élys", deriveGraph(graphDoc, s.view, s.look));
    expect(m).toEqual({ query: "élys", hits: [{ id: "a", label: "Élysée", color: "#c80000", matched: "Élysée" }], textHits: [] });
  });
});

describe("controlsModel", () => {
  test("controlsModel counts the nodes and edges the look leaves", () => {
    const s = changeLook({ filter: { ...DEFAULT_PLAIN_FILTER, minDegree: 1 } })(openedState(graphDoc));
    expect(controlsModel(graphDoc, s.look, deriveGraph(graphDoc, s.view, s.look)).shown).toEqual({ nodes: 2, edges: 2 });
  });
});
