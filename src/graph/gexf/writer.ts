/**
 * `writeGexf` / `toGexf`: a story as GEXF 1.3 that validates against the 1.3 RelaxNG schema
 * (gexf.rng) and that Gephi, networkx 3.6 and graphology-gexf read.
 *
 * Why not graphology-gexf's writer (0.13.2), measured on this project: by default it writes
 * GEXF 1.2 with a wrong viz namespace; it writes characters XML 1.0 forbids raw (xmllint,
 * networkx and Gephi then reject the file); it splits 1.3 list items that contain a comma (it
 * does not quote them); it writes no dynamics (`mode`, `timeformat`, `start`/`end`); it writes
 * `#hex` colours as `hex=`, on which networkx 3.6 crashes; and it builds the whole document as
 * one string. Each of these breaks a requirement here, so this module writes the XML itself; the
 * tests still read our output with graphology-gexf's parser, networkx and xmllint.
 *
 * What is written (see format.ts for the vocabulary and where the article goes):
 * - `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">`,
 *   no `xsi:schemaLocation` (gexf.rng rejects it);
 * - `<meta>` with creator, keywords (the `story-gexf/2` marker, article metadata, the story's own
 *   vocabulary and no-claim notes, as JSON) and description (the article text);
 * - `<graph defaultedgetype="directed" mode="dynamic" timeformat="date">`: every edge directed
 *   (networkx refuses mixed graphs; symmetric kinds carry `symmetric=true`); claims with a period
 *   get `start`/`end` (see `GexfOptions.dates`); `timeformat="date"` because networkx cannot read
 *   `dateTime`;
 * - nodes: the entities, then the events (`node_type`), with label, typed attributes, `viz:color`
 *   as r/g/b (never hex; by entity kind, events in their own colour), `viz:shape` diamond for
 *   events, `viz:position` (deterministic ForceAtlas2, layout.ts) and `viz:size` (grows with the
 *   node's edge count);
 * - edges: the relations, with the relation id, a label such as "invested in · 1 000 000 000 USD
 *   · announced 2019-07", the relation kind as GEXF `kind` and as attribute, the amount as a
 *   `double`, and the citations; then one edge per participation, from the event to the
 *   participant, keyed `event/role/participant` as `toGraph` keys it, the role as GEXF `kind`, as
 *   label (with the event's modality note) and as attribute.
 *
 * Strings: every string passes through the replacement rule of xml.ts (forbidden characters →
 * U+FFFD, length kept) before it is escaped, including the strings inside the JSON attributes.
 *
 * Streaming: `writeGexf` yields chunks of about `chunkSize` code units; it never holds the whole
 * document, so a big story is written with memory bounded by the story plus one chunk.
 */
import { allIndexesOf } from "../anchor.ts";
import { groupDigits, kindLabel, modalityNote, roleLabel, timePhrase } from "../describe.ts";
import { participationKey } from "../graph.ts";
import type { Citation, Claim, Entity, Period, Relation, Story, StoryEvent } from "../model.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { Vocabulary } from "../vocabulary/types.ts";
import { ownKinds, vocabularyIndex } from "../vocabulary/resolve.ts";
import { EDGE_ATTRIBUTES, GEXF_NS, NODE_ATTRIBUTES, QUALIFIER_ATTRIBUTES, STORY_GEXF_MARKER, VIZ_NS, encodeList, type AttributeSpec } from "./format.ts";
import { layoutPositions, type Point } from "./layout.ts";
import { resolveGexfOptions, type GexfDateMode, type GexfOptions, type RgbColor } from "./options.ts";
import { escapeAttribute as attr, escapeText, xmlSafe } from "./xml.ts";

/** Format a number for an XML Schema `double`/`float` value (keeps -0; JS exponents are valid). */
function num(value: number): string {
  return Object.is(value, -0) ? "-0" : String(value);
}

/**
 * `head · amount · time · note`: the amount grouped with its currency (`total` when cumulative,
 * `*` when inferred), the time qualifiers in words (`timePhrase`), and how the article states the
 * claim when it never asserts it (`modalityNote`: `hedged/reported`, `hypothetical`), so a tool
 * that shows one string does not present a hedged, reported or hypothetical claim as a fact.
 */
