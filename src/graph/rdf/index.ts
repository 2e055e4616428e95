/** RDF export of a story: quads, Turtle / TriG / N-Quads / JSON-LD, the JSON-LD context and the SHACL shapes. Re-exports only. */
export { PREFIXES, STORYGRAPH_NS, type Prefix } from "./namespaces.ts";
export { RDF_FORMATS, RDF_MEDIA_TYPES, DEFAULT_RDF_OPTIONS, resolveRdfOptions, isAbsoluteIri, type RdfFormat, type RdfOptions } from "./options.ts";
export { storyIris, type StoryIris } from "./iris.ts";
export { codePointIndex, type CodePointIndex } from "./offsets.ts";
export { storyQuads } from "./quads.ts";
export { writeRdf, writeQuads, toRdf } from "./writer.ts";
export { writeJsonLd } from "./jsonld.ts";
export { jsonLdContext, jsonLdContextText, CONTEXT_TERMS, type ContextTerm, type TermValue } from "./context.ts";
export { SHACL_SHAPES } from "./shapes.ts";
