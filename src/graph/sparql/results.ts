/**
 * SPARQL 1.1 Query Results JSON, as types (W3C "SPARQL 1.1 Query Results JSON Format"): what
 * `sparqlQuery` and `sparqlEndpointQuery` return for SELECT and ASK; CONSTRUCT and DESCRIBE
 * return their graph as N-Triples text.
 */

/** One RDF term of a binding. */
export type SparqlTerm =
  | { readonly type: "uri"; readonly value: string }
  | { readonly type: "literal"; readonly value: string; readonly "xml:lang"?: string; readonly datatype?: string }
  | { readonly type: "bnode"; readonly value: string }
  | { readonly type: "triple"; readonly value: unknown };

export interface SparqlSelectResults {
  readonly head: { readonly vars: readonly string[]; readonly link?: readonly string[] };
  readonly results: { readonly bindings: readonly Readonly<Record<string, SparqlTerm>>[] };
}

export interface SparqlAskResults {
  readonly head: { readonly link?: readonly string[] };
  readonly boolean: boolean;
}

/** A CONSTRUCT or DESCRIBE result: its triples as N-Triples. */
export interface SparqlGraphResults {
  readonly graph: string;
}

export type SparqlResults = SparqlSelectResults | SparqlAskResults | SparqlGraphResults;

/** Whether `r` answers a SELECT query (variables and bindings). */
export function isSelect(r: SparqlResults): r is SparqlSelectResults {
  return "results" in r;
}
/** Whether `r` answers an ASK query (a boolean). */
export function isAsk(r: SparqlResults): r is SparqlAskResults {
  return "boolean" in r;
}
/** Whether `r` answers a CONSTRUCT or DESCRIBE query (a graph). */
export function isGraph(r: SparqlResults): r is SparqlGraphResults {
  return "graph" in r;
}
