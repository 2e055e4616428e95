/**
 * The benchmark's RDF cases (run by bench/child.ts, one child per run, like bench/cases.ts): a
 * corpus of synthetic stories exported as N-Quads beside the story JSON writer, loaded into the
 * embedded oxigraph store (bulk, as `sparqlStore` loads, and transactional) and into Virtuoso
 * (the library's `publish` over HTTP, and Virtuoso's own bulk loader through isql-vt), and the
 * three ready queries on each, with the same answers checked across stores.
 *
 * The corpus is made and written in parts of `PART_STORIES` stories, so that a million claims
 * never has to be in memory at once: with synthetic Wikidata ids every entity is its Wikidata
 * IRI, so a story's quads are the same in a part as in the whole corpus (a test checks it). The
 * export writes one N-Quads file per part; the loads read those files.
 */
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { Store } from "oxigraph";
import { buildCorpus, writeCorpusRdf, type Corpus } from "../src/graph/corpus/index.ts";
import { toStoryJson } from "../src/graph/input/story-json.ts";
import type { Relation, StoryEvent } from "../src/graph/model.ts";
import { foundersQuery, onlyPossibleQuery, publish, reportedClaimsQuery, sparqlEndpointQuery, type SparqlResults } from "../src/graph/sparql/index.ts";
import { EXPORT_LOAD_OPTIONS } from "../src/graph/sparql/store.ts";
import { writeRdf } from "../src/graph/rdf/index.ts";
import { isqlVirtuoso } from "../tests/helpers/virtuoso.ts";
import { entitiesFor, generateStoryModel, splitClaims } from "./generate.ts";
import { collect, measure, type RunSample } from "./measure.ts";

/** What a case prints (as bench/cases.ts). */
interface CaseResult {
  readonly ops: Record<string, RunSample[]>;
  readonly facts: Record<string, number | string>;
}
type Params = Record<string, unknown>;

const num = (p: Params, key: string): number => {
  const v = p[key];
  if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(`rdf bench case: parameter ${key} must be a number`);
  return v;
};
const str = (p: Params, key: string): string => {
  const v = p[key];
  if (typeof v !== "string") throw new Error(`rdf bench case: parameter ${key} must be a string`);
  return v;
};

/** Claims per synthetic story: about a long article's worth. */
export const STORY_CLAIMS = 500;
/** Stories per part (one N-Quads file each): 10,000 claims, ~130 MB of N-Quads. */
export const PART_STORIES = 20;

/** The corpus base of a size: its graphs are `{base}s1/graph`, … */
export const rdfBase = (claims: number) => `https://example.org/storygraph/bench-${claims}/`;

/**
 * The benchmark corpus of `claims` claims in stories of `STORY_CLAIMS` (seeds 1…, synthetic
 * Wikidata ids, so that entity number i is one resource across the stories), made part by part:
 * each part a corpus of up to `partStories` stories under the size's base.
 */
export function* benchCorpusParts(claims: number, partStories = PART_STORIES): Generator<Corpus> {
  const stories = Math.max(1, Math.round(claims / STORY_CLAIMS));
  const per = Math.round(claims / stories);
  for (let from = 0; from < stories; from += partStories) {
    const members = [];
    for (let k = from; k < Math.min(stories, from + partStories); k++) {
      members.push({ key: `s${k + 1}`, story: generateStoryModel({ entities: entitiesFor(per), ...splitClaims(per), seed: k + 1, wikidata: true }) });
    }
    yield buildCorpus(members, { base: rdfBase(claims) });
  }
}

/** The folder of a size's N-Quads parts. */
const partsDir = (dir: string, claims: number) => path.join(dir, `nq-${claims}`);
const partFiles = (dir: string, claims: number) =>
  readdirSync(partsDir(dir, claims))
    .filter((f) => f.endsWith(".nq"))
    .sort()
    .map((f) => path.join(partsDir(dir, claims), f));
const questionsFile = (dir: string, claims: number) => path.join(dir, `questions-${claims}.json`);

interface Question {
  readonly name: string;
  readonly query: string;
  readonly variable: string;
}

/** Counts of the busiest entities, gathered part by part, for the three ready questions. */
class QuestionCounts {
  private readonly founded = new Map<string, number>();
  private readonly onlyPossible = new Map<string, number>();

  add(corpus: Corpus): void {
    const bump = (m: Map<string, number>, id: string | undefined) => id !== undefined && m.set(id, (m.get(id) ?? 0) + 1);
    for (const { story } of corpus.members) {
      const wd = new Map(story.entities.map((e) => [e.id, e.wikidata]));
      for (const r of story.relations) if (r.kind === "founded") bump(this.founded, wd.get(r.target));
      for (const e of story.events) if (e.kind === "founding") for (const p of e.participants) if (p.role === "founded") bump(this.founded, wd.get(p.id));
      const claims: readonly (Relation | StoryEvent)[] = [...story.relations, ...story.events];
      for (const c of claims) {
        const cs = c.citations.map((x) => x.factuality.certainty);
        if (!cs.includes("possible") || cs.includes("certain") || cs.includes("probable")) continue;
        const ids = "source" in c ? [c.source, c.target] : c.participants.filter((x) => x.type === "entity").map((x) => x.id);
        for (const id of new Set(ids)) bump(this.onlyPossible, wd.get(id));
      }
    }
  }

