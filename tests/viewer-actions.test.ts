// View state actions (src/viewer/state/actions.ts): pure, never mutating, same object when nothing changes.
import { describe, expect, test } from "vitest";
import { MODALITIES, RELATION_KINDS } from "../src/graph/kinds.ts";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import * as a from "../src/viewer/state/actions.ts";
import { INITIAL_STATE, type ViewState } from "../src/viewer/state/types.ts";

const frozen = (s: ViewState) => JSON.parse(JSON.stringify(s)) as ViewState;

describe("select", () => {
  test("select sets a relation as the selection without touching the input state", () => {
    const before = frozen(INITIAL_STATE);
    const next = a.select({ type: "relation", id: "r1" })(INITIAL_STATE);
    expect(next.selection).toEqual({ type: "relation", id: "r1" });
    expect(INITIAL_STATE).toEqual(before);
  });
  test("select returns the same state when the same thing is selected again", () => {
    const s = a.select({ type: "entity", id: "microsoft" })(INITIAL_STATE);
    expect(a.select({ type: "entity", id: "microsoft" })(s)).toBe(s);
  });
  test("select of another type with the same id is a change", () => {
    const s = a.select({ type: "entity", id: "x" })(INITIAL_STATE);
    expect(a.select({ type: "relation", id: "x" })(s).selection).toEqual({ type: "relation", id: "x" });
  });
  test("toggleSelect selects, then clears on a second call", () => {
    const s = a.toggleSelect({ type: "sentence", id: "s2" })(INITIAL_STATE);
    expect(s.selection).toEqual({ type: "sentence", id: "s2" });
    expect(a.toggleSelect({ type: "sentence", id: "s2" })(s).selection).toBeNull();
  });
  test("clearSelection empties the selection and keeps the filters", () => {
    const s = a.toggleKind("founded", false)(a.select({ type: "entity", id: "openai" })(INITIAL_STATE));
    const cleared = a.clearSelection()(s);
    expect(cleared.selection).toBeNull();
    expect(cleared.filters).toBe(s.filters);
  });
});

describe("filters", () => {
  test("toggleKind hides then shows a kind, keeping the canonical order", () => {
    const hidden = a.toggleKind("invested")(INITIAL_STATE);
    expect(hidden.filters.kinds).not.toContain("invested");
    const shown = a.toggleKind("invested", true)(hidden);
    expect(shown.filters.kinds).toEqual(RELATION_KINDS);
  });
  test("toggleKind with the current value returns the same state", () => {
    expect(a.toggleKind("invested", true)(INITIAL_STATE)).toBe(INITIAL_STATE);
  });
  test("setKinds orders and de-duplicates", () => {
    expect(a.setKinds(["pursues", "founded", "pursues"])(INITIAL_STATE).filters.kinds).toEqual(["founded", "pursues"]);
  });
  test("toggleModality hides hypothetical claims", () => {
    const s = a.toggleModality("hypothetical", false)(INITIAL_STATE);
    expect(s.filters.modalities).toEqual(MODALITIES.filter((m) => m !== "hypothetical"));
    expect(a.toggleModality("hypothetical")(s).filters.modalities).toEqual(MODALITIES);
  });
  test("setModalities keeps MODALITIES order", () => {
    expect(a.setModalities(["reported", "asserted"])(INITIAL_STATE).filters.modalities).toEqual(["asserted", "reported"]);
  });
  test("setUntil accepts a YYYY-MM month and null", () => {
    const s = a.setUntil("2015-12")(INITIAL_STATE);
    expect(s.filters.until).toBe("2015-12");
    expect(a.setUntil(null)(s).filters.until).toBeNull();
  });
  test("setUntil refuses anything that is not a month", () => {
    expect(() => a.setUntil("2015")).toThrow(InvalidArgumentError);
    expect(() => a.setUntil("2015-13")).toThrow(InvalidArgumentError);
  });
  test("setUndated and setSearch change only their filter", () => {
    const s = a.setSearch("géant")(a.setUndated(true)(INITIAL_STATE));
    expect(s.filters).toMatchObject({ undated: true, search: "géant", until: null });
    expect(a.setSearch("géant")(s)).toBe(s);
  });
  test("resetFilters restores every filter and keeps the selection", () => {
    const s = a.setUntil("2016-01")(a.toggleKind("seeks", false)(a.select({ type: "relation", id: "r" })(INITIAL_STATE)));
    const r = a.resetFilters()(s);
    expect(r.filters).toEqual(INITIAL_STATE.filters);
    expect(r.selection).toEqual({ type: "relation", id: "r" });
    expect(a.resetFilters()(r)).toBe(r);
  });
  test("replaceState returns the same object for an equal state and the new one otherwise", () => {
    const s = a.select({ type: "entity", id: "openai" })(INITIAL_STATE);
    expect(a.replaceState(frozen(s))(s)).toBe(s);
    expect(a.replaceState(INITIAL_STATE)(s)).toBe(INITIAL_STATE);
    expect(a.reset()(s)).toBe(INITIAL_STATE);
  });
});
