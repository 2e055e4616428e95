/**
 * The Node-side benchmark cases. Each runs in its own child process (bench/child.ts), prepares its
 * input untimed, then measures one operation with `measure` (time + peak memory on top of the
 * input); the runner starts one child per run, so that no run inherits the heap another one grew.
 * (The query case is the exception: its input takes long to build, so one child times many rounds.) Every case checks that what it measured is right (same results on both
 * sides of a comparison) and throws otherwise: a fast wrong answer is not a result.
 */
import { closeSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import { parse as graphologyParse, write as graphologyWrite } from "graphology-gexf";
import { fromGexf, writeGexf } from "../src/graph/gexf/index.ts";
import type { UntypedGraph } from "../src/graph/gexf/untyped.ts";
import { parseStoryJson } from "../src/graph/input/load.ts";
import type { Claim, Relation, Story, StoryEvent } from "../src/graph/model.ts";
import { queryClaims } from "../src/graph/queries/claims.ts";
import { queryEvents } from "../src/graph/queries/events.ts";
import { queryRelations, type RelationFilter } from "../src/graph/queries/relations.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import { entitiesFor, generateStory, generateStoryModel, prng, splitClaims } from "./generate.ts";
import { measure, median, type RunSample } from "./measure.ts";
import { RDF_CASES } from "./rdf-cases.ts";

/** What a case prints: samples per operation, plus facts about the input. */
export interface CaseResult {
  readonly ops: Record<string, RunSample[]>;
  readonly facts: Record<string, number | string>;
}

type Params = Record<string, unknown>;

const num = (p: Params, key: string): number => {
  const v = p[key];
  if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(`bench case: parameter ${key} must be a number`);
  return v;
};
const str = (p: Params, key: string): string => {
  const v = p[key];
  if (typeof v !== "string") throw new Error(`bench case: parameter ${key} must be a string`);
  return v;
};

/** The benchmark's synthetic story input of `claims` claims (a fifth of them events). */
export function benchStory(claims: number): ReturnType<typeof generateStory> {
  return generateStory({ entities: entitiesFor(claims), ...splitClaims(claims) });
}

/** Options of our GEXF writer in the benchmark: no layout (positions are not serialisation). */
export const BENCH_GEXF_OPTIONS = { layoutIterations: 0 } as const;

// ---------------------------------------------------------------------------------------------
// load + validate + anchor + ground

async function loadCase(p: Params): Promise<CaseResult> {
  const claims = num(p, "claims");
  const which = str(p, "op");
  const { relations, events } = splitClaims(claims);
  const bytes = new TextEncoder().encode(JSON.stringify(benchStory(claims)));
  const check = (story: Story) => {
    if (story.relations.length !== relations || story.events.length !== events) throw new Error("load: wrong claim count");
    return story;
  };
  let op: () => unknown;
  if (which === "jsonParse") op = () => JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  else if (which === "buildStory") {
    const input: unknown = JSON.parse(new TextDecoder().decode(bytes));
    op = () => check(buildStory(input));
  } else if (which === "parseStoryJson") {
    op = () => check(parseStoryJson(bytes, { maxBytes: bytes.length }));
  } else throw new Error(`load: unknown op ${which}`);
  return { ops: { [which]: [await measure(op)] }, facts: { claims, relations, events, entities: entitiesFor(claims), bytes: bytes.length } };
}

// ---------------------------------------------------------------------------------------------
// queries: indexed queryRelations / queryEvents / queryClaims vs a linear scan

interface QueryKind {
  readonly name: string;
  /** Each filter, run by the library (indexed) and by a scan; both must give the same claims in the same order. */
  readonly filters: readonly unknown[];
  readonly indexed: (f: unknown) => readonly Claim[];
  readonly scan: (f: unknown) => readonly Claim[];
}

function sameClaims(a: readonly Claim[], b: readonly Claim[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

async function queryCase(p: Params): Promise<CaseResult> {
  const relations = num(p, "relations");
  const rounds = num(p, "rounds");
  const events = Math.round(relations / 4);
  const story: Story = generateStoryModel({ entities: entitiesFor(relations + events), relations, events });
  const rand = prng(42);
  const someEntities = (count: number, kind?: string) => {
    const pool = kind ? story.entities.filter((e) => e.kind === kind) : story.entities;
    return Array.from({ length: count }, () => pool[Math.floor(rand() * pool.length)]!.id);
  };
  const kinds = new Map<string, number>();
  for (const r of story.relations) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  const byShare = [...kinds.keys()].sort((a, b) => kinds.get(a)! - kinds.get(b)!);
  const rare = byShare[0]!;
  const common = byShare[byShare.length - 1]!;
  const share = (k: string) => ((100 * kinds.get(k)!) / relations).toFixed(0);
  const rs = story.relations;
  const relationQuery = (name: string, filters: readonly RelationFilter[], scan: (f: RelationFilter) => Relation[]): QueryKind => ({
    name,
    filters,
    indexed: (f) => queryRelations(story, f as RelationFilter),
    scan: (f) => scan(f as RelationFilter),
  });
  const involves = (e: StoryEvent, id: string) => e.participants.some((x) => x.id === id);
  const queries: QueryKind[] = [
    relationQuery("relations by entity (involving)", someEntities(50).map((id) => ({ involving: id })), (f) => rs.filter((r) => r.source === f.involving || r.target === f.involving)),
    relationQuery(`relations by source + kind (${common})`, someEntities(50, "organization").map((id) => ({ source: id, kind: common })), (f) =>
      rs.filter((r) => r.kind === f.kind && (r.source === f.source || (r.symmetric && r.target === f.source))),
    ),
    relationQuery(`relations by kind, rare (${rare}, ${share(rare)} %)`, [{ kind: rare }], (f) => rs.filter((r) => r.kind === f.kind)),
    relationQuery(`relations by kind, common (${common}, ${share(common)} %)`, [{ kind: common }], (f) => rs.filter((r) => r.kind === f.kind)),
    {
      name: "events by participant",
      filters: someEntities(50, "organization"),
      indexed: (f) => queryEvents(story, { participant: f as string }),
      scan: (f) => story.events.filter((e) => involves(e, f as string)),
    },
    {
      name: "claims involving an entity (relations and events)",
      filters: someEntities(50),
      indexed: (f) => queryClaims(story, { involving: f as string }),
      scan: (f) => [...rs.filter((r) => r.source === f || r.target === f), ...story.events.filter((e) => involves(e, f as string))],
    },
  ];
  const ops: Record<string, RunSample[]> = {};
  const facts: Record<string, number | string> = { relations, events, entities: story.entities.length };
  // the first queries build the indexes: measured on their own
  ops["index build (first query)"] = [await measure(() => queryRelations(story, { involving: story.entities[0]!.id }))];
  ops["event index build (first query)"] = [await measure(() => queryEvents(story, { participant: story.entities[0]!.id }))];
  queries.forEach((q, qi) => {
    let results = 0;
    for (const f of q.filters) {
      const a = q.indexed(f);
      const b = q.scan(f);
      if (!sameClaims(a, b)) throw new Error(`query ${q.name}: the indexed query and the scan disagree for ${JSON.stringify(f)}`);
      results += a.length;
    }
    facts[`q${qi}.name`] = q.name;
    facts[`q${qi}.results`] = Math.round(results / q.filters.length);
    facts[`q${qi}.pool`] = q.name.startsWith("events") ? story.events.length : q.name.startsWith("claims") ? relations + story.events.length : relations;
  });
  // Plain timing here (no collection before each batch: a full GC of this heap takes seconds).
  const time = (op: () => number): RunSample => {
    const t0 = performance.now();
    if (op() < 0) throw new Error("unreachable");
    return { ms: performance.now() - t0, peakBytes: 0 };
  };
  for (let round = 0; round < rounds; round++) {
    for (let qi = 0; qi < queries.length; qi++) {
      const q = queries[qi]!;
      // indexed: repeat the batch until it takes ≥ 20 ms, to time sub-microsecond queries
      let reps = 1;
      let indexed: RunSample;
      for (;;) {
        indexed = time(() => {
          let n = 0;
          for (let k = 0; k < reps; k++) for (const f of q.filters) n += q.indexed(f).length;
          return n;
        });
        if (indexed.ms >= 20 || reps >= 1 << 20) break;
        reps *= 4;
      }
      const scan = time(() => {
        let n = 0;
        for (const f of q.filters) n += q.scan(f).length;
        return n;
      });
      const per = (s: RunSample, count: number): RunSample => ({ ms: s.ms / count, peakBytes: s.peakBytes });
      (ops[`q${qi}.indexed`] ??= []).push(per(indexed, reps * q.filters.length));
      (ops[`q${qi}.scan`] ??= []).push(per(scan, q.filters.length));
    }
  }
  return { ops, facts };
}

// ---------------------------------------------------------------------------------------------
// GEXF

/** Write our export of the synthetic story (the import benchmark's input) and the same graph as plain JSON (networkx's input). */
async function gexfPrepare(p: Params): Promise<CaseResult> {
  const claims = num(p, "claims");
  const dir = str(p, "dir");
  const story = buildStory(benchStory(claims));
  const gexfFile = path.join(dir, `story-${claims}.gexf`);
  const fd = openSync(gexfFile, "w");
  for (const chunk of writeGexf(story, BENCH_GEXF_OPTIONS)) writeSync(fd, chunk);
  closeSync(fd);
  const imported = fromGexf(readFileSync(gexfFile));
  writeFileSync(path.join(dir, `graph-${claims}.json`), JSON.stringify(plainGraph(imported.graph)));
  return { ops: {}, facts: { gexfBytes: statSync(gexfFile).size, nodes: imported.graph.nodes.length, edges: imported.graph.edges.length } };
}

/** The graph's nodes and edges with the attribute values our GEXF carries (what the other writers are given). */
function plainGraph(g: UntypedGraph) {
  return {
    nodes: g.nodes.map((n) => ({ id: n.id, label: n.label, attributes: n.attributes, color: n.color, size: n.size })),
    edges: g.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, label: e.label, kind: e.kind, start: e.start, end: e.end, attributes: e.attributes })),
  };
}

