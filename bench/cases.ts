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
import type { RelationKind } from "../src/graph/kinds.ts";
import { parseStoryJson } from "../src/graph/input/load.ts";
import type { Relation, Story } from "../src/graph/model.ts";
import { queryRelations, type RelationFilter } from "../src/graph/queries/relations.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import { generateStory, generateStoryModel, prng } from "./generate.ts";
import { measure, median, type RunSample } from "./measure.ts";

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

/** Entities for a number of relations: one entity per five relations (at least 4). */
export function entitiesFor(relations: number): number {
  return Math.max(4, Math.round(relations / 5));
}

/** Options of our GEXF writer in the benchmark: no layout (positions are not serialisation). */
export const BENCH_GEXF_OPTIONS = { layoutIterations: 0 } as const;

// ---------------------------------------------------------------------------------------------
// load + validate + anchor

async function loadCase(p: Params): Promise<CaseResult> {
  const relations = num(p, "relations");
  const which = str(p, "op");
  const bytes = new TextEncoder().encode(JSON.stringify(generateStory({ entities: entitiesFor(relations), relations })));
  let op: () => unknown;
  if (which === "jsonParse") op = () => JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  else if (which === "buildStory") {
    const input: unknown = JSON.parse(new TextDecoder().decode(bytes));
    op = () => buildStory(input);
  } else if (which === "parseStoryJson") {
    op = () => {
      const story = parseStoryJson(bytes, { maxBytes: bytes.length });
      if (story.relations.length !== relations) throw new Error("load: wrong relation count");
      return story;
    };
  } else throw new Error(`load: unknown op ${which}`);
  return { ops: { [which]: [await measure(op)] }, facts: { relations, entities: entitiesFor(relations), bytes: bytes.length } };
}

// ---------------------------------------------------------------------------------------------
// queries: indexed queryRelations vs a linear scan

interface QueryKind {
  readonly name: string;
  readonly filters: readonly RelationFilter[];
  readonly scan: (relations: readonly Relation[], f: RelationFilter) => Relation[];
}

function sameRelations(a: readonly Relation[], b: readonly Relation[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

async function queryCase(p: Params): Promise<CaseResult> {
  const relations = num(p, "relations");
  const rounds = num(p, "rounds");
  const story: Story = generateStoryModel({ entities: entitiesFor(relations), relations });
  const rand = prng(42);
  const someEntities = (count: number, kind?: string) => {
    const pool = kind ? story.entities.filter((e) => e.kind === kind) : story.entities;
    return Array.from({ length: count }, () => pool[Math.floor(rand() * pool.length)]!.id);
  };
  const kinds: Record<RelationKind, number> = { invested: 0, partnered: 0, seeks: 0, founded: 0, "depends-on": 0, pursues: 0, "diverges-from": 0 };
  for (const r of story.relations) kinds[r.kind]++;
  const byShare = (Object.keys(kinds) as RelationKind[]).sort((a, b) => kinds[a] - kinds[b]);
  const rare = byShare[0]!;
  const common = byShare[byShare.length - 1]!;
  const queries: QueryKind[] = [
    {
      name: "by entity (involving)",
      filters: someEntities(50).map((id) => ({ involving: id })),
      scan: (rs, f) => rs.filter((r) => r.source === f.involving || r.target === f.involving),
    },
    {
      name: `by source + kind (${common})`,
      filters: someEntities(50, "organization").map((id) => ({ source: id, kind: common })),
      scan: (rs, f) => rs.filter((r) => r.kind === f.kind && (r.source === f.source || (r.symmetric && r.target === f.source))),
    },
    {
      name: `by kind, rare (${rare}, ${((100 * kinds[rare]) / relations).toFixed(0)} %)`,
      filters: [{ kind: rare }],
      scan: (rs, f) => rs.filter((r) => r.kind === f.kind),
    },
    {
      name: `by kind, common (${common}, ${((100 * kinds[common]) / relations).toFixed(0)} %)`,
      filters: [{ kind: common }],
      scan: (rs, f) => rs.filter((r) => r.kind === f.kind),
    },
  ];
  const ops: Record<string, RunSample[]> = {};
  const facts: Record<string, number | string> = { relations, entities: story.entities.length };
  // the first query builds the indexes: measured on its own
  ops["index build (first query)"] = [await measure(() => queryRelations(story, { involving: story.entities[0]!.id }))];
  queries.forEach((q, qi) => {
    let results = 0;
    for (const f of q.filters) {
      const a = queryRelations(story, f);
      const b = q.scan(story.relations, f);
      if (!sameRelations(a, b)) throw new Error(`query ${q.name}: the indexed query and the scan disagree for ${JSON.stringify(f)}`);
      results += a.length;
    }
    facts[`q${qi}.name`] = q.name;
    facts[`q${qi}.results`] = Math.round(results / q.filters.length);
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
          for (let k = 0; k < reps; k++) for (const f of q.filters) n += queryRelations(story, f).length;
          return n;
        });
        if (indexed.ms >= 20 || reps >= 1 << 20) break;
        reps *= 4;
      }
      const scan = time(() => {
        let n = 0;
        for (const f of q.filters) n += q.scan(story.relations, f).length;
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
  const relations = num(p, "relations");
  const dir = str(p, "dir");
  const story = buildStory(generateStory({ entities: entitiesFor(relations), relations }));
  const gexfFile = path.join(dir, `story-${relations}.gexf`);
  const fd = openSync(gexfFile, "w");
  for (const chunk of writeGexf(story, BENCH_GEXF_OPTIONS)) writeSync(fd, chunk);
  closeSync(fd);
  const imported = fromGexf(readFileSync(gexfFile));
  writeFileSync(path.join(dir, `graph-${relations}.json`), JSON.stringify(plainGraph(imported.graph)));
  return { ops: {}, facts: { gexfBytes: statSync(gexfFile).size } };
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
  const relations = num(p, "relations");
  const dir = str(p, "dir");
  const writer = str(p, "writer");
  const out = path.join(dir, `out-${writer}-${relations}.gexf`);
  let op: () => unknown;
  if (writer === "ours") {
    const story = buildStory(generateStory({ entities: entitiesFor(relations), relations }));
    op = () => {
      const fd = openSync(out, "w");
      try {
        for (const chunk of writeGexf(story, BENCH_GEXF_OPTIONS)) writeSync(fd, chunk);
      } finally {
        closeSync(fd);
      }
    };
  } else if (writer === "graphology") {
    const graph = graphologyGraph(JSON.parse(readFileSync(path.join(dir, `graph-${relations}.json`), "utf8")) as PlainGraph);
    op = () => writeFileSync(out, graphologyWrite(graph, { version: "1.3", pretty: true }));
  } else throw new Error(`gexf-write: unknown writer ${writer}`);
  return { ops: { write: [await measure(op)] }, facts: { bytes: statSync(out).size } };
}

async function gexfRead(p: Params): Promise<CaseResult> {
  const relations = num(p, "relations");
  const dir = str(p, "dir");
  const reader = str(p, "reader");
  const file = path.join(dir, `story-${relations}.gexf`);
  const text = readFileSync(file, "utf8");
  let op: () => unknown;
  if (reader === "ours") {
    op = () => {
      const r = fromGexf(text);
      if (r.kind !== "story" || r.story.relations.length !== relations) throw new Error("gexf-read: our reader lost relations");
      return r;
    };
  } else if (reader === "graphology") {
    op = () => {
      const g = graphologyParse(MultiDirectedGraph, text);
      if (g.size !== relations) throw new Error("gexf-read: graphology-gexf lost edges");
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
};

export { median };
