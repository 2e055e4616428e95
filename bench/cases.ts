/**
 * The Node-side benchmark cases. Each runs in its own child process (bench/child.ts), prepares its
 * input untimed, then measures one operation with `measure` (time + peak memory on top of the
 * input); the runner starts one child per run, so that no run inherits the heap another one grew.
 * (The query case is the exception: its input takes long to build, so one child times many rounds.) Every case checks that what it measured is right (same results on both
 * sides of a comparison) and throws otherwise: a fast wrong answer is not a result.
 */
import { createHash } from "node:crypto";
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
import { toStoryJson } from "../src/graph/input/story-json.ts";
import { buildCorpus, writeCorpusRdf, type Corpus } from "../src/graph/corpus/index.ts";
import { writeRdf } from "../src/graph/rdf/index.ts";
import { foundersQuery, onlyPossibleQuery, publish, reportedClaimsQuery, sparqlEndpointQuery, type SparqlResults } from "../src/graph/sparql/index.ts";
import { Store } from "oxigraph";
import { entitiesFor, generateStory, generateStoryModel, prng, splitClaims } from "./generate.ts";
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

// ---------------------------------------------------------------------------------------------
// RDF: a corpus of synthetic stories as N-Quads (beside the story JSON writer), loaded into the
// embedded oxigraph store and into Virtuoso, and the ready queries on each

/**
 * The benchmark corpus: `stories` synthetic stories of `claims / stories` claims each (seeds 1…,
 * synthetic Wikidata ids, so that entity number i is one resource across the stories), under a
 * base of its own per size.
 */
export function benchCorpus(claims: number, stories: number): Corpus {
  const per = Math.round(claims / stories);
  const members = Array.from({ length: stories }, (_, k) => ({
    key: `s${k + 1}`,
    story: generateStoryModel({ entities: entitiesFor(per), ...splitClaims(per), seed: k + 1, wikidata: true }),
  }));
  return buildCorpus(members, { base: rdfBase(claims) });
}

/** The corpus base of a size: its graphs are `{base}s1/graph`, … */
export const rdfBase = (claims: number) => `https://example.org/storygraph/bench-${claims}/`;

/** The three ready questions, for the corpus's busiest entities (the Wikidata ids are the synthetic ones). */
function rdfQuestions(corpus: Corpus): { name: string; query: string; variable: string }[] {
  const founded = new Map<string, number>();
  const onlyPossible = new Map<string, number>();
  const bump = (m: Map<string, number>, id: string | undefined) => id !== undefined && m.set(id, (m.get(id) ?? 0) + 1);
  for (const { story } of corpus.members) {
    const wd = new Map(story.entities.map((e) => [e.id, e.wikidata]));
    for (const r of story.relations) if (r.kind === "founded") bump(founded, wd.get(r.target));
    for (const e of story.events) if (e.kind === "founding") for (const p of e.participants) if (p.role === "founded") bump(founded, wd.get(p.id));
    const claims: readonly (Relation | StoryEvent)[] = [...story.relations, ...story.events];
    for (const c of claims) {
      const cs = c.citations.map((x) => x.factuality.certainty);
      if (!cs.includes("possible") || cs.includes("certain") || cs.includes("probable")) continue;
      const ids = "source" in c ? [c.source, c.target] : c.participants.filter((x) => x.type === "entity").map((x) => x.id);
      for (const id of new Set(ids)) bump(onlyPossible, wd.get(id));
    }
  }
  const busiest = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  const org = busiest(founded);
  const entity = busiest(onlyPossible);
  return [
    { name: `founders of ${org} (foundersQuery)`, query: foundersQuery(org), variable: "founder" },
    { name: "claims sources report (reportedClaimsQuery)", query: reportedClaimsQuery(), variable: "id" },
    { name: `claims about ${entity} only possible (onlyPossibleQuery)`, query: onlyPossibleQuery(entity), variable: "id" },
  ];
}

/** The answer's rows `graph value` (graphs relative to the corpus base), unique and sorted, and a digest of them: the same on every store. */
function answerOf(r: SparqlResults, variable: string, base: string): { rows: number; digest: string } {
  if (!("results" in r)) throw new Error("rdf: a SELECT result was expected");
  const rows = [...new Set(r.results.bindings.map((b) => `${String(b["graph"]?.value).replace(base, "")} ${String(b[variable]?.value)}`))].sort();
  return { rows: rows.length, digest: createHash("sha1").update(rows.join("\n")).digest("hex").slice(0, 12) };
}

/** Time each question `reps` times (the first run included), and note its answer. */
async function timeQuestions(corpus: Corpus, claims: number, reps: number, run: (query: string) => SparqlResults | Promise<SparqlResults>, ops: Record<string, RunSample[]>, facts: Record<string, number | string>): Promise<void> {
  const questions = rdfQuestions(corpus);
  for (const [i, q] of questions.entries()) {
    let answer: SparqlResults | undefined;
    for (let k = 0; k < reps; k++) {
      const t = performance.now();
      answer = await run(q.query);
      (ops[`q${i}`] ??= []).push({ ms: performance.now() - t, peakBytes: 0 });
    }
    const a = answerOf(answer!, q.variable, rdfBase(claims));
    if (a.rows === 0) throw new Error(`rdf: ${q.name} found nothing: the question does not fit the data`);
    facts[`q${i}.name`] = q.name;
    facts[`q${i}.rows`] = a.rows;
    facts[`q${i}.digest`] = a.digest;
  }
}

