/**
 * `fromGexf`: read a GEXF file (1.1, 1.2 or 1.3) back.
 *
 * - Our own export (recognised by the `storygraph` marker in `<meta><keywords>`, see format.ts)
 *   comes back as `{ kind: "story", story, graph }`: the story input is rebuilt from the nodes,
 *   edges and meta, then goes through `buildStory`, so every citation is re-anchored in the
 *   article and checked, exactly as when a story file is loaded. A `story-gexf/2` export gives
 *   back the storygraph/2 input it was written from (entities, events with their participants
 *   read from the participation edges, relations, the story's own vocabulary, qualifiers with
 *   their inferred reasons, citations with factuality and sources); a `story-gexf/1` export (a
 *   storygraph/1 story: relation `date`, citation `modality` and `attribution`) gives back a
 *   storygraph/1 input, which `buildStory` converts (format1.ts).
 * - Any other GEXF comes back as `{ kind: "graph", graph }`: an `UntypedGraph` the viewer can show.
 *
 * Runs in Node and the browser: the XML is read by our own streaming tokenizer (tokenizer.ts), no
 * DOM is built. `fromGexfChunks` reads a document given in pieces.
 *
 * Errors carry the location fields of story problems (errors.ts): `path`, `line`/`column` of the
 * offending element when known, and `file` when the caller names it. Checks of the story export
 * made after reading (a `node_type`, a participation, the citations JSON) locate the element when
 * the tokenizer still holds its text: always with `fromGexf`, which gives it the whole document;
 * with `fromGexfChunks`, for elements of the last chunk.
 */
import { StoryValidationError, type ProblemPlace } from "../errors.ts";
import type { Story } from "../model.ts";
import type { StoryNotice } from "../input/problems.ts";
import { STORY_FORMAT } from "../input/story-format.ts";
import { buildStory } from "../input/validate.ts";
import { declaredXmlEncoding, sniffEncoding } from "../encoding.ts";
import { GexfFormatError, GexfParseError, GexfVersionError } from "./errors.ts";
import { QUALIFIER_ATTRIBUTES, STORY_GEXF_MARKER_1, STORY_GEXF_MARKERS } from "./format.ts";
import { GexfGraphBuilder, type GexfWarning } from "./graph-builder.ts";
import { XmlTokenizer } from "./tokenizer.ts";
import type { GexfValue, UntypedGraph } from "./untyped.ts";

const FN = "fromGexf";

/** What `fromGexf` found: a storygraph story (with its graph data) or any other graph. */
export type GexfImport =
  | { readonly kind: "story"; readonly story: Story; readonly graph: UntypedGraph }
  | { readonly kind: "graph"; readonly graph: UntypedGraph };

/** Options of `fromGexf` and `fromGexfChunks`. */
export interface FromGexfOptions {
  /** The file's name, which every error carries (`file`), and the `StoryValidationError` names. */
  readonly file?: string;
  /** Receives the notices of `buildStory` for a story export (a story-gexf/1 export converted to storygraph/2). */
  readonly onNotice?: (notice: StoryNotice) => void;
  /**
   * Receives what the reader read leniently or replaced: a `null` value, `<attvalue>` written
   * directly under a node, a viz value out of range (a position that is not finite, a size that
   * is not positive, an alpha outside 0–1) and the safe value used instead.
   */
  readonly onWarning?: (warning: GexfWarning) => void;
}

/**
 * Read a GEXF document.
 *
 * @param xml - the document as text, or as UTF-8 bytes (a BOM is allowed).
 * @param options - `file`: the file name errors carry; `onNotice`: receives `buildStory`'s notices.
 * @throws {GexfParseError} when the input is not well-formed XML (with line and column) or not UTF-8.
 * @throws {GexfVersionError} when the root is not `<gexf>` in a known namespace and version, or the storygraph marker is unknown.
 * @throws {GexfFormatError} / {GexfDuplicateIdError} / {GexfDanglingEdgeError} when the GEXF, or a storygraph export, is invalid.
 * @throws {StoryValidationError} when a storygraph export holds a story that does not validate.
 */
export function fromGexf(xml: string | Uint8Array, options: FromGexfOptions = {}): GexfImport {
  return fromGexfChunks([typeof xml === "string" ? xml : decodeGexf(xml, options.file)], options);
}

