import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import { DEFAULT_GEXF_OPTIONS, resolveGexfOptions, type GexfOptions } from "../src/graph/gexf/options.ts";
import { NEWS_CORE_VOCABULARY } from "../src/graph/vocabulary/resolve.ts";

const bad = (options: unknown) => () => resolveGexfOptions(options as Partial<GexfOptions>);

describe("resolveGexfOptions", () => {
  it("resolveGexfOptions returns the defaults when given nothing", () => {
    expect(resolveGexfOptions()).toEqual(DEFAULT_GEXF_OPTIONS);
  });
  it("resolveGexfOptions merges given values, colours per kind, the event and other colours", () => {
    const o = resolveGexfOptions({ seed: 7, dates: "onward", colors: { person: { r: 1, g: 2, b: 3 }, court: { r: 4, g: 5, b: 6 } }, eventColor: { r: 7, g: 8, b: 9 } });
    expect(o.seed).toBe(7);
    expect(o.dates).toBe("onward");
    expect(o.colors.person).toEqual({ r: 1, g: 2, b: 3 });
    expect(o.colors["court"]).toEqual({ r: 4, g: 5, b: 6 });
    expect(o.colors.organization).toEqual(DEFAULT_GEXF_OPTIONS.colors["organization"]);
    expect(o.eventColor).toEqual({ r: 7, g: 8, b: 9 });
    expect(o.otherColor).toEqual(DEFAULT_GEXF_OPTIONS.otherColor);
  });
  it("resolveGexfOptions has a default colour for every entity kind of the news core", () => {
    expect(Object.keys(DEFAULT_GEXF_OPTIONS.colors).sort()).toEqual(NEWS_CORE_VOCABULARY.entityKinds.map((k) => k.id).sort());
  });
  it("resolveGexfOptions accepts the edges of every range", () => {
    expect(() => resolveGexfOptions({ layoutIterations: 0, seed: 0xffffffff, chunkSize: 1, lastModified: "2024-02-29", dates: "static", pretty: false, creator: "" })).not.toThrow();
  });
  it("resolveGexfOptions rejects a non-object and an unknown option", () => {
    expect(bad(null)).toThrow(InvalidArgumentError);
    expect(bad(42)).toThrow(InvalidArgumentError);
    expect(bad({ layout: true })).toThrow(InvalidArgumentError);
  });
  it("resolveGexfOptions rejects layoutIterations that are not integers from 0 to 100000", () => {
    for (const v of [-1, 1.5, 100_001, NaN, "10"]) expect(bad({ layoutIterations: v })).toThrow(InvalidArgumentError);
  });
  it("resolveGexfOptions rejects a seed that is not an unsigned 32-bit integer", () => {
    for (const v of [-1, 2 ** 32, 0.5, "1"]) expect(bad({ seed: v })).toThrow(InvalidArgumentError);
  });
  it("resolveGexfOptions rejects an unknown date mode", () => {
    expect(bad({ dates: "timeline" })).toThrow(InvalidArgumentError);
  });
  it("resolveGexfOptions rejects a non-boolean pretty", () => {
    expect(bad({ pretty: "yes" })).toThrow(InvalidArgumentError);
  });
  it("resolveGexfOptions rejects a chunkSize that is not a positive integer", () => {
    for (const v of [0, -5, 2.5]) expect(bad({ chunkSize: v })).toThrow(InvalidArgumentError);
  });
  it("resolveGexfOptions rejects a non-string creator", () => {
    expect(bad({ creator: 3 })).toThrow(InvalidArgumentError);
  });
  it("resolveGexfOptions rejects a lastModified that is not null or a real day", () => {
    for (const v of ["2024", "2024-02", "2023-02-29", 20240101, "yesterday"]) expect(bad({ lastModified: v })).toThrow(InvalidArgumentError);
  });
  it("resolveGexfOptions rejects colours under keys that are not kind ids, or with bad channels", () => {
    expect(bad({ colors: { Place: { r: 0, g: 0, b: 0 } } })).toThrow(InvalidArgumentError);
    expect(bad({ colors: "red" })).toThrow(InvalidArgumentError);
    for (const c of [{ r: 256, g: 0, b: 0 }, { r: 0, g: -1, b: 0 }, { r: 0, g: 0, b: 1.5 }, { r: 0, g: 0 }, "#ff0000", null]) {
      expect(bad({ colors: { field: c } })).toThrow(InvalidArgumentError);
      expect(bad({ eventColor: c })).toThrow(InvalidArgumentError);
      expect(bad({ otherColor: c })).toThrow(InvalidArgumentError);
    }
  });
  it("resolveGexfOptions accepts positions and node colours by id, and rejects malformed ones", () => {
    const o = resolveGexfOptions({ positions: { a: { x: 1, y: -2.5 } }, nodeColors: { a: { r: 1, g: 2, b: 3 } } });
    expect(o.positions).toEqual({ a: { x: 1, y: -2.5 } });
    expect(o.nodeColors).toEqual({ a: { r: 1, g: 2, b: 3 } });
    for (const v of ["here", [], { a: { x: 1 } }, { a: { x: NaN, y: 0 } }, { a: { x: Infinity, y: 0 } }, { a: null }]) expect(bad({ positions: v })).toThrow(InvalidArgumentError);
    for (const v of ["red", [], { a: { r: 256, g: 0, b: 0 } }, { a: "#ff0000" }]) expect(bad({ nodeColors: v })).toThrow(InvalidArgumentError);
    expect(bad({ positions: { a: { x: "1", y: 0 } } })).toThrow(/options\.positions\.a/);
  });
});
