/**
 * Time and peak memory of one operation inside a benchmark child process.
 *
 * Peak memory: before each run the child collects garbage (it runs with --expose-gc), resets the
 * kernel's peak-RSS counter (`/proc/self/clear_refs` ← 5, Linux ≥ 4.0) and notes its resident
 * size; after the run, the peak is `process.resourceUsage().maxRSS` minus that size: the memory
 * the operation itself needed on top of its input, whatever V8 or native code allocated.
 * Where the counter cannot be reset, the peak is the child's whole maxRSS minus the resident size
 * before the run, and `resettable` says so.
 */
import { readFileSync, writeFileSync } from "node:fs";

/** One measured run. */
export interface RunSample {
  readonly ms: number;
  /** Peak resident memory the run added, in bytes. */
  readonly peakBytes: number;
}

declare const gc: (() => void) | undefined;

function currentRss(): number {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.memoryUsage().rss;
}

let resettable: boolean | null = null;

/** Reset the peak-RSS counter to the current RSS; false where the system does not allow it. */
function resetPeak(): boolean {
  if (resettable === false) return false;
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    resettable = true;
  } catch {
    resettable = false;
  }
  return resettable;
}

/** Whether peaks are measured from a reset counter (true on Linux). */
export function peakIsResettable(): boolean {
  return resettable === true;
}

/** Collect garbage thoroughly (twice: weak references and finalizers settle). */
export function collect(): void {
  if (typeof gc !== "function") throw new Error("bench: run the child with node --expose-gc");
  gc();
  gc();
}

/**
 * Run `op` once, measuring wall time (performance.now) and peak memory. `op` returns what it
 * built, which is kept until the measure is taken (so it counts) and then dropped.
 */
export async function measure(op: () => unknown | Promise<unknown>): Promise<RunSample> {
  collect();
  resetPeak();
  const base = currentRss();
  const t0 = performance.now();
  let result: unknown = await op();
  const ms = performance.now() - t0;
  const peakBytes = Math.max(0, process.resourceUsage().maxRSS * 1024 - base);
  result = null;
  void result;
  return { ms, peakBytes };
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
