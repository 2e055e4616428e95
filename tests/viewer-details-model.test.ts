// The details panel's view model (src/viewer/models/details.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { queryRelations } from "../src/graph/queries/relations.ts";
import { detailsModel, nodeLabels, nodeLink } from "../src/viewer/models/details.ts";
import { onView, openedState, type AppState } from "../src/viewer/state/app-state.ts";
import { select, toggleKind } from "../src/viewer/state/actions.ts";
import { graphDocument, storyDocument } from "../src/viewer/state/document.ts";
import { storyView } from "../src/viewer/state/story-view.ts";
import { pathSelection, type Selection } from "../src/viewer/state/types.ts";
import { plainGraph } from "./helpers/plain-graph.ts";

const story = defaultStory();
const at = (selection: Selection, base: AppState = openedState(storyDocument(story))) => detailsModel(onView(select(selection), "list")(base));

describe("detailsModel", () => {
  test("detailsModel gives nothing selected as the empty details of its document kind", () => {
    expect(at(null)).toEqual({ type: "none", document: "story" });
    expect(detailsModel(openedState(graphDocument(plainGraph(), "p.gexf")))).toEqual({ type: "none", document: "graph" });
  });
  test("detailsModel resolves an entity: its relations (queryRelations involving it), its events with its roles, the other ends a path can reach", () => {
    const m = at({ type: "entity", id: "sam-altman" });
    if (m.type !== "entity") throw new Error(m.type);
    expect(m.entity.label).toBe("Sam Altman");
    expect(m.relations.map((l) => l.claim.id)).toEqual(queryRelations(story, { involving: "sam-altman" }).map((r) => r.id));
    expect(m.events.map((l) => [l.claim.id, l.note])).toEqual([["openai-founding", "(as founder)"]]);
    expect(m.pathTargets.map((t) => t.id)).not.toContain("sam-altman");
    expect(m.pathTargets).toHaveLength(story.entities.length + story.events.length - 1);
    const texts = m.pathTargets.map((t) => t.text);
    expect(texts).toEqual([...texts].sort((a, b) => a.localeCompare(b, "fr")));
  });
  test("detailsModel resolves an event: participants by role label, what it is about, the events about it", () => {
    const m = at({ type: "event", id: "partnership-break-up" });
    if (m.type !== "claim") throw new Error(m.type);
    expect(m.participants.flatMap((p) => p.nodes.map((n) => n.id))).toEqual(["microsoft", "openai"]);
    expect(m.about.map((l) => l.claim.id)).toEqual(["microsoft-partnered-openai"]);
    expect(m.eventsAbout).toEqual([]);
    const rel = at({ type: "relation", id: "microsoft-partnered-openai" });
    if (rel.type !== "claim") throw new Error(rel.type);
    expect(rel.eventsAbout.map((l) => l.claim.id)).toEqual(["partnership-strain", "partnership-break-up"]);
    const impact = at({ type: "event", id: "break-up-consequences" });
    if (impact.type !== "claim") throw new Error(impact.type);
    expect(impact.participants.flatMap((p) => p.nodes)).toContainEqual(nodeLink(story, "partnership-break-up", "event"));
  });
  test("detailsModel marks the linked claims the filters hide, and says why the selected one is hidden", () => {
    const base = onView(toggleKind("partnered", false, storyView(story).kinds), "filters")(openedState(storyDocument(story)));
    const rel = at({ type: "relation", id: "microsoft-partnered-openai" }, base);
    if (rel.type !== "claim") throw new Error(rel.type);
    expect(rel.hidden).toBe("kind");
    const ms = at({ type: "entity", id: "microsoft" }, base);
    if (ms.type !== "entity") throw new Error(ms.type);
    expect(ms.relations.find((l) => l.claim.id === "microsoft-partnered-openai")?.hidden).toBe(true);
    expect(ms.relations.find((l) => l.claim.id === "microsoft-invested-openai-13bn")?.hidden).toBe(false);
  });
  test("detailsModel resolves a sentence: the claims citing it (claimsInSentence), or the reason it holds none", () => {
    const s1 = at({ type: "sentence", id: "s1" });
    if (s1.type !== "sentence") throw new Error(s1.type);
    expect(s1.claims.length).toBeGreaterThan(0);
    expect(s1.noClaim).toBeUndefined();
    const s10 = at({ type: "sentence", id: "s10" });
    if (s10.type !== "sentence") throw new Error(s10.type);
    expect(s10.claims).toEqual([]);
    expect(s10.noClaim).toMatch(/General commentary/);
  });
  test("detailsModel resolves a path into its steps with the claims joining each", () => {
    const m = at(pathSelection("elon-musk", "microsoft"));
    if (m.type !== "path") throw new Error(m.type);
    expect(m.from.label).toBe("Elon Musk");
    expect(m.steps?.[0]?.from.id).toBe("elon-musk");
    expect(m.steps?.at(-1)?.to.id).toBe("microsoft");
    expect(m.steps?.every((s) => s.claims.length > 0)).toBe(true);
  });
  test("detailsModel gives a stale selection (an id the story lacks) the empty details", () => {
    expect(at({ type: "entity", id: "nobody" }).type).toBe("none");
    expect(at({ type: "relation", id: "nothing" }).type).toBe("none");
    expect(at({ type: "relation", id: "partnership-break-up" }).type).toBe("none"); // an event id as a relation
    expect(at(pathSelection("nobody", "microsoft")).type).toBe("none");
    expect(at({ type: "sentence", id: "s99" }).type).toBe("none");
  });
  test("detailsModel resolves a plain graph's node (with its edges) and edge", () => {
    const base = openedState(graphDocument(plainGraph(), "p.gexf"));
    const node = at({ type: "entity", id: "a" }, base);
    if (node.type !== "node") throw new Error(node.type);
    expect(node.edges.map((e) => e.id)).toEqual(["e1", "e2"]);
    const edge = at({ type: "relation", id: "e1" }, base);
    expect(edge.type === "edge" && edge.edge.weight).toBe(2);
    expect(at({ type: "entity", id: "zz" }, base).type).toBe("none");
  });
});

describe("nodeLabels", () => {
  test("nodeLabels maps every entity and event id to its label, cached per story", () => {
    expect(nodeLabels(story).get("openai")).toBe("OpenAI");
    expect(nodeLabels(story).size).toBe(story.entities.length + story.events.length);
    expect(nodeLabels(story)).toBe(nodeLabels(story));
  });
});