  /** The three ready questions, for the corpus's entity with the most founders and the one with the most only-possible claims. */
  questions(): Question[] {
    const busiest = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const org = busiest(this.founded);
    const entity = busiest(this.onlyPossible);
    return [
      { name: `founders of ${org} (foundersQuery)`, query: foundersQuery(org), variable: "founder" },
      { name: "claims sources report (reportedClaimsQuery)", query: reportedClaimsQuery(), variable: "id" },
      { name: `claims about ${entity} only possible (onlyPossibleQuery)`, query: onlyPossibleQuery(entity), variable: "id" },
    ];
  }
}

/** The answer's rows `graph value` (graphs relative to the corpus base), unique and sorted, and a digest of them: the same on every store. */
function answerOf(r: SparqlResults, variable: string, base: string): { rows: number; digest: string } {
  if (!("results" in r)) throw new Error("rdf: a SELECT result was expected");
  const rows = [...new Set(r.results.bindings.map((b) => `${String(b["graph"]?.value).replace(base, "")} ${String(b[variable]?.value)}`))].sort();
  return { rows: rows.length, digest: createHash("sha1").update(rows.join("\n")).digest("hex").slice(0, 12) };
}

/** Time each question `reps` times (the first run included), and note its answer. */
async function timeQuestions(dir: string, claims: number, reps: number, run: (query: string) => SparqlResults | Promise<SparqlResults>, ops: Record<string, RunSample[]>, facts: Record<string, number | string>): Promise<void> {
  const questions = JSON.parse(readFileSync(questionsFile(dir, claims), "utf8")) as Question[];
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

/**
 * Part by part, time the writing only (each part made untimed first) and add the samples up;
 * the peak is the largest any part's writing added on top of its stories in memory.
 */
async function timedParts(claims: number, write: (part: Corpus, index: number) => void, each?: (part: Corpus) => void): Promise<RunSample> {
  let ms = 0;
  let peakBytes = 0;
  let index = 0;
  for (const part of benchCorpusParts(claims)) {
    each?.(part);
    const s = await measure(() => write(part, index++));
    ms += s.ms;
    peakBytes = Math.max(peakBytes, s.peakBytes);
  }
  return { ms, peakBytes };
}

/**
 * Export: the corpus as N-Quads (`writeCorpusRdf` streamed to one file per part: the loads'
 * input) or as story JSON (`toStoryJson`, one file per story, removed after). The N-Quads run
 * also notes the quads and the three questions.
 */
async function rdfExport(p: Params): Promise<CaseResult> {
  const claims = num(p, "claims");
  const dir = str(p, "dir");
  const writer = str(p, "writer");
  const facts: Record<string, number | string> = {};
  let bytes = 0;
  let sample: RunSample;
  if (writer === "nquads") {
    const out = partsDir(dir, claims);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const counts = new QuestionCounts();
    let relations = 0;
    let events = 0;
    let stories = 0;
    sample = await timedParts(
      claims,
      (part, i) => {
        const fd = openSync(path.join(out, `part-${String(i).padStart(5, "0")}.nq`), "w");
        try {
          for (const chunk of writeCorpusRdf(part, "nquads")) writeSync(fd, chunk);
        } finally {
          closeSync(fd);
        }
      },
      (part) => {
        counts.add(part);
        stories += part.members.length;
        for (const m of part.members) (relations += m.story.relations.length), (events += m.story.events.length);
      },
    );
    let quads = 0;
    for (const f of partFiles(dir, claims)) {
      const b = readFileSync(f);
      bytes += b.length;
      for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) quads++;
    }
    writeFileSync(questionsFile(dir, claims), JSON.stringify(counts.questions()));
    Object.assign(facts, { quads, relations, events, stories, files: partFiles(dir, claims).length });
  } else if (writer === "json") {
    const out = path.join(dir, `json-${claims}`);
    mkdirSync(out, { recursive: true });
    sample = await timedParts(claims, (part) => {
      for (const m of part.members) writeFileSync(path.join(out, `${m.key}.json`), toStoryJson(m.story));
    });
    for (const f of readdirSync(out)) bytes += statSync(path.join(out, f)).size;
    rmSync(out, { recursive: true, force: true });
  } else throw new Error(`rdf-export: unknown writer ${writer}`);
  return { ops: { write: [sample] }, facts: { ...facts, bytes } };
}

/**
 * Load the N-Quads parts into a fresh embedded oxigraph store, `bulk` (as `sparqlStore` does:
 * no transaction, lenient) or `transaction` (oxigraph's default), then ask the three questions.
 * Only the `load` calls are timed (each part's bytes are read first); the peak is the child's
 * resident memory over the whole load, the store included. After each part a progress line goes
 * to stderr, so that when the store runs out of WebAssembly memory (4 GiB) the runner can say how
 * far it got.
 */
