/**
 * A story as RDF quads, all in the story's named graph, grouped by subject (every triple of a
 * resource follows the one before it, which keeps Turtle compact and lets the JSON-LD writer
 * stream one node object at a time). No blank nodes: every resource has an IRI under the story's
 * base, so two exports of one story are the same quads and a store can replace a story's graph.
 *
 * What it holds (README "RDF export" has the whole list):
 * - the graph (`sg:StoryGraph`) and the article (`schema:NewsArticle`, its text, language, title,
 *   URL, date, author), its sentences (`sg:Sentence` with their text and offsets);
 * - entities (`sg:Entity` and their kind), labels and aliases tagged with the article's language,
 *   `owl:sameAs` and `schema:sameAs` their Wikidata item;
 * - the kinds and roles the story uses, with their labels and Wikidata counterparts;
 * - claims: relations (`sg:Relation`, `sg:source`, `sg:target`; an `rdf:Statement` in Wikidata's
 *   terms when the kind maps to a Wikidata property, never asserted as a fact) and events
 *   (`sg:Event`, one property per role, `sg:participant`, `sg:about`); time qualifiers as
 *   `xsd:gYear` / `xsd:gYearMonth` / `xsd:date` at their precision, the period, the amount
 *   (`schema:MonetaryAmount`);
 * - one `oa:Annotation` per citation: body the claim, target the article through an
 *   `oa:TextQuoteSelector` and an `oa:TextPositionSelector` (code points; UTF-16 offsets beside),
 *   factuality, display words, the source chain, `prov:wasAttributedTo` the innermost source.
 */
import { DataFactory } from "n3";
import type { Literal, NamedNode, Quad } from "n3";
import type { Amount, Citation, Claim, Entity, Relation, Source, StoryEvent, Story, TimeQualifier } from "../model.ts";
import { TIME_QUALIFIERS } from "../values.ts";
import { vocabularyIndex } from "../vocabulary/resolve.ts";
import { EVENT_FILLER } from "../vocabulary/types.ts";
import { storyIris, type StoryIris } from "./iris.ts";
import { codePointIndex } from "./offsets.ts";
import { OWL_SAME_AS, RDF, RDFS, SKOS, oa, prov, schema, sg, wikidataItem, wikidataProperty, xsd } from "./namespaces.ts";
import { resolveRdfOptions, type RdfOptions } from "./options.ts";
import { parseDate } from "../dates.ts";

const { namedNode, literal, quad } = DataFactory;

const XSD_BY_PRECISION = { year: xsd("gYear"), month: xsd("gYearMonth"), day: xsd("date") } as const;

/**
 * The quads of `story` in its named graph, subject by subject.
 *
 * @param story - a validated story.
 * @param options - base IRI, graph IRI, quote context, entity IRIs (see `RdfOptions`).
 * @throws {InvalidArgumentError} for an invalid option.
 */
export function* storyQuads(story: Story, options: Partial<RdfOptions> = {}): Generator<Quad> {
  const resolved = resolveRdfOptions(options, "storyQuads");
  const iris = storyIris(story.vocabulary, resolved);
  yield* new QuadBuilder(story, iris, resolved).quads();
}

/** Builds the quads; one instance per export (it caches the nodes it writes often). */
class QuadBuilder {
  private readonly g: NamedNode;
  private readonly nodes = new Map<string, NamedNode>();
  private readonly lang: string;
  private readonly cp;
  private readonly index;
  /** Entities that stand as a source in some citation: they are also `prov:Agent`s. */
  private readonly agentEntities = new Set<string>();

  constructor(
    private readonly story: Story,
    private readonly iris: StoryIris,
    private readonly options: RdfOptions,
  ) {
    this.g = namedNode(iris.graph);
    this.lang = story.article.language.toLowerCase();
    this.cp = codePointIndex(story.article.text);
    this.index = vocabularyIndex(story.vocabulary);
    for (const c of this.claims()) for (const ci of c.citations) for (const s of ci.sources) if (s.kind === "source" && s.entity) this.agentEntities.add(s.entity);
  }

  private *claims(): Generator<Claim> {
    yield* this.story.relations;
    yield* this.story.events;
  }

  private n(iri: string): NamedNode {
    let node = this.nodes.get(iri);
    if (!node) {
      node = namedNode(iri);
      this.nodes.set(iri, node);
    }
    return node;
  }

  private q(s: string, p: string, o: NamedNode | Literal): Quad {
    return quad(this.n(s), this.n(p), o, this.g);
  }

  private iri(s: string, p: string, o: string): Quad {
    return this.q(s, p, this.n(o));
  }