/**
 * The text of a GEXF file's bytes, decoded as XML 1.0 says (Appendix F), as expat and networkx
 * read it: a byte-order mark (UTF-8, UTF-16 LE/BE), else UTF-16 told by its zero bytes, else the
 * encoding the XML declaration names (ISO-8859-1, Windows-1252, … through `TextDecoder`; the
 * WHATWG decoder reads ISO-8859-1 as Windows-1252), else UTF-8.
 *
 * @throws {GexfParseError} for UTF-32 (which `TextDecoder` does not read), an encoding it does not
 *   know, or bytes that are not valid in the encoding.
 */
export function decodeGexf(bytes: Uint8Array, file?: string): string {
  const { encoding, bom } = sniffEncoding(bytes);
  if (encoding === "UTF-32LE" || encoding === "UTF-32BE") {
    throw new GexfParseError(FN, 1, 1, `the file is ${encoding} (${bom > 0 ? "byte order mark" : "zero bytes"}), which the reader does not decode: save it as UTF-8 or UTF-16`, file);
  }
  let label = "utf-8";
  if (encoding !== "UTF-8") label = encoding.toLowerCase();
  else if (bom === 0) {
    const declared = declaredXmlEncoding(bytes);
    // a declaration of UTF-16 or UTF-32 on ASCII-compatible bytes cannot be right: read UTF-8
    if (declared !== undefined && !/^(utf-?16|utf-?32|ucs-?[24])/.test(declared)) label = declared;
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    throw new GexfParseError(FN, 1, 1, `the XML declaration names the encoding "${label}", which this reader does not know`, file);
  }
  try {
    return decoder.decode(bytes.subarray(bom));
  } catch {
    throw new GexfParseError(FN, 1, 1, `the file is not valid ${label === "utf-8" ? "UTF-8" : label}${label === "utf-8" ? " (a Latin-1 or Windows-1252 file needs an XML declaration naming its encoding)" : ""}`, file);
  }
}

/**
 * Read a GEXF document given as successive pieces of text (e.g. decoded stream chunks).
 *
 * @param options - as for `fromGexf`.
 * @throws the same errors as `fromGexf`.
 */
export function fromGexfChunks(chunks: Iterable<string>, options: FromGexfOptions = {}): GexfImport {
  const builder = new GexfGraphBuilder(FN, options.file, options.onWarning);
  const tokenizer = new XmlTokenizer(builder, FN, options.file);
  builder.attach(tokenizer);
  // one chunk behind: the last one goes to `end`, which keeps its text for locating later checks
  let pending: string | undefined;
  for (const chunk of chunks) {
    if (chunk.length === 0) continue;
    if (pending !== undefined) tokenizer.write(pending);
    pending = chunk;
  }
  tokenizer.end(pending);
  const graph = builder.result();
  const marker = storyMarker(graph, builder);
  if (!marker) return { kind: "graph", graph };
  return { kind: "story", story: storyFromGraph(graph, marker, builder, options), graph };
}

/** The article metadata, vocabulary and notes our export keeps in `<keywords>`. */
interface StoryMarker {
  readonly storygraph: string;
  readonly [key: string]: unknown;
}

function storyMarker(graph: UntypedGraph, builder: GexfGraphBuilder): StoryMarker | null {
  const keywords = graph.meta.keywords?.trim();
  if (!keywords || !keywords.startsWith("{")) return null;
  let data: unknown;
  try {
    data = JSON.parse(keywords);
  } catch {
    if (/^\{\s*"storygraph"/.test(keywords)) throw new GexfFormatError(FN, "meta", "<keywords> of a storygraph export is not valid JSON", builder.keywordsPlace());
    return null;
  }
  if (!data || typeof data !== "object" || Array.isArray(data) || !("storygraph" in data)) return null;
  const marker = data as StoryMarker;
  if (!STORY_GEXF_MARKERS.includes(marker.storygraph)) {
    const found = String(marker.storygraph);
    throw new GexfVersionError(FN, "", found, `unknown storygraph export format "${found}" (known: ${STORY_GEXF_MARKERS.join(", ")})`, builder.keywordsPlace(), "meta");
  }
  return marker;
}

/**
 * The element being checked, for the errors of the story checks: one object per loop, updated for
 * each element (its path and place are built only for an error).
 */
class At {
  isNode = true;
  index = 0;
  id = "";
  constructor(private readonly builder: GexfGraphBuilder) {}
  /** Point at the `index`-th node (or edge) of the graph, whose id is `id`. */
  move(isNode: boolean, index: number, id: string): this {
    this.isNode = isNode;
    this.index = index;
    this.id = id;
    return this;
  }
  get path(): string {
    return `${this.isNode ? "node" : "edge"} "${this.id}"`;
  }
  place(): ProblemPlace {
    return this.isNode ? this.builder.nodePlace(this.index) : this.builder.edgePlace(this.index);
  }
}

function formatError(at: At, detail: string, attribute?: string): GexfFormatError {
  return new GexfFormatError(FN, attribute !== undefined ? `attribute "${attribute}" of ${at.path}` : at.path, detail, at.place());
}

/** The `citations` attribute of an element, parsed: a JSON array of objects. */
function citationList(raw: GexfValue | undefined, at: At): Record<string, unknown>[] {
  if (raw === undefined) return [];
  if (typeof raw !== "string") throw formatError(at, "must be a string", "citations");
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    throw formatError(at, "is not valid JSON", "citations");
  }
  if (!Array.isArray(list)) throw formatError(at, "must be a JSON array", "citations");
  for (let i = 0; i < list.length; i++) {
    const c: unknown = list[i];
    if (!c || typeof c !== "object" || Array.isArray(c)) throw formatError(at, `citations[${i}] must be an object`, "citations");
  }
  return list as Record<string, unknown>[];
}

