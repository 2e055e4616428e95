/** Viewer benchmarks in headless Chromium (filled in below). */
import type { TargetCheck } from "./report.ts";

export interface ViewerConfig {
  readonly runs: number;
  readonly big: { readonly entities: number; readonly relations: number };
  readonly hovers: number;
}

export async function runViewerBench(_c: ViewerConfig, _dir: string, _log: (m: string) => void): Promise<{ section: string; checks: TargetCheck[] }> {
  return { section: "### Viewer\n\nnot measured yet", checks: [] };
}
