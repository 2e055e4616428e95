// neighbors, evidence, claimsInSentence, relationsInSentence, mentions, sentencesMentioning,
// shortestPath, timeline, sentenceCoverage and toGraph on the default story (entities, relations and events).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import { NotFoundError } from "../src/graph/errors.ts";
import { participationKey, toGraph } from "../src/graph/graph.ts";
import { claimsInSentence, evidence, relationsInSentence } from "../src/graph/queries/evidence.ts";
import { mentions, sentencesMentioning } from "../src/graph/queries/mentions.ts";
import { neighbors } from "../src/graph/queries/neighbors.ts";
import { shortestPath } from "../src/graph/queries/path.ts";
import { sentenceCoverage, timeline } from "../src/graph/queries/timeline.ts";
import { mutated } from "./helpers/story.ts";

const story = defaultStory();

describe("neighbors", () => {
  test("neighbors of an entity: the entities its relations join it to, then the events it takes part in", () => {
    const musk = neighbors(story, "elon-musk");
    expect(musk.map((x) => x.node.id)).toEqual(["openai-founding"]);
    expect(musk[0]!.relations).toEqual([]);
    expect(musk[0]!.participations.map((p) => [p.event.id, p.role, p.outgoing])).toEqual([["openai-founding", "founder", false]]);
    const openai = neighbors(story, "openai");
    expect(openai.map((x) => x.node.id)).toEqual([
      "microsoft",
      "artificial-intelligence",
      "openai-founding",
      "microsoft-investment-2019",
      "partnership-strain",
      "partnership-break-up",
      "break-up-consequences",
    ]);
    const ms = openai.find((x) => x.node.id === "microsoft")!;
    expect(ms.relations.map((r) => [r.relation.id, r.outgoing])).toEqual([
      ["microsoft-partnered-openai", false],
      ["microsoft-invested-openai-13bn", false],
      ["microsoft-diverges-from-openai", false],
      ["openai-seeks-microsoft", true],
      ["microsoft-seeks-openai", false],
    ]);
    expect(ms.participations).toEqual([]);
    expect(openai.find((x) => x.node.id === "partnership-break-up")!.participations.map((p) => p.role)).toEqual(["party"]);
  });
  test("neighbors of an event: its participants (outgoing), then the events it takes part in", () => {
    const breakUp = neighbors(story, "partnership-break-up");
    expect(breakUp.map((x) => [x.node.id, x.node.type])).toEqual([
      ["microsoft", "entity"],
      ["openai", "entity"],
      ["break-up-consequences", "event"],
    ]);
    expect(breakUp[0]!.participations.map((p) => [p.event.id, p.role, p.outgoing])).toEqual([["partnership-break-up", "party", true]]);
    expect(breakUp[2]!.participations.map((p) => [p.event.id, p.role, p.outgoing])).toEqual([["break-up-consequences", "cause", false]]);
    const consequences = neighbors(story, "break-up-consequences");
    expect(consequences.map((x) => x.node.id)).toEqual(["partnership-break-up", "microsoft", "openai"]);
    expect(consequences[0]!.participations[0]).toMatchObject({ role: "cause", outgoing: true });
  });
  test("neighbors throws NotFoundError for an unknown id, and for a relation id", () => {
    expect(() => neighbors(story, "apple")).toThrow(NotFoundError);
    expect(() => neighbors(story, "microsoft-partnered-openai")).toThrow(NotFoundError);
  });
});

describe("evidence", () => {
  test("evidence splits each cited sentence around its exact quote, for relations and events", () => {
    for (const id of ["microsoft-partnered-openai", "partnership-break-up"]) {
      const ev = evidence(story, id);
      const claim = [...story.relations, ...story.events].find((c) => c.id === id)!;
      expect(ev.map((e) => e.citation)).toEqual(claim.citations);
      for (const e of ev) {
        expect(e.before + e.quote + e.after).toBe(e.sentence.text);
        expect(e.quote).toBe(e.citation.quote);
        expect(e.sentence.id).toBe(e.citation.sentence);
        expect(story.article.text.slice(e.citation.start, e.citation.end)).toBe(e.quote);
      }
    }
    expect(evidence(story, "microsoft-partnered-openai").map((e) => e.sentence.id)).toEqual(["s2", "s1", "s12"]);
    expect(evidence(story, "partnership-break-up").map((e) => e.sentence.id)).toEqual(["s3", "s8", "s9", "s11", "s12"]);
  });
  test("evidence throws NotFoundError for an unknown claim", () => {
    expect(() => evidence(story, "nope")).toThrow(NotFoundError);
    expect(() => evidence(story, "openai")).toThrow(NotFoundError);
  });
});

