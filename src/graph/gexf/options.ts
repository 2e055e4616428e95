/**
 * Options of the GEXF writer: the interface, `DEFAULT_GEXF_OPTIONS`, and `resolveGexfOptions`, which
 * merges partial options over the defaults and rejects every invalid value with an
 * `InvalidArgumentError` naming the option.
 */
import { parseDate } from "../dates.ts";
import { InvalidArgumentError } from "../errors.ts";

/** An RGB colour, each channel an integer 0–255 (written as `viz:color r g b`, never `hex`). */
export interface RgbColor {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/**
 * How a claim's period (the days it holds or happens, derived from its time qualifiers) becomes
 * GEXF dynamics, on a relation's edge and on an event's node and participation edges:
 * - `interval`: `start` = the period's first day and `end` = its last day, each when known
 *   (`pointInTime: 2019-07` → 2019-07-01…2019-07-31), so Gephi's timeline shows the claim during
 *   that period; an ongoing state (a start and no end) has no `end`;
 * - `onward`: only `start`, so the claim appears at its first day and stays;
 * - `static`: no dynamics (`mode="static"`); the qualifiers stay in their attributes.
 * Entities have no dynamics.
 */
export const GEXF_DATE_MODES = ["interval", "onward", "static"] as const;
/** How dated claims become GEXF dynamics (see `GEXF_DATE_MODES`). */
export type GexfDateMode = (typeof GEXF_DATE_MODES)[number];

/** Options of `toGexf` and `writeGexf` (defaults: `DEFAULT_GEXF_OPTIONS`). */
export interface GexfOptions {
  /** ForceAtlas2 iterations for `viz:position`; 0 writes no positions. */
  readonly layoutIterations: number;
  /** Seed (unsigned 32-bit integer) of the PRNG that places the nodes before ForceAtlas2. */
  readonly seed: number;
  /** How date qualifiers become GEXF dynamics. */
  readonly dates: GexfDateMode;
  /** Indent the XML (one element per line). */
  readonly pretty: boolean;
  /** Size the chunks of `writeGexf` aim at, in UTF-16 code units (a chunk ends after the element that reaches it). */
  readonly chunkSize: number;
  /** Text of `<meta><creator>`. */
  readonly creator: string;
  /** `lastmodifieddate` as YYYY-MM-DD, or `null` to leave it out so that one story always gives the same file. */
  readonly lastModified: string | null;
  /**
   * `viz:color` of the nodes of each entity kind. A kind without a colour takes its nearest
   * parent's (a story's `court` → `organization`), else `otherColor`.
   */
  readonly colors: Readonly<Record<string, RgbColor>>;
  /** `viz:color` of the entities whose kind (and parents) `colors` does not name. */
  readonly otherColor: RgbColor;
  /** `viz:color` of the event nodes (drawn as `viz:shape` diamonds; entities are discs). */
  readonly eventColor: RgbColor;
  /**
   * `viz:position` of every node by id (an entity's or event's), as a viewer has laid them out,
   * or `null` to lay them out with ForceAtlas2 (`layoutIterations`). When given, no layout runs,
   * and every node of the story must have a position.
   */
  readonly positions: Readonly<Record<string, { readonly x: number; readonly y: number }>> | null;
  /** `viz:color` of single nodes by id, over the colours by kind (`colors`, `eventColor`); `null` for none. */
  readonly nodeColors: Readonly<Record<string, RgbColor>> | null;
}

/** The defaults: Okabe–Ito colours (readable with colour-blindness; events vermilion), 200 layout iterations, interval dates. */
export const DEFAULT_GEXF_OPTIONS: GexfOptions = Object.freeze({
  layoutIterations: 200,
  seed: 1,
  dates: "interval",
  pretty: true,
  chunkSize: 64 * 1024,
  creator: "storygraph",
  lastModified: null,
  colors: Object.freeze({
    organization: Object.freeze({ r: 0, g: 114, b: 178 }),
    person: Object.freeze({ r: 230, g: 159, b: 0 }),
    field: Object.freeze({ r: 0, g: 158, b: 115 }),
    place: Object.freeze({ r: 86, g: 180, b: 233 }),
    product: Object.freeze({ r: 240, g: 228, b: 66 }),
    group: Object.freeze({ r: 204, g: 121, b: 167 }),
    document: Object.freeze({ r: 0, g: 0, b: 0 }),
  }),
  otherColor: Object.freeze({ r: 153, g: 153, b: 153 }),
  eventColor: Object.freeze({ r: 213, g: 94, b: 0 }),
  positions: null,
  nodeColors: null,
});

/** What a kind id looks like (the story file format's rule). */
const KIND_ID = /^[a-z0-9][a-z0-9._-]*$/;

const KEYS = Object.keys(DEFAULT_GEXF_OPTIONS) as (keyof GexfOptions)[];

/**
 * Merge `options` over `DEFAULT_GEXF_OPTIONS` and check every value.
 *
 * @param fn - name of the public function, to start error messages.
 * @throws {InvalidArgumentError} for an unknown option or a value out of its range.
 */
export function resolveGexfOptions(options: Partial<GexfOptions> = {}, fn = "toGexf"): GexfOptions {
  if (options === null || typeof options !== "object") throw new InvalidArgumentError(fn, "options", "must be an object");
  for (const key of Object.keys(options)) {
    if (!(KEYS as string[]).includes(key)) throw new InvalidArgumentError(fn, `options.${key}`, `unknown option (known: ${KEYS.join(", ")})`);
  }
  const o: GexfOptions = {
    ...DEFAULT_GEXF_OPTIONS,
    ...options,
    colors: { ...DEFAULT_GEXF_OPTIONS.colors, ...options.colors },
  };
  const bad = (key: string, detail: string): never => {
    throw new InvalidArgumentError(fn, `options.${key}`, detail);
  };
  if (!Number.isInteger(o.layoutIterations) || o.layoutIterations < 0 || o.layoutIterations > 100_000) {
    bad("layoutIterations", `must be an integer from 0 to 100000, got ${String(o.layoutIterations)}`);
  }
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff) bad("seed", `must be an integer from 0 to 4294967295, got ${String(o.seed)}`);
  if (!(GEXF_DATE_MODES as readonly string[]).includes(o.dates)) bad("dates", `must be one of ${GEXF_DATE_MODES.join(", ")}, got ${String(o.dates)}`);
  if (typeof o.pretty !== "boolean") bad("pretty", "must be a boolean");
  if (!Number.isInteger(o.chunkSize) || o.chunkSize < 1) bad("chunkSize", `must be a positive integer, got ${String(o.chunkSize)}`);
  if (typeof o.creator !== "string") bad("creator", "must be a string");
  if (o.lastModified !== null && (typeof o.lastModified !== "string" || parseDate(o.lastModified)?.precision !== "day")) {
    bad("lastModified", `must be null or a date YYYY-MM-DD, got ${String(o.lastModified)}`);
  }
  if (o.colors === null || typeof o.colors !== "object" || Array.isArray(o.colors)) bad("colors", "must be an object of colours by entity kind");
  const channel = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 255;
  const color = (key: string, c: unknown) => {
    const rgb = c as RgbColor;
    if (!c || typeof c !== "object" || !channel(rgb.r) || !channel(rgb.g) || !channel(rgb.b)) bad(key, "must be {r, g, b} with integer channels from 0 to 255");
  };
  for (const [kind, c] of Object.entries(o.colors)) {
    if (!KIND_ID.test(kind)) bad(`colors.${kind}`, "is not a kind id (lowercase letters, digits, '.', '_' or '-')");
    color(`colors.${kind}`, c);
  }
  color("otherColor", o.otherColor);
  color("eventColor", o.eventColor);
  const record = (v: unknown) => v !== null && typeof v === "object" && !Array.isArray(v);
  if (o.positions !== null) {
    if (!record(o.positions)) bad("positions", "must be null or an object of {x, y} by node id");
    for (const [id, p] of Object.entries(o.positions)) {
      if (!p || typeof p !== "object" || !Number.isFinite(p.x) || !Number.isFinite(p.y)) bad(`positions.${id}`, "must be {x, y} with finite numbers");
    }
  }
  if (o.nodeColors !== null) {
    if (!record(o.nodeColors)) bad("nodeColors", "must be null or an object of {r, g, b} by node id");
    for (const [id, c] of Object.entries(o.nodeColors)) color(`nodeColors.${id}`, c);
  }
  return o;
}
