/**
 * Real clients for the GEXF tests: xmllint with the GEXF 1.3 RelaxNG schema, and python3 with
 * networkx. When one is missing the helper throws (so the test fails) with how to install it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The GEXF 1.3 RelaxNG schema (shared/ beside the repository). */
export const GEXF_RNG = path.resolve(REPO_ROOT, "../shared/gexf/1.3/gexf.rng");
/** The minimal GEXF 1.3 sample of shared/. */
export const MINIMAL_GEXF = path.resolve(REPO_ROOT, "../shared/gexf/examples/minimal-1.3.gexf");

function need(ok: boolean, what: string, install: string): void {
  if (!ok) throw new Error(`${what} is missing; install it with: ${install}`);
}

/** Result of validating files with xmllint. */
export interface XmllintResult {
  readonly status: number;
  /** xmllint's stderr: one "FILE validates" line per valid file, errors otherwise. */
  readonly output: string;
}

/** Validate `files` against gexf.rng with `xmllint --noout --relaxng` (one process for all files). */
export function xmllintRelaxng(files: readonly string[]): XmllintResult {
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  need(probe.error === undefined, "xmllint", "sudo apt-get install -y libxml2-utils (npm test installs it when run as root)");
  const r = spawnSync("xmllint", ["--noout", "--relaxng", GEXF_RNG, ...files], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status ?? -1, output: (r.stderr ?? "") + (r.stdout ?? "") };
}

/** Run a Python script with python3 (networkx required); returns its stdout. */
export function runNetworkx(script: string, args: readonly string[] = []): string {
  const probe = spawnSync("python3", ["-c", "import networkx"], { encoding: "utf8" });
  need(probe.status === 0, "python3 with networkx", "pip install 'networkx==3.6.*' (or: sudo apt-get install -y python3-networkx)");
  return execFileSync("python3", ["-c", script, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}
