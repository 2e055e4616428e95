/**
 * `npm run bench` (`tsx bench/run.ts`): storygraph's benchmark, side by side with what a user would
 * otherwise use, in one run, printed as Markdown tables of medians and ratios.
 *
 *   npm run bench                 full run (~15 min on 2 cores, rdf some 5 more); updates the table in bench/RESULTS.md
 *   npm run bench -- --quick      smaller sizes, fewer runs (< 1 min)
 *   npm run bench -- --only=load,query,export,import,cli,viewer,rdf
 *   npm run bench -- --only=rdf --rdf-sizes=20000,100000,200000   the RDF section at these sizes (claims)
 *   npm run bench -- --only=rdf --rdf-sizes=1000000 --rdf-loads=oxigraph,bulk   and only these loads
 *
 * Every measured run is a fresh child process (bench/child.ts, or python3 for networkx) that
 * prepares its input untimed and then times one operation and its peak memory (bench/measure.ts);
 * the runner starts them one after the other (never two at once: they would share 2 cores) and
 * reports medians. Comparisons are made within the same run, so the ratios hold even when the
 * machine is busy; absolute figures move with the load (the load average is printed).
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CaseResult } from "./cases.ts";
import { entitiesFor, splitClaims } from "./generate.ts";
import type { RunSample } from "./measure.ts";
import { fmtBytes, fmtRate, fmtRatio, fmtTime, summarize, table, targetsTable, type TargetCheck } from "./report.ts";
import { runViewerBench, type ViewerConfig } from "./viewer.ts";
import { startVirtuoso, type Virtuoso } from "../tests/helpers/virtuoso.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RESULTS_MD = path.join(ROOT, "bench", "RESULTS.md");
const SECTIONS = ["load", "query", "export", "import", "cli", "viewer", "rdf"] as const;
type Section = (typeof SECTIONS)[number];

interface Config {
  readonly name: "quick" | "full";
  /** Story sizes in claims (a fifth of them events) and runs per size. */
  readonly load: { readonly sizes: readonly number[]; readonly runs: readonly number[] };
  /** Relations of the query story (and a quarter as many events). */
  readonly query: { readonly relations: number; readonly rounds: number };
  /** GEXF export and import of a story of `claims` claims (a fifth of them events). */
  readonly gexf: { readonly claims: number; readonly runs: number; readonly graphologyRuns: number };
  readonly viewer: ViewerConfig;
  /** Rounds of the CLI start-up comparison (each round runs every command once, in turn). */
  readonly cli: { readonly rounds: number };
  /** Also measure networkx when python3 has it. */
  readonly networkx: boolean;
  /**
   * RDF: corpora of `claims` claims (stories of 500); `runs` children per measure (exports: each
   * writer; loads: each store); each query timed `reps` times per load.
   */
  readonly rdf: { readonly sizes: readonly { readonly claims: number; readonly runs: number }[]; readonly reps: number; readonly loads?: ReadonlySet<RdfLoad> };
}

const FULL: Config = {
  name: "full",
  load: { sizes: [1_000, 10_000, 100_000], runs: [5, 5, 3] },
  query: { relations: 1_000_000, rounds: 5 },
  gexf: { claims: 100_000, runs: 3, graphologyRuns: 3 },
  viewer: { runs: 5, big: { entities: 10_000, relations: 50_000 }, bigRuns: 1, hovers: 5 },
  cli: { rounds: 21 },
  networkx: true,
  rdf: { sizes: [{ claims: 2_000, runs: 3 }, { claims: 20_000, runs: 1 }], reps: 5 },
};

const QUICK: Config = {
  name: "quick",
  load: { sizes: [1_000, 10_000, 100_000], runs: [1, 1, 1] },
  query: { relations: 100_000, rounds: 1 },
  gexf: { claims: 2_000, runs: 1, graphologyRuns: 1 },
  viewer: { runs: 1, big: { entities: 10_000, relations: 50_000 }, bigRuns: 0, hovers: 0 },
  cli: { rounds: 5 },
  networkx: false,
  rdf: { sizes: [{ claims: 1_000, runs: 1 }], reps: 3 },
};

/** The RDF section's loads (`--rdf-loads=`): oxigraph (bulk, and transactional to 20k claims), Virtuoso's bulk loader, publish. */
const RDF_LOADS = ["oxigraph", "bulk", "publish"] as const;
type RdfLoad = (typeof RDF_LOADS)[number];

/** `--rdf-sizes=20000,100000`: the RDF section's corpus sizes in claims (one run each, queries 3 times). */
function parseRdfSizes(value: string): Config["rdf"] {
  const sizes = value.split(",").map((v) => {
    const n = Number(v.replaceAll("_", ""));
    if (!Number.isInteger(n) || n < 500) throw new Error(`bench: --rdf-sizes: expected whole numbers of claims ≥ 500, got "${v}"`);
    return { claims: n, runs: 1 };
  });
  return { sizes, reps: 3 };
}

