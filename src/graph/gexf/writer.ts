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
 * - `<meta>` with creator, keywords (article metadata + no-claim notes as JSON, the marker of our
 *   exports) and description (the article text);
 * - `<graph defaultedgetype="directed" mode="dynamic" timeformat="date">`: every edge directed
 *   (networkx refuses mixed graphs; symmetric kinds carry `symmetric=true`), dated edges get
 *   `start`/`end` (see `GexfOptions.dates`); `timeformat="date"` because networkx cannot read
 *   `dateTime`;
 * - nodes with label, typed attributes, `viz:color` as r/g/b (never hex), `viz:position`
 *   (deterministic ForceAtlas2, layout.ts) and `viz:size` (grows with the entity's relation count);
 * - edges with the relation id, a label such as "invested · 1 000 000 000 USD · 2019-07", the
 *   relation kind as GEXF `kind` and as attribute, the amount as a `double`, and the citations.
 *
 * Strings: every string passes through the replacement rule of xml.ts (forbidden characters →
 * U+FFFD, length kept) before it is escaped, including the strings inside the JSON attributes.
 *
 * Streaming: `writeGexf` yields chunks of about `chunkSize` code units; it never holds the whole
 * document, so a big story is written with memory bounded by the story plus one chunk.
 */
import { allIndexesOf } from "../anchor.ts";
import { groupDigits, modalityNote } from "../describe.ts";
import type { Citation, Entity, Relation, Story } from "../model.ts";
import { EDGE_ATTRIBUTES, GEXF_NS, NODE_ATTRIBUTES, STORY_GEXF_MARKER, VIZ_NS, encodeList, type AttributeSpec } from "./format.ts";
import { layoutPositions, type Point } from "./layout.ts";
import { resolveGexfOptions, type GexfOptions } from "./options.ts";
import { escapeAttribute as attr, escapeText, xmlSafe } from "./xml.ts";

/** Format a number for an XML Schema `double`/`float` value (keeps -0; JS exponents are valid). */
function num(value: number): string {
  return Object.is(value, -0) ? "-0" : String(value);
}


/**
 * The edge label: "invested · 1 000 000 000 USD · 2019-07", plus how the article states it when
 * it never asserts it ("depends-on · hypothetical"), so a tool that shows one string does not
 * present a hedged, reported or hypothetical claim as a fact.
 */
export function relationLabel(r: Relation): string {
  const parts: string[] = [r.kind];
  if (r.amount) parts.push(`${groupDigits(r.amount.value)} ${r.amount.currency}${r.amount.scope === "total" ? " total" : ""}`);
  if (r.date) parts.push(r.date.value);
  const note = modalityNote(r);
  if (note) parts.push(note);
  return parts.join(" · ");
}

/** JSON with every string passed through the replacement rule first (JSON would otherwise keep `\u0000` or lone surrogates as escapes). */
function safeJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" ? xmlSafe(v) : v));
}

function citationJson(c: Citation, sentenceText: string): Record<string, unknown> {
  // occurrence among the hits in the sentence *after* the replacement rule, which is what the reader anchors in
  const hits = allIndexesOf(xmlSafe(sentenceText), xmlSafe(c.quote));
  return {
    sentence: c.sentence,
    quote: c.quote,
    start: c.start,
    end: c.end,
    sentenceStart: c.sentenceStart,
    sentenceEnd: c.sentenceEnd,
    ...(hits.length > 1 && { occurrence: hits.indexOf(c.sentenceStart) + 1 }),
    modality: c.modality,
    attribution: c.attribution,
    gloss: c.gloss,
  };
}

function declarations(cls: "node" | "edge", specs: readonly AttributeSpec[], nl: string, i2: string, i3: string): string {
  let out = `${i2}<attributes class="${cls}" mode="static">${nl}`;
  for (const a of specs) out += `${i3}<attribute id="${a.id}" title="${a.id}" type="${a.type}"/>${nl}`;
  return out + `${i2}</attributes>${nl}`;
}

function attvalue(id: string, value: string): string {
  return `<attvalue for="${id}" value="${attr(value)}"/>`;
}

