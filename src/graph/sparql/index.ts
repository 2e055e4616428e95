/** SPARQL over stories: the embedded oxigraph store, remote endpoints, results formatting, ready queries. Re-exports only. */
export type { SparqlResults, SparqlSelectResults, SparqlAskResults, SparqlGraphResults, SparqlTerm } from "./results.ts";
export { isSelect, isAsk, isGraph } from "./results.ts";
export { sparqlStore, sparqlQuery, type SparqlStore, type SparqlSource } from "./store.ts";
export { sparqlTable, sparqlCsv, sparqlColumn, shortIri, termText } from "./format.ts";
export { SPARQL_PREFIXES, foundersQuery, reportedClaimsQuery, onlyPossibleQuery, claimsBetweenQuery, claimsBetweenDatesQuery } from "./ready.ts";
export { sparqlEndpointQuery, publish, PUBLISH_PROTOCOLS, type EndpointOptions, type PublishOptions, type PublishProtocol, type PublishReport } from "./endpoint.ts";
