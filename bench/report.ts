/**
 * Formatting of benchmark results: numbers with sensible units, medians, and Markdown tables
 * (readable in a terminal and pasted as is into bench/RESULTS.md).
 */
import { median, type RunSample } from "./measure.ts";

export { median };

/** Median time (ms) and median peak (bytes) of samples. */
export function summarize(samples: readonly RunSample[]): { ms: number; peak: number; runs: number } {
  return { ms: median(samples.map((s) => s.ms)), peak: median(samples.map((s) => s.peakBytes)), runs: samples.length };
}

/** A duration: µs below 1 ms, ms below 10 s, else s. */
export function fmtTime(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  if (ms < 0.001) return `${(ms * 1e6).toFixed(0)} ns`;
  if (ms < 1) return `${(ms * 1000).toFixed(ms < 0.01 ? 2 : 1)} µs`;
  if (ms < 10_000) return `${ms.toFixed(ms < 10 ? 2 : ms < 100 ? 1 : 0)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Bytes as MB (10^6), or kB below 1 MB. */
export function fmtBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "–";
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}

/** A ratio such as "12.3×". */
export function fmtRatio(r: number): string {
  if (!Number.isFinite(r)) return "–";
  return `${r.toFixed(r < 10 ? 2 : r < 100 ? 1 : 0)}×`;
}

/** Throughput in MB/s. */
export function fmtRate(bytes: number, ms: number): string {
  if (!Number.isFinite(bytes) || !(ms > 0)) return "–";
  return `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`;
}

/** A Markdown table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.map(line)].join("\n");
}

/** One target of issue 6 and how the run measured it. */
export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  /** null when the run could not measure it; "figure" for a figure the issue asks for without a target. */
  readonly met: boolean | null | "figure";
}

export function targetsTable(checks: readonly TargetCheck[]): string {
  return table(
    ["target", "measured", "met"],
    checks.map((c) => [c.target, c.measured, c.met === "figure" ? "figure (no target)" : c.met === null ? "not measured" : c.met ? "yes" : "**no**"]),
  );
}