/**
 * The citations of a story-gexf/2 element as story-file input: quote and offsets, factuality,
 * the named sources of the chain (`{kind:"source", name, entity?}` → `name` or `{name, entity}`),
 * gloss. Built field by field in the input's key order (this runs once per citation).
 */
function citations2(raw: GexfValue | undefined, at: At): Record<string, unknown>[] {
  const list = citationList(raw, at);
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < list.length; i++) {
    const o = list[i]!;
    const citation: Record<string, unknown> = { sentence: o["sentence"], quote: o["quote"] };
    if (o["occurrence"] !== undefined) citation["occurrence"] = o["occurrence"];
    citation["start"] = o["start"];
    citation["end"] = o["end"];
    citation["factuality"] = o["factuality"];
    const chain = o["sources"];
    if (chain !== undefined) {
      if (!Array.isArray(chain)) throw formatError(at, `citations[${i}].sources must be an array`, "citations");
      const named: unknown[] = [];
      for (let j = 0; j < chain.length; j++) {
        const s: unknown = chain[j];
        const kind = s && typeof s === "object" ? (s as { kind?: unknown }).kind : undefined;
        if (kind === "author") continue;
        if (kind !== "source") throw formatError(at, `citations[${i}].sources[${j}] must be {"kind":"author"} or {"kind":"source", "name", "entity"?}`, "citations");
        const { name, entity } = s as { name?: unknown; entity?: unknown };
        named.push(entity !== undefined ? { name, entity } : name);
      }
      if (named.length > 0) citation["sources"] = named;
    }
    citation["gloss"] = o["gloss"];
    out.push(citation);
  }
  return out;
}

/** The citations of a story-gexf/1 edge as storygraph/1 input (`modality`, `attribution` as the source's name). */
function citations1(raw: GexfValue | undefined, at: At): Record<string, unknown>[] {
  const list = citationList(raw, at);
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < list.length; i++) {
    const o = list[i]!;
    const citation: Record<string, unknown> = { sentence: o["sentence"], quote: o["quote"] };
    if (o["occurrence"] !== undefined) citation["occurrence"] = o["occurrence"];
    citation["start"] = o["start"];
    citation["end"] = o["end"];
    citation["modality"] = o["modality"];
    const attribution = o["attribution"];
    if (attribution && typeof attribution === "object" && (attribution as { kind?: unknown }).kind === "source") {
      citation["attribution"] = (attribution as { name?: unknown }).name;
    }
    citation["gloss"] = o["gloss"];
    out.push(citation);
  }
  return out;
}

/** Set `o[key] = value` unless `value` is undefined (objects built field by field, in input key order: cheaper than optional spreads). */
function set(o: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) o[key] = value;
}

/** The qualifiers, amount, description and citations of a story-gexf/2 claim, in input key order. */
function claimTail(out: Record<string, unknown>, a: Readonly<Record<string, GexfValue>>, at: At): void {
  for (const q of QUALIFIER_ATTRIBUTES) {
    const value = a[q.id];
    if (value === undefined) continue;
    const inferred = a[q.inferred];
    out[q.qualifier] = inferred !== undefined ? { value, inferred } : value;
  }
  const value = a["amount"];
  if (value !== undefined) {
    const amount: Record<string, unknown> = { value, currency: a["currency"] };
    set(amount, "scope", a["amount_scope"]);
    set(amount, "inferred", a["amount_inferred"]);
    out["amount"] = amount;
  }
  set(out, "description", a["description"]);
  out["citations"] = citations2(a["citations"], at);
}