describe("claimsInSentence", () => {
  test("claimsInSentence lists the relations, then the events, a sentence supports", () => {
    expect(claimsInSentence(story, "s4").map((c) => c.id)).toEqual(["openai-pursues-ai", "openai-founding"]);
    expect(claimsInSentence(story, "s3").map((c) => c.id)).toEqual(["microsoft-diverges-from-openai", "partnership-break-up"]);
    expect(claimsInSentence(story, "s10")).toEqual([]);
  });
  test("claimsInSentence is the inverse of the citations", () => {
    for (const s of story.sentences) {
      const expected = [...story.relations, ...story.events].filter((c) => c.citations.some((x) => x.sentence === s.id)).map((c) => c.id);
      expect(claimsInSentence(story, s.id).map((c) => c.id)).toEqual(expected);
    }
  });
  test("claimsInSentence throws NotFoundError for an unknown sentence", () => {
    expect(() => claimsInSentence(story, "s14")).toThrow(NotFoundError);
  });
});

describe("relationsInSentence", () => {
  test("relationsInSentence lists the relations a sentence supports, without its events", () => {
    expect(relationsInSentence(story, "s4").map((r) => r.id)).toEqual(["openai-pursues-ai"]);
    expect(relationsInSentence(story, "s9")).toEqual([]);
  });
  test("relationsInSentence is the inverse of the relations' citations", () => {
    for (const s of story.sentences) {
      const expected = story.relations.filter((r) => r.citations.some((c) => c.sentence === s.id)).map((r) => r.id);
      expect(relationsInSentence(story, s.id).map((r) => r.id)).toEqual(expected);
    }
  });
  test("relationsInSentence throws NotFoundError for an unknown sentence", () => {
    expect(() => relationsInSentence(story, "s14")).toThrow(NotFoundError);
  });
});

describe("mentions", () => {
  test("mentions finds labels and descriptive aliases at their exact offsets", () => {
    const ms = mentions(story);
    for (const m of ms) expect(story.article.text.slice(m.start, m.end)).toBe(m.text);
    const s1 = ms.filter((m) => m.sentence === "s1").map((m) => [m.text, m.entities.join()]);
    expect(s1).toContainEqual(["géant de l’informatique", "microsoft"]);
    expect(s1).toContainEqual(["l’entreprise spécialisée en intelligence artificielle", "openai"]);
    expect(ms.find((m) => m.text === "les deux entreprises")!.entities).toEqual(["microsoft", "openai"]);
  });
  test("mentions never overlap and respect word boundaries", () => {
    const ms = mentions(story);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
    // "IA" must not match inside a word such as "spécialisée" or "financer".
    for (const m of ms) expect(/[\p{L}]/u.test(story.article.text[m.start - 1] ?? " ") && /[\p{L}]/u.test(m.text[0]!)).toBe(false);
  });
});

describe("sentencesMentioning", () => {
  test("sentencesMentioning lists the sentences naming an entity", () => {
    expect(sentencesMentioning(story, "sam-altman").map((s) => s.sentence.id)).toEqual(["s4"]);
    const ms = sentencesMentioning(story, "microsoft").map((s) => s.sentence.id);
    expect(ms).toContain("s9"); // "le géant de l’informatique"
    expect(ms).toContain("s3"); // "les deux entreprises"
  });
  test("sentencesMentioning throws NotFoundError for an unknown id", () => {
    expect(() => sentencesMentioning(story, "apple")).toThrow(NotFoundError);
  });
});

describe("shortestPath", () => {
  test("shortestPath joins Musk to Microsoft through the founding event and OpenAI", () => {
    const path = shortestPath(story, "elon-musk", "microsoft")!;
    expect(path.map((s) => [s.from.id, s.to.id])).toEqual([
      ["elon-musk", "openai-founding"],
      ["openai-founding", "openai"],
      ["openai", "microsoft"],
    ]);
    expect(path[0]!.relations).toEqual([]);
    expect(path[0]!.participations.map((p) => [p.event.id, p.role, p.outgoing])).toEqual([["openai-founding", "founder", false]]);
    expect(path[1]!.participations.map((p) => [p.role, p.outgoing])).toEqual([["founded", true]]);
    expect(path[2]!.relations.map((r) => r.id)).toEqual(story.relations.filter((r) => [r.source, r.target].sort().join() === "microsoft,openai").map((r) => r.id));
    expect(path[2]!.participations).toEqual([]);
  });
  test("shortestPath runs between events too", () => {
    const path = shortestPath(story, "openai-founding", "break-up-consequences")!;
    expect(path).toHaveLength(2);
    expect(path[0]!.from.id).toBe("openai-founding");
    expect(path[0]!.to.id).toBe("openai");
    expect(path[1]!.participations.map((p) => p.role)).toEqual(["affected"]);
  });
  test("shortestPath returns [] for the same node and null when nothing joins them", () => {
    expect(shortestPath(story, "openai", "openai")).toEqual([]);
    const island = buildStory(mutated((s) => s.entities.push({ id: "apple", kind: "organization", label: "Apple" })));
    expect(shortestPath(island, "apple", "openai")).toBeNull();
  });
  test("shortestPath throws NotFoundError for an unknown id or a relation id", () => {
    expect(() => shortestPath(story, "openai", "apple")).toThrow(NotFoundError);
    expect(() => shortestPath(story, "microsoft-partnered-openai", "openai")).toThrow(NotFoundError);
  });
});

