/** GEXF export and import of stories. Re-exports only. */
export * from "./errors.ts";
export { xmlSafe, XML_REPLACEMENT, escapeAttribute, escapeText } from "./xml.ts";
export { encodeList, decodeList, STORY_GEXF_MARKER, GEXF_NS, VIZ_NS } from "./format.ts";
export { DEFAULT_GEXF_OPTIONS, GEXF_DATE_MODES, resolveGexfOptions, type GexfOptions, type GexfDateMode, type RgbColor } from "./options.ts";
export { layoutPositions, type LayoutOptions, type Point } from "./layout.ts";
export { writeGexf, toGexf, relationLabel } from "./writer.ts";
export { fromGexf, fromGexfChunks, type GexfImport } from "./reader.ts";
export { XmlTokenizer, XmlAttributes, type XmlSink } from "./tokenizer.ts";
export type * from "./untyped.ts";
