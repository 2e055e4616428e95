// compileClaimFilter: the citation filters (one citation must pass them all) and the time filters
// (the claim's period must overlap the days asked) every claim query shares.
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import type { Claim, Story } from "../src/graph/model.ts";
import { asList, compileClaimFilter, type CitationFilter, type TimeFilter } from "../src/graph/queries/claim-filter.ts";
import { mutated } from "./helpers/story.ts";

const story = defaultStory();
const claim = (s: Story, id: string): Claim => [...s.relations, ...s.events].find((c) => c.id === id)!;
/** The ids of the claims of `s` the compiled filter passes. */
const passing = (s: Story, f: CitationFilter & TimeFilter) => {
  const test = compileClaimFilter("test", f)!;
  return [...s.relations, ...s.events].filter(test).map((c) => c.id);
};
const passes = (c: Claim, f: CitationFilter & TimeFilter) => compileClaimFilter("test", f)!(c);

/** The default story with a source that is an entity (s6 names "le géant de l’informatique": Microsoft). */
const withEntitySource = buildStory(
  mutated((s) => {
    const c = s.relations.find((r) => r.id === "openai-seeks-microsoft")!.citations[0]!;
    c.sources = ["les sources", { name: "le géant de l’informatique", entity: "microsoft" }];
  }),
);

/** The default story dated 2024-03-05, with a state known only by its end (inferred). */
const dated = buildStory(
  mutated((s) => {
    s.article.published = "2024-03-05";
    s.relations.find((r) => r.id === "openai-pursues-ai")!.end = { value: "2018", inferred: "a test: a state known by its end only" };
  }),
);

