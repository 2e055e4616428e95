/**
 * JSON-LD writer: the story's quads as one named graph (`{"@context", "@id", "@graph": [...]}`)
 * under the shipped context (context.ts), streamed one node object per subject. It is a compaction
 * for one known context, not a general JSON-LD processor: a property the context names is written
 * with its term (its value in short form when it has the term's coerced type, else as a value
 * object), anything else with its compact or absolute IRI and explicit value objects. The tests
 * expand every export with the `jsonld` package and compare its quads with the N-Quads export.
 */
import type { Quad, Term } from "n3";
import { CONTEXT_TERMS, jsonLdContext, type TermValue } from "./context.ts";
import { PREFIXES, RDF_TYPE } from "./namespaces.ts";

const XSD_STRING = PREFIXES.xsd + "string";
const LANG_STRING = PREFIXES.rdf + "langString";

interface Compactor {
  iri(value: string): string;
  key(predicate: string): { key: string; value: TermValue | null };
}

function compactor(): Compactor {
  const prefixes = Object.entries(PREFIXES).sort((a, b) => b[1].length - a[1].length);
  const expand = (compact: string) => {
    const [p, local] = [compact.slice(0, compact.indexOf(":")), compact.slice(compact.indexOf(":") + 1)];
    return PREFIXES[p as keyof typeof PREFIXES] + local;
  };
  const terms = new Map(CONTEXT_TERMS.map((t) => [expand(t.iri), t]));
  const iri = (value: string): string => {
    for (const [p, ns] of prefixes) {
      // A local part with "/" would still expand right, but keep compact IRIs to simple names.
      if (value.startsWith(ns) && /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(value.slice(ns.length))) return `${p}:${value.slice(ns.length)}`;
    }
    return value;
  };
  return {
    iri,
    key(predicate) {
      const t = terms.get(predicate);
      return t ? { key: t.term, value: t.value } : { key: iri(predicate), value: null };
    },
  };
}

function valueOf(o: Term, coerced: TermValue | null, c: Compactor): unknown {
  if (o.termType === "NamedNode") return coerced === "@id" ? c.iri(o.value) : { "@id": c.iri(o.value) };
  if (o.termType !== "Literal") throw new Error(`writeJsonLd: unexpected ${o.termType} object`);
  const lit = o as Term & { language: string; datatype: { value: string } };
  if (lit.language) return { "@value": lit.value, "@language": lit.language };
  const datatype = lit.datatype.value;
  if (datatype === XSD_STRING) return coerced === "string" || coerced === null ? lit.value : { "@value": lit.value };
  if (typeof coerced === "object" && coerced !== null && c.iri(datatype) === coerced.datatype) return lit.value;
  if (datatype === LANG_STRING) return { "@value": lit.value };
  return { "@value": lit.value, "@type": c.iri(datatype) };
}

/** One node object from the triples of one subject. */
function nodeObject(subject: string, triples: readonly Quad[], c: Compactor): Record<string, unknown> {
  const node: Record<string, unknown> = { "@id": c.iri(subject) };
  const types: string[] = [];
  const values = new Map<string, unknown[]>();
  for (const t of triples) {
    if (t.predicate.value === RDF_TYPE && t.object.termType === "NamedNode") {
      types.push(c.iri(t.object.value));
      continue;
    }
    const { key, value } = c.key(t.predicate.value);
    let list = values.get(key);
    if (!list) values.set(key, (list = []));
    list.push(valueOf(t.object, value, c));
  }
  if (types.length) node["@type"] = types.length === 1 ? types[0] : types;
  for (const [key, list] of values) node[key] = list.length === 1 ? list[0] : list;
  return node;
}

/**
 * The quads (all in one named graph, grouped by subject) as a JSON-LD document, in chunks.
 *
 * @param quads - the story's quads, each subject's triples together (`storyQuads` writes them so).
 * @param graph - the named graph's IRI.
 */
export function* writeJsonLd(quads: Iterable<Quad>, graph: string): Generator<string> {
  const c = compactor();
  const context = JSON.stringify(jsonLdContext(), null, 2).replace(/\n/g, "\n  ");
  yield `{\n  "@context": ${context},\n  "@id": ${JSON.stringify(c.iri(graph))},\n  "@graph": [`;
  let subject: string | null = null;
  let batch: Quad[] = [];
  let first = true;
  const flush = (): string => {
    const text = (first ? "\n    " : ",\n    ") + JSON.stringify(nodeObject(subject!, batch, c));
    first = false;
    return text;
  };
  for (const q of quads) {
    if (q.subject.value !== subject) {
      if (subject !== null) yield flush();
      subject = q.subject.value;
      batch = [];
    }
    batch.push(q);
  }
  if (subject !== null) yield flush();
  yield "\n  ]\n}\n";
}
