/**
 * `fromGexf`: read a GEXF file (1.1, 1.2 or 1.3) back.
 *
 * - Our own export (recognised by the `storygraph` marker in `<meta><keywords>`, see format.ts)
 *   comes back as `{ kind: "story", story, graph }`: the story input is rebuilt from the nodes,
 *   edges and meta, then goes through `buildStory`, so every citation is re-anchored in the
 *   article and checked, exactly as when a story file is loaded.
 * - Any other GEXF comes back as `{ kind: "graph", graph }`: an `UntypedGraph` the viewer can show.
 *
 * Runs in Node and the browser: the XML is read by our own streaming tokenizer (tokenizer.ts), no
 * DOM is built. `fromGexfChunks` reads a document given in pieces.
 */
import { StoryValidationError } from "../errors.ts";
import type { Story } from "../model.ts";
import type { CitationInput } from "../input/schema.ts";
import { buildStory } from "../input/validate.ts";
import { GexfFormatError, GexfParseError, GexfVersionError } from "./errors.ts";
import { STORY_GEXF_MARKER } from "./format.ts";
import { GexfGraphBuilder } from "./graph-builder.ts";
import { XmlTokenizer } from "./tokenizer.ts";
import type { UntypedEdge, UntypedGraph } from "./untyped.ts";

const FN = "fromGexf";

/** What `fromGexf` found: a storygraph story (with its graph data) or any other graph. */
export type GexfImport =
  | { readonly kind: "story"; readonly story: Story; readonly graph: UntypedGraph }
  | { readonly kind: "graph"; readonly graph: UntypedGraph };

/**
 * Read a GEXF document.
 *
 * @param xml - the document as text, or as UTF-8 bytes (a BOM is allowed).
 * @throws {GexfParseError} when the input is not well-formed XML (with line and column) or not UTF-8.
 * @throws {GexfVersionError} when the root is not `<gexf>` in a known namespace and version.
 * @throws {GexfFormatError} / {GexfDuplicateIdError} / {GexfDanglingEdgeError} when the GEXF is invalid.
 * @throws {StoryValidationError} when a storygraph export holds a story that does not validate.
 */
export function fromGexf(xml: string | Uint8Array): GexfImport {
  let text: string;
  if (typeof xml === "string") text = xml;
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(xml);
    } catch {
      throw new GexfParseError(FN, 1, 1, "the file is not valid UTF-8");
    }
  }
  return fromGexfChunks([text]);
}

/**
 * Read a GEXF document given as successive pieces of text (e.g. decoded stream chunks).
 *
 * @throws the same errors as `fromGexf`.
 */
export function fromGexfChunks(chunks: Iterable<string>): GexfImport {
  const builder = new GexfGraphBuilder(FN);
  const tokenizer = new XmlTokenizer(builder, FN);
  for (const chunk of chunks) tokenizer.write(chunk);
  tokenizer.end();
  const graph = builder.result();
  const marker = storyMarker(graph);
  if (!marker) return { kind: "graph", graph };
  return { kind: "story", story: storyFromGraph(graph, marker), graph };
}

/** The article metadata and notes our export keeps in `<keywords>`. */
interface StoryMarker {
  readonly storygraph: string;
  readonly [key: string]: unknown;
}

function storyMarker(graph: UntypedGraph): StoryMarker | null {
  const keywords = graph.meta.keywords?.trim();
  if (!keywords || !keywords.startsWith("{")) return null;
  let data: unknown;
  try {
    data = JSON.parse(keywords);
  } catch {
    if (/^\{\s*"storygraph"/.test(keywords)) throw new GexfFormatError(FN, "meta", "<keywords> of a storygraph export is not valid JSON");
    return null;
  }
  if (!data || typeof data !== "object" || Array.isArray(data) || !("storygraph" in data)) return null;
  const marker = data as StoryMarker;
  if (marker.storygraph !== STORY_GEXF_MARKER) {
    throw new GexfVersionError(FN, "", String(marker.storygraph), `unknown storygraph export format "${String(marker.storygraph)}" (known: ${STORY_GEXF_MARKER})`);
  }
  return marker;
}

function citations(e: UntypedEdge): unknown {
  const raw = e.attributes["citations"];
  if (raw === undefined) return [];
  if (typeof raw !== "string") throw new GexfFormatError(FN, `edge "${e.id}"`, "attribute citations must be a string");
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    throw new GexfFormatError(FN, `edge "${e.id}"`, "attribute citations is not valid JSON");
  }
  if (!Array.isArray(list)) throw new GexfFormatError(FN, `edge "${e.id}"`, "attribute citations must be a JSON array");
  // built field by field (same keys, same order as the model's input) rather than with spreads,
  // which cost a runtime call each: this runs once per citation
  const out: Partial<CitationInput>[] = [];
  for (let i = 0; i < list.length; i++) {
    const c: unknown = list[i];
    if (!c || typeof c !== "object") throw new GexfFormatError(FN, `edge "${e.id}"`, `citations[${i}] must be an object`);
    const o = c as Record<string, unknown>;
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
    out.push(citation as Partial<CitationInput>);
  }
  return out;
}

/** Rebuild the story input from our own export, then validate it with `buildStory`. */
function storyFromGraph(graph: UntypedGraph, marker: StoryMarker): Story {
  // objects built field by field, in the same key order as with optional spreads (cheaper: this runs per node and edge)
  const set = (o: Record<string, unknown>, key: string, value: unknown) => {
    if (value !== undefined) o[key] = value;
  };
  const article: Record<string, unknown> = { text: graph.meta.description ?? "", language: marker["language"] };
  set(article, "title", marker["title"]);
  set(article, "url", marker["url"]);
  set(article, "published", marker["published"]);
  set(article, "author", marker["author"]);
  const entities: Record<string, unknown>[] = [];
  for (const n of graph.nodes) {
    const entity: Record<string, unknown> = { id: n.id, kind: n.attributes["kind"], label: n.label };
    set(entity, "aliases", n.attributes["aliases"]);
    set(entity, "wikidata", n.attributes["wikidata"]);
    set(entity, "description", n.attributes["description"]);
    entities.push(entity);
  }
  const relations: Record<string, unknown>[] = [];
  for (const e of graph.edges) {
    const a = e.attributes;
    const relation: Record<string, unknown> = { id: e.id, kind: a["kind"] ?? e.kind, source: e.source, target: e.target };
    set(relation, "date", a["date"]);
    const amount = a["amount"];
    if (amount !== undefined) relation["amount"] = { value: amount, currency: a["currency"], scope: a["amount_scope"] };
    set(relation, "description", a["description"]);
    relation["citations"] = citations(e);
    relations.push(relation);
  }
  const input = { article, entities, relations, noClaims: marker["noClaims"] ?? [] };
  try {
    return buildStory(input);
  } catch (e) {
    if (e instanceof StoryValidationError) throw new StoryValidationError(FN, e.problems);
    throw e;
  }
}