function parseArgs(argv: readonly string[]): { config: Config; only: Set<Section> } {
  let config = FULL;
  let only = new Set<Section>(SECTIONS);
  let rdf: Config["rdf"] | undefined;
  let loads: Set<RdfLoad> | undefined;
  for (const a of argv) {
    if (a === "--quick") config = QUICK;
    else if (a.startsWith("--rdf-sizes=")) rdf = parseRdfSizes(a.slice("--rdf-sizes=".length));
    else if (a.startsWith("--rdf-loads=")) {
      const names = a.slice("--rdf-loads=".length).split(",").filter(Boolean);
      for (const n of names) if (!(RDF_LOADS as readonly string[]).includes(n)) throw new Error(`bench: --rdf-loads: unknown load "${n}" (known: ${RDF_LOADS.join(", ")})`);
      loads = new Set(names as RdfLoad[]);
    }
    else if (a.startsWith("--only=")) {
      const names = a.slice(7).split(",").filter(Boolean);
      for (const n of names) if (!(SECTIONS as readonly string[]).includes(n)) throw new Error(`bench: unknown section "${n}" (known: ${SECTIONS.join(", ")})`);
      only = new Set(names as Section[]);
    } else if (a === "--help" || a === "-h") {
      console.log(`usage: npm run bench [-- --quick] [-- --only=${SECTIONS.join(",")}] [-- --rdf-sizes=N,…] [-- --rdf-loads=${RDF_LOADS.join(",")}]`);
      process.exit(0);
    } else throw new Error(`bench: unknown argument "${a}"`);
  }
  const withSizes = rdf ? { ...config, rdf } : config;
  return { config: loads ? { ...withSizes, rdf: { ...withSizes.rdf, loads } } : withSizes, only };
}

const t0 = performance.now();
const log = (msg: string) => process.stderr.write(`bench [${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`);

/** Run one benchmark child (Node or python) and parse its BENCH-RESULT line. */
function runProcess(command: string, args: readonly string[], label: string): Promise<CaseResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("BENCH-RESULT "));
      if (code !== 0 || !line) {
        reject(new Error(`bench: ${label} failed (exit ${code}):\n${err.slice(-4000)}`));
        return;
      }
      resolve(JSON.parse(line.slice("BENCH-RESULT ".length)) as CaseResult);
    });
  });
}

function nodeCase(name: string, params: Record<string, unknown>): Promise<CaseResult> {
  return runProcess(process.execPath, ["--expose-gc", "--import", "tsx", "bench/child.ts", name, JSON.stringify(params)], `${name} ${JSON.stringify(params)}`);
}

/** Run a case `runs` times (one child each) and gather the samples of each operation. */
async function repeated(runs: number, start: () => Promise<CaseResult>): Promise<{ ops: Record<string, RunSample[]>; facts: CaseResult["facts"] }> {
  const ops: Record<string, RunSample[]> = {};
  let facts: CaseResult["facts"] = {};
  for (let i = 0; i < runs; i++) {
    const r = await start();
    for (const [k, v] of Object.entries(r.ops)) (ops[k] ??= []).push(...v);
    facts = r.facts;
  }
  return { ops, facts };
}

function hasNetworkx(): boolean {
  return spawnSync("python3", ["-c", "import networkx"], { stdio: "ignore" }).status === 0;
}

function machine(): string[] {
  const cpu = /model name\s*:\s*(.+)/.exec(safeRead("/proc/cpuinfo"))?.[1] ?? os.cpus()[0]?.model ?? "unknown";
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: ROOT, encoding: "utf8" }).trim();
    if (dirty) commit += " (with uncommitted changes)";
  } catch {
    // not a git checkout
  }
  let nx = "absent";
  const probe = spawnSync("python3", ["-c", "import networkx, sys; print(networkx.__version__, sys.version.split()[0])"], { encoding: "utf8" });
  if (probe.status === 0) nx = `networkx ${probe.stdout.trim().replace(" ", " on Python ")}`;
  return [
    `- CPU: ${cpu}, ${os.availableParallelism()} cores (nproc); memory ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node ${process.version} (V8 ${process.versions.v8}), ${os.type()} ${os.release()}; ${nx}`,
    `- storygraph at ${commit}; ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}`,
  ];
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

const loadAvg = () => os.loadavg().map((x) => x.toFixed(1)).join(" / ");

// ---------------------------------------------------------------------------------------------

