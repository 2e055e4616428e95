/**
 * Colour and size of a plain graph's nodes by one of their attributes (or their degree), as
 * Gephi Lite's and Retina's appearance panels do: a categorical attribute gets a palette (the
 * most frequent values first, the rest "other"), a numeric one a colour ramp and a size range.
 * The legend is drawn from the same scale. Pure: unit-tested in Node.
 */
import { InvalidArgumentError } from "../../graph/errors.ts";
import { parseHexColor } from "../../graph/gexf/color.ts";
import type { GexfValue, UntypedNode } from "../../graph/gexf/untyped.ts";
import { hexColor } from "./hex-color.ts";

/** A column of node values the reader may colour, size or filter by. */
export interface NodeColumn {
  /** `degree`, or `attr:` and the attribute's title. */
  readonly key: string;
  /** What the controls call it. */
  readonly label: string;
  /**
   * `numeric` when every value given is a number, else `categorical`; numbers that are all
   * integers with at most CATEGORY_PALETTE.length distinct values (a community or class id, such
   * as Gephi's "Modularity Class") are `categorical` too, as Gephi Lite reads them.
   */
  readonly kind: "numeric" | "categorical";
  /** One value per node, in the graph's node order (undefined: the node has none). */
  readonly values: readonly (GexfValue | undefined)[];
}

export interface ScaleOptions {
  /** Colours of categorical values, most frequent value first. */
  readonly palette: readonly string[];
  /** Colour of values beyond the palette ("other") and of nodes without a value. */
  readonly otherColor: string;
  /** Colours of the smallest and the largest numeric value. */
  readonly ramp: readonly [string, string];
  /** Node size in screen pixels of the smallest and the largest numeric value. */
  readonly sizeRange: readonly [number, number];
  /** Node size of a node without a value. */
  readonly missingSize: number;
}

/** Ten colours, distinct from each other and all ≥ 3:1 on white (graphics contrast). */
export const CATEGORY_PALETTE: readonly string[] = Object.freeze(["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#e6550d", "#8c564b", "#e377c2", "#17becf", "#7f7f00", "#393b79"]);

export const DEFAULT_SCALE_OPTIONS: ScaleOptions = Object.freeze({
  palette: CATEGORY_PALETTE,
  otherColor: "#9ca3af",
  ramp: Object.freeze(["#bfdbfe", "#1e3a8a"]) as readonly [string, string],
  sizeRange: Object.freeze([4, 24]) as readonly [number, number],
  missingSize: 3,
});

const HEX = /^#[0-9a-f]{6}$/i;

/**
 * `options` over the defaults, checked.
 *
 * @param options - overrides of DEFAULT_SCALE_OPTIONS.
 * @throws {InvalidArgumentError} for an unknown option, a colour that is not `#rrggbb`, an empty
 *   palette, or sizes that are not positive finite numbers in increasing order.
 */
export function resolveScaleOptions(options: Partial<ScaleOptions> = {}): ScaleOptions {
  const FN = "resolveScaleOptions";
  for (const key of Object.keys(options)) {
    if (!(key in DEFAULT_SCALE_OPTIONS)) throw new InvalidArgumentError(FN, key, `unknown option (known: ${Object.keys(DEFAULT_SCALE_OPTIONS).join(", ")})`);
  }
  const o = { ...DEFAULT_SCALE_OPTIONS, ...options };
  if (o.palette.length === 0) throw new InvalidArgumentError(FN, "palette", "must hold at least one colour");
  for (const c of [...o.palette, o.otherColor, ...o.ramp]) if (!HEX.test(c)) throw new InvalidArgumentError(FN, "colour", `must be #rrggbb, got ${JSON.stringify(c)}`);
  const [lo, hi] = o.sizeRange;
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo > 0 && lo <= hi)) throw new InvalidArgumentError(FN, "sizeRange", `must be two positive numbers, the first not over the second, got [${lo}, ${hi}]`);
  if (!(Number.isFinite(o.missingSize) && o.missingSize > 0)) throw new InvalidArgumentError(FN, "missingSize", `must be a positive number, got ${o.missingSize}`);
  return o;
}

/**
 * The columns of `nodes`: their degree first, then each attribute some node has, in the order
 * first met.
 *
 * @param nodes - the graph's nodes.
 * @param degree - the degree of each node, in the same order.
 */
export function nodeColumns(nodes: readonly UntypedNode[], degree: readonly number[]): NodeColumn[] {
  const titles: string[] = [];
  const seen = new Set<string>();
  for (const n of nodes) for (const t of Object.keys(n.attributes)) if (!seen.has(t)) seen.add(t), titles.push(t);
  const columns: NodeColumn[] = [{ key: "degree", label: "degree (number of edges)", kind: "numeric", values: degree }];
  for (const t of titles) {
    const values = nodes.map((n) => (Object.hasOwn(n.attributes, t) ? n.attributes[t] : undefined));
    const given = values.filter((v) => v !== undefined);
    const numeric = given.length > 0 && given.every((v) => typeof v === "number" && Number.isFinite(v));
    const classes = numeric && given.every((v) => Number.isInteger(v)) && new Set(given).size <= CATEGORY_PALETTE.length;
    columns.push({ key: `attr:${t}`, label: t, kind: numeric && !classes ? "numeric" : "categorical", values });
  }
  return columns;
}