/** Write the corpus's N-Quads (the loads' input) to `{dir}/corpus-{claims}.nq`; note its size and quads. */
async function rdfPrepare(p: Params): Promise<CaseResult> {
  const claims = num(p, "claims");
  const corpus = benchCorpus(claims, num(p, "stories"));
  const file = path.join(str(p, "dir"), `corpus-${claims}.nq`);
  const fd = openSync(file, "w");
  let quads = 0;
  try {
    for (const chunk of writeCorpusRdf(corpus, "nquads")) {
      writeSync(fd, chunk);
      for (let i = chunk.indexOf("\n"); i !== -1; i = chunk.indexOf("\n", i + 1)) quads++;
    }
  } finally {
    closeSync(fd);
  }
  const relations = corpus.members.reduce((n, m) => n + m.story.relations.length, 0);
  const events = corpus.members.reduce((n, m) => n + m.story.events.length, 0);
  return { ops: {}, facts: { file, bytes: statSync(file).size, quads, relations, events, entities: corpus.entities.length } };
}

/** Write the corpus as N-Quads (writeCorpusRdf, streamed to a file) or as story JSON files (toStoryJson, one per story). */
async function rdfExport(p: Params): Promise<CaseResult> {
  const claims = num(p, "claims");
  const dir = str(p, "dir");
  const writer = str(p, "writer");
  const corpus = benchCorpus(claims, num(p, "stories"));
  const files: string[] = [];
  let op: () => unknown;
  if (writer === "nquads") {
    const out = path.join(dir, `out-${claims}.nq`);
    files.push(out);
    op = () => {
      const fd = openSync(out, "w");
      try {
        for (const chunk of writeCorpusRdf(corpus, "nquads")) writeSync(fd, chunk);
      } finally {
        closeSync(fd);
      }
    };
  } else if (writer === "json") {
    for (const m of corpus.members) files.push(path.join(dir, `out-${claims}-${m.key}.json`));
    op = () => corpus.members.forEach((m, i) => writeFileSync(files[i]!, toStoryJson(m.story)));
  } else throw new Error(`rdf-export: unknown writer ${writer}`);
  const sample = await measure(op);
  return { ops: { write: [sample] }, facts: { bytes: files.reduce((n, f) => n + statSync(f).size, 0) } };
}

/** Load the N-Quads file into a fresh embedded oxigraph store, story by story (as sparqlStore does), then ask the three questions. */
async function rdfOxigraph(p: Params): Promise<CaseResult> {
  const claims = num(p, "claims");
  const corpus = benchCorpus(claims, num(p, "stories"));
  // the file cut into its stories (each line ends with its graph; the stories come one after the other)
  const text = readFileSync(str(p, "file"), "utf8");
  const stories: string[] = [];
  for (let from = 0, graph = "", i = 0; i < text.length; ) {
    const end = text.indexOf("\n", i);
    const g = text.slice(text.lastIndexOf("<", end), end);
    if (g !== graph && i > from) stories.push(text.slice(from, (from = i)));
    graph = g;
    i = end + 1;
    if (i >= text.length) stories.push(text.slice(from));
  }
  if (stories.length !== corpus.members.length) throw new Error(`rdf-oxigraph: the N-Quads hold ${stories.length} graphs, the corpus ${corpus.members.length} stories`);
  let store: Store | undefined;
  const load = await measure(() => {
    store = new Store();
    for (const story of stories) store.load(story, { format: "application/n-quads" });
    return store;
  });
  const ops: Record<string, RunSample[]> = { load: [load] };
  const facts: Record<string, number | string> = { quads: store!.size };
  // as sparqlQuery asks: the union of the graphs as the default graph, SPARQL JSON results
  await timeQuestions(corpus, claims, num(p, "reps"), (q) => JSON.parse(store!.query(q, { use_default_graph_as_union: true, results_format: "application/sparql-results+json" }) as string) as SparqlResults, ops, facts);
  return { ops, facts };
}

/**
 * Publish the corpus into a running Virtuoso (publish: one Graph Store PUT of each story's Turtle,
 * digest authentication), check it holds every triple, ask the three questions, then drop the
 * graphs (untimed) so that the next run starts from an empty store. The Turtle writing that
 * publish does is also timed on its own, so that the server's share can be told.
 */
async function rdfVirtuoso(p: Params): Promise<CaseResult> {
  const claims = num(p, "claims");
  const corpus = benchCorpus(claims, num(p, "stories"));
  const auth = { user: str(p, "user"), password: str(p, "password") };
  const turtle = await measure(() => corpus.members.map((m) => [...writeRdf(m.story, "turtle", m.rdf)].join("").length));
  let reports: Awaited<ReturnType<typeof publish>> = [];
  const load = await measure(async () => (reports = await publish(corpus, str(p, "graphStore"), auth)));
  const graphs = reports.map((r) => r.graph);
  const count = await sparqlEndpointQuery(str(p, "sparql"), `SELECT (COUNT(*) AS ?n) WHERE { VALUES ?g { ${graphs.map((g) => `<${g}>`).join(" ")} } GRAPH ?g { ?s ?p ?o } }`);
  const triples = "results" in count ? Number(count.results.bindings[0]?.["n"]?.value) : NaN;
  const ops: Record<string, RunSample[]> = { turtle: [turtle], load: [load] };
  const facts: Record<string, number | string> = { quads: triples, sentBytes: reports.reduce((n, r) => n + r.bytes, 0) };
  await timeQuestions(corpus, claims, num(p, "reps"), (q) => sparqlEndpointQuery(str(p, "sparql"), q), ops, facts);
  for (const g of graphs) await sparqlEndpointQuery(str(p, "sparqlAuth"), `DROP SILENT GRAPH <${g}>`, auth);
  return { ops, facts };
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
  "rdf-prepare": rdfPrepare,
  "rdf-export": rdfExport,
  "rdf-oxigraph": rdfOxigraph,
  "rdf-virtuoso": rdfVirtuoso,
};

export { median };
