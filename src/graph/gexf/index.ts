/** GEXF export and import of stories. Re-exports only. */
export * from "./errors.ts";
export { xmlSafe, XML_REPLACEMENT, escapeAttribute, escapeText } from "./xml.ts";
export { encodeList, decodeList, STORY_GEXF_MARKER, STORY_GEXF_MARKER_1, STORY_GEXF_MARKERS, GEXF_NS, VIZ_NS, NODE_ATTRIBUTES, EDGE_ATTRIBUTES } from "./format.ts";
export { DEFAULT_GEXF_OPTIONS, GEXF_DATE_MODES, resolveGexfOptions, type GexfOptions, type GexfDateMode, type RgbColor } from "./options.ts";
export { layoutPositions, type LayoutOptions, type Point } from "./layout.ts";
export { writeGexf, toGexf, relationLabel, eventNodeLabel, participationLabel } from "./writer.ts";
export { fromGexf, fromGexfChunks, decodeGexf, type GexfImport, type FromGexfOptions } from "./reader.ts";
export type { GexfWarning } from "./graph-builder.ts";
export { XmlTokenizer, XmlAttributes, type XmlSink, type XmlPosition } from "./tokenizer.ts";
export type * from "./untyped.ts";
