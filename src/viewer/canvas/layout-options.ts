/**
 * Options of the viewer's ForceAtlas2 run: when it counts as settled, and the limits after which
 * it stops anyway. Interface, defaults and a validating resolver. Pure.
 */
import { InvalidArgumentError } from "../../graph/errors.ts";
import type { SettleOptions } from "./settle.ts";

export interface LayoutOptions extends SettleOptions {
  /** Stop anyway after this many milliseconds of running. */
  readonly maxDurationMs: number;
  /** Stop anyway after this many steps. */
  readonly maxSteps: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = Object.freeze({
  threshold: 0.0002,
  calmSteps: 20,
  maxDurationMs: 20_000,
  maxSteps: 600,
});

/**
 * `options` over the defaults, checked.
 *
 * @throws {InvalidArgumentError} for an unknown option, a threshold that is not a positive
 *   finite number, or a count or duration that is not a positive integer.
 */
export function resolveLayoutOptions(options: Partial<LayoutOptions> = {}): LayoutOptions {
  const FN = "resolveLayoutOptions";
  for (const key of Object.keys(options)) {
    if (!(key in DEFAULT_LAYOUT_OPTIONS)) throw new InvalidArgumentError(FN, key, `unknown option (known: ${Object.keys(DEFAULT_LAYOUT_OPTIONS).join(", ")})`);
  }
  const o = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  if (!(Number.isFinite(o.threshold) && o.threshold > 0)) throw new InvalidArgumentError(FN, "threshold", `must be a positive number, got ${o.threshold}`);
  for (const key of ["calmSteps", "maxDurationMs", "maxSteps"] as const) {
    if (!(Number.isInteger(o[key]) && o[key] > 0)) throw new InvalidArgumentError(FN, key, `must be a positive integer, got ${o[key]}`);
  }
  return o;
}
