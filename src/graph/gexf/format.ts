/**
 * The vocabulary storygraph's GEXF files use, shared by the writer and the reader: namespaces,
 * the markers that recognise our own exports, the declared node and edge attributes, and the
 * list syntax of `liststring` values.
 *
 * Where the story goes in the file (story-gexf/2, documented in README):
 * - `<meta><description>` holds the article text, exactly (escaped; forbidden characters replaced);
 * - `<meta><keywords>` holds one JSON object: `{"storygraph":"story-gexf/2", "format":
 *   "storygraph/2", "language", "title"?, "url"?, "published"?, "author"?, "vocabulary"? (the
 *   story's own kinds, as its file declares them), "noClaims":[{sentence, reason}]}`; the
 *   `storygraph` key is the marker that tells `fromGexf` the file is our own export (GEXF allows
 *   only creator, keywords and description in `<meta>`, and no graph-level attributes);
 * - nodes are the entities, then the events (`node_type`), edges the relations, then one edge per
 *   participation, from the event to the participant (`edge_type`), with the attributes below;
 * - the `citations` attribute of a relation edge and of an event node is a JSON array of the
 *   claim's citations (sentence, quote, start, end, sentenceStart, sentenceEnd, occurrence when the
 *   quote stands more than once in its sentence, factuality {polarity, certainty}, sources (the
 *   chain: `{kind:"author", name?}` then `{kind:"source", name, entity?}`), modalities, gloss).
 *
 * story-gexf/1 (storygraph/1 exports: entities and relations only, a relation's `date` and
 * `date_precision`, citations with `modality` and `attribution {kind, name?}`) is still read.
 */

/** GEXF 1.3 namespace (no `www.`). */
export const GEXF_NS = "http://gexf.net/1.3";
/** GEXF 1.3 viz namespace, which Gephi, networkx and gexf.rng expect for `viz:*` elements. */
export const VIZ_NS = "http://gexf.net/1.3/viz";

/** Known GEXF namespaces and the version each stands for. */
export const GEXF_NAMESPACES: ReadonlyMap<string, string> = new Map([
  ["http://gexf.net/1.3", "1.3"],
  ["http://www.gexf.net/1.3", "1.3"],
  ["http://gexf.net/1.3draft", "1.3"],
  ["http://www.gexf.net/1.3draft", "1.3"],
  ["http://gexf.net/1.2draft", "1.2"],
  ["http://www.gexf.net/1.2draft", "1.2"],
  ["http://www.gexf.net/1.1draft", "1.1"],
  ["http://gexf.net/1.1draft", "1.1"],
  ["http://www.gephi.org/gexf/1.1draft", "1.1"],
  ["http://www.gexf.net/1.0draft", "1.0"],
  ["http://gexf.net/1.0draft", "1.0"],
  ["http://www.gephi.org/gexf/1.0draft", "1.0"],
  // GEXF 1.0 as Gephi 0.6–0.7 wrote it (graphology reads it too)
  ["http://www.gephi.org/gexf", "1.0"],
]);
/** Values of the root's `version` attribute the reader accepts. */
export const GEXF_VERSIONS: readonly string[] = ["1.0", "1.1", "1.2", "1.3"];

/** Value of the `storygraph` key in `<keywords>` that marks a storygraph story export (what `toGexf` writes). */
export const STORY_GEXF_MARKER = "story-gexf/2";
/** The marker of storygraph/1 exports (entities and relations only), which `fromGexf` still reads. */
export const STORY_GEXF_MARKER_1 = "story-gexf/1";
/** Every marker `fromGexf` reads. */
export const STORY_GEXF_MARKERS: readonly string[] = [STORY_GEXF_MARKER_1, STORY_GEXF_MARKER];

/** `node_type` values: an entity or an event. */
export const NODE_TYPES = ["entity", "event"] as const;
/** `edge_type` values: a relation, or an event's participant. */
export const EDGE_TYPES = ["relation", "participation"] as const;

/** GEXF attribute value types storygraph writes. */
export type GexfAttributeType = "string" | "double" | "integer" | "boolean" | "liststring";

/** One declared attribute: GEXF `id` and `title` are the same name. */
export interface AttributeSpec {
  readonly id: string;
  readonly type: GexfAttributeType;
}