describe("compileClaimFilter", () => {
  test("compileClaimFilter is null without a citation or time filter", () => {
    expect(compileClaimFilter("test", {})).toBeNull();
    expect(compileClaimFilter("test", { kind: "partnered" } as CitationFilter)).toBeNull();
  });

  test("compileClaimFilter holds the citation filters together on ONE citation", () => {
    const breakUp = claim(story, "partnership-break-up");
    // s3: possible, according to the sources; s9 and s11: unknown, the author's
    expect(passes(breakUp, { certainty: "possible", accordingTo: "des sources proches du dossier" })).toBe(true);
    expect(passes(breakUp, { certainty: "unknown", accordingTo: "des sources proches du dossier" })).toBe(false);
    expect(passes(breakUp, { certainty: "unknown" })).toBe(true);
    expect(passes(breakUp, { accordingTo: "des sources proches du dossier" })).toBe(true);
    expect(passes(breakUp, { modality: "reported", certainty: "unknown" })).toBe(false);
    expect(passes(breakUp, { modality: ["reported", "hedged"], certainty: ["unknown", "possible"], polarity: "positive" })).toBe(true);
    expect(passes(breakUp, { modality: "reported", polarity: "negative" })).toBe(false);
  });

  test("compileClaimFilter's accordingTo matches a source by its name, insensitive to case, accents, apostrophes and spacing", () => {
    expect(passing(story, { accordingTo: "des sources proches du dossier" })).toEqual(["microsoft-diverges-from-openai", "partnership-break-up"]);
    for (const name of ["DES SOURCES PROCHES DU DOSSIER", "des  sources proches du dossier", "Des sources proches du dossier"]) {
      expect(passing(story, { accordingTo: name }), name).toEqual(["microsoft-diverges-from-openai", "partnership-break-up"]);
    }
    expect(passing(withEntitySource, { accordingTo: "le geant de l'informatique" })).toEqual(["openai-seeks-microsoft"]);
    expect(passing(story, { accordingTo: "des sources" })).toEqual([]);
  });

  test("compileClaimFilter's accordingTo matches a source by the id of the entity it is", () => {
    expect(passing(withEntitySource, { accordingTo: "microsoft" })).toEqual(["openai-seeks-microsoft"]);
    // the chain's outer source matches too: the filter names any source of the chain
    expect(passing(withEntitySource, { accordingTo: "les sources" })).toEqual(["openai-seeks-microsoft", "microsoft-seeks-openai"]);
    expect(passing(story, { accordingTo: "microsoft" })).toEqual([]);
  });

  test("compileClaimFilter's accordingTo author matches the citations the author states on their own account", () => {
    const author = passing(story, { accordingTo: "author" });
    expect(author).toContain("partnership-break-up"); // s8…s12
    expect(author).not.toContain("microsoft-diverges-from-openai"); // every citation reported
    expect(author).toEqual([...story.relations, ...story.events].filter((c) => c.citations.some((x) => x.sources.length === 1)).map((c) => c.id));
    expect(passing(story, { accordingTo: "author", modality: "reported" })).toEqual([]);
    expect(passing(story, { accordingTo: ["author", "les sources"], certainty: "probable" })).toEqual(["openai-seeks-microsoft", "microsoft-seeks-openai", "partnership-strain"]);
  });

  test("compileClaimFilter's time filters against an ongoing state: it holds from its start on, without end when the article has no date", () => {
    const partnership = claim(story, "microsoft-partnered-openai");
    expect(partnership.period).toEqual({ from: "2019-07-01", to: null, ongoing: true });
    expect(passes(partnership, { at: "2030" })).toBe(true);
    expect(passes(partnership, { from: "2025" })).toBe(true);
    expect(passes(partnership, { at: "2019-07-31" })).toBe(true);
    expect(passes(partnership, { at: "2019-06-30" })).toBe(false);
    expect(passes(partnership, { to: "2019-06" })).toBe(false);
    expect(passes(partnership, { to: "2019-07" })).toBe(true);
  });

  test("compileClaimFilter's time filters against an ongoing state of a dated article: it holds up to the article's date", () => {
    const partnership = claim(dated, "microsoft-partnered-openai");
    expect(partnership.period).toEqual({ from: "2019-07-01", to: "2024-03-05", ongoing: true });
    expect(passes(partnership, { at: "2024-03-05" })).toBe(true);
    expect(passes(partnership, { at: "2024-03-06" })).toBe(false);
    expect(passes(partnership, { from: "2025" })).toBe(false);
    expect(passes(partnership, { from: "2024" })).toBe(true);
  });

  test("compileClaimFilter's time filters against a point in time: the days it covers", () => {
    const founding = claim(story, "openai-founding");
    expect(passes(founding, { at: "2015-06-10" })).toBe(true);
    expect(passes(founding, { at: "2016" })).toBe(false);
    expect(passes(founding, { from: "2015-12-31" })).toBe(true);
    expect(passes(founding, { from: "2016-01-01" })).toBe(false);
    expect(passes(founding, { to: "2015-01-01" })).toBe(true);
    expect(passes(founding, { to: "2014" })).toBe(false);
    expect(passes(founding, { from: "2014", to: "2016" })).toBe(true);
    expect(passes(founding, { from: "2015-02", to: "2015-03" })).toBe(true);
  });

  test("compileClaimFilter's time filters against open bounds: a claim known by its end only holds before it, without start", () => {
    const pursues = claim(dated, "openai-pursues-ai");
    expect(pursues.period).toEqual({ from: null, to: "2018-12-31", ongoing: false });
    expect(passes(pursues, { at: "1900" })).toBe(true);
    expect(passes(pursues, { to: "1900" })).toBe(true);
    expect(passes(pursues, { from: "2018-12" })).toBe(true);
    expect(passes(pursues, { from: "2019" })).toBe(false);
  });

  test("compileClaimFilter's time filters never pass a claim without a period; at, from and to must all hold", () => {
    expect(passes(claim(story, "microsoft-invested-openai-13bn"), { from: "1000" })).toBe(false);
    expect(passes(claim(story, "partnership-strain"), { at: "2020" })).toBe(false);
    const founding = claim(story, "openai-founding");
    expect(passes(founding, { at: "2015", from: "2016" })).toBe(false);
    expect(passes(founding, { at: "2015", from: "2010", to: "2020", modality: "asserted" })).toBe(true);
    expect(passes(founding, { at: "2015", modality: "hedged" })).toBe(false);
  });

  test("compileClaimFilter throws InvalidArgumentError, named for its caller, for a bad modality, certainty, polarity, source or date", () => {
    const bad: (CitationFilter & TimeFilter)[] = [
      { modality: "sure" as never },
      { modality: ["asserted", "fact" as never] },
      { certainty: "likely" as never },
      { polarity: "neutral" as never },
      { accordingTo: "" },
      { accordingTo: ["les sources", "  "] },
      { at: "2019-13" },
      { from: "July 2019" },
      { to: "2019-02-30" },
      { from: "2020", to: "2019-12-31" },
    ];
    for (const f of bad) {
      expect(() => compileClaimFilter("queryThings", f), JSON.stringify(f)).toThrow(InvalidArgumentError);
      expect(() => compileClaimFilter("queryThings", f)).toThrow(/^queryThings: /);
    }
    expect(compileClaimFilter("test", { from: "2019", to: "2019" })).not.toBeNull();
    expect(compileClaimFilter("test", { from: "2019-07", to: "2019" })).not.toBeNull();
  });
});

describe("asList", () => {
  test("asList wraps one value in a list and leaves a list or undefined as it is", () => {
    expect(asList("a")).toEqual(["a"]);
    const list = ["a", "b"] as const;
    expect(asList(list)).toBe(list);
    expect(asList(undefined)).toBeUndefined();
  });
});
