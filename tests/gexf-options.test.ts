import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import { DEFAULT_GEXF_OPTIONS, resolveGexfOptions, type GexfOptions } from "../src/graph/gexf/options.ts";

const bad = (options: unknown) => () => resolveGexfOptions(options as Partial<GexfOptions>);

describe("resolveGexfOptions", () => {
  it("resolveGexfOptions returns the defaults when given nothing", () => {
    expect(resolveGexfOptions()).toEqual(DEFAULT_GEXF_OPTIONS);
  });
  it("resolveGexfOptions merges given values, colours per kind", () => {
    const o = resolveGexfOptions({ seed: 7, dates: "onward", colors: { person: { r: 1, g: 2, b: 3 } } as GexfOptions["colors"] });
    expect(o.seed).toBe(7);
    expect(o.dates).toBe("onward");
    expect(o.colors.person).toEqual({ r: 1, g: 2, b: 3 });
    expect(o.colors.organization).toEqual(DEFAULT_GEXF_OPTIONS.colors.organization);
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
  it("resolveGexfOptions rejects colours of unknown kinds or with bad channels", () => {
    expect(bad({ colors: { place: { r: 0, g: 0, b: 0 } } })).toThrow(InvalidArgumentError);
    for (const c of [{ r: 256, g: 0, b: 0 }, { r: 0, g: -1, b: 0 }, { r: 0, g: 0, b: 1.5 }, { r: 0, g: 0 }, "#ff0000"]) {
      expect(bad({ colors: { field: c } })).toThrow(InvalidArgumentError);
    }
  });
});
