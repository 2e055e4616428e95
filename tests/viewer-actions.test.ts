// View state actions (src/viewer/state/actions.ts): pure, never mutating, same object when nothing changes.
import { describe, expect, test } from "vitest";
import { CERTAINTIES, MODALITIES } from "../src/graph/values.ts";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import { defaultStory } from "../src/data/story.ts";
import * as a from "../src/viewer/state/actions.ts";
import { storyView } from "../src/viewer/state/story-view.ts";
import { INITIAL_STATE, type ViewState } from "../src/viewer/state/types.ts";

const frozen = (s: ViewState) => JSON.parse(JSON.stringify(s)) as ViewState;
const view = storyView(defaultStory());
const KINDS = view.kinds;
const SOURCES = view.sources.map((s) => s.value);

describe("select", () => {
  test("select sets a relation as the selection without touching the input state", () => {
    const before = frozen(INITIAL_STATE);
    const next = a.select({ type: "relation", id: "r1" })(INITIAL_STATE);
    expect(next.selection).toEqual({ type: "relation", id: "r1" });
    expect(INITIAL_STATE).toEqual(before);
  });
  test("select returns the same state when the same thing is selected again", () => {
    const s = a.select({ type: "event", id: "partnership-break-up" })(INITIAL_STATE);
    expect(a.select({ type: "event", id: "partnership-break-up" })(s)).toBe(s);
  });
  test("select of another type with the same id is a change", () => {
    const s = a.select({ type: "entity", id: "x" })(INITIAL_STATE);
    expect(a.select({ type: "event", id: "x" })(s).selection).toEqual({ type: "event", id: "x" });
  });
  test("toggleSelect selects, then clears on a second call", () => {
    const s = a.toggleSelect({ type: "sentence", id: "s2" })(INITIAL_STATE);
    expect(s.selection).toEqual({ type: "sentence", id: "s2" });
    expect(a.toggleSelect({ type: "sentence", id: "s2" })(s).selection).toBeNull();
  });
  test("clearSelection empties the selection and keeps the filters", () => {
    const s = a.toggleKind("pursues", false, KINDS)(a.select({ type: "entity", id: "openai" })(INITIAL_STATE));
    const cleared = a.clearSelection()(s);
    expect(cleared.selection).toBeNull();
    expect(cleared.filters).toBe(s.filters);
  });
});

describe("kind and source filters", () => {
  test("toggleKind hides a kind (every other kind listed, in order), and showing it again is 'every kind' (null)", () => {
    const hidden = a.toggleKind("invested", false, KINDS)(INITIAL_STATE);
    expect(hidden.filters.kinds).toEqual(KINDS.filter((k) => k !== "invested"));
    const shown = a.toggleKind("invested", true, KINDS)(hidden);
    expect(shown.filters.kinds).toBeNull();
  });
  test("toggleKind flips an event kind too; with the current value it returns the same state", () => {
    const s = a.toggleKind("termination", undefined, KINDS)(INITIAL_STATE);
    expect(s.filters.kinds).not.toContain("termination");
    expect(s.filters.kinds).toContain("founding");
    expect(a.toggleKind("invested", true, KINDS)(INITIAL_STATE)).toBe(INITIAL_STATE);
  });
  test("setKinds orders and de-duplicates, and gives null for every kind", () => {
    expect(a.setKinds(["pursues", "founding", "pursues"], KINDS)(INITIAL_STATE).filters.kinds).toEqual(["pursues", "founding"]);
    expect(a.setKinds([...KINDS].reverse(), KINDS)(INITIAL_STATE)).toBe(INITIAL_STATE);
  });
  test("toggleSource hides the author, keeping the named sources", () => {
    const s = a.toggleSource("author", false, SOURCES)(INITIAL_STATE);
    expect(s.filters.sources).toEqual(["des sources proches du dossier", "les sources"]);
    expect(a.toggleSource("author", true, SOURCES)(s).filters.sources).toBeNull();
  });
});

