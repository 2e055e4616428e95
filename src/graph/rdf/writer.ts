/**
 * `writeRdf`: a story as Turtle, TriG, N-Quads or JSON-LD, in chunks, with N3.js for the first
 * three (its Writer abbreviates repeated subjects and prefixes, escapes literals and IRIs as the
 * grammars require) and writeJsonLd for the last. Nothing holds the whole output: each chunk
 * is written as the quads come from `storyQuads`.
 */
import { DataFactory, Writer, type Quad } from "n3";
import { InvalidArgumentError } from "../errors.ts";
import type { Story } from "../model.ts";
import { writeJsonLd } from "./jsonld.ts";
import { PREFIXES } from "./namespaces.ts";
import { RDF_FORMATS, resolveRdfOptions, type RdfFormat, type RdfOptions } from "./options.ts";
import { storyQuads } from "./quads.ts";
import { storyIris } from "./iris.ts";

/** Quads per chunk handed to the caller. */
const CHUNK_QUADS = 512;

const N3_FORMATS = { turtle: "Turtle", trig: "TriG", nquads: "N-Quads" } as const;

/**
 * Serialise quads with N3.js's Writer, yielding what it has written every `CHUNK_QUADS` quads.
 *
 * @param quads - the quads to write.
 * @param format - `turtle` (the quads' graph names are dropped), `trig` or `nquads`.
 */
export function* writeQuads(quads: Iterable<Quad>, format: Exclude<RdfFormat, "jsonld">): Generator<string> {
  const parts: string[] = [];
  const sink = { write: (chunk: string, _enc?: unknown, done?: () => void) => void (parts.push(chunk), done?.()), end: (done?: () => void) => done?.() };
  const writer = new Writer(sink, { format: N3_FORMATS[format], ...(format !== "nquads" && { prefixes: { ...PREFIXES } }) });
  const drain = () => {
    const text = parts.join("");
    parts.length = 0;
    return text;
  };
  let n = 0;
  for (const q of quads) {
    writer.addQuad(format === "turtle" ? DataFactory.quad(q.subject, q.predicate, q.object) : q);
    if (++n % CHUNK_QUADS === 0) {
      const text = drain();
      if (text) yield text;
    }
  }
  writer.end();
  const rest = drain();
  if (rest) yield rest;
}

/**
 * The story as RDF in `format`, in chunks (concatenate them, or write them to a stream).
 *
 * @param story - a validated story.
 * @param format - `turtle`, `trig`, `nquads` or `jsonld`.
 * @param options - base IRI, graph IRI, quote context, entity IRIs (see `RdfOptions`).
 * @throws {InvalidArgumentError} for an unknown format or an invalid option.
 */
export function* writeRdf(story: Story, format: RdfFormat, options: Partial<RdfOptions> = {}): Generator<string> {
  if (!(RDF_FORMATS as readonly string[]).includes(format)) throw new InvalidArgumentError("writeRdf", "format", `unknown format "${String(format)}" (known: ${RDF_FORMATS.join(", ")})`);
  const resolved = resolveRdfOptions(options, "writeRdf");
  const quads = storyQuads(story, resolved);
  if (format === "jsonld") yield* writeJsonLd(quads, storyIris(story.vocabulary, resolved).graph);
  else yield* writeQuads(quads, format);
}

/** `writeRdf`'s chunks joined into one string. */
export function toRdf(story: Story, format: RdfFormat, options: Partial<RdfOptions> = {}): string {
  return [...writeRdf(story, format, options)].join("");
}
