/**
 * Options of the GEXF writer: the interface, `DEFAULT_GEXF_OPTIONS`, and `resolveGexfOptions`, which
 * merges partial options over the defaults and rejects every invalid value with an
 * `InvalidArgumentError` naming the option.
 */
import { parseDate } from "../dates.ts";
import { InvalidArgumentError } from "../errors.ts";
import { ENTITY_KINDS, type EntityKind } from "../kinds.ts";

/** An RGB colour, each channel an integer 0–255 (written as `viz:color r g b`, never `hex`). */
export interface RgbColor {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/**
 * How date qualifiers become GEXF dynamics:
 * - `interval`: a dated edge has `start`/`end` = the first and last day its date covers
 *   (`2019-07` → 2019-07-01…2019-07-31), so Gephi's timeline shows it during that period;
 * - `onward`: a dated edge has only `start`, so it appears at its date and stays;
 * - `static`: no dynamics (`mode="static"`); the date stays in the `date` attribute.
 */
export const GEXF_DATE_MODES = ["interval", "onward", "static"] as const;
export type GexfDateMode = (typeof GEXF_DATE_MODES)[number];

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
  /** `viz:color` of the nodes of each entity kind. */
  readonly colors: Readonly<Record<EntityKind, RgbColor>>;
}

/** The defaults: Okabe–Ito colours (readable with colour-blindness), 200 layout iterations, interval dates. */
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
  }),
});

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
  for (const key of Object.keys(o.colors)) {
    if (!(ENTITY_KINDS as readonly string[]).includes(key)) bad(`colors.${key}`, `unknown entity kind (known: ${ENTITY_KINDS.join(", ")})`);
  }
  for (const kind of ENTITY_KINDS) {
    const c = o.colors[kind];
    const channel = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 255;
    if (!c || typeof c !== "object" || !channel(c.r) || !channel(c.g) || !channel(c.b)) {
      bad(`colors.${kind}`, "must be {r, g, b} with integer channels from 0 to 255");
    }
  }
  return o;
}