type PlainGraph = ReturnType<typeof plainGraph>;

/** The same graph as a graphology MultiDirectedGraph, with the attributes graphology-gexf writes (viz from color/size). */
function graphologyGraph(g: PlainGraph): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (const n of g.nodes) {
    graph.addNode(n.id, {
      label: n.label,
      ...n.attributes,
      ...(n.color && { color: `rgb(${n.color.r},${n.color.g},${n.color.b})` }),
      ...(n.size !== undefined && { size: n.size }),
    });
  }
  for (const e of g.edges) {
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, { label: e.label, ...e.attributes });
  }
  return graph;
}

async function gexfWrite(p: Params): Promise<CaseResult> {
  const claims = num(p, "claims");
  const dir = str(p, "dir");
  const writer = str(p, "writer");
  const out = path.join(dir, `out-${writer}-${claims}.gexf`);
  let op: () => unknown;
  if (writer === "ours") {
    const story = buildStory(benchStory(claims));
    op = () => {
      const fd = openSync(out, "w");
      try {
        for (const chunk of writeGexf(story, BENCH_GEXF_OPTIONS)) writeSync(fd, chunk);
      } finally {
        closeSync(fd);
      }
    };
  } else if (writer === "graphology") {
    const graph = graphologyGraph(JSON.parse(readFileSync(path.join(dir, `graph-${claims}.json`), "utf8")) as PlainGraph);
    op = () => writeFileSync(out, graphologyWrite(graph, { version: "1.3", pretty: true }));
  } else throw new Error(`gexf-write: unknown writer ${writer}`);
  return { ops: { write: [await measure(op)] }, facts: { bytes: statSync(out).size } };
}

