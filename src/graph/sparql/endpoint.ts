/**
 * Remote SPARQL 1.1: a query sent to an endpoint (SPARQL 1.1 Protocol, POST form), and stories
 * published into a store, replacing each story's named graph in one request: an HTTP `PUT` of
 * the graph's Turtle to a Graph Store (SPARQL 1.1 Graph Store HTTP Protocol), or one SPARQL Update
 * request `DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }` when that is all the store
 * offers. A store applies one request as one transaction (Virtuoso, Fuseki and Oxigraph do), so a
 * failed publish leaves the old graph in place. With a user and password the request is sent
 * with HTTP Digest authentication (digest-fetch), falling back to Basic when the server asks for it.
 */
import DigestClient from "digest-fetch";
import { EndpointError, InvalidArgumentError } from "../errors.ts";
import type { Story } from "../model.ts";
import type { Corpus } from "../corpus/build.ts";
import { isAbsoluteIri, resolveRdfOptions, type RdfOptions } from "../rdf/options.ts";
import { storyIris } from "../rdf/iris.ts";
import { writeRdf } from "../rdf/writer.ts";
import type { SparqlResults, SparqlTerm } from "./results.ts";

/** How to reach an endpoint. */
export interface EndpointOptions {
  readonly user?: string;
  readonly password?: string;
  /** The fetch to use (tests, proxies); default the global one. */
  readonly fetch?: typeof fetch;
}

type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

function fetcher(fn: string, options: EndpointOptions): Fetcher {
  const base = options.fetch ?? fetch;
  if (options.user === undefined) return (url, init) => base(url, init);
  if (options.password === undefined) throw new InvalidArgumentError(fn, "options.password", "a user needs a password");
  const digest = new DigestClient(options.user, options.password);
  const basic = `Basic ${btoa(unescape(encodeURIComponent(`${options.user}:${options.password}`)))}`;
  return async (url, init) => {
    // A request with a body gets the server's challenge first with a bodiless one: digest-fetch
    // sends the body unauthenticated on its first try, and Virtuoso answers 401 and resets the
    // connection before reading a large body (seen from ~7 MB of Turtle).
    if (init.body !== undefined && init.body !== null && !(digest as unknown as { hasAuth: boolean }).hasAuth) {
      await (digest.fetch(url, { method: "HEAD" }) as Promise<Response>).then((h) => h.body?.cancel()).catch(() => undefined);
    }
    const r = (await digest.fetch(url, init)) as Response;
    if (r.status === 401 && /^\s*basic/i.test(r.headers.get("www-authenticate") ?? "")) return base(url, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: basic } });
    return r;
  };
}

