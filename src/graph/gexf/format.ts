/**
 * The vocabulary storygraph's GEXF files use, shared by the writer and the reader: namespaces,
 * the marker that recognises our own exports, the declared node and edge attributes, and the
 * list syntax of `liststring` values.
 *
 * Where the story goes in the file (documented in README/docs):
 * - `<meta><description>` holds the article text, exactly (escaped; forbidden characters replaced);
 * - `<meta><keywords>` holds one JSON object: `{"storygraph":"story-gexf/1", "language", "title"?,
 *   "url"?, "published"?, "author"?, "noClaims":[{sentence, reason}]}`; the `storygraph` key is the
 *   marker that tells `fromGexf` the file is our own export (GEXF allows only creator, keywords
 *   and description in `<meta>`, and no graph-level attributes);
 * - entities are nodes, relations edges, with the attributes below;
 * - each edge's `citations` attribute is a JSON array of the citations of the model (sentence, quote,
 *   start, end, sentenceStart, sentenceEnd, occurrence when the quote stands more than once in its
 *   sentence, modality, attribution {kind, name?}, gloss).
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
]);
/** Values of the root's `version` attribute the reader accepts. */
export const GEXF_VERSIONS: readonly string[] = ["1.1", "1.2", "1.3"];

/** Value of the `storygraph` key in `<keywords>` that marks a storygraph story export. */
export const STORY_GEXF_MARKER = "story-gexf/1";

/** GEXF attribute value types storygraph writes. */
export type GexfAttributeType = "string" | "double" | "integer" | "boolean" | "liststring";

/** One declared attribute: GEXF `id` and `title` are the same name. */
export interface AttributeSpec {
  readonly id: string;
  readonly type: GexfAttributeType;
}

/** Node attributes, in declaration order. */
export const NODE_ATTRIBUTES = [
  { id: "kind", type: "string" },
  { id: "wikidata", type: "string" },
  { id: "aliases", type: "liststring" },
  { id: "description", type: "string" },
] as const satisfies readonly AttributeSpec[];

/** Edge attributes, in declaration order. */
export const EDGE_ATTRIBUTES = [
  { id: "kind", type: "string" },
  { id: "symmetric", type: "boolean" },
  { id: "modalities", type: "string" },
  { id: "amount", type: "double" },
  { id: "currency", type: "string" },
  { id: "amount_scope", type: "string" },
  { id: "date", type: "string" },
  { id: "date_precision", type: "string" },
  { id: "description", type: "string" },
  { id: "quote", type: "string" },
  { id: "citation_count", type: "integer" },
  { id: "citations", type: "string" },
] as const satisfies readonly AttributeSpec[];

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
