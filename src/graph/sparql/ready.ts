/**
 * Ready SPARQL queries over storygraph's RDF (one story, several, a corpus, or a server holding
 * them): the questions the README lists, each a function of its parameters returning the query.
 * Entities are matched by Wikidata item (`owl:sameAs`) so the same query runs on a corpus, where
 * an entity's IRI is its Wikidata item, and on a single story.
 */
import { PREFIXES } from "../rdf/namespaces.ts";

/** The PREFIX lines of every prefix of the export. */
export const SPARQL_PREFIXES = Object.entries(PREFIXES)
  .map(([p, iri]) => `PREFIX ${p}: <${iri}>`)
  .join("\n");

const WIKIDATA_ID = /^Q[1-9][0-9]*$/;
function item(wikidata: string): string {
  if (!WIKIDATA_ID.test(wikidata)) throw new TypeError(`ready query: expected a Wikidata item id such as Q2283, got ${JSON.stringify(wikidata)}`);
  return `wd:${wikidata}`;
}

/** Who founded the organization (a `founding` event's founders, or the source of a `founded` relation), with the stories saying so. */
export function foundersQuery(organization: string): string {
  return `${SPARQL_PREFIXES}
SELECT DISTINCT ?founder ?label ?graph WHERE {
  GRAPH ?graph {
    ?org owl:sameAs ${item(organization)} .
    { ?claim a sgk:founding ; sgr:founded ?org ; sgr:founder ?f . }
    UNION
    { ?claim a sgk:founded ; sg:source ?f ; sg:target ?org . }
    ?f owl:sameAs ?founder ; rdfs:label ?label .
  }
}
ORDER BY ?founder ?graph`;
}

/** Which claims sources report (a citation whose source chain names someone beyond the author), with who and in which story. */
export function reportedClaimsQuery(): string {
  return `${SPARQL_PREFIXES}
SELECT DISTINCT ?claim ?id ?source ?graph WHERE {
  GRAPH ?graph {
    ?annotation oa:hasBody ?claim ; sg:modality sg:reported ; prov:wasAttributedTo ?agent .
    ?claim sg:id ?id .
    OPTIONAL { ?agent schema:name ?name }
    OPTIONAL { ?agent rdfs:label ?label }
    BIND(COALESCE(?name, ?label) AS ?source)
  }
}
ORDER BY ?graph ?id ?source`;
}

/**
 * Which claims about an entity are only possible: some citation says it is possible, none says
 * it is certain or probable.
 */
export function onlyPossibleQuery(entity: string): string {
  return `${SPARQL_PREFIXES}
SELECT DISTINCT ?claim ?id ?graph WHERE {
  GRAPH ?graph {
    ?e owl:sameAs ${item(entity)} .
    { ?claim sg:source ?e } UNION { ?claim sg:target ?e } UNION { ?claim sg:participant ?e }
    ?claim sg:id ?id .
    FILTER EXISTS { ?a oa:hasBody ?claim ; sg:certainty sg:possible }
    FILTER NOT EXISTS { ?b oa:hasBody ?claim ; sg:certainty ?c . FILTER(?c IN (sg:certain, sg:probable)) }
  }
}
ORDER BY ?graph ?id`;
}

/** Every citation of the claims joining two entities (either way), with kind, story, display words and quote: where one article states what another only reports. */
export function claimsBetweenQuery(a: string, b: string): string {
  return `${SPARQL_PREFIXES}
SELECT ?graph ?id ?kind ?modality ?quote WHERE {
  GRAPH ?graph {
    ?x owl:sameAs ${item(a)} . ?y owl:sameAs ${item(b)} .
    { ?claim sg:source ?x ; sg:target ?y } UNION { ?claim sg:source ?y ; sg:target ?x }
    ?claim a sg:Relation , ?kind ; sg:id ?id .
    ?kind rdfs:subClassOf sg:Relation .
    ?annotation oa:hasBody ?claim ; sg:modality ?modality ; oa:hasTarget/oa:hasSelector ?sel .
    ?sel a oa:TextQuoteSelector ; oa:exact ?quote .
  }
}
ORDER BY ?kind ?graph ?id ?modality`;
}

/** Claims whose period overlaps a day range (`xsd:date` bounds, inclusive), in time order. */
export function claimsBetweenDatesQuery(from: string, to: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) throw new TypeError("claimsBetweenDatesQuery: expected YYYY-MM-DD dates");
  return `${SPARQL_PREFIXES}
SELECT ?graph ?id ?periodFrom ?periodTo WHERE {
  GRAPH ?graph {
    ?claim sg:id ?id ; sg:periodFrom ?periodFrom .
    OPTIONAL { ?claim sg:periodTo ?periodTo }
    FILTER(?periodFrom <= "${to}"^^xsd:date && (!BOUND(?periodTo) || ?periodTo >= "${from}"^^xsd:date))
  }
}
ORDER BY ?periodFrom ?graph ?id`;
}
