// What the filters show (src/viewer/state/filters.ts), on the default story: the library's claim
// filter (one citation passes every citation filter) and time filter (period overlaps the range).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import type { Entity } from "../src/graph/model.ts";
import { queryClaims } from "../src/graph/queries/claims.ts";
import { citationFilterOf, filtersActive, hiddenReason, searchEntities, visibility, visibleClaimIds } from "../src/viewer/state/filters.ts";
import { DEFAULT_FILTERS, type Filters } from "../src/viewer/state/types.ts";

const story = defaultStory();
const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });
const claim = (id: string) => [...story.relations, ...story.events].find((c) => c.id === id)!;
const shown = (filters: Filters) => [...visibleClaimIds(story, filters)].sort();

describe("hiddenReason / visibleClaimIds", () => {
  test("visibleClaimIds shows every relation and event by default", () => {
    expect(visibleClaimIds(story, DEFAULT_FILTERS).size).toBe(story.relations.length + story.events.length);
  });
  test("hiddenReason names the kind filter, for relation and event kinds alike", () => {
    expect(hiddenReason(claim("openai-pursues-ai"), f({ kinds: ["invested"] }))).toBe("kind");
    expect(hiddenReason(claim("openai-founding"), f({ kinds: ["invested"] }))).toBe("kind");
    expect(hiddenReason(claim("openai-founding"), f({ kinds: ["founding"] }))).toBeNull();
  });
  test("the certainty filter keeps only claims with a citation of a ticked certainty", () => {
    const certainOnly = f({ certainties: ["certain"] });
    expect(shown(certainOnly)).toEqual(["microsoft-invested-openai-13bn", "microsoft-investment-2019", "microsoft-partnered-openai", "microsoft-pursues-ai", "openai-founding", "openai-pursues-ai"]);
    expect(hiddenReason(claim("partnership-break-up"), certainOnly)).toBe("citations");
    // unticking possible and uncommitted hides the break-up and its consequences, nothing else
    const noPossible = f({ certainties: ["certain", "probable"] });
    expect(shown(DEFAULT_FILTERS).filter((id) => !visibleClaimIds(story, noPossible).has(id))).toEqual(["break-up-consequences", "partnership-break-up"]);
  });
  test("the source filter keeps claims whose source chain names a ticked source; 'author' is the author alone", () => {
    expect(shown(f({ sources: ["des sources proches du dossier"] }))).toEqual(["microsoft-diverges-from-openai", "partnership-break-up"]);
    expect(visibleClaimIds(story, f({ sources: ["author"] })).has("openai-seeks-microsoft")).toBe(false);
    expect(visibleClaimIds(story, f({ sources: ["author"] })).has("partnership-break-up")).toBe(true);
  });
  test("the citation filters hold together on one citation (the library's rule)", () => {
    // the break-up is possible according to the sources (s3); the divergence they report is probable
    const filters = f({ certainties: ["possible"], sources: ["des sources proches du dossier"] });
    expect(shown(filters)).toEqual(["partnership-break-up"]);
    const library = queryClaims(story, { certainty: ["possible"], accordingTo: ["des sources proches du dossier"] }).map((c) => c.id);
    expect(shown(filters)).toEqual(library.sort());
  });
  test("citationFilterOf passes only what filters something, and nothing passes an empty list", () => {
    expect(citationFilterOf(DEFAULT_FILTERS)).toEqual({});
    expect(citationFilterOf(f({ polarities: ["negative"], modalities: [] }))).toEqual({ polarity: "negative", modality: [] });
    expect(citationFilterOf(f({ polarities: [] }))).toBe(false);
    expect(visibleClaimIds(story, f({ polarities: [] })).size).toBe(0);
    expect(visibleClaimIds(story, f({ polarities: ["negative"] })).size).toBe(0);
    expect(visibleClaimIds(story, f({ sources: [] })).size).toBe(0);
  });
  test("hiding hypothetical claims hides the claims that only hypothetical words support", () => {
    const filters = f({ modalities: ["asserted", "hedged", "reported", "negated"] });
    expect(hiddenReason(claim("break-up-consequences"), filters)).toBe("citations");
    // s3 reports the break-up: a citation with a ticked word (reported) keeps it
    expect(hiddenReason(claim("partnership-break-up"), filters)).toBeNull();
  });
});