function claimLabel(head: string, c: Claim): string {
  let out = head;
  const a = c.amount;
  if (a) out += ` · ${groupDigits(a.value)} ${a.currency}${a.scope === "total" ? " total" : ""}${a.inferred !== undefined ? "*" : ""}`;
  if (c.period) {
    const time = timePhrase(c);
    if (time) out += " · " + time;
  }
  const note = modalityNote(c);
  return note ? out + " · " + note : out;
}

/**
 * The label of a relation's edge: "invested in · 1 000 000 000 USD · announced 2019-07", the
 * kind's label in `vocabulary` first, then the amount, the time in words and how the article
 * states a claim it never asserts ("diverges from · hedged/reported").
 */
export function relationLabel(r: Relation, vocabulary: Vocabulary): string {
  return claimLabel(kindLabel(vocabulary, r.kind), r);
}

/** The label of an event's node: its own label, then how the article states it when it never asserts it ("The partnership falters · hedged"). */
export function eventNodeLabel(e: StoryEvent): string {
  const note = modalityNote(e);
  return note ? `${e.label} · ${note}` : e.label;
}

/** The label of a participation edge: the role's label in `vocabulary`, then the event's modality note ("party · hypothetical"). */
export function participationLabel(e: StoryEvent, role: string, vocabulary: Vocabulary): string {
  const note = modalityNote(e);
  const label = roleLabel(vocabulary, e.kind, role);
  return note ? `${label} · ${note}` : label;
}

/** JSON with every string passed through the replacement rule first (JSON would otherwise keep `\u0000` or lone surrogates as escapes). */
function safeJson(value: unknown): string {
  // JSON.stringify writes the forbidden characters it escapes (C0 controls, lone surrogates) as
  // \uXXXX, \b or \f; without any, the plain text is the same as the replaced one's once the
  // attribute escaping applies the rule to the raw U+FFFE and U+FFFF left in it (no replacer: faster)
  const plain = JSON.stringify(value);
  return plain.includes("\\u") || plain.includes("\\b") || plain.includes("\\f") ? JSON.stringify(value, safeString) : plain;
}

function safeString(_key: string, v: unknown): unknown {
  return typeof v === "string" ? xmlSafe(v) : v;
}

function citationJson(c: Citation, sentenceText: string): Record<string, unknown> {
  // occurrence among the hits in the sentence *after* the replacement rule, which is what the reader anchors in
  const hits = allIndexesOf(xmlSafe(sentenceText), xmlSafe(c.quote));
  const out: Record<string, unknown> = {
    sentence: c.sentence,
    quote: c.quote,
    start: c.start,
    end: c.end,
    sentenceStart: c.sentenceStart,
    sentenceEnd: c.sentenceEnd,
  };
  if (hits.length > 1) out["occurrence"] = hits.indexOf(c.sentenceStart) + 1;
  out["factuality"] = c.factuality;
  out["sources"] = c.sources;
  out["modalities"] = c.modalities;
  out["gloss"] = c.gloss;
  return out;
}

function declarations(cls: "node" | "edge", specs: readonly AttributeSpec[], nl: string, i2: string, i3: string): string {
  let out = `${i2}<attributes class="${cls}" mode="static">${nl}`;
  for (const a of specs) out += `${i3}<attribute id="${a.id}" title="${a.id}" type="${a.type}"/>${nl}`;
  return out + `${i2}</attributes>${nl}`;
}

function attvalue(id: string, value: string): string {
  return `<attvalue for="${id}" value="${attr(value)}"/>`;
}

/** GEXF dynamics of a claim with this period (` start="…" end="…"`, see `GexfOptions.dates`). */
function dynamics(p: Period | undefined, mode: GexfDateMode): string {
  if (p === undefined || mode === "static") return "";
  let out = p.from !== null ? ` start="${p.from}"` : "";
  if (mode === "interval" && p.to !== null && !p.ongoing) out += ` end="${p.to}"`;
  return out;
}

function color(c: RgbColor): string {
  return `<viz:color r="${c.r}" g="${c.g}" b="${c.b}"/>`;
}

function size(degree: number): string {
  return `<viz:size value="${num(Math.round((10 + 5 * Math.sqrt(degree)) * 100) / 100)}"/>`;
}