  private text(s: string, p: string, value: string, language?: string): Quad {
    return this.q(s, p, language ? literal(value, language) : literal(value));
  }

  private typed(s: string, p: string, value: string, datatype: string): Quad {
    return this.q(s, p, literal(value, this.n(datatype)));
  }

  private int(s: string, p: string, value: number, datatype = xsd("nonNegativeInteger")): Quad {
    return this.typed(s, p, String(value), datatype);
  }

  *quads(): Generator<Quad> {
    yield* this.graphAndArticle();
    yield* this.sentences();
    yield* this.kinds();
    for (const e of this.story.entities) yield* this.entity(e);
    const sourceAgents = new Map<string, string>();
    for (const c of this.claims()) {
      yield* c.type === "relation" ? this.relation(c) : this.event(c);
      yield* this.qualifiers(c);
      for (let i = 0; i < c.citations.length; i++) yield* this.annotation(c, c.citations[i]!, i, sourceAgents);
    }
    for (const [iri, name] of sourceAgents) {
      yield this.iri(iri, RDF.type, prov("Agent"));
      yield this.text(iri, schema("name"), name, this.lang);
    }
  }

  private *graphAndArticle(): Generator<Quad> {
    const { graph, article, author } = this.iris;
    const a = this.story.article;
    yield this.iri(graph, RDF.type, sg("StoryGraph"));
    yield this.text(graph, sg("format"), this.story.format);
    yield this.iri(graph, prov("wasDerivedFrom"), article);
    yield this.iri(article, RDF.type, schema("NewsArticle"));
    yield this.iri(article, RDF.type, prov("Entity"));
    yield this.text(article, schema("inLanguage"), a.language);
    yield this.text(article, schema("text"), a.text, this.lang);
    if (a.title !== undefined) yield this.text(article, schema("headline"), a.title, this.lang);
    if (a.url !== undefined) yield /^https?:\/\/[^\s<>"{}|\\^`]+$/.test(a.url) ? this.iri(article, schema("url"), a.url) : this.text(article, schema("url"), a.url);
    if (a.published !== undefined) {
      const d = parseDate(a.published);
      if (d) yield this.typed(article, schema("datePublished"), d.value, XSD_BY_PRECISION[d.precision]);
    }
    yield this.iri(article, schema("author"), author);
    yield this.iri(author, RDF.type, prov("Agent"));
    if (a.author !== undefined) yield this.text(author, schema("name"), a.author);
  }

  private *sentences(): Generator<Quad> {
    for (const s of this.story.sentences) {
      const iri = this.iris.sentence(s.id);
      yield this.iri(iri, RDF.type, sg("Sentence"));
      yield this.text(iri, sg("id"), s.id);
      yield this.iri(iri, schema("isPartOf"), this.iris.article);
      yield this.int(iri, sg("index"), s.index);
      yield this.text(iri, schema("text"), s.text, this.lang);
      yield* this.offsets(iri, s.start, s.end);
    }
  }

  /** `oa:start`/`oa:end` in code points (the Web Annotation unit), `sg:utf16Start`/`sg:utf16End` in UTF-16 code units (storygraph's). */
  private *offsets(iri: string, start: number, end: number): Generator<Quad> {
    yield this.int(iri, oa("start"), this.cp.toCodePoint(start));
    yield this.int(iri, oa("end"), this.cp.toCodePoint(end));
    yield this.int(iri, sg("utf16Start"), start);
    yield this.int(iri, sg("utf16End"), end);
  }

  /** The kinds the story uses (and their parents), and the roles of its events' kinds. */
  private *kinds(): Generator<Quad> {
    const entityKinds = new Set<string>();
    for (const e of this.story.entities) for (let k: string | undefined = e.kind; k !== undefined && !entityKinds.has(k); k = this.index.entityKinds.get(k)?.parent) entityKinds.add(k);
    for (const id of entityKinds) {
      const k = this.index.entityKinds.get(id)!;
      const iri = this.iris.kind(id);
      yield* this.kindHead(iri, k.label, k.description, k.parent ? this.iris.kind(k.parent) : sg("Entity"), id);
      if (k.wikidata) yield this.iri(iri, SKOS.closeMatch, wikidataItem(k.wikidata));
    }
    for (const id of new Set(this.story.relations.map((r) => r.kind))) {
      const k = this.index.relationKinds.get(id)!;
      const iri = this.iris.kind(id);
      yield* this.kindHead(iri, k.label, k.description, sg("Relation"), id);
      yield this.typed(iri, sg("symmetric"), String(k.symmetric), xsd("boolean"));
      if (k.wikidata) {
        yield this.iri(iri, sg("wikidataProperty"), wikidataProperty(k.wikidata.property));
        yield this.typed(iri, sg("wikidataInverse"), String(k.wikidata.inverse), xsd("boolean"));
      }
    }
    const roles = new Map<string, { label: string; kind: string }>();
    for (const id of new Set(this.story.events.map((e) => e.kind))) {
      const k = this.index.eventKinds.get(id)!;
      const iri = this.iris.kind(id);
      yield* this.kindHead(iri, k.label, k.description, sg("Event"), id);
      if (k.wikidata) yield this.iri(iri, SKOS.closeMatch, wikidataItem(k.wikidata));
      for (const r of k.roles) {
        const roleIri = this.iris.role(id, r.id);
        if (!roles.has(roleIri)) roles.set(roleIri, { label: r.label, kind: r.id });
      }
    }
    for (const [iri, r] of roles) {
      yield this.iri(iri, RDF.type, RDF.Property);
      yield this.iri(iri, RDFS.subPropertyOf, sg("participant"));
      yield this.text(iri, sg("id"), r.kind);
      yield this.text(iri, RDFS.label, r.label, "en");
    }
  }

  private *kindHead(iri: string, label: string, description: string, parent: string, id: string): Generator<Quad> {
    yield this.iri(iri, RDF.type, RDFS.Class);
    yield this.iri(iri, RDFS.subClassOf, parent);
    yield this.text(iri, sg("id"), id);
    yield this.text(iri, RDFS.label, label, "en");
    yield this.text(iri, RDFS.comment, description, "en");
  }

  private *entity(e: Entity): Generator<Quad> {
    const iri = this.iris.entity(e.id);
    yield this.iri(iri, RDF.type, sg("Entity"));
    yield this.iri(iri, RDF.type, this.iris.kind(e.kind));
    if (this.agentEntities.has(e.id)) yield this.iri(iri, RDF.type, prov("Agent"));
    yield this.text(iri, sg("id"), e.id);
    yield this.text(iri, RDFS.label, e.label, this.lang);
    for (const alias of e.aliases) yield this.text(iri, SKOS.altLabel, alias, this.lang);
    if (e.wikidata) {
      yield this.iri(iri, OWL_SAME_AS, wikidataItem(e.wikidata));
      yield this.iri(iri, schema("sameAs"), wikidataItem(e.wikidata));
    }
    if (e.description !== undefined) yield this.text(iri, schema("description"), e.description);
    yield this.iri(iri, schema("subjectOf"), this.iris.article);
  }

  private *claimHead(c: Claim, type: string): Generator<Quad> {
    const iri = this.iris.claim(c.id);
    yield this.iri(iri, RDF.type, type);
    yield this.iri(iri, RDF.type, this.iris.kind(c.kind));
    yield this.text(iri, sg("id"), c.id);
    yield this.iri(iri, prov("wasDerivedFrom"), this.iris.article);
    if (c.description !== undefined) yield this.text(iri, schema("description"), c.description);
  }

  private *relation(r: Relation): Generator<Quad> {
    const iri = this.iris.claim(r.id);
    yield* this.claimHead(r, sg("Relation"));
    const source = this.iris.entity(r.source);
    const target = this.iris.entity(r.target);
    yield this.iri(iri, sg("source"), source);
    yield this.iri(iri, sg("target"), target);
    const wd = this.index.relationKinds.get(r.kind)?.wikidata;
    if (wd) {
      // The claim read as a Wikidata statement, reified: stated by the article, not asserted here.
      yield this.iri(iri, RDF.type, RDF.Statement);
      yield this.iri(iri, RDF.subject, wd.inverse ? target : source);
      yield this.iri(iri, RDF.predicate, wikidataProperty(wd.property));
      yield this.iri(iri, RDF.object, wd.inverse ? source : target);
    }
  }

  private *event(e: StoryEvent): Generator<Quad> {
    const iri = this.iris.claim(e.id);
    yield* this.claimHead(e, sg("Event"));
    yield this.text(iri, RDFS.label, e.label);
    for (const p of e.participants) {
      const who = p.type === EVENT_FILLER ? this.iris.claim(p.id) : this.iris.entity(p.id);
      yield this.iri(iri, this.iris.role(e.kind, p.role), who);
      yield this.iri(iri, sg("participant"), who);
    }
    for (const about of e.about) yield this.iri(iri, sg("about"), this.iris.claim(about));
  }

  private *qualifiers(c: Claim): Generator<Quad> {
    const iri = this.iris.claim(c.id);
    for (const name of TIME_QUALIFIERS) {
      const t: TimeQualifier | undefined = c[name];
      if (!t) continue;
      yield this.typed(iri, sg(name), t.value, XSD_BY_PRECISION[t.precision]);
      if (t.inferred !== undefined) yield this.text(iri, sg(`${name}Inferred`), t.inferred);
    }
    if (c.period) {
      if (c.period.from !== null) yield this.typed(iri, sg("periodFrom"), c.period.from, xsd("date"));
      if (c.period.to !== null) yield this.typed(iri, sg("periodTo"), c.period.to, xsd("date"));
      yield this.typed(iri, sg("ongoing"), String(c.period.ongoing), xsd("boolean"));
    }
    if (c.amount) yield* this.amount(c.id, c.amount);
  }

  private *amount(claimId: string, a: Amount): Generator<Quad> {
    const iri = this.iris.amount(claimId);
    yield this.iri(this.iris.claim(claimId), sg("amount"), iri);
    yield this.iri(iri, RDF.type, schema("MonetaryAmount"));
    const text = String(a.value);
    yield this.typed(iri, schema("value"), text, /e/i.test(text) ? xsd("double") : xsd("decimal"));
    yield this.text(iri, schema("currency"), a.currency);
    if (a.scope) yield this.iri(iri, sg("scope"), sg(a.scope));
    if (a.inferred !== undefined) yield this.text(iri, sg("inferred"), a.inferred);
  }

  private agentOf(s: Source, agents: Map<string, string>): string {
    if (s.kind === "author") return this.iris.author;
    if (s.entity) return this.iris.entity(s.entity);
    const iri = this.iris.namedSource(s.name);
    if (!agents.has(iri)) agents.set(iri, s.name);
    return iri;
  }

  private *annotation(c: Claim, ci: Citation, i: number, agents: Map<string, string>): Generator<Quad> {
    const id = c.id;
    const iri = this.iris.annotation(id, i);
    const target = this.iris.target(id, i);
    const quote = this.iris.quoteSelector(id, i);
    const position = this.iris.positionSelector(id, i);
    const chain = ci.sources.map((s) => this.agentOf(s, agents));
    yield this.iri(iri, RDF.type, oa("Annotation"));
    yield this.iri(iri, oa("motivatedBy"), oa("describing"));
    yield this.iri(iri, oa("hasBody"), this.iris.claim(id));
    yield this.iri(iri, oa("hasTarget"), target);
    yield this.iri(iri, sg("sentence"), this.iris.sentence(ci.sentence));
    yield this.iri(iri, sg("polarity"), sg(ci.factuality.polarity));
    yield this.iri(iri, sg("certainty"), sg(ci.factuality.certainty));
    for (const m of ci.modalities) yield this.iri(iri, sg("modality"), sg(m));
    yield this.text(iri, sg("gloss"), ci.gloss, "en");
    yield this.iri(iri, prov("wasDerivedFrom"), this.iris.article);
    yield this.iri(iri, prov("wasAttributedTo"), chain[chain.length - 1]!);
    for (let k = 1; k < chain.length; k++) yield this.iri(iri, sg("accordingTo"), chain[k]!);
    for (let k = 0; k < chain.length; k++) yield this.iri(iri, sg("sourceChain"), this.iris.chainLink(id, i, k));
    for (let k = 0; k < chain.length; k++) {
      const link = this.iris.chainLink(id, i, k);
      const s = ci.sources[k]!;
      yield this.iri(link, RDF.type, sg("SourceLink"));
      yield this.int(link, sg("position"), k);
      yield this.iri(link, prov("agent"), chain[k]!);
      if (s.kind === "source") yield this.text(link, schema("name"), s.name, this.lang);
    }
    yield this.iri(target, RDF.type, oa("SpecificResource"));
    yield this.iri(target, oa("hasSource"), this.iris.article);
    yield this.iri(target, oa("hasSelector"), quote);
    yield this.iri(target, oa("hasSelector"), position);
    yield this.iri(quote, RDF.type, oa("TextQuoteSelector"));
    yield this.text(quote, oa("exact"), ci.quote);
    yield this.text(quote, oa("prefix"), this.cp.before(ci.start, this.options.quoteContext));
    yield this.text(quote, oa("suffix"), this.cp.after(ci.end, this.options.quoteContext));
    yield this.iri(position, RDF.type, oa("TextPositionSelector"));
    yield* this.offsets(position, ci.start, ci.end);
  }
}