function nodeXml(e: Entity, o: GexfOptions, position: Point | undefined, degree: number, nl: string, i3: string, i4: string): string {
  let out = `${i3}<node id="${attr(e.id)}" label="${attr(e.label)}">${nl}${i4}<attvalues>`;
  out += attvalue("kind", e.kind);
  if (e.wikidata !== undefined) out += attvalue("wikidata", e.wikidata);
  if (e.aliases.length > 0) out += attvalue("aliases", encodeList(e.aliases.map(xmlSafe)));
  if (e.description !== undefined) out += attvalue("description", e.description);
  out += `</attvalues>${nl}`;
  const c = o.colors[e.kind];
  out += `${i4}<viz:color r="${c.r}" g="${c.g}" b="${c.b}"/>${nl}`;
  if (position) out += `${i4}<viz:position x="${num(position.x)}" y="${num(position.y)}"/>${nl}`;
  out += `${i4}<viz:size value="${num(Math.round((10 + 5 * Math.sqrt(degree)) * 100) / 100)}"/>${nl}`;
  return out + `${i3}</node>${nl}`;
}

function edgeXml(r: Relation, o: GexfOptions, sentences: ReadonlyMap<string, string>, nl: string, i3: string, i4: string): string {
  let out = `${i3}<edge id="${attr(r.id)}" source="${attr(r.source)}" target="${attr(r.target)}" kind="${r.kind}" label="${attr(relationLabel(r))}"`;
  if (r.date && o.dates !== "static") out += o.dates === "interval" ? ` start="${r.date.start}" end="${r.date.end}"` : ` start="${r.date.start}"`;
  out += `>${nl}${i4}<attvalues>`;
  out += attvalue("kind", r.kind);
  out += attvalue("symmetric", String(r.symmetric));
  out += attvalue("modalities", r.modalities.join(", "));
  if (r.amount) {
    out += attvalue("amount", num(r.amount.value));
    out += attvalue("currency", r.amount.currency);
    out += attvalue("amount_scope", r.amount.scope);
  }
  if (r.date) {
    out += attvalue("date", r.date.value);
    out += attvalue("date_precision", r.date.precision);
  }
  if (r.description !== undefined) out += attvalue("description", r.description);
  const first = r.citations[0];
  if (first) out += attvalue("quote", first.quote);
  out += attvalue("citation_count", String(r.citations.length));
  out += attvalue("citations", safeJson(r.citations.map((c) => citationJson(c, sentences.get(c.sentence) ?? ""))));
  return out + `</attvalues>${nl}${i3}</edge>${nl}`;
}

function articleKeywords(story: Story): string {
  const a = story.article;
  return safeJson({
    storygraph: STORY_GEXF_MARKER,
    language: a.language,
    ...(a.title !== undefined && { title: a.title }),
    ...(a.url !== undefined && { url: a.url }),
    ...(a.published !== undefined && { published: a.published }),
    ...(a.author !== undefined && { author: a.author }),
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
  out += `${i2}<nodes count="${story.entities.length}">${nl}`;
  const degree = new Map<string, number>();
  for (const r of story.relations) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  for (const e of story.entities) {
    out += nodeXml(e, o, positions?.get(e.id), degree.get(e.id) ?? 0, nl, i3, i4);
    if (out.length >= o.chunkSize) {
      yield out;
      out = "";
    }
  }
  out += `${i2}</nodes>${nl}${i2}<edges count="${story.relations.length}">${nl}`;
  const sentences = new Map(story.sentences.map((s) => [s.id, s.text]));
  for (const r of story.relations) {
    out += edgeXml(r, o, sentences, nl, i3, i4);
    if (out.length >= o.chunkSize) {
      yield out;
      out = "";
    }
  }
  out += `${i2}</edges>${nl}${i1}</graph>${nl}</gexf>${nl}`;
  yield out;
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
  const positions = o.layoutIterations > 0 ? layoutPositions(story, { iterations: o.layoutIterations, seed: o.seed }) : null;
  return generate(story, o, positions);
}

/**
 * The story as one GEXF 1.3 string (`writeGexf` joined). Prefer `writeGexf` for big stories.
 *
 * @throws {InvalidArgumentError} for an invalid option.
 */
export function toGexf(story: Story, options: Partial<GexfOptions> = {}): string {
  const o = resolveGexfOptions(options, "toGexf");
  const positions = o.layoutIterations > 0 ? layoutPositions(story, { iterations: o.layoutIterations, seed: o.seed }) : null;
  let xml = "";
  for (const chunk of generate(story, o, positions)) xml += chunk;
  return xml;
}