describe("citation filters", () => {
  test("toggleModality hides hypothetical claims and keeps MODALITIES order", () => {
    const s = a.toggleModality("hypothetical", false)(INITIAL_STATE);
    expect(s.filters.modalities).toEqual(MODALITIES.filter((m) => m !== "hypothetical"));
    expect(a.toggleModality("hypothetical")(s).filters.modalities).toEqual(MODALITIES);
  });
  test("setModalities keeps MODALITIES order", () => {
    expect(a.setModalities(["reported", "asserted"])(INITIAL_STATE).filters.modalities).toEqual(["asserted", "reported"]);
  });
  test("toggleCertainty and togglePolarity flip one value, in canonical order", () => {
    const s = a.toggleCertainty("certain", true)(a.toggleCertainty("certain", false)(INITIAL_STATE));
    expect(s.filters.certainties).toEqual(CERTAINTIES);
    expect(a.toggleCertainty("possible")(INITIAL_STATE).filters.certainties).toEqual(["certain", "probable", "unknown"]);
    expect(a.togglePolarity("negative", false)(INITIAL_STATE).filters.polarities).toEqual(["positive"]);
    expect(a.togglePolarity("negative", true)(INITIAL_STATE)).toBe(INITIAL_STATE);
  });
});

describe("timeline", () => {
  test("setFrom and setUntil accept YYYY-MM months and null", () => {
    const s = a.setUntil("2021-12")(a.setFrom("2020-01")(INITIAL_STATE));
    expect(s.filters).toMatchObject({ from: "2020-01", until: "2021-12" });
    expect(a.setFrom(null)(s).filters.from).toBeNull();
  });
  test("setFrom after the end moves the end to it, and setUntil before the start moves the start", () => {
    expect(a.setFrom("2022-03")(a.setUntil("2021-12")(INITIAL_STATE)).filters).toMatchObject({ from: "2022-03", until: "2022-03" });
    expect(a.setUntil("2019-01")(a.setFrom("2020-01")(INITIAL_STATE)).filters).toMatchObject({ from: "2019-01", until: "2019-01" });
  });
  test("setFrom and setUntil refuse anything that is not a month", () => {
    expect(() => a.setUntil("2015")).toThrow(InvalidArgumentError);
    expect(() => a.setFrom("2015-13")).toThrow(InvalidArgumentError);
  });
  test("setUndated and setSearch change only their filter", () => {
    const s = a.setSearch("géant")(a.setUndated(true)(INITIAL_STATE));
    expect(s.filters).toMatchObject({ undated: true, search: "géant", until: null });
    expect(a.setSearch("géant")(s)).toBe(s);
  });
});

describe("resetFilters / replaceState", () => {
  test("resetFilters restores every filter and keeps the selection", () => {
    const s = a.setFrom("2016-01")(a.toggleCertainty("possible", false)(a.toggleSource("les sources", false, SOURCES)(a.select({ type: "relation", id: "r" })(INITIAL_STATE))));
    const r = a.resetFilters()(s);
    expect(r.filters).toEqual(INITIAL_STATE.filters);
    expect(r.selection).toEqual({ type: "relation", id: "r" });
    expect(a.resetFilters()(r)).toBe(r);
  });
  test("replaceState returns the same object for an equal state and the new one otherwise", () => {
    const s = a.toggleKind("seeks", false, KINDS)(a.select({ type: "entity", id: "openai" })(INITIAL_STATE));
    expect(a.replaceState(frozen(s))(s)).toBe(s);
    expect(a.replaceState(INITIAL_STATE)(s)).toBe(INITIAL_STATE);
    expect(a.reset()(s)).toBe(INITIAL_STATE);
  });
  test("sameFilters compares the filters by value", () => {
    expect(a.sameFilters(INITIAL_STATE.filters, frozen(INITIAL_STATE).filters)).toBe(true);
    expect(a.sameFilters(INITIAL_STATE.filters, a.togglePolarity("positive")(INITIAL_STATE).filters)).toBe(false);
  });
});