async function loadSection(c: Config, checks: TargetCheck[]): Promise<string> {
  const rows: string[][] = [];
  const perClaim = new Map<number, number>();
  for (let i = 0; i < c.load.sizes.length; i++) {
    const claims = c.load.sizes[i]!;
    const runs = c.load.runs[i]!;
    log(`load: ${claims} claims × ${runs}`);
    const samples: Record<string, RunSample[]> = { jsonParse: [], parseStoryJson: [], buildStory: [] };
    let facts: CaseResult["facts"] = {};
    // interleaved run by run, so that a slow spell of the machine touches the three alike
    for (let run = 0; run < runs; run++) {
      for (const op of Object.keys(samples)) {
        const r = await nodeCase("load", { claims, op });
        samples[op]!.push(...r.ops[op]!);
        facts = r.facts;
      }
    }
    const res = Object.fromEntries(Object.entries(samples).map(([op, s]) => [op, summarize(s)]));
    const bytes = Number(facts["bytes"]);
    const relations = Number(facts["relations"]);
    const events = Number(facts["events"]);
    const parse = res["jsonParse"]!;
    const load = res["parseStoryJson"]!;
    const build = res["buildStory"]!;
    perClaim.set(claims, load.ms / claims);
    rows.push([
      `${claims.toLocaleString("en-US")} (${relations.toLocaleString("en-US")} + ${events.toLocaleString("en-US")})`,
      fmtBytes(bytes),
      fmtTime(parse.ms),
      fmtTime(parse.ms / claims),
      fmtTime(load.ms),
      fmtTime(load.ms / claims),
      fmtRatio(load.ms / parse.ms),
      fmtBytes(load.peak),
      fmtTime(build.ms),
      fmtTime(build.ms / claims),
      fmtRatio(build.ms / parse.ms),
      fmtBytes(build.peak),
      String(runs),
    ]);
    if (claims === 100_000) {
      checks.push({ target: "100k claims load (parseStoryJson: bytes → validated, anchored, grounded story) ≤ 3× JSON.parse of the same file", measured: fmtRatio(load.ms / parse.ms), met: load.ms / parse.ms <= 3 });
    }
  }
  const small = perClaim.get(10_000);
  const big = perClaim.get(100_000);
  if (small !== undefined && big !== undefined) {
    checks.push({ target: "load is linear in size: per-claim cost at 100k claims ≤ 1.25× that at 10k", measured: `${fmtTime(big)} vs ${fmtTime(small)} (${fmtRatio(big / small)})`, met: big / small <= 1.25 });
  }
  return [
    "### Load + validate + anchor citations + ground qualifiers",
    "",
    "Synthetic storygraph/2 stories (bench/generate.ts): a fifth of the claims are events; dates and amounts stated by the quotes, so every one is grounded; a quarter of the citations name their sources.",
    "`parseStoryJson(bytes)` = decode, locate (JSON scanner), `JSON.parse`, `buildStory` (shape, vocabulary, meaning, sentence segmentation, every quote anchored, every qualifier grounded).",
    "`buildStory` alone starts from the parsed object. `JSON.parse` alone (decode + parse of the same file) is the floor any loader pays; ratios are to it.",
    "",
    table(
      ["claims (relations + events)", "JSON file", "JSON.parse", "per claim", "parseStoryJson", "per claim", "÷ JSON.parse", "peak mem", "buildStory", "per claim", "÷ JSON.parse", "peak mem", "runs"],
      rows,
    ),
  ].join("\n");
}

async function querySection(c: Config, checks: TargetCheck[]): Promise<string> {
  const { relations, rounds } = c.query;
  log(`query: ${relations} relations, ${rounds} rounds`);
  const r = await nodeCase("query", { relations, rounds });
  const rows: string[][] = [];
  const index = summarize(r.ops["index build (first query)"]!);
  const eventIndex = summarize(r.ops["event index build (first query)"]!);
  let worstSelective = Infinity;
  for (let qi = 0; ; qi++) {
    const name = r.facts[`q${qi}.name`];
    if (name === undefined) break;
    const indexed = summarize(r.ops[`q${qi}.indexed`]!);
    const scan = summarize(r.ops[`q${qi}.scan`]!);
    const ratio = scan.ms / indexed.ms;
    const share = Number(r.facts[`q${qi}.results`]) / Number(r.facts[`q${qi}.pool`]);
    if (share < 0.05) worstSelective = Math.min(worstSelective, ratio);
    rows.push([String(name), Number(r.facts[`q${qi}.results`]).toLocaleString("en-US"), fmtTime(indexed.ms), fmtTime(scan.ms), fmtRatio(ratio)]);
  }
  checks.push({
    target: `indexed queries ≥ 100× the scan at ${relations.toLocaleString("en-US")} relations (queries returning < 5 % of what they search)`,
    measured: `worst ${fmtRatio(worstSelective)}`,
    met: relations >= 1_000_000 ? worstSelective >= 100 : null,
  });
  const events = Number(r.facts["events"]);
  return [
    `### Claim queries at ${relations.toLocaleString("en-US")} relations and ${events.toLocaleString("en-US")} events`,
    "",
    "`queryRelations`, `queryEvents`, `queryClaims` (indexes built on first use) vs a filter of `story.relations` / `story.events`; same results checked. Median time per query.",
    `Index build (first query): relations ${fmtTime(index.ms)}, ${fmtBytes(index.peak)}; events by participant ${fmtTime(eventIndex.ms)}, ${fmtBytes(eventIndex.peak)}.`,
    "",
    table(["query", "results", "indexed", "scan", "speed-up"], rows),
  ].join("\n");
}

interface Measured {
  readonly label: string;
  readonly ms: number;
  readonly peak: number;
  readonly bytes: number;
  readonly runs: number;
}