/** What every node and edge of one export shares. */
interface Context {
  readonly o: GexfOptions;
  readonly vocabulary: Vocabulary;
  readonly sentences: ReadonlyMap<string, string>;
  readonly positions: ReadonlyMap<string, Point> | null;
  readonly degree: ReadonlyMap<string, number>;
  /** `viz:color` by entity kind, parents and `otherColor` resolved. */
  readonly colors: ReadonlyMap<string, RgbColor>;
  readonly nl: string;
  readonly i3: string;
  readonly i4: string;
}

/** The `viz:color` of every entity kind of `vocabulary`: its own, else its nearest parent's, else `otherColor`. */
function kindColors(vocabulary: Vocabulary, o: GexfOptions): Map<string, RgbColor> {
  const index = vocabularyIndex(vocabulary);
  const out = new Map<string, RgbColor>();
  for (const k of vocabulary.entityKinds) {
    let c: RgbColor | undefined;
    for (let kind: string | undefined = k.id; kind !== undefined && c === undefined; kind = index.entityKinds.get(kind)?.parent) {
      if (Object.prototype.hasOwnProperty.call(o.colors, kind)) c = o.colors[kind];
    }
    out.set(k.id, c ?? o.otherColor);
  }
  return out;
}

/** The claim attributes relation edges and event nodes share: display words, amount, qualifiers, description and citations. */
function claimAttvalues(c: Claim, sentences: ReadonlyMap<string, string>): string {
  let out = attvalue("modalities", c.modalities.join(", "));
  const a = c.amount;
  if (a) {
    out += attvalue("amount", num(a.value));
    out += attvalue("currency", a.currency);
    if (a.scope !== undefined) out += attvalue("amount_scope", a.scope);
    if (a.inferred !== undefined) out += attvalue("amount_inferred", a.inferred);
  }
  for (const q of QUALIFIER_ATTRIBUTES) {
    const v = c[q.qualifier];
    if (v === undefined) continue;
    out += attvalue(q.id, v.value);
    if (v.inferred !== undefined) out += attvalue(q.inferred, v.inferred);
  }
  if (c.description !== undefined) out += attvalue("description", c.description);
  const first = c.citations[0];
  if (first) out += attvalue("quote", first.quote);
  out += attvalue("citation_count", String(c.citations.length));
  const list: Record<string, unknown>[] = [];
  for (const x of c.citations) list.push(citationJson(x, sentences.get(x.sentence) ?? ""));
  return out + attvalue("citations", safeJson(list));
}

/** The viz elements of a node. */
function nodeViz(id: string, c: RgbColor, x: Context): string {
  const { nl, i4 } = x;
  let out = `${i4}${color(c)}${nl}`;
  const position = x.positions?.get(id);
  if (position) out += `${i4}<viz:position x="${num(position.x)}" y="${num(position.y)}"/>${nl}`;
  return out + `${i4}${size(x.degree.get(id) ?? 0)}${nl}`;
}

function entityXml(e: Entity, x: Context): string {
  const { nl, i3, i4 } = x;
  let out = `${i3}<node id="${attr(e.id)}" label="${attr(e.label)}">${nl}${i4}<attvalues>`;
  out += attvalue("node_type", "entity");
  out += attvalue("kind", e.kind);
  if (e.wikidata !== undefined) out += attvalue("wikidata", e.wikidata);
  if (e.aliases.length > 0) out += attvalue("aliases", encodeList(e.aliases.map(xmlSafe)));
  if (e.description !== undefined) out += attvalue("description", e.description);
  out += `</attvalues>${nl}`;
  out += nodeViz(e.id, x.o.nodeColors?.[e.id] ?? x.colors.get(e.kind) ?? x.o.otherColor, x);
  return out + `${i3}</node>${nl}`;
}

function eventXml(e: StoryEvent, x: Context): string {
  const { nl, i3, i4 } = x;
  let out = `${i3}<node id="${attr(e.id)}" label="${attr(eventNodeLabel(e))}"${dynamics(e.period, x.o.dates)}>${nl}${i4}<attvalues>`;
  out += attvalue("node_type", "event");
  out += attvalue("kind", e.kind);
  out += attvalue("event_label", e.label);
  if (e.about.length > 0) out += attvalue("about", encodeList(e.about));
  out += claimAttvalues(e, x.sentences);
  out += `</attvalues>${nl}`;
  out += nodeViz(e.id, x.o.nodeColors?.[e.id] ?? x.o.eventColor, x);
  out += `${i4}<viz:shape value="diamond"/>${nl}`;
  return out + `${i3}</node>${nl}`;
}

