/**
 * `buildCorpus`: several stories in one graph. Each story keeps its own named graph, base IRI,
 * sentences and quotes; entities are one resource across stories when they share a Wikidata id
 * or a declared `sameAs` (a union–find over `(story, entity)` pairs), named by their Wikidata
 * item when they have one, else by the first story's own IRI.
 */
import { InvalidArgumentError, NotFoundError } from "../errors.ts";
import type { Entity, Story } from "../model.ts";
import { isAbsoluteIri, resolveRdfOptions, type RdfOptions } from "../rdf/options.ts";
import { wikidataItem } from "../rdf/namespaces.ts";

/** An entity of one story of a corpus: `{ story: "followup", entity: "microsoft-corp" }`. */
export interface CorpusEntityRef {
  readonly story: string;
  readonly entity: string;
}

/** One story given to `buildCorpus`. */
export interface CorpusMemberInput {
  readonly story: Story;
  /** Short name of the story in the corpus (`[a-z0-9][a-z0-9._-]*`, unique): its base is `{corpus base}{key}/`. */
  readonly key: string;
  /** Base IRI of the story's resources (default `{corpus base}{key}/`). */
  readonly base?: string;
}

/** Options of `buildCorpus` (defaults: `DEFAULT_CORPUS_OPTIONS`). */
export interface CorpusOptions {
  /** Base IRI under which each story gets `{base}{key}/` (default `https://example.org/storygraph/corpus/`, a placeholder). */
  readonly base: string;
  /** Entities declared the same beyond shared Wikidata ids. */
  readonly sameAs: readonly (readonly [CorpusEntityRef, CorpusEntityRef])[];
}

/** The defaults of `buildCorpus`: a placeholder base, no declared sameAs. */
export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = Object.freeze({ base: "https://example.org/storygraph/corpus/", sameAs: [] });

/** One story of a corpus, with the RDF options it is exported with. */
export interface CorpusMember {
  readonly key: string;
  readonly story: Story;
  readonly rdf: RdfOptions;
}

/** An entity of the corpus: one resource, the stories' entities it stands for. */
export interface CorpusEntity {
  /** Its IRI in every story's graph: the Wikidata item, else the first member's own IRI. */
  readonly iri: string;
  readonly wikidata?: string;
  /** The label of its first member. */
  readonly label: string;
  readonly members: readonly (CorpusEntityRef & { readonly label: string })[];
}

/** Stories in one graph, with their entities merged. */
export interface Corpus {
  readonly members: readonly CorpusMember[];
  readonly entities: readonly CorpusEntity[];
  /** The corpus entity of a story's entity. */
  entityOf(ref: CorpusEntityRef): CorpusEntity;
  /**
   * The corpus entities a name stands for: an IRI, a Wikidata id (`Q2283`), `story:entity`, or
   * an entity id of any story.
   */
  resolve(name: string): CorpusEntity[];
}

const KEY = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * Several stories in one graph.
 *
 * @param members - the stories and their keys.
 * @param options - the corpus base IRI, the declared `sameAs` pairs.
 * @throws {InvalidArgumentError} for an invalid or repeated key, an invalid base, a declared pair
 * joining entities with different Wikidata ids.
 * @throws {NotFoundError} for a `sameAs` naming an unknown story or entity.
 */