describe("timeline", () => {
  test("timeline sorts the claims with a period by their first day, relations before events on a tie, and leaves the others out", () => {
    const t = timeline(story);
    expect(t.map((c) => c.id)).toEqual(["openai-founding", "microsoft-partnered-openai", "microsoft-investment-2019"]);
    expect(t.length).toBe([...story.relations, ...story.events].filter((c) => c.period).length);
  });
  test("timeline places a claim without a start by the last day of its period", () => {
    const story2 = buildStory(
      mutated((s) => {
        s.relations.find((r) => r.id === "openai-pursues-ai")!.end = { value: "2016", inferred: "test" };
      }),
    );
    expect(timeline(story2).map((c) => c.id)).toEqual(["openai-founding", "openai-pursues-ai", "microsoft-partnered-openai", "microsoft-investment-2019"]);
  });
});

describe("sentenceCoverage", () => {
  test("sentenceCoverage counts the citations of each sentence and names the claims they support", () => {
    const coverage = sentenceCoverage(story);
    expect(coverage).toHaveLength(story.sentences.length);
    const total = coverage.reduce((n, c) => n + c.citations, 0);
    expect(total).toBe([...story.relations, ...story.events].reduce((n, r) => n + r.citations.length, 0));
    expect(coverage.find((c) => c.sentence.id === "s4")!.claims).toEqual(["openai-pursues-ai", "openai-founding"]);
    expect(coverage.find((c) => c.sentence.id === "s12")!.citations).toBe(4);
    const s10 = coverage.find((c) => c.sentence.id === "s10")!;
    expect(s10).toMatchObject({ citations: 0, claims: [] });
    expect(s10.noClaim).toMatch(/no relation/);
  });
});

describe("toGraph", () => {
  test("toGraph has entities and events as nodes, relations and participations as directed edges", () => {
    const g = toGraph(story);
    expect(g.type).toBe("directed");
    expect(g.multi).toBe(true);
    expect(g.order).toBe(story.entities.length + story.events.length);
    const participations = story.events.reduce((n, e) => n + e.participants.length, 0);
    expect(g.size).toBe(story.relations.length + participations);
    expect(g.getNodeAttribute("partnership-break-up", "type")).toBe("event");
    expect(g.getNodeAttribute("openai", "type")).toBe("entity");
  });
  test("toGraph keeps parallel relations as separate edges keyed by relation id", () => {
    const g = toGraph(story);
    expect(g.outEdges("microsoft", "openai").sort()).toEqual(
      story.relations.filter((r) => r.source === "microsoft" && r.target === "openai").map((r) => r.id).sort(),
    );
    const invested = g.getEdgeAttributes("microsoft-invested-openai-13bn");
    expect(invested.type === "relation" && invested.amount).toEqual({ value: 13e9, currency: "USD", scope: "total" });
  });
  test("toGraph joins each event to each participant, keyed event/role/participant", () => {
    const g = toGraph(story);
    const key = participationKey("break-up-consequences", "cause", "partnership-break-up");
    expect(key).toBe("break-up-consequences/cause/partnership-break-up");
    expect(g.source(key)).toBe("break-up-consequences");
    expect(g.target(key)).toBe("partnership-break-up");
    expect(g.getEdgeAttributes(key)).toEqual({ type: "participation", event: "break-up-consequences", role: "cause", participant: "partnership-break-up" });
    expect(g.outEdges("openai-founding").sort()).toEqual(["openai-founding/founded/openai", "openai-founding/founder/elon-musk", "openai-founding/founder/sam-altman"]);
  });
  test("toGraph returns a fresh graph each call", () => {
    const g = toGraph(story);
    g.dropNode("openai");
    expect(toGraph(story).hasNode("openai")).toBe(true);
  });
});