async function send(fn: string, url: string, init: RequestInit, options: EndpointOptions): Promise<Response> {
  let r: Response;
  try {
    r = await fetcher(fn, options)(url, init);
  } catch (e) {
    throw new EndpointError(fn, url, 0, `no answer (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!r.ok) {
    const body = (await r.text().catch(() => "")).replace(/\s+/g, " ").trim().slice(0, 300);
    throw new EndpointError(fn, url, r.status, `HTTP ${r.status}${body ? `: ${body}` : ""}`);
  }
  return r;
}

/** SPARQL JSON as some stores write it (Virtuoso's `typed-literal`) made standard. */
function normalise(results: SparqlResults): SparqlResults {
  if (!("results" in results)) return results;
  const bindings = results.results.bindings.map((b) => {
    const out: Record<string, SparqlTerm> = {};
    for (const [k, t] of Object.entries(b)) out[k] = (t.type as string) === "typed-literal" ? ({ ...t, type: "literal" } as SparqlTerm) : t;
    return out;
  });
  return { head: { vars: results.head.vars }, results: { bindings } };
}

/**
 * Send a SPARQL 1.1 query to an endpoint.
 *
 * @param endpoint - the endpoint's URL (`http://127.0.0.1:8890/sparql`).
 * @param query - the query.
 * @param options - user and password (Digest, or Basic when the server asks for it), a fetch.
 * @returns SPARQL JSON results for SELECT and ASK, `{ graph }` N-Triples for CONSTRUCT and DESCRIBE.
 * @throws {EndpointError} when the endpoint cannot be reached or refuses the query.
 */
export async function sparqlEndpointQuery(endpoint: string, query: string, options: EndpointOptions = {}): Promise<SparqlResults> {
  const fn = "sparqlEndpointQuery";
  if (!/^https?:\/\//.test(endpoint)) throw new InvalidArgumentError(fn, "endpoint", `expected an http(s) URL, got ${JSON.stringify(endpoint)}`);
  const r = await send(fn, endpoint, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/sparql-results+json, application/n-triples;q=0.9, text/plain;q=0.5" },
    body: new URLSearchParams({ query }).toString(),
  }, options);
  const type = r.headers.get("content-type") ?? "";
  const text = await r.text();
  if (/json/.test(type)) return normalise(JSON.parse(text) as SparqlResults);
  return { graph: text };
}

/** The protocols `publish` speaks. */
export const PUBLISH_PROTOCOLS = ["graph-store", "update"] as const;
/** One of `PUBLISH_PROTOCOLS`. */
export type PublishProtocol = (typeof PUBLISH_PROTOCOLS)[number];

export interface PublishOptions extends EndpointOptions {
  /** `graph-store` (PUT to a Graph Store; default) or `update` (SPARQL Update to an update endpoint). */
  readonly protocol?: PublishProtocol;
  /** The graph IRI to replace (default the story's own, `{base}graph`); only for one story. */
  readonly graph?: string;
  /** RDF options of a single story (its base). */
  readonly rdf?: Partial<RdfOptions>;
}

/** What was published: one entry per graph. */
export interface PublishReport {
  readonly graph: string;
  readonly protocol: PublishProtocol;
  /** Bytes sent. */
  readonly bytes: number;
}

/**
 * Publish a story, or each story of a corpus, into a SPARQL 1.1 store, replacing each story's
 * named graph in one request.
 *
 * @param source - a story or a corpus.
 * @param endpoint - the Graph Store URL (`…/sparql-graph-crud-auth` on Virtuoso) or the update endpoint (`…/sparql-auth`).
 * @param options - protocol, graph IRI, user and password, RDF options.
 * @throws {InvalidArgumentError} for a bad endpoint, graph or protocol.
 * @throws {EndpointError} when the store refuses a graph (the graphs before it are published; that graph keeps its old content).
 */
export async function publish(source: Story | Corpus, endpoint: string, options: PublishOptions = {}): Promise<PublishReport[]> {
  const fn = "publish";
  if (!/^https?:\/\//.test(endpoint)) throw new InvalidArgumentError(fn, "endpoint", `expected an http(s) URL, got ${JSON.stringify(endpoint)}`);
  const protocol = options.protocol ?? "graph-store";
  if (!(PUBLISH_PROTOCOLS as readonly string[]).includes(protocol)) throw new InvalidArgumentError(fn, "options.protocol", `unknown protocol "${protocol}" (known: ${PUBLISH_PROTOCOLS.join(", ")})`);
  if (options.graph !== undefined && !isAbsoluteIri(options.graph)) throw new InvalidArgumentError(fn, "options.graph", `expected an absolute IRI, got ${JSON.stringify(options.graph)}`);
  const isCorpus = "members" in source;
  if (isCorpus && options.graph !== undefined) throw new InvalidArgumentError(fn, "options.graph", "a corpus publishes each story to its own graph");
  const items = isCorpus ? source.members.map((m) => ({ story: m.story, rdf: m.rdf })) : [{ story: source, rdf: resolveRdfOptions({ ...options.rdf, ...(options.graph !== undefined && { graph: options.graph }) }, fn) }];
  const reports: PublishReport[] = [];
  for (const { story, rdf } of items) {
    const graph = storyIris(story.vocabulary, rdf).graph;
    let body: string;
    let init: RequestInit;
    let url = endpoint;
    if (protocol === "graph-store") {
      body = [...writeRdf(story, "turtle", rdf)].join("");
      url = `${endpoint}${endpoint.includes("?") ? "&" : "?"}graph=${encodeURIComponent(graph)}`;
      init = { method: "PUT", headers: { "content-type": "text/turtle; charset=utf-8" }, body };
    } else {
      // N-Triples lines are valid SPARQL triples (the export has no blank nodes).
      const triples = [...writeRdf(story, "nquads", { ...rdf, graph })].join("").replaceAll(` <${graph}> .\n`, " .\n");
      body = `DROP SILENT GRAPH <${graph}> ;\nINSERT DATA { GRAPH <${graph}> {\n${triples}} }\n`;
      init = { method: "POST", headers: { "content-type": "application/sparql-update; charset=utf-8" }, body };
    }
    await send(fn, url, init, options);
    reports.push({ graph, protocol, bytes: new TextEncoder().encode(body).length });
  }
  return reports;
}