async function gexfRead(p: Params): Promise<CaseResult> {
  const claims = num(p, "claims");
  const dir = str(p, "dir");
  const reader = str(p, "reader");
  const file = path.join(dir, `story-${claims}.gexf`);
  const text = readFileSync(file, "utf8");
  const { relations, events } = splitClaims(claims);
  const edges = (JSON.parse(readFileSync(path.join(dir, `graph-${claims}.json`), "utf8")) as PlainGraph).edges.length;
  let op: () => unknown;
  if (reader === "ours") {
    op = () => {
      const r = fromGexf(text);
      if (r.kind !== "story" || r.story.relations.length !== relations || r.story.events.length !== events) throw new Error("gexf-read: our reader lost claims");
      return r;
    };
  } else if (reader === "graphology") {
    op = () => {
      const g = graphologyParse(MultiDirectedGraph, text);
      if (g.size !== edges) throw new Error("gexf-read: graphology-gexf lost edges");
      return g;
    };
  } else throw new Error(`gexf-read: unknown reader ${reader}`);
  return { ops: { read: [await measure(op)] }, facts: { bytes: statSync(file).size } };
}

/** A child that does nothing: how much a bare child costs (reported, not subtracted). */
async function baseline(): Promise<CaseResult> {
  return { ops: { noop: [await measure(() => null)] }, facts: { maxRssBytes: process.resourceUsage().maxRSS * 1024 } };
}

export const CASES: Record<string, (p: Params) => Promise<CaseResult>> = {
  baseline,
  load: loadCase,
  query: queryCase,
  "gexf-prepare": gexfPrepare,
  "gexf-write": gexfWrite,
  "gexf-read": gexfRead,
  ...RDF_CASES,
};

export { median };