export function buildCorpus(members: readonly CorpusMemberInput[], options: Partial<CorpusOptions> = {}): Corpus {
  const fn = "buildCorpus";
  const { base, sameAs } = { ...DEFAULT_CORPUS_OPTIONS, ...options };
  if (!isAbsoluteIri(base) || !/[/#]$/.test(base)) throw new InvalidArgumentError(fn, "options.base", `expected an absolute IRI ending with "/" or "#", got ${JSON.stringify(base)}`);
  if (members.length === 0) throw new InvalidArgumentError(fn, "members", "a corpus needs at least one story");
  const byKey = new Map<string, CorpusMemberInput>();
  members.forEach((m, i) => {
    if (!KEY.test(m.key)) throw new InvalidArgumentError(fn, `members[${i}].key`, `expected lowercase letters, digits, ".", "_" or "-", got ${JSON.stringify(m.key)}`);
    if (byKey.has(m.key)) throw new InvalidArgumentError(fn, `members[${i}].key`, `"${m.key}" names two stories`);
    byKey.set(m.key, m);
  });

  // Union–find over "key\u0000entity".
  const parent = new Map<string, string>();
  const entities = new Map<string, { ref: CorpusEntityRef; entity: Entity }>();
  const id = (r: CorpusEntityRef) => `${r.story}\u0000${r.entity}`;
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // path compression: every node on the way points at the root
    for (let y = x; y !== root; ) {
      const next = parent.get(y)!;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const byWikidata = new Map<string, string>();
  for (const m of members) {
    for (const e of m.story.entities) {
      const ref = { story: m.key, entity: e.id };
      const k = id(ref);
      parent.set(k, k);
      entities.set(k, { ref, entity: e });
      if (e.wikidata) {
        const first = byWikidata.get(e.wikidata);
        if (first === undefined) byWikidata.set(e.wikidata, k);
        else union(first, k);
      }
    }
  }
  sameAs.forEach(([a, b], i) => {
    for (const r of [a, b]) {
      if (!entities.has(id(r))) throw new NotFoundError(fn, "entity", `${r.story}:${r.entity}`, `options.sameAs[${i}]`);
    }
    const wa = entities.get(id(a))!.entity.wikidata;
    const wb = entities.get(id(b))!.entity.wikidata;
    if (wa && wb && wa !== wb) throw new InvalidArgumentError(fn, `options.sameAs[${i}]`, `${a.story}:${a.entity} is ${wa} and ${b.story}:${b.entity} is ${wb}: different Wikidata items`);
    union(id(a), id(b));
  });

  // Clusters in member order; each one's IRI.
  const clusters = new Map<string, { ref: CorpusEntityRef; entity: Entity }[]>();
  for (const [k, v] of entities) {
    const root = find(k);
    let list = clusters.get(root);
    if (!list) clusters.set(root, (list = []));
    list.push(v);
  }
  const memberBase = (m: CorpusMemberInput) => m.base ?? `${base}${m.key}/`;
  const corpusEntities: CorpusEntity[] = [];
  const ofRef = new Map<string, CorpusEntity>();
  for (const list of clusters.values()) {
    const wikidata = list.find((x) => x.entity.wikidata)?.entity.wikidata;
    const first = list[0]!;
    const ce: CorpusEntity = Object.freeze({
      iri: wikidata ? wikidataItem(wikidata) : `${memberBase(byKey.get(first.ref.story)!)}entity/${first.entity.id}`,
      ...(wikidata && { wikidata }),
      label: first.entity.label,
      members: Object.freeze(list.map((x) => Object.freeze({ ...x.ref, label: x.entity.label }))),
    });
    corpusEntities.push(ce);
    for (const x of list) ofRef.set(id(x.ref), ce);
  }

  const corpusMembers = members.map((m) =>
    Object.freeze({
      key: m.key,
      story: m.story,
      rdf: resolveRdfOptions({ base: memberBase(m), entityIris: new Map(m.story.entities.map((e) => [e.id, ofRef.get(id({ story: m.key, entity: e.id }))!.iri])) }, fn),
    }),
  );
  return Object.freeze({
    members: Object.freeze(corpusMembers),
    entities: Object.freeze(corpusEntities),
    entityOf(ref: CorpusEntityRef) {
      const ce = ofRef.get(id(ref));
      if (!ce) throw new NotFoundError("Corpus.entityOf", "entity", `${ref.story}:${ref.entity}`);
      return ce;
    },
    resolve(name: string) {
      const colon = name.indexOf(":");
      const out = corpusEntities.filter(
        (ce) =>
          ce.iri === name ||
          ce.wikidata === name ||
          ce.members.some((m) => m.entity === name || (colon > 0 && `${m.story}:${m.entity}` === name)),
      );
      return out;
    },
  });
}