/**
 * The attribute of each time qualifier (`start` → `start_time`, after Wikidata's P580 "start
 * time"; not `start`, which networkx and Gephi reserve for dynamics), and of its inferred reason.
 */
export const QUALIFIER_ATTRIBUTES = [
  { qualifier: "start", id: "start_time", inferred: "start_time_inferred" },
  { qualifier: "end", id: "end_time", inferred: "end_time_inferred" },
  { qualifier: "pointInTime", id: "point_in_time", inferred: "point_in_time_inferred" },
  { qualifier: "announced", id: "announced", inferred: "announced_inferred" },
] as const;

/** What relations (edges) and events (nodes) both carry: qualifiers, description and citations. */
const CLAIM_ATTRIBUTES = [
  { id: "modalities", type: "string" },
  { id: "amount", type: "double" },
  { id: "currency", type: "string" },
  { id: "amount_scope", type: "string" },
  { id: "amount_inferred", type: "string" },
  ...QUALIFIER_ATTRIBUTES.flatMap((q) => [
    { id: q.id, type: "string" as const },
    { id: q.inferred, type: "string" as const },
  ]),
  { id: "description", type: "string" },
  { id: "quote", type: "string" },
  { id: "citation_count", type: "integer" },
  { id: "citations", type: "string" },
] as const satisfies readonly AttributeSpec[];

/** Node attributes, in declaration order (entity attributes, then event ones). */
export const NODE_ATTRIBUTES: readonly AttributeSpec[] = [
  { id: "node_type", type: "string" },
  { id: "kind", type: "string" },
  { id: "wikidata", type: "string" },
  { id: "aliases", type: "liststring" },
  { id: "event_label", type: "string" },
  { id: "about", type: "liststring" },
  ...CLAIM_ATTRIBUTES,
];

/** Edge attributes, in declaration order. */
export const EDGE_ATTRIBUTES: readonly AttributeSpec[] = [
  { id: "edge_type", type: "string" },
  { id: "kind", type: "string" },
  { id: "symmetric", type: "boolean" },
  { id: "role", type: "string" },
  ...CLAIM_ATTRIBUTES,
];

/**
 * A `liststring` value in the syntax Gephi (graphstore ArraysParser) and graphology-gexf read:
 * `["a", "b,c"]`, each item double-quoted with `\` and `"` escaped by a backslash, so that commas,
 * brackets and quotes inside items survive (graphology-gexf's own writer leaves items unquoted).
 */
export function encodeList(items: readonly string[]): string {
  return "[" + items.map((s) => '"' + s.replace(/[\\"]/g, "\\$&") + '"').join(", ") + "]";
}

/**
 * Parse a GEXF list value. `[…]` lists hold items separated by commas, each either quoted (`"…"` or
 * `'…'`, backslash escapes; `\n`, `\t`, `\r` as graphology-gexf writes them) or bare (trimmed);
 * without brackets, values are split on `|` (GEXF 1.2 as graphology-gexf writes it) or else on `,`.
 */
export function decodeList(value: string): string[] {
  const v = value.trim();
  if (!(v.startsWith("[") && v.endsWith("]"))) {
    if (v === "") return [];
    return (v.includes("|") ? v.split("|") : v.split(",")).map((s) => s.trim());
  }
  const items: string[] = [];
  const body = v.slice(1, -1);
  let i = 0;
  const n = body.length;
  while (i < n) {
    while (i < n && /\s/.test(body[i]!)) i++;
    if (i >= n) break;
    const c = body[i]!;
    if (c === '"' || c === "'") {
      let item = "";
      i++;
      while (i < n && body[i] !== c) {
        if (body[i] === "\\" && i + 1 < n) {
          const e = body[i + 1]!;
          item += e === "n" ? "\n" : e === "t" ? "\t" : e === "r" ? "\r" : e;
          i += 2;
        } else item += body[i++];
      }
      i++;
      items.push(item);
      while (i < n && body[i] !== ",") i++;
    } else {
      const comma = body.indexOf(",", i);
      const stop = comma === -1 ? n : comma;
      items.push(body.slice(i, stop).trim());
      i = stop;
    }
    if (body[i] === ",") i++;
  }
  return items;
}
