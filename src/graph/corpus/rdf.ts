/**
 * A corpus as RDF: each story's quads in its own named graph (its base, its graph IRI), merged
 * entities under one IRI (see build.ts), written as N-Quads or TriG; Turtle would lose the
 * graphs, so it is not offered for a corpus.
 */
import type { Quad } from "n3";
import { InvalidArgumentError } from "../errors.ts";
import { storyQuads } from "../rdf/quads.ts";
import { writeQuads } from "../rdf/writer.ts";
import type { Corpus } from "./build.ts";

/** Formats a corpus is written in (one named graph per story). */
export const CORPUS_RDF_FORMATS = ["nquads", "trig"] as const;
/** One of `CORPUS_RDF_FORMATS`. */
export type CorpusRdfFormat = (typeof CORPUS_RDF_FORMATS)[number];

/** The quads of every story of the corpus, story by story. */
export function* corpusQuads(corpus: Corpus): Generator<Quad> {
  for (const m of corpus.members) yield* storyQuads(m.story, m.rdf);
}

/**
 * The corpus as N-Quads or TriG, in chunks.
 *
 * @throws {InvalidArgumentError} for another format.
 */
export function* writeCorpusRdf(corpus: Corpus, format: CorpusRdfFormat): Generator<string> {
  if (!(CORPUS_RDF_FORMATS as readonly string[]).includes(format)) throw new InvalidArgumentError("writeCorpusRdf", "format", `unknown format "${String(format)}" (known: ${CORPUS_RDF_FORMATS.join(", ")})`);
  yield* writeQuads(corpusQuads(corpus), format);
}
