/**
 * The IRIs of the RDF export: storygraph's own terms (`sg:` the model, `sgk:` the news core's
 * kinds, `sgr:` their roles) and the standard vocabularies it uses (W3C Web Annotation `oa:`,
 * PROV-O `prov:`, schema.org, OWL, RDFS, SKOS, XSD, Wikidata entities and direct properties).
 *
 * storygraph has no web site of its own: its terms live under `https://w3id.org/storygraph/`, a
 * permanent-identifier name that is not registered yet (it does not resolve). The IRIs are
 * stable and unique; the README says so, and a story's own kinds live under the story's base.
 */

/** storygraph's namespace root. */
export const STORYGRAPH_NS = "https://w3id.org/storygraph/";

/** Prefix → namespace IRI, as the Turtle and TriG writers declare them and the JSON-LD context maps them. */
export const PREFIXES = Object.freeze({
  sg: `${STORYGRAPH_NS}ns#`,
  sgk: `${STORYGRAPH_NS}kind/`,
  sgr: `${STORYGRAPH_NS}role/`,
  oa: "http://www.w3.org/ns/oa#",
  prov: "http://www.w3.org/ns/prov#",
  schema: "https://schema.org/",
  owl: "http://www.w3.org/2002/07/owl#",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  wd: "http://www.wikidata.org/entity/",
  wdt: "http://www.wikidata.org/prop/direct/",
} as const);

/** A prefix of `PREFIXES` (`sg`, `oa`, `prov`, …). */
export type Prefix = keyof typeof PREFIXES;

/** A term of one namespace: `ns("oa", "Annotation")`. */
function ns<P extends Prefix>(prefix: P) {
  return (local: string): string => PREFIXES[prefix] + local;
}

export const sg = ns("sg");
export const oa = ns("oa");
export const prov = ns("prov");
export const schema = ns("schema");
export const xsd = ns("xsd");

export const RDF_TYPE = PREFIXES.rdf + "type";
export const RDF = Object.freeze({
  type: RDF_TYPE,
  Statement: PREFIXES.rdf + "Statement",
  subject: PREFIXES.rdf + "subject",
  predicate: PREFIXES.rdf + "predicate",
  object: PREFIXES.rdf + "object",
  Property: PREFIXES.rdf + "Property",
});
export const RDFS = Object.freeze({
  label: PREFIXES.rdfs + "label",
  comment: PREFIXES.rdfs + "comment",
  subClassOf: PREFIXES.rdfs + "subClassOf",
  subPropertyOf: PREFIXES.rdfs + "subPropertyOf",
  Class: PREFIXES.rdfs + "Class",
});
export const OWL_SAME_AS = PREFIXES.owl + "sameAs";
export const SKOS = Object.freeze({
  altLabel: PREFIXES.skos + "altLabel",
  closeMatch: PREFIXES.skos + "closeMatch",
});

/** The Wikidata item IRI of `Q2283`. */
export const wikidataItem = (id: string): string => PREFIXES.wd + id;
/** The Wikidata direct-property IRI of `P112` (what `wdt:P112` stands for). */
export const wikidataProperty = (id: string): string => PREFIXES.wdt + id;
/** The IRI of a news-core kind (`sgk:founding`). */
export const coreKind = (id: string): string => PREFIXES.sgk + id;
/** The IRI of a news-core role (`sgr:founder`). */
export const coreRole = (id: string): string => PREFIXES.sgr + id;