function article(graph: UntypedGraph, marker: StoryMarker): Record<string, unknown> {
  const out: Record<string, unknown> = { text: graph.meta.description ?? "", language: marker["language"] };
  set(out, "title", marker["title"]);
  set(out, "url", marker["url"]);
  set(out, "published", marker["published"]);
  set(out, "author", marker["author"]);
  return out;
}

function entity(n: UntypedGraph["nodes"][number]): Record<string, unknown> {
  const out: Record<string, unknown> = { id: n.id, kind: n.attributes["kind"], label: n.label };
  set(out, "aliases", n.attributes["aliases"]);
  set(out, "wikidata", n.attributes["wikidata"]);
  set(out, "description", n.attributes["description"]);
  return out;
}

/** The storygraph/2 input of a story-gexf/2 export. */
function input2(graph: UntypedGraph, marker: StoryMarker, builder: GexfGraphBuilder): Record<string, unknown> {
  const entities: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  /** Each event's participants, by event id. */
  const participants = new Map<string, Record<string, unknown>[]>();
  const nodes = graph.nodes;
  const at = new At(builder);
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    const a = n.attributes;
    const type = a["node_type"];
    if (type === "entity") {
      entities.push(entity(n));
      continue;
    }
    at.move(true, i, n.id);
    if (type !== "event") throw formatError(at, `must be "entity" or "event", got ${type === undefined ? "none" : JSON.stringify(type)}`, "node_type");
    const list: Record<string, unknown>[] = [];
    participants.set(n.id, list);
    const event: Record<string, unknown> = { id: n.id, kind: a["kind"], label: a["event_label"] ?? n.label, participants: list };
    set(event, "about", a["about"]);
    claimTail(event, a, at);
    events.push(event);
  }
  const relations: Record<string, unknown>[] = [];
  const edges = graph.edges;
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    const a = e.attributes;
    const type = a["edge_type"];
    if (type === "relation") {
      const relation: Record<string, unknown> = { id: e.id, kind: a["kind"] ?? e.kind, source: e.source, target: e.target };
      claimTail(relation, a, at.move(false, i, e.id));
      relations.push(relation);
      continue;
    }
    at.move(false, i, e.id);
    if (type !== "participation") throw formatError(at, `must be "relation" or "participation", got ${type === undefined ? "none" : JSON.stringify(type)}`, "edge_type");
    const list = participants.get(e.source);
    if (!list) throw formatError(at, `a participation edge goes from an event to its participant; its source "${e.source}" is not an event node`);
    const role = a["role"];
    if (typeof role !== "string") throw formatError(at, "a participation edge needs its role", "role");
    list.push(participants.has(e.target) ? { role, event: e.target } : { role, entity: e.target });
  }
  const out: Record<string, unknown> = { format: marker["format"] ?? STORY_FORMAT, article: article(graph, marker) };
  set(out, "vocabulary", marker["vocabulary"]);
  out["entities"] = entities;
  out["relations"] = relations;
  out["events"] = events;
  out["noClaims"] = marker["noClaims"] ?? [];
  return out;
}

/** The storygraph/1 input of a story-gexf/1 export (no `format`: `buildStory` recognises it by its fields and converts it). */
function input1(graph: UntypedGraph, marker: StoryMarker, builder: GexfGraphBuilder): Record<string, unknown> {
  const entities: Record<string, unknown>[] = [];
  for (const n of graph.nodes) entities.push(entity(n));
  const relations: Record<string, unknown>[] = [];
  const edges = graph.edges;
  const at = new At(builder);
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    const a = e.attributes;
    const relation: Record<string, unknown> = { id: e.id, kind: a["kind"] ?? e.kind, source: e.source, target: e.target };
    set(relation, "date", a["date"]);
    const amount = a["amount"];
    if (amount !== undefined) relation["amount"] = { value: amount, currency: a["currency"], scope: a["amount_scope"] };
    set(relation, "description", a["description"]);
    relation["citations"] = citations1(a["citations"], at.move(false, i, e.id));
    relations.push(relation);
  }
  return { article: article(graph, marker), entities, relations, noClaims: marker["noClaims"] ?? [] };
}

/** Rebuild the story input from our own export, then validate it with `buildStory`. */
function storyFromGraph(graph: UntypedGraph, marker: StoryMarker, builder: GexfGraphBuilder, options: FromGexfOptions): Story {
  const input = marker.storygraph === STORY_GEXF_MARKER_1 ? input1(graph, marker, builder) : input2(graph, marker, builder);
  try {
    return buildStory(input, options.onNotice ? { onNotice: options.onNotice } : {});
  } catch (e) {
    if (e instanceof StoryValidationError) throw new StoryValidationError(FN, e.problems, options.file);
    throw e;
  }
}