async function rdfOxigraph(p: Params): Promise<CaseResult> {
  const claims = num(p, "claims");
  const dir = str(p, "dir");
  const mode = str(p, "mode");
  if (mode !== "bulk" && mode !== "transaction") throw new Error(`rdf-oxigraph: unknown mode ${mode}`);
  const options = mode === "bulk" ? EXPORT_LOAD_OPTIONS : { format: "application/n-quads" };
  const files = partFiles(dir, claims);
  const store = new Store();
  let loadMs = 0;
  let bytes = 0;
  const sample = await measure(() => {
    files.forEach((file, i) => {
      const data = readFileSync(file);
      const t = performance.now();
      store.load(data, options);
      loadMs += performance.now() - t;
      bytes += data.length;
      process.stderr.write(`BENCH-PROGRESS ${JSON.stringify({ files: i + 1, of: files.length, bytes, quads: store.size, rssBytes: process.memoryUsage().rss, loadMs })}\n`);
    });
    return store;
  });
  const ops: Record<string, RunSample[]> = { load: [{ ms: loadMs, peakBytes: sample.peakBytes }] };
  const facts: Record<string, number | string> = { quads: store.size, rssBytes: process.memoryUsage().rss };
  collect();
  // as sparqlQuery asks: the union of the graphs as the default graph, SPARQL JSON results
  await timeQuestions(dir, claims, num(p, "reps"), (q) => JSON.parse(store.query(q, { use_default_graph_as_union: true, results_format: "application/sparql-results+json" }) as string) as SparqlResults, ops, facts);
  return { ops, facts };
}

/** How many triples the server holds in the size's graphs. */
async function serverTriples(sparql: string, claims: number): Promise<number> {
  const count = await sparqlEndpointQuery(sparql, `SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "${rdfBase(claims)}")) }`);
  return "results" in count ? Number(count.results.bindings[0]?.["n"]?.value) : NaN;
}

/**
 * Load the corpus into a fresh Virtuoso (the runner starts one per load), then count its triples
 * and ask the three questions:
 * - `publish`: the library's `publish` from the stories (one Graph Store PUT of each story's
 *   Turtle, digest authentication), part by part, each part made untimed; the Turtle writing it
 *   includes is also timed on its own (to 200,000 claims), so that the server's share can be told;
 * - `bulk`: Virtuoso's bulk loader on the N-Quads parts, through isql-vt
 *   (`ld_dir(dir, '*.nq', graph)` + `rdf_loader_run()`; the folder is in the ini's DirsAllowed).
 */
async function rdfVirtuoso(p: Params): Promise<CaseResult> {
  const claims = num(p, "claims");
  const dir = str(p, "dir");
  const mode = str(p, "mode");
  const auth = { user: str(p, "user"), password: str(p, "password") };
  const ops: Record<string, RunSample[]> = {};
  const facts: Record<string, number | string> = {};
  if (mode === "publish") {
    let sent = 0;
    let turtleMs = 0;
    let ms = 0;
    let peakBytes = 0;
    for (const part of benchCorpusParts(claims)) {
      if (claims <= 200_000) {
        const t = await measure(() => part.members.map((m) => [...writeRdf(m.story, "turtle", m.rdf)].join("").length));
        turtleMs += t.ms;
      }
      const s = await measure(async () => {
        const reports = await publish(part, str(p, "graphStore"), auth);
        sent += reports.reduce((n, r) => n + r.bytes, 0);
      });
      ms += s.ms;
      peakBytes = Math.max(peakBytes, s.peakBytes);
    }
    ops["load"] = [{ ms, peakBytes }];
    facts["sentBytes"] = sent;
    if (claims <= 200_000) facts["turtleMs"] = turtleMs;
  } else if (mode === "bulk") {
    const isql = (sql: string) => isqlVirtuoso(num(p, "sqlPort"), auth.user, auth.password, sql);
    const load = await measure(() => isql(`ld_dir('${partsDir(dir, claims)}', '*.nq', '${rdfBase(claims)}default'); rdf_loader_run();`));
    const failed = await isql("SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL OR ll_state <> 2;");
    if (!/^\s*0\s*$/m.test(failed)) throw new Error(`rdf-virtuoso: the bulk loader did not load every file: ${failed.trim().slice(0, 500)}`);
    ops["load"] = [load];
    facts["files"] = partFiles(dir, claims).length;
  } else throw new Error(`rdf-virtuoso: unknown mode ${mode}`);
  facts["quads"] = await serverTriples(str(p, "sparql"), claims);
  await timeQuestions(dir, claims, num(p, "reps"), (q) => sparqlEndpointQuery(str(p, "sparql"), q), ops, facts);
  return { ops, facts };
}

export const RDF_CASES: Record<string, (p: Params) => Promise<CaseResult>> = {
  "rdf-export": rdfExport,
  "rdf-oxigraph": rdfOxigraph,
  "rdf-virtuoso": rdfVirtuoso,
};