function gexfRows(rows: readonly Measured[], ours: Measured): string[][] {
  return rows.map((m) => [
    m.label,
    fmtBytes(m.bytes),
    fmtTime(m.ms),
    fmtRate(m.bytes, m.ms),
    fmtBytes(m.peak),
    fmtRatio(m.peak / m.bytes),
    m === ours ? "1×" : fmtRatio(m.ms / ours.ms),
    String(m.runs),
  ]);
}

async function exportSection(c: Config, dir: string, checks: TargetCheck[]): Promise<string> {
  const { claims, runs, graphologyRuns } = c.gexf;
  const rows: Measured[] = [];
  const w = async (writer: string, n: number, label: string) => {
    log(`export: ${writer} × ${n}`);
    const r = await repeated(n, () => nodeCase("gexf-write", { claims, dir, writer }));
    const s = summarize(r.ops["write"]!);
    const m = { label, ms: s.ms, peak: s.peak, bytes: Number(r.facts["bytes"]), runs: n };
    rows.push(m);
    return m;
  };
  const ours = await w("ours", runs, "storygraph `writeGexf` (streamed to a file)");
  const graphology = await w("graphology", graphologyRuns, "graphology-gexf `write` (1.3) + writeFile");
  if (c.networkx && hasNetworkx()) {
    log(`export: networkx × ${runs}`);
    const r = await repeated(runs, () => runProcess("python3", ["bench/networkx_gexf.py", "write", path.join(dir, `graph-${claims}.json`), path.join(dir, "out-networkx.gexf"), "1"], "networkx write"));
    const s = summarize(r.ops["write"]!);
    rows.push({ label: "networkx `write_gexf` (1.2draft)", ms: s.ms, peak: s.peak, bytes: Number(r.facts["bytes"]), runs });
  }
  const speed = graphology.ms / ours.ms;
  checks.push({ target: "GEXF export ≥ 5× graphology-gexf's speed", measured: fmtRatio(speed), met: speed >= 5 });
  checks.push({ target: "GEXF export memory < 2× the output size", measured: `${fmtBytes(ours.peak)} for ${fmtBytes(ours.bytes)} (${fmtRatio(ours.peak / ours.bytes)})`, met: ours.peak < 2 * ours.bytes });
  return [
    `### GEXF export, ${claims.toLocaleString("en-US")} claims (${splitClaims(claims).relations.toLocaleString("en-US")} relations, ${splitClaims(claims).events.toLocaleString("en-US")} events) / ${entitiesFor(claims).toLocaleString("en-US")} entities`,
    "",
    "Same graph on every side: the nodes, edges and attribute values of our export (citations as JSON, no layout: `layoutIterations: 0`).",
    "Peak memory is what writing adds on top of the graph already in memory. Speed-up = their time ÷ ours.",
    "",
    table(["writer", "output", "time", "speed", "peak mem", "mem ÷ output", "storygraph faster by", "runs"], gexfRows(rows, ours)),
  ].join("\n");
}

