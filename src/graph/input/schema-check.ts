/**
 * A fast yes/no shape check compiled from a zod schema, so that `buildStory` can skip zod's parse
 * for inputs that are valid. zod's parse copies the whole input (a new object for every entity,
 * relation and citation) and costs a quarter of loading a big story; most inputs are valid.
 *
 * The check is compiled from the schema's own definition (zod stays the single source of the
 * format). It answers `true` only when zod would accept the value unchanged: a plain object
 * whose keys are all known and whose required keys are present, strings, numbers, booleans,
 * enums, literals, optional values, arrays (with length bounds) and unions of these, with the string and number checks the story schema uses (regex,
 * length, safe integer, bounds). Anything else in the schema makes `compileShapeCheck` return
 * `null` (no fast path), and any value it is unsure of answers `false`: the caller then asks zod,
 * which reports the issues. A test checks that the compiled check and zod agree.
 */
import type { z } from "zod";

/** True when zod would accept `value` as is. */
export type ShapeCheck = (value: unknown) => boolean;

interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly catchall?: Schema;
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly values?: readonly unknown[];
  readonly options?: readonly Schema[];
}
interface CheckDef {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
}
interface Schema {
  readonly _zod: { readonly def: Def };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function compileString(checks: readonly CheckDef[]): ShapeCheck | null {
  const tests: ((s: string) => boolean)[] = [];
  for (const c of checks) {
    if (c.check === "string_format" && c.format === "regex" && c.pattern instanceof RegExp && !c.pattern.global && !c.pattern.sticky) {
      const re = c.pattern;
      tests.push((s) => re.test(s));
    } else if (c.check === "min_length" && typeof c.minimum === "number") {
      const min = c.minimum;
      tests.push((s) => s.length >= min);
    } else if (c.check === "max_length" && typeof c.maximum === "number") {
      const max = c.maximum;
      tests.push((s) => s.length <= max);
    } else return null;
  }
  return (v) => {
    if (typeof v !== "string") return false;
    for (const t of tests) if (!t(v)) return false;
    return true;
  };
}

function compileNumber(checks: readonly CheckDef[]): ShapeCheck | null {
  const tests: ((n: number) => boolean)[] = [];
  for (const c of checks) {
    if (c.check === "number_format" && c.format === "safeint") tests.push(Number.isSafeInteger);
    else if (c.check === "greater_than" && typeof c.value === "number") {
      const { value, inclusive } = c;
      tests.push(inclusive ? (n) => n >= value : (n) => n > value);
    } else if (c.check === "less_than" && typeof c.value === "number") {
      const { value, inclusive } = c;
      tests.push(inclusive ? (n) => n <= value : (n) => n < value);
    } else return null;
  }
  return (v) => {
    if (typeof v !== "number" || !Number.isFinite(v)) return false;
    for (const t of tests) if (!t(v)) return false;
    return true;
  };
}

function compileObject(def: Def): ShapeCheck | null {
  if (!def.shape) return null;
  // strict (catchall never) or strip (no catchall) objects; unknown keys always answer false
  if (def.catchall !== undefined && def.catchall._zod.def.type !== "never") return null;
  const keys = Object.keys(def.shape);
  const fields: { key: string; optional: boolean; check: ShapeCheck }[] = [];
  for (const key of keys) {
    const field = def.shape[key]!;
    const check = compile(field);
    if (!check) return null;
    fields.push({ key, optional: field._zod.def.type === "optional", check });
  }
  return (v) => {
    if (!isPlainObject(v)) return false;
    // every own key must be a known field: count the known fields present and compare with the
    // number of keys (no lookup per key)
    let present = 0;
    for (let k = 0; k < fields.length; k++) {
      const f = fields[k]!;
      const x = v[f.key];
      if (x === undefined && !Object.hasOwn(v, f.key)) {
        if (!f.optional) return false;
        continue;
      }
      present++;
      if (!f.check(x)) return false;
    }
    let keys = 0;
    for (const _ in v) if (++keys > present) return false;
    return true;
  };
}

/**
 * Compile `schema` into a shape check, or `null` when the schema uses something the compiler does
 * not know (then every value must go through zod).
 */
export function compileShapeCheck(schema: z.ZodType): ShapeCheck | null {
  return compile(schema as unknown as Schema);
}

function compile(schema: Schema): ShapeCheck | null {
  const def = schema._zod.def;
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  switch (def.type) {
    case "string":
      return compileString(checks);
    case "number":
      return compileNumber(checks);
    case "object":
      return checks.length ? null : compileObject(def);
    case "optional": {
      if (checks.length || !def.innerType) return null;
      const inner = compile(def.innerType);
      return inner && ((v) => v === undefined || inner(v));
    }
    case "array": {
      if (!def.element) return null;
      // length bounds are the only array checks the story schema uses (`roles` needs one)
      let min = 0;
      let max = Number.POSITIVE_INFINITY;
      for (const c of checks) {
        if (c.check === "min_length" && typeof c.minimum === "number") min = Math.max(min, c.minimum);
        else if (c.check === "max_length" && typeof c.maximum === "number") max = Math.min(max, c.maximum);
        else return null;
      }
      const element = compile(def.element);
      if (!element) return null;
      return (v) => {
        if (!Array.isArray(v) || v.length < min || v.length > max) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case "enum": {
      if (checks.length || !def.entries) return null;
      const values = new Set(Object.values(def.entries));
      return (v) => (typeof v === "string" || typeof v === "number") && values.has(v);
    }
    case "boolean":
      return checks.length ? null : (v) => typeof v === "boolean";
    case "union": {
      // zod returns the first option that accepts the value; each option here (a string, a strict
      // object) returns it unchanged, so "some option accepts it as is" is zod's answer
      if (checks.length || !def.options) return null;
      const options = def.options.map(compile);
      if (options.some((o) => o === null)) return null;
      const list = options as ShapeCheck[];
      return (v) => {
        for (const o of list) if (o(v)) return true;
        return false;
      };
    }
    case "literal": {
      if (checks.length || !def.values) return null;
      const values = def.values;
      return (v) => values.includes(v);
    }
    default:
      return null;
  }
}