describe("timeline", () => {
  test("a range from 2020 keeps the ongoing partnership (since 2019-07) and hides the 2015 founding", () => {
    const filters = f({ from: "2020-01", until: "2021-12" });
    expect(hiddenReason(claim("microsoft-partnered-openai"), filters)).toBeNull();
    expect(hiddenReason(claim("openai-founding"), filters)).toBe("time");
    expect(hiddenReason(claim("microsoft-investment-2019"), filters)).toBe("time");
    expect(hiddenReason(claim("partnership-break-up"), filters)).toBe("undated");
    expect(shown(filters)).toEqual(["microsoft-partnered-openai"]);
  });
  test("the timeline up to 2015-12 leaves only the founding (dated after and undated hidden)", () => {
    expect(shown(f({ until: "2015-12" }))).toEqual(["openai-founding"]);
    expect(hiddenReason(claim("microsoft-partnered-openai"), f({ until: "2015-12" }))).toBe("time");
  });
  test("a point-in-time event shows only around its date; a month-precise one from its own month", () => {
    expect(hiddenReason(claim("openai-founding"), f({ from: "2015-06", until: "2015-06" }))).toBeNull();
    expect(hiddenReason(claim("openai-founding"), f({ from: "2016-01" }))).toBe("time");
    expect(hiddenReason(claim("microsoft-investment-2019"), f({ until: "2019-06" }))).toBe("time");
    expect(hiddenReason(claim("microsoft-investment-2019"), f({ until: "2019-07" }))).toBeNull();
  });
  test("the timeline keeps undated claims when asked", () => {
    const visible = visibleClaimIds(story, f({ until: "2015-01", undated: true }));
    expect(visible.has("openai-pursues-ai")).toBe(true);
    expect(visible.has("partnership-break-up")).toBe(true);
    expect(visible.has("microsoft-investment-2019")).toBe(false);
    expect(visible.has("openai-founding")).toBe(true);
  });
});

describe("visibility", () => {
  test("visibility shows events as nodes and their participations as edges", () => {
    const v = visibility(story, DEFAULT_FILTERS);
    expect(v.nodes.size).toBe(story.entities.length + story.events.length);
    expect(v.edges.has("openai-founding/founder/elon-musk")).toBe(true);
    expect(v.edges.has("break-up-consequences/cause/partnership-break-up")).toBe(true);
    expect(v.edges.size).toBe(story.relations.length + story.events.reduce((n, e) => n + e.participants.length, 0));
  });
  test("visibility hides entities whose every link is hidden, and the participations of hidden events", () => {
    const v = visibility(story, f({ until: "2015-12" }));
    expect([...v.nodes].sort()).toEqual(["elon-musk", "openai", "openai-founding", "sam-altman"]);
    expect([...v.edges].sort()).toEqual(["openai-founding/founded/openai", "openai-founding/founder/elon-musk", "openai-founding/founder/sam-altman"]);
    // the consequences event is shown while its cause is hidden: the edge between them is not
    const w = visibility(story, f({ kinds: ["impact", "partnered"] }));
    expect(w.nodes.has("break-up-consequences")).toBe(true);
    expect(w.nodes.has("partnership-break-up")).toBe(false);
    expect(w.edges.has("break-up-consequences/cause/partnership-break-up")).toBe(false);
    expect(w.edges.has("break-up-consequences/affected/microsoft")).toBe(true);
  });
  test("visibility always shows an entity without links, and caches the answer for the same filters", () => {
    const lonely: Entity = { type: "entity", id: "x", kind: "person", label: "X", aliases: [] };
    const s = { ...story, entities: [...story.entities, lonely] };
    expect(visibility(s, f({ kinds: [] })).nodes.has("x")).toBe(true);
    const filters = f({ until: "2016-01" });
    expect(visibility(story, filters)).toBe(visibility(story, filters));
  });
});

describe("filtersActive", () => {
  test("filtersActive is false by default and true once anything is hidden", () => {
    expect(filtersActive(DEFAULT_FILTERS)).toBe(false);
    expect(filtersActive(f({ until: "2016-01" }))).toBe(true);
    expect(filtersActive(f({ from: "2016-01" }))).toBe(true);
    expect(filtersActive(f({ kinds: [] }))).toBe(true);
    expect(filtersActive(f({ modalities: ["asserted"] }))).toBe(true);
    expect(filtersActive(f({ certainties: ["certain"] }))).toBe(true);
    expect(filtersActive(f({ polarities: ["positive"] }))).toBe(true);
    expect(filtersActive(f({ sources: ["author"] }))).toBe(true);
    expect(filtersActive(f({ search: "x" }))).toBe(false);
  });
});

describe("searchEntities", () => {
  test("searchEntities finds Microsoft from 'géant', insensitive to accents and apostrophes", () => {
    expect(searchEntities(story, "géant")[0]!.entity.id).toBe("microsoft");
    expect(searchEntities(story, "GEANT de l'informatique")[0]!.entity.id).toBe("microsoft");
    // A name starting with the query beats one containing it.
    expect(searchEntities(story, "géant")[0]!.matched).toBe("géant de l’informatique");
  });
  test("searchEntities ranks exact names first, then prefixes, then substrings", () => {
    expect(searchEntities(story, "musk").map((h) => h.entity.id)).toEqual(["elon-musk"]);
    expect(searchEntities(story, "ia")[0]!.entity.id).toBe("artificial-intelligence");
  });
  test("searchEntities returns nothing for a blank query or no match", () => {
    expect(searchEntities(story, "  ")).toEqual([]);
    expect(searchEntities(story, "zzz")).toEqual([]);
  });
});