/**
 * A value as the categorical scale, the legend, the filters and the details panel name it (lists
 * joined with `, `); undefined for no value.
 *
 * @param v - an attribute value, or undefined when the node has none.
 */
export function categoryOf(v: GexfValue): string;
export function categoryOf(v: GexfValue | undefined): string | undefined;
export function categoryOf(v: GexfValue | undefined): string | undefined {
  if (v === undefined) return undefined;
  return Array.isArray(v) ? v.join(", ") : String(v);
}

/** One legend entry of a categorical scale. */
export interface CategoryEntry {
  readonly value: string;
  readonly color: string;
  readonly count: number;
}

export interface CategoricalScale {
  readonly kind: "categorical";
  /** The values given a colour of their own, most frequent first (ties: in text order). */
  readonly entries: readonly CategoryEntry[];
  /** Nodes whose value is beyond the palette or missing (drawn in otherColor). */
  readonly other: number;
  readonly otherColor: string;
  colorOf(v: GexfValue | undefined): string;
}

export interface NumericScale {
  readonly kind: "numeric";
  readonly min: number;
  readonly max: number;
  readonly ramp: readonly [string, string];
  /** Nodes without a number. */
  readonly missing: number;
  colorOf(v: GexfValue | undefined): string;
  sizeOf(v: GexfValue | undefined): number;
}

export type AttributeScale = CategoricalScale | NumericScale;

/**
 * The least and the greatest of `values` (`[Infinity, -Infinity]` for none), in one pass: no
 * spread into Math.min, whose argument count has a limit a big graph's columns can pass.
 */
export function extent(values: Iterable<number>): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

/**
 * `#rrggbb` a fraction `t` of the way from `a` to `b`, channel by channel.
 *
 * @param a - the colour at 0, `#rgb` or `#rrggbb` (as parseHexColor reads it).
 * @param b - the colour at 1, likewise.
 * @param t - the fraction, clamped to 0–1 (a non-finite one is taken as 0).
 * @throws {InvalidArgumentError} for a colour parseHexColor does not read.
 */
export function mixColor(a: string, b: string, t: number): string {
  const channels = (text: string, name: string) => {
    const c = parseHexColor(text);
    if (!c) throw new InvalidArgumentError("mixColor", name, `must be #rgb or #rrggbb, got ${JSON.stringify(text)}`);
    return c;
  };
  const from = channels(a, "a");
  const to = channels(b, "b");
  const u = Math.max(0, Math.min(1, Number.isFinite(t) ? t : 0));
  const at = (k: "r" | "g" | "b") => from[k] + (to[k] - from[k]) * u;
  return hexColor({ r: at("r"), g: at("g"), b: at("b") });
}

/**
 * The scale of `column`: a palette for a categorical column, a ramp and a size range for a
 * numeric one.
 *
 * @param column - see nodeColumns.
 * @param options - see ScaleOptions.
 * @throws {InvalidArgumentError} for invalid options (see resolveScaleOptions).
 */
export function attributeScale(column: NodeColumn, options: Partial<ScaleOptions> = {}): AttributeScale {
  const o = resolveScaleOptions(options);
  if (column.kind === "numeric") {
    const nums = column.values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
    const [min, max] = nums.length ? extent(nums) : [0, 0];
    const at = (v: GexfValue | undefined) => (typeof v === "number" && Number.isFinite(v) ? (max > min ? (v - min) / (max - min) : 0.5) : null);
    return {
      kind: "numeric",
      min,
      max,
      ramp: o.ramp,
      missing: column.values.length - nums.length,
      colorOf: (v) => {
        const t = at(v);
        return t === null ? o.otherColor : mixColor(o.ramp[0], o.ramp[1], t);
      },
      sizeOf: (v) => {
        const t = at(v);
        return t === null ? o.missingSize : o.sizeRange[0] + t * (o.sizeRange[1] - o.sizeRange[0]);
      },
    };
  }
  const counts = new Map<string, number>();
  let missing = 0;
  for (const v of column.values) {
    const c = categoryOf(v);
    if (c === undefined) missing++;
    else counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const kept = ranked.slice(0, o.palette.length);
  const entries = kept.map(([value, count], i) => ({ value, count, color: o.palette[i]! }));
  const colors = new Map(entries.map((e) => [e.value, e.color]));
  const other = missing + ranked.slice(o.palette.length).reduce((s, [, n]) => s + n, 0);
  return {
    kind: "categorical",
    entries,
    other,
    otherColor: o.otherColor,
    colorOf: (v) => colors.get(categoryOf(v) ?? "\u0000") ?? o.otherColor,
  };
}