async function importSection(c: Config, dir: string, checks: TargetCheck[]): Promise<string> {
  const { claims, runs, graphologyRuns } = c.gexf;
  const rows: Measured[] = [];
  const rd = async (reader: string, n: number, label: string) => {
    log(`import: ${reader} × ${n}`);
    const r = await repeated(n, () => nodeCase("gexf-read", { claims, dir, reader }));
    const s = summarize(r.ops["read"]!);
    const m = { label, ms: s.ms, peak: s.peak, bytes: Number(r.facts["bytes"]), runs: n };
    rows.push(m);
    return m;
  };
  const ours = await rd("ours", runs, "storygraph `fromGexf` (graph + story re-validated)");
  const graphology = await rd("graphology", graphologyRuns, "graphology-gexf `parse` (@xmldom)");
  if (c.networkx && hasNetworkx()) {
    log(`import: networkx × ${runs}`);
    const r = await repeated(runs, () => runProcess("python3", ["bench/networkx_gexf.py", "read", path.join(dir, `story-${claims}.gexf`), "1"], "networkx read"));
    const s = summarize(r.ops["read"]!);
    rows.push({ label: "networkx `read_gexf`", ms: s.ms, peak: s.peak, bytes: Number(r.facts["bytes"]), runs });
  }
  const speed = graphology.ms / ours.ms;
  checks.push({ target: "GEXF import ≥ 5× graphology-gexf's speed", measured: fmtRatio(speed), met: speed >= 5 });
  checks.push({ target: "GEXF import memory < 5× the file size", measured: `${fmtBytes(ours.peak)} for ${fmtBytes(ours.bytes)} (${fmtRatio(ours.peak / ours.bytes)})`, met: ours.peak < 5 * ours.bytes });
  return [
    `### GEXF import of our export, ${claims.toLocaleString("en-US")} claims`,
    "",
    "The file is read into a string first (not timed); peak memory is what parsing adds, result included.",
    "Ours does more: it also rebuilds and re-validates the story (every citation re-anchored).",
    "",
    table(["reader", "file", "time", "speed", "peak mem", "mem ÷ file", "storygraph faster by", "runs"], gexfRows(rows, ours)),
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------
// CLI start-up: the built bin (dist/cli/, as `npm ci` or `npm run build` leave it) beside `node -e 0`

function cliSection(c: Config, checks: TargetCheck[]): string {
  const bin = path.join(ROOT, "bin", "storygraph.js");
  if (!existsSync(path.join(ROOT, "dist", "cli", "bin.js"))) throw new Error("bench: the CLI is not built (dist/cli/): run npm run build first");
  const commands: readonly (readonly [string, readonly string[]])[] = [
    ["node -e 0", ["-e", "0"]],
    ["storygraph --version", [bin, "--version"]],
    ["storygraph --help", [bin, "--help"]],
    ["storygraph query --json (default story)", [bin, "query", "--json"]],
    ["storygraph validate tests/fixtures/lawsuit-story.json", [bin, "validate", path.join(ROOT, "tests/fixtures/lawsuit-story.json")]],
  ];
  log(`cli: ${commands.length} commands × ${c.cli.rounds}, alternated`);
  const times = commands.map(() => [] as number[]);
  for (let r = 0; r < c.cli.rounds; r++) {
    commands.forEach(([name, args], i) => {
      const t = performance.now();
      const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
      times[i]!.push(performance.now() - t);
      if (run.status !== 0) throw new Error(`bench: ${name} exited ${run.status}: ${run.stderr.toString()}`);
    });
  }
  const medians = times.map((t) => [...t].sort((a, b) => a - b)[t.length >> 1]!);
  const base = medians[0]!;
  const rows = commands.map(([name], i) => [name, fmtTime(medians[i]!), fmtRatio(medians[i]! / base)]);
  const query = medians[3]! / base;
  checks.push({ target: "CLI start-up ≤ 2.5× `node -e 0` (storygraph query --json on the default story)", measured: `${fmtTime(medians[3]!)} vs ${fmtTime(base)} (${fmtRatio(query)})`, met: query <= 2.5 });
  return [
    "### CLI start-up",
    "",
    `Each command run ${c.cli.rounds} times as a fresh process, in turn (medians of wall time, spawn included).`,
    "",
    table(["command", "median", "vs node -e 0"], rows),
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------
// RDF: a corpus exported as N-Quads beside the story JSON writer; loaded into the embedded store
// (bulk and transactional) and into Virtuoso (publish over HTTP and its bulk loader); SPARQL on each

/** Virtuoso's page buffers in the bench (8 kB each: 2.7 GB, the ini's line for 4 GB of free memory and more). */
const VIRTUOSO_BUFFERS = 340_000;
/** The transactional oxigraph load (the slower one, for the ratio) is measured up to this size. */
const TRANSACTION_MAX_CLAIMS = 20_000;

type Summary = ReturnType<typeof summarize>;

/** One store's load of one size: measured, or how far it got before it failed. */
type LoadResult =
  | { readonly kind: "ok"; readonly load: Summary; readonly quads: number; readonly q: Summary[]; readonly facts: CaseResult["facts"]; readonly runs: number }
  | { readonly kind: "failed"; readonly error: string; readonly progress?: { files: number; of: number; bytes: number; quads: number; rssBytes: number; loadMs: number } };

interface RdfSize {
  readonly claims: number;
  readonly runs: number;
  facts: CaseResult["facts"];
  nquads?: Measured;
  json?: Measured;
  loads: { label: string; key: string; result: LoadResult; client?: boolean }[];
}

const QUESTIONS = 3;
const fmtInt = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "–");
const fmtTriples = (quads: number, ms: number) => (ms > 0 ? `${fmtInt(quads / (ms / 1000))} /s` : "–");

/** The child's own error line (not the runner's "failed (exit 1)") and its last progress line. */
function childFailure(e: unknown): Extract<LoadResult, { kind: "failed" }> {
  const message = (e as Error).message;
  const progressLine = message.split("\n").filter((l) => l.startsWith("BENCH-PROGRESS ")).pop();
  const lines = message.split("\n").filter((l) => l.trim() && !l.startsWith("BENCH-PROGRESS ") && !l.startsWith("bench: "));
  const error = (/^\w*Error: .*$/m.exec(message)?.[0] ?? lines.find((l) => /error|memory|unreachable|abort/i.test(l)) ?? lines[0] ?? message.split("\n")[0]!).trim().slice(0, 300);
  return { kind: "failed", error, ...(progressLine && { progress: JSON.parse(progressLine.slice("BENCH-PROGRESS ".length)) }) };
}

async function measuredLoad(runs: number, start: () => Promise<CaseResult>): Promise<LoadResult> {
  try {
    const r = await repeated(runs, start);
    return { kind: "ok", load: summarize(r.ops["load"]!), quads: Number(r.facts["quads"]), q: Array.from({ length: QUESTIONS }, (_, i) => summarize(r.ops[`q${i}`]!)), facts: r.facts, runs };
  } catch (e) {
    return childFailure(e);
  }
}

/** A Virtuoso of its own for each run (a fresh database: every load starts from an empty store), stopped after. */
async function withVirtuoso(dir: string, run: (v: Virtuoso) => Promise<CaseResult>): Promise<CaseResult> {
  const server = await startVirtuoso({ dirsAllowed: [dir], buffers: VIRTUOSO_BUFFERS });
  try {
    const r = await run(server);
    // the server's peak resident memory over its life (fresh for this run): VmHWM
    const hwm = /VmHWM:\s+(\d+)\s+kB/.exec(safeRead(`/proc/${server.pid}/status`));
    return { ...r, facts: { ...r.facts, serverPeakBytes: hwm ? Number(hwm[1]) * 1024 : NaN } };
  } finally {
    await server.stop();
  }
}

async function rdfSection(c: Config, dir: string, checks: TargetCheck[]): Promise<string> {
  const sizes: RdfSize[] = c.rdf.sizes.map((s) => ({ ...s, facts: {}, loads: [] }));
  const reps = c.rdf.reps;
  for (const s of sizes) {
    const base = { claims: s.claims, dir };
    const samples: Record<string, RunSample[]> = { nquads: [], json: [] };
    let bytes: Record<string, number> = {};
    log(`rdf: export ${s.claims} claims, N-Quads and story JSON × ${s.runs}, alternated`);
    for (let run = 0; run < s.runs; run++) {
      for (const writer of Object.keys(samples)) {
        const r = await nodeCase("rdf-export", { ...base, writer });
        samples[writer]!.push(...r.ops["write"]!);
        bytes = { ...bytes, [writer]: Number(r.facts["bytes"]) };
        if (writer === "nquads") s.facts = r.facts;
      }
    }
    const m = (w: string, label: string): Measured => ({ label, ...summarize(samples[w]!), bytes: bytes[w]!, runs: s.runs });
    s.nquads = m("nquads", "N-Quads");
    s.json = m("json", "story JSON");
    const quads = Number(s.facts["quads"]);
    const add = (label: string, key: string, result: LoadResult, client = false) => {
      if (result.kind === "ok" && result.quads !== quads) throw new Error(`bench: ${label} holds ${result.quads} quads, the export wrote ${quads}`);
      s.loads.push({ label, key, result, client });
      log(`rdf: ${label}: ${result.kind === "ok" ? `${fmtTime(result.load.ms)}, ${fmtTriples(result.quads, result.load.ms)}, peak ${fmtBytes(result.load.peak)}; queries ${result.q.map((q) => fmtTime(q.ms)).join(", ")}` : `failed: ${result.error} ${JSON.stringify(result.progress ?? {})}`}`);
    };
    const runs = (load: RdfLoad) => c.rdf.loads === undefined || c.rdf.loads.has(load);
    if (runs("oxigraph")) log(`rdf: oxigraph bulk load + queries, ${s.claims} claims × ${s.runs}`);
    if (runs("oxigraph")) add("oxigraph, bulk (as `sparqlStore`)", "oxigraph", await measuredLoad(s.runs, () => nodeCase("rdf-oxigraph", { ...base, mode: "bulk", reps })));
    if (runs("oxigraph") && s.claims <= TRANSACTION_MAX_CLAIMS) {
      log(`rdf: oxigraph transactional load + queries, ${s.claims} claims × ${s.runs}`);
      add("oxigraph, transactional (its default)", "oxigraph-tx", await measuredLoad(s.runs, () => nodeCase("rdf-oxigraph", { ...base, mode: "transaction", reps })));
    }
    const virtuoso = (mode: string) => (v: Virtuoso) => nodeCase("rdf-virtuoso", { ...base, mode, sparql: v.sparql, graphStore: v.graphStore, sqlPort: v.sqlPort, user: v.user, password: v.password, reps });
    if (runs("bulk")) log(`rdf: Virtuoso bulk loader + queries, ${s.claims} claims × ${s.runs}`);
    if (runs("bulk")) add("Virtuoso 7.2, bulk loader (`ld_dir` + `rdf_loader_run` on the N-Quads)", "bulk", await measuredLoad(s.runs, () => withVirtuoso(dir, virtuoso("bulk"))), true);
    if (runs("publish")) log(`rdf: Virtuoso publish + queries, ${s.claims} claims × ${s.runs}`);
    if (runs("publish")) add("Virtuoso 7.2, `publish` (Graph Store PUT of each story's Turtle)", "publish", await measuredLoad(s.runs, () => withVirtuoso(dir, virtuoso("publish"))), true);
    // the same answers from every store that loaded
    const ok = s.loads.filter((l): l is typeof l & { result: Extract<LoadResult, { kind: "ok" }> } => l.result.kind === "ok");
    for (let i = 0; i < QUESTIONS; i++) {
      const first = ok[0];
      for (const l of ok.slice(1)) {
        if (l.result.facts[`q${i}.digest`] !== first!.result.facts[`q${i}.digest`]) {
          throw new Error(`bench: ${String(first!.result.facts[`q${i}.name`])}: ${l.label} answers ${String(l.result.facts[`q${i}.rows`])} rows, ${first!.label} ${String(first!.result.facts[`q${i}.rows`])}`);
        }
      }
    }
    rmSync(path.join(dir, `nq-${s.claims}`), { recursive: true, force: true });
  }
  return rdfReport(c, sizes, checks);
}

function rdfReport(c: Config, sizes: readonly RdfSize[], checks: TargetCheck[]): string {
  const sizeLabel = (s: RdfSize) => `${fmtInt(s.claims)} in ${fmtInt(Number(s.facts["stories"]))} (${fmtInt(Number(s.facts["quads"]))} quads)`;
  const exportRows = sizes.map((s) => {
    const n = s.nquads!;
    const j = s.json!;
    return [sizeLabel(s), fmtBytes(n.bytes), fmtTime(n.ms), fmtRate(n.bytes, n.ms), fmtBytes(n.peak), fmtBytes(j.bytes), fmtTime(j.ms), fmtRate(j.bytes, j.ms), fmtBytes(j.peak), fmtRatio(n.ms / j.ms), fmtRatio(n.bytes / n.ms / (j.bytes / j.ms)), String(s.runs)];
  });
  const loadRows = sizes.flatMap((s) => {
    const embedded = s.loads.find((l) => l.key === "oxigraph")?.result;
    const embeddedRate = embedded?.kind === "ok" ? embedded.quads / embedded.load.ms : NaN;
    return s.loads.map((l) => {
      const r = l.result;
      if (r.kind === "failed") {
        const p = r.progress;
        const how = p ? `failed after ${fmtInt(p.files)} of ${fmtInt(p.of)} parts (${fmtInt(p.quads)} quads loaded in ${fmtTime(p.loadMs)}, resident ${fmtBytes(p.rssBytes)}): ${r.error}` : `failed: ${r.error}`;
        return [sizeLabel(s), l.label, how, "–", "–", "–", "–"];
      }
      const extra = l.key === "publish" && r.facts["turtleMs"] !== undefined ? ` (Turtle writing ${fmtTime(Number(r.facts["turtleMs"]))} of it; ${fmtBytes(Number(r.facts["sentBytes"]))} sent)` : "";
      const rate = r.quads / r.load.ms;
      return [sizeLabel(s), l.label, `${fmtTime(r.load.ms)}${extra}`, fmtTriples(r.quads, r.load.ms), l.client ? `server ${fmtBytes(Number(r.facts["serverPeakBytes"]))}${l.key === "publish" ? `, client ${fmtBytes(r.load.peak)}` : ""}` : fmtBytes(r.load.peak), l.key === "oxigraph" ? "1×" : fmtRatio(rate / embeddedRate), String(r.runs)];
    });
  });
  const qRow = (s: RdfSize, key: string) => s.loads.find((l) => l.key === key)?.result;
  const queryRows = sizes.flatMap((s) =>
    Array.from({ length: QUESTIONS }, (_, i) => {
      const o = qRow(s, "oxigraph");
      const p = qRow(s, "publish");
      const b = qRow(s, "bulk");
      const named = [o, p, b].find((r) => r?.kind === "ok") as Extract<LoadResult, { kind: "ok" }> | undefined;
      const t = (r: LoadResult | undefined) => (r?.kind === "ok" ? r.q[i]!.ms : NaN);
      return [sizeLabel(s), String(named?.facts[`q${i}.name`] ?? "–"), fmtInt(Number(named?.facts[`q${i}.rows`])), fmtTime(t(o)), fmtTime(t(p)), fmtTime(t(b)), fmtRatio(t(o) / t(b))];
    }),
  );
  const largest = sizes.reduce((a, b) => (b.claims > a.claims ? b : a));
  const at = `at ${fmtInt(largest.claims)} claims (${fmtInt(Number(largest.facts["quads"]))} quads)`;
  const res = (key: string) => largest.loads.find((l) => l.key === key)?.result;
  const rate = (r: LoadResult | undefined) => (r?.kind === "ok" ? fmtTriples(r.quads, r.load.ms) : r ? "did not fit" : "not run");
  const qs = (r: LoadResult | undefined) => (r?.kind === "ok" ? r.q.map((q) => fmtTime(q.ms)).join(", ") : r ? "did not fit" : "not run");
  checks.push({ target: "corpus as N-Quads: MB/s and memory vs the story JSON writer", measured: `${at}: N-Quads ${fmtRate(largest.nquads!.bytes, largest.nquads!.ms)}, ${fmtBytes(largest.nquads!.peak)}; JSON ${fmtRate(largest.json!.bytes, largest.json!.ms)}, ${fmtBytes(largest.json!.peak)}`, met: "figure" });
  checks.push({ target: "corpus loaded into the embedded store and into Virtuoso (triples/s)", measured: `${at}: oxigraph bulk ${rate(res("oxigraph"))}; Virtuoso publish ${rate(res("publish"))}, bulk loader ${rate(res("bulk"))}`, met: "figure" });
  checks.push({ target: "three ready queries on each (ms)", measured: `${at}: oxigraph ${qs(res("oxigraph"))}; Virtuoso ${qs(res("bulk"))}`, met: "figure" });
  const perClaim = Number(largest.facts["quads"]) / largest.claims;
  return [
    "### RDF: a corpus as N-Quads, loaded into the embedded store and into Virtuoso, and SPARQL on each",
    "",
    `Corpora of synthetic stories of 500 claims each, about a long article's worth (bench/generate.ts, seeds 1…, synthetic Wikidata ids so that entity number i is one resource across the stories: \`buildCorpus\`), a fifth of the claims events, made and written in parts of 20 stories (bench/rdf-cases.ts). Each claim is ${perClaim.toFixed(0)} quads and ${fmtBytes(Number(largest.nquads!.bytes) / largest.claims)} of N-Quads (the claim, one Web Annotation per citation with its two selectors, factuality, sources, PROV; the entities).`,
    "Export: `writeCorpusRdf` streamed to one N-Quads file per part beside `toStoryJson` (one file per story); only the writing is timed (each part is made first), peak memory is the most a part's writing added on top of its stories.",
    "Loads: a fresh child per run, and for Virtuoso a fresh server (its own database, 2.7 GB of buffers, started and stopped by the run); oxigraph loads the parts' bytes (only `load` timed; peak = resident memory the load added, the store included); Virtuoso's peak is the server's (VmHWM, its buffers included) and, for publish, the client's; `publish` is the library's, from the stories (the Turtle writing included, and timed apart); the bulk loader reads the same N-Quads files through isql-vt. Every load is checked to hold every quad. Speed vs embedded = triples/s ÷ oxigraph bulk's.",
    `Queries: the ready queries of src/graph/sparql/ready.ts for the corpus's entity with the most founders and the one with the most only-possible claims; median of ${c.rdf.reps} runs after each load (the first included); the same answers from every store are checked (rows = distinct graph + answer).`,
    "oxigraph is WebAssembly: its memory stops at 4 GiB, and a load that needs more fails; the table then says after how many parts and how many quads (measured, not estimated).",
    "",
    table(["claims in stories (quads)", "N-Quads", "time", "speed", "peak mem", "story JSON", "time", "speed", "peak mem", "time N-Quads ÷ JSON", "MB/s N-Quads ÷ JSON", "runs"], exportRows),
    "",
    table(["claims in stories (quads)", "store: load", "time", "triples/s", "peak mem", "speed vs embedded", "runs"], loadRows),
    "",
    table(["claims in stories (quads)", "query", "rows", "oxigraph", "Virtuoso (publish)", "Virtuoso (bulk)", "oxigraph ÷ Virtuoso (bulk)"], queryRows),
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { config, only } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const loadBefore = loadAvg();
  const checks: TargetCheck[] = [];
  const sections: string[] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), "storygraph-bench-"));
  try {
    if (only.has("load")) sections.push(await loadSection(config, checks));
    if (only.has("query")) sections.push(await querySection(config, checks));
    if (only.has("export") || only.has("import")) {
      log(`gexf: preparing ${config.gexf.claims} claims`);
      await nodeCase("gexf-prepare", { claims: config.gexf.claims, dir });
      if (only.has("export")) sections.push(await exportSection(config, dir, checks));
      if (only.has("import")) sections.push(await importSection(config, dir, checks));
    }
    if (only.has("cli")) sections.push(cliSection(config, checks));
    if (only.has("rdf")) sections.push(await rdfSection(config, dir, checks));
    if (only.has("viewer")) {
      log("viewer");
      try {
        const v = await runViewerBench(config.viewer, dir, log);
        sections.push(v.section);
        checks.push(...v.checks);
      } catch (e) {
        // a browser hiccup must not throw away the other sections' figures
        sections.push(`### Viewer\n\nnot measured: the browser benchmark failed: ${(e as Error).message.split("\n")[0]}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const minutes = ((performance.now() - started) / 60_000).toFixed(1);
  const report = [
    `## storygraph benchmark (${config.name} run${only.size < SECTIONS.length ? `, only ${[...only].join(", ")}` : ""})`,
    "",
    ...machine(),
    `- load average (1/5/15 min) at start ${loadBefore}, at end ${loadAvg()}; run took ${minutes} min`,
    "",
    ...sections.flatMap((s) => [s, ""]),
    "### Targets",
    "",
    ...(config.name === "quick"
      ? ["Quick run: small sizes dominated by start-up and JIT costs; the targets are judged on a full run (`npm run bench`).", ""]
      : []),
    targetsTable(checks),
    "",
  ].join("\n");
  process.stdout.write(report);
  if (config.name === "full" && only.size === SECTIONS.length) updateResults(report);
}

/** Put the report of a full run between the markers of bench/RESULTS.md. */
function updateResults(report: string): void {
  const start = "<!-- bench:last-full-run:start -->";
  const end = "<!-- bench:last-full-run:end -->";
  const md = safeRead(RESULTS_MD);
  const a = md.indexOf(start);
  const b = md.indexOf(end);
  if (a === -1 || b < a) {
    log(`${RESULTS_MD} has no ${start} … ${end} markers: not updated`);
    return;
  }
  writeFileSync(RESULTS_MD, md.slice(0, a + start.length) + "\n\n" + report.replace(/^## /, "### ").replace(/^### (?!storygraph)/gm, "#### ") + "\n" + md.slice(b));
  log(`updated ${path.relative(ROOT, RESULTS_MD)}`);
}

await main();
