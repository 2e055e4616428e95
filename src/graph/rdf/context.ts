/**
 * The JSON-LD 1.1 `@context` of storygraph's RDF export: the prefixes, and one short term per
 * property the export writes, with the type its values are coerced to. `writeJsonLd` writes
 * every story with this context inline (so a reader needs no network), and the package ships it
 * as `linked-data/context.jsonld` (generated from here by `npx tsx scripts/gen-linked-data.ts`;
 * a test keeps the file up to date).
 */
import { PREFIXES } from "./namespaces.ts";

/**
 * How a term's values are written: `@id` (an IRI, written as a string), a datatype IRI (a typed
 * literal written as its lexical form), `string` (a plain string) or `lang` (a language-tagged
 * string, always written as a value object).
 */
export type TermValue = "@id" | "string" | "lang" | { readonly datatype: string };

/** One term of the context: its short name, the property it stands for (a compact IRI), and its values. */
export interface ContextTerm {
  readonly term: string;
  readonly iri: string;
  readonly value: TermValue;
}

const NNI = { datatype: "xsd:nonNegativeInteger" } as const;
const BOOL = { datatype: "xsd:boolean" } as const;
const DATE = { datatype: "xsd:date" } as const;

/** The terms, in the order the context lists them. Qualifier dates carry their own datatype (gYear, gYearMonth, date), so they are not coerced. */
export const CONTEXT_TERMS: readonly ContextTerm[] = Object.freeze([
  { term: "label", iri: "rdfs:label", value: "lang" },
  { term: "comment", iri: "rdfs:comment", value: "lang" },
  { term: "subClassOf", iri: "rdfs:subClassOf", value: "@id" },
  { term: "subPropertyOf", iri: "rdfs:subPropertyOf", value: "@id" },
  { term: "altLabel", iri: "skos:altLabel", value: "lang" },
  { term: "closeMatch", iri: "skos:closeMatch", value: "@id" },
  { term: "sameAs", iri: "owl:sameAs", value: "@id" },
  { term: "schemaSameAs", iri: "schema:sameAs", value: "@id" },
  { term: "text", iri: "schema:text", value: "lang" },
  { term: "headline", iri: "schema:headline", value: "lang" },
  { term: "inLanguage", iri: "schema:inLanguage", value: "string" },
  { term: "url", iri: "schema:url", value: "@id" },
  { term: "datePublished", iri: "schema:datePublished", value: "string" },
  { term: "author", iri: "schema:author", value: "@id" },
  { term: "name", iri: "schema:name", value: "string" },
  { term: "description", iri: "schema:description", value: "string" },
  { term: "isPartOf", iri: "schema:isPartOf", value: "@id" },
  { term: "subjectOf", iri: "schema:subjectOf", value: "@id" },
  { term: "value", iri: "schema:value", value: "string" },
  { term: "currency", iri: "schema:currency", value: "string" },
  { term: "statementSubject", iri: "rdf:subject", value: "@id" },
  { term: "statementPredicate", iri: "rdf:predicate", value: "@id" },
  { term: "statementObject", iri: "rdf:object", value: "@id" },
  { term: "wasDerivedFrom", iri: "prov:wasDerivedFrom", value: "@id" },
  { term: "wasAttributedTo", iri: "prov:wasAttributedTo", value: "@id" },
  { term: "agent", iri: "prov:agent", value: "@id" },
  { term: "motivatedBy", iri: "oa:motivatedBy", value: "@id" },
  { term: "body", iri: "oa:hasBody", value: "@id" },
  { term: "target", iri: "oa:hasTarget", value: "@id" },
  { term: "source", iri: "oa:hasSource", value: "@id" },
  { term: "selector", iri: "oa:hasSelector", value: "@id" },
  { term: "exact", iri: "oa:exact", value: "string" },
  { term: "prefix", iri: "oa:prefix", value: "string" },
  { term: "suffix", iri: "oa:suffix", value: "string" },
  { term: "start", iri: "oa:start", value: NNI },
  { term: "end", iri: "oa:end", value: NNI },
  { term: "utf16Start", iri: "sg:utf16Start", value: NNI },
  { term: "utf16End", iri: "sg:utf16End", value: NNI },
  { term: "id", iri: "sg:id", value: "string" },
  { term: "format", iri: "sg:format", value: "string" },
  { term: "index", iri: "sg:index", value: NNI },
  { term: "position", iri: "sg:position", value: NNI },
  { term: "symmetric", iri: "sg:symmetric", value: BOOL },
  { term: "wikidataProperty", iri: "sg:wikidataProperty", value: "@id" },
  { term: "wikidataInverse", iri: "sg:wikidataInverse", value: BOOL },
  { term: "relationSource", iri: "sg:source", value: "@id" },
  { term: "relationTarget", iri: "sg:target", value: "@id" },
  { term: "participant", iri: "sg:participant", value: "@id" },
  { term: "about", iri: "sg:about", value: "@id" },
  { term: "periodFrom", iri: "sg:periodFrom", value: DATE },
  { term: "periodTo", iri: "sg:periodTo", value: DATE },
  { term: "ongoing", iri: "sg:ongoing", value: BOOL },
  { term: "amount", iri: "sg:amount", value: "@id" },
  { term: "scope", iri: "sg:scope", value: "@id" },
  { term: "inferred", iri: "sg:inferred", value: "string" },
  { term: "sentence", iri: "sg:sentence", value: "@id" },
  { term: "polarity", iri: "sg:polarity", value: "@id" },
  { term: "certainty", iri: "sg:certainty", value: "@id" },
  { term: "modality", iri: "sg:modality", value: "@id" },
  { term: "gloss", iri: "sg:gloss", value: "lang" },
  { term: "accordingTo", iri: "sg:accordingTo", value: "@id" },
  { term: "sourceChain", iri: "sg:sourceChain", value: "@id" },
] satisfies ContextTerm[]);

/** The `@context` object (`{ "@version": 1.1, prefixes…, terms… }`). */
export function jsonLdContext(): Record<string, unknown> {
  const context: Record<string, unknown> = { "@version": 1.1 };
  for (const [prefix, iri] of Object.entries(PREFIXES)) context[prefix] = iri;
  for (const t of CONTEXT_TERMS) {
    if (t.value === "@id") context[t.term] = { "@id": t.iri, "@type": "@id" };
    else if (t.value === "string" || t.value === "lang") context[t.term] = { "@id": t.iri };
    else context[t.term] = { "@id": t.iri, "@type": t.value.datatype };
  }
  return context;
}

/** The shipped `linked-data/context.jsonld` text: `{ "@context": … }`, two-space indented, with a final newline. */
export function jsonLdContextText(): string {
  return JSON.stringify({ "@context": jsonLdContext() }, null, 2) + "\n";
}