function relationXml(r: Relation, x: Context): string {
  const { nl, i3, i4 } = x;
  let out = `${i3}<edge id="${attr(r.id)}" source="${attr(r.source)}" target="${attr(r.target)}" kind="${attr(r.kind)}" label="${attr(relationLabel(r, x.vocabulary))}"`;
  out += dynamics(r.period, x.o.dates);
  out += `>${nl}${i4}<attvalues>`;
  out += attvalue("edge_type", "relation");
  out += attvalue("kind", r.kind);
  out += attvalue("symmetric", String(r.symmetric));
  out += claimAttvalues(r, x.sentences);
  return out + `</attvalues>${nl}${i3}</edge>${nl}`;
}

/** The participation edges of event `e`, in participant order. */
function participationsXml(e: StoryEvent, x: Context): string {
  const { nl, i3, i4 } = x;
  const time = dynamics(e.period, x.o.dates);
  const modalities = attvalue("modalities", e.modalities.join(", "));
  let out = "";
  for (const p of e.participants) {
    out += `${i3}<edge id="${attr(participationKey(e.id, p.role, p.id))}" source="${attr(e.id)}" target="${attr(p.id)}" kind="${attr(p.role)}" label="${attr(participationLabel(e, p.role, x.vocabulary))}"${time}>${nl}`;
    out += `${i4}<attvalues>${attvalue("edge_type", "participation")}${attvalue("role", p.role)}${modalities}</attvalues>${nl}`;
    out += `${i4}<viz:shape value="dashed"/>${nl}${i3}</edge>${nl}`;
  }
  return out;
}

function articleKeywords(story: Story): string {
  const a = story.article;
  const vocabulary = ownKinds(story.vocabulary);
  return safeJson({
    storygraph: STORY_GEXF_MARKER,
    format: story.format,
    language: a.language,
    ...(a.title !== undefined && { title: a.title }),
    ...(a.url !== undefined && { url: a.url }),
    ...(a.published !== undefined && { published: a.published }),
    ...(a.author !== undefined && { author: a.author }),
    ...(Object.keys(vocabulary).length > 0 && { vocabulary }),
    noClaims: story.noClaims,
  });
}

function* generate(story: Story, o: GexfOptions, positions: ReadonlyMap<string, Point> | null): Generator<string, void, undefined> {
  const nl = o.pretty ? "\n" : "";
  const [i1, i2, i3, i4] = o.pretty ? ["  ", "    ", "      ", "        "] : ["", "", "", ""];
  const dynamic = o.dates !== "static";
  let out = `<?xml version="1.0" encoding="UTF-8"?>${nl}`;
  out += `<gexf xmlns="${GEXF_NS}" xmlns:viz="${VIZ_NS}" version="1.3">${nl}`;
  out += `${i1}<meta${o.lastModified !== null ? ` lastmodifieddate="${o.lastModified}"` : ""}>${nl}`;
  out += `${i2}<creator>${escapeText(o.creator)}</creator>${nl}`;
  out += `${i2}<keywords>${escapeText(articleKeywords(story))}</keywords>${nl}`;
  out += `${i2}<description>`;
  // the article can be long: escape and yield it in slices (never splitting a surrogate pair)
  const text = story.article.text;
  const slice = Math.max(2, o.chunkSize >> 1);
  for (let i = 0; i < text.length; ) {
    let j = Math.min(text.length, i + slice);
    const last = text.charCodeAt(j - 1);
    const next = text.charCodeAt(j);
    if (last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) j++;
    out += escapeText(text.slice(i, j));
    i = j;
    if (out.length >= o.chunkSize) {
      yield out;
      out = "";
    }
  }
  out += `</description>${nl}${i1}</meta>${nl}`;
  out += `${i1}<graph defaultedgetype="directed" mode="${dynamic ? "dynamic" : "static"}"${dynamic ? ' timeformat="date"' : ""}>${nl}`;
  out += declarations("node", NODE_ATTRIBUTES, nl, i2, i3);
  out += declarations("edge", EDGE_ATTRIBUTES, nl, i2, i3);
  out += `${i2}<nodes count="${story.entities.length + story.events.length}">${nl}`;
  const degree = new Map<string, number>();
  const bump = (id: string) => degree.set(id, (degree.get(id) ?? 0) + 1);
  let participations = 0;
  for (const r of story.relations) {
    bump(r.source);
    bump(r.target);
  }
  for (const e of story.events) {
    for (const p of e.participants) {
      bump(e.id);
      bump(p.id);
    }
    participations += e.participants.length;
  }
  const x: Context = {
    o,
    vocabulary: story.vocabulary,
    sentences: new Map(story.sentences.map((s) => [s.id, s.text])),
    positions,
    degree,
    colors: kindColors(story.vocabulary, o),
    nl,
    i3,
    i4,
  };
  for (const e of story.entities) {
    out += entityXml(e, x);
    if (out.length >= o.chunkSize) {
      yield out;
      out = "";
    }
  }
  for (const e of story.events) {
    out += eventXml(e, x);
    if (out.length >= o.chunkSize) {
      yield out;
      out = "";
    }
  }
  out += `${i2}</nodes>${nl}${i2}<edges count="${story.relations.length + participations}">${nl}`;
  for (const r of story.relations) {
    out += relationXml(r, x);
    if (out.length >= o.chunkSize) {
      yield out;
      out = "";
    }
  }
  for (const e of story.events) {
    out += participationsXml(e, x);
    if (out.length >= o.chunkSize) {
      yield out;
      out = "";
    }
  }
  out += `${i2}</edges>${nl}${i1}</graph>${nl}</gexf>${nl}`;
  yield out;
}

