/**
 * compileShapeCheck (src/graph/input/schema-check.ts): the fast shape check must never say yes where zod
 * says no (buildStory would then skip zod's issues), and should say yes to valid stories.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { generateStory } from "../bench/generate.ts";
import { defaultStoryInput } from "../src/data/story.ts";
import { compileShapeCheck } from "../src/graph/input/schema-check.ts";
import { StorySchema } from "../src/graph/input/schema.ts";
import { REPO_ROOT } from "./helpers/tools.ts";

const check = compileShapeCheck(StorySchema)!;
const agree = (value: unknown) => expect(check(value), JSON.stringify(value)?.slice(0, 200)).toBe(StorySchema.safeParse(value).success);

function fixtures(): unknown[] {
  const dir = path.join(REPO_ROOT, "tests/fixtures");
  const files = [
    ...readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => path.join(dir, f)),
    ...readdirSync(path.join(dir, "invalid")).filter((f) => f.endsWith(".json") && f !== "expected.json").map((f) => path.join(dir, "invalid", f)),
  ];
  const values: unknown[] = [];
  for (const f of files) {
    try {
      values.push(JSON.parse(readFileSync(f, "utf8")));
    } catch {
      // not JSON: not a shape question
    }
  }
  return values;
}

describe("compileShapeCheck on the story schema", () => {
  test("compileShapeCheck compiles the story schema (buildStory's fast path exists)", () => {
    expect(typeof compileShapeCheck(StorySchema)).toBe("function");
  });
  test("compileShapeCheck accepts the default story and generated stories, as zod does", () => {
    for (const v of [defaultStoryInput(), generateStory({ entities: 40, relations: 300 })]) {
      expect(check(v)).toBe(true);
      agree(v);
    }
  });
  test("compileShapeCheck agrees with zod on every story fixture, valid and invalid", () => {
    const values = fixtures();
    expect(values.length).toBeGreaterThan(40);
    for (const v of values) agree(v);
  });
  test("compileShapeCheck agrees with zod on mutated stories (a field removed, retyped or added anywhere)", () => {
    const base = JSON.parse(JSON.stringify(defaultStoryInput())) as unknown;
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, at: (string | number)[]) => {
      if (at.length) paths.push(at);
      if (Array.isArray(v)) v.slice(0, 3).forEach((x, i) => walk(x, [...at, i]));
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...at, k]);
    };
    walk(base, []);
    const odd = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.constant(NaN),
      fc.constant(Infinity),
      fc.constant(-1),
      fc.constant(1.5),
      fc.constant(""),
      fc.constant("Q0"),
      fc.constant("s0"),
      fc.constant("2019-7"),
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant([]),
      fc.constant({}),
      fc.constant(Object.create({ inherited: 1 }) as unknown),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: paths.length - 1 }), odd, fc.constantFrom("set", "delete", "add"), (i, value, how) => {
        const copy = structuredClone(base) as Record<string | number, unknown>;
        const at = paths[i]!;
        let parent = copy as Record<string | number, unknown>;
        for (const k of at.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
        const last = at[at.length - 1]!;
        if (how === "set") parent[last] = value;
        else if (how === "delete") delete parent[last];
        else if (parent && typeof parent === "object" && !Array.isArray(parent)) parent["extra"] = value;
        expect(check(copy)).toBe(StorySchema.safeParse(copy).success);
      }),
      { numRuns: 3000, seed: 20240611 },
    );
  });
});

describe("compileShapeCheck on other schemas", () => {
  test("compileShapeCheck returns null for schema types or checks it does not know", () => {
    expect(compileShapeCheck(z.tuple([z.string(), z.number()]))).toBeNull();
    expect(compileShapeCheck(z.looseObject({ a: z.string() }))).toBeNull(); // keeps unknown keys of any type
    expect(compileShapeCheck(z.strictObject({ a: z.string().email() }))).toBeNull();
    expect(compileShapeCheck(z.strictObject({ a: z.number().multipleOf(3) }))).toBeNull();
    expect(compileShapeCheck(z.strictObject({ a: z.array(z.string()).length(2) }))).toBeNull();
    expect(compileShapeCheck(z.union([z.string(), z.tuple([z.string()])]))).toBeNull();
  });
  test("compileShapeCheck follows boolean, union and array length rules like zod", () => {
    const schema = z.strictObject({
      b: z.boolean(),
      u: z.union([z.string().min(1), z.strictObject({ value: z.string(), why: z.string() })]),
      list: z.array(z.string()).min(1).max(2),
    });
    const c = compileShapeCheck(schema)!;
    const ok = { b: true, u: "x", list: ["a"] };
    const cases: unknown[] = [
      ok,
      { ...ok, b: 0 },
      { ...ok, u: "" },
      { ...ok, u: { value: "v", why: "w" } },
      { ...ok, u: { value: "v" } },
      { ...ok, u: { value: "v", why: "w", extra: 1 } },
      { ...ok, u: 3 },
      { ...ok, list: [] },
      { ...ok, list: ["a", "b"] },
      { ...ok, list: ["a", "b", "c"] },
      { ...ok, list: [1] },
    ];
    for (const v of cases) expect(c(v), JSON.stringify(v)).toBe(schema.safeParse(v).success);
  });
  test("compileShapeCheck follows string, number, enum, literal, optional and array rules like zod", () => {
    const schema = z.strictObject({
      s: z.string().regex(/^a+$/).min(2).max(4),
      n: z.number().int().min(0).max(10),
      m: z.number().gt(0).lt(1).optional(),
      e: z.enum(["x", "y"]),
      l: z.literal("v1"),
      list: z.array(z.strictObject({ k: z.string() })),
    });
    const c = compileShapeCheck(schema)!;
    const ok = { s: "aa", n: 3, e: "x", l: "v1", list: [{ k: "" }] };
    const cases: unknown[] = [
      ok,
      { ...ok, m: 0.5 },
      { ...ok, m: undefined },
      { ...ok, m: 0 },
      { ...ok, m: 1 },
      { ...ok, s: "a" },
      { ...ok, s: "aaaaa" },
      { ...ok, s: "ab" },
      { ...ok, n: 11 },
      { ...ok, n: -1 },
      { ...ok, n: 2.5 },
      { ...ok, n: NaN },
      { ...ok, n: Infinity },
      { ...ok, n: "3" },
      { ...ok, e: "z" },
      { ...ok, l: "v2" },
      { ...ok, list: [{ k: 1 }] },
      { ...ok, list: [{ k: "", j: "" }] },
      { ...ok, list: {} },
      { ...ok, extra: 1 },
      { s: "aa", n: 3, e: "x", l: "v1" },
      [ok],
      null,
      "ok",
      Object.assign(Object.create(null) as object, ok),
    ];
    for (const v of cases) expect(c(v), JSON.stringify(v)).toBe(schema.safeParse(v).success);
    // an object that inherits a field: zod reads it, the check does not vouch for it (no fast path)
    const inherits = Object.assign(Object.create({ s: "aa" }) as object, { n: 3, e: "x", l: "v1", list: [] });
    expect(schema.safeParse(inherits).success).toBe(true);
    expect(c(inherits)).toBe(false);
  });
});
