/** Corpora: several stories in one graph, entities merged by Wikidata id or declared sameAs. Re-exports only. */
export { buildCorpus, DEFAULT_CORPUS_OPTIONS, type Corpus, type CorpusEntity, type CorpusEntityRef, type CorpusMember, type CorpusMemberInput, type CorpusOptions } from "./build.ts";
export { corpusQuads, writeCorpusRdf, CORPUS_RDF_FORMATS, type CorpusRdfFormat } from "./rdf.ts";
export { corpusClaims, type CorpusClaim, type CorpusClaimFilter } from "./claims.ts";