/**
 * The positions to write: `options.positions` when given (every node of the story must have one;
 * a position for no node of the story is refused too), else ForceAtlas2's, else none. Checks
 * that `options.nodeColors` names only nodes of the story.
 *
 * @throws {InvalidArgumentError} for a node without a position, a position or colour of no node.
 */
function nodePositions(story: Story, o: GexfOptions, fn: string): ReadonlyMap<string, Point> | null {
  const nodes = new Set([...story.entities, ...story.events].map((n) => n.id));
  for (const id of Object.keys(o.nodeColors ?? {})) {
    if (!nodes.has(id)) throw new InvalidArgumentError(fn, `options.nodeColors.${id}`, "names no entity or event of the story");
  }
  if (o.positions === null) return o.layoutIterations > 0 ? layoutPositions(story, { iterations: o.layoutIterations, seed: o.seed }) : null;
  const given = o.positions;
  const out = new Map<string, Point>();
  for (const n of [...story.entities, ...story.events]) {
    const p = Object.prototype.hasOwnProperty.call(given, n.id) ? given[n.id] : undefined;
    if (!p) throw new InvalidArgumentError(fn, `options.positions`, `has no position for node "${n.id}"`);
    out.set(n.id, { x: p.x, y: p.y });
  }
  for (const id of Object.keys(given)) {
    if (!out.has(id)) throw new InvalidArgumentError(fn, `options.positions.${id}`, "names no entity or event of the story");
  }
  return out;
}

/**
 * The story as GEXF 1.3, in chunks (strings of about `options.chunkSize` code units). Options are
 * checked and the layout computed when this is called, before the first chunk.
 *
 * @example for (const chunk of writeGexf(story)) stream.write(chunk);
 * @throws {InvalidArgumentError} for an invalid option.
 */
export function writeGexf(story: Story, options: Partial<GexfOptions> = {}): Generator<string, void, undefined> {
  const o = resolveGexfOptions(options, "writeGexf");
  return generate(story, o, nodePositions(story, o, "writeGexf"));
}

/**
 * The story as one GEXF 1.3 string (`writeGexf` joined). Prefer `writeGexf` for big stories.
 *
 * @throws {InvalidArgumentError} for an invalid option.
 */
export function toGexf(story: Story, options: Partial<GexfOptions> = {}): string {
  const o = resolveGexfOptions(options, "toGexf");
  let xml = "";
  for (const chunk of generate(story, o, nodePositions(story, o, "toGexf"))) xml += chunk;
  return xml;
}
