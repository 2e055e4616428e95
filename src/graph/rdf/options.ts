/**
 * Options of the RDF export: the interface, `DEFAULT_RDF_OPTIONS`, and `resolveRdfOptions`, which
 * merges partial options over the defaults and rejects every invalid value with an
 * `InvalidArgumentError` naming the option.
 */
import { InvalidArgumentError } from "../errors.ts";

/** The RDF serialisations `writeRdf` writes. `turtle` holds the story's triples without a graph name; the others name the story's graph. */
export const RDF_FORMATS = ["turtle", "trig", "nquads", "jsonld"] as const;
/** One of `RDF_FORMATS`. */
export type RdfFormat = (typeof RDF_FORMATS)[number];

/** Media type of each format (what a Graph Store or `Content-Type` expects). */
export const RDF_MEDIA_TYPES: Readonly<Record<RdfFormat, string>> = Object.freeze({
  turtle: "text/turtle",
  trig: "application/trig",
  nquads: "application/n-quads",
  jsonld: "application/ld+json",
});

/** Options of `writeRdf`, `toRdf` and `storyQuads` (defaults: `DEFAULT_RDF_OPTIONS`, checked by `resolveRdfOptions`). */
export interface RdfOptions {
  /**
   * Base IRI of the story's resources, ending with `/` or `#`: entities are `{base}entity/{id}`,
   * claims `{base}claim/{id}`, the article `{base}article`. Give every story its own base.
   */
  readonly base: string;
  /** IRI of the story's named graph (default `{base}graph`). */
  readonly graph: string | null;
  /** How many code points of the article before and after a quote the `oa:TextQuoteSelector` keeps as `oa:prefix` / `oa:suffix`. */
  readonly quoteContext: number;
  /**
   * IRIs to give some entities instead of `{base}entity/{id}` (entity id → IRI): a corpus gives
   * the entities it merges one IRI across its stories.
   */
  readonly entityIris: ReadonlyMap<string, string> | null;
}

/**
 * The defaults. `https://example.org/storygraph/` is a placeholder (example.org is reserved for
 * examples, so it never names anyone's real data): pass your own `base` for anything you publish.
 */
export const DEFAULT_RDF_OPTIONS: RdfOptions = Object.freeze({
  base: "https://example.org/storygraph/",
  graph: null,
  quoteContext: 32,
  entityIris: null,
});

/** An absolute IRI as RFC 3987 writes one, without the characters N-Triples forbids in an IRI. */
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/;

/** True when `value` is an absolute IRI that N-Quads and Turtle can write. */
export function isAbsoluteIri(value: string): boolean {
  return ABSOLUTE_IRI.test(value);
}

/**
 * Partial options merged over `DEFAULT_RDF_OPTIONS`, each value checked.
 *
 * @param options - the options to check; missing ones take their default.
 * @param fn - the name of the calling function, for the error message.
 * @throws {InvalidArgumentError} when `base` is not an absolute IRI ending with `/` or `#`, `graph`
 * is not an absolute IRI, `quoteContext` is not an integer 0–1000, or an `entityIris` value is not an absolute IRI.
 */
export function resolveRdfOptions(options: Partial<RdfOptions> = {}, fn = "resolveRdfOptions"): RdfOptions {
  if (options === null || typeof options !== "object") throw new InvalidArgumentError(fn, "options", "must be an object");
  const known = Object.keys(DEFAULT_RDF_OPTIONS);
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new InvalidArgumentError(fn, `options.${key}`, `unknown option (known: ${known.join(", ")})`);
  }
  const merged = { ...DEFAULT_RDF_OPTIONS, ...options };
  const bad = (name: string, detail: string) => new InvalidArgumentError(fn, `options.${name}`, detail);
  if (typeof merged.base !== "string" || !isAbsoluteIri(merged.base) || !/[/#]$/.test(merged.base)) {
    throw bad("base", `expected an absolute IRI ending with "/" or "#", got ${JSON.stringify(merged.base)}`);
  }
  if (merged.graph !== null && (typeof merged.graph !== "string" || !isAbsoluteIri(merged.graph))) {
    throw bad("graph", `expected an absolute IRI, got ${JSON.stringify(merged.graph)}`);
  }
  if (!Number.isInteger(merged.quoteContext) || merged.quoteContext < 0 || merged.quoteContext > 1000) {
    throw bad("quoteContext", `expected an integer from 0 to 1000, got ${JSON.stringify(merged.quoteContext)}`);
  }
  if (merged.entityIris !== null) {
    for (const [id, iri] of merged.entityIris) {
      if (!isAbsoluteIri(iri)) throw bad("entityIris", `entity "${id}": expected an absolute IRI, got ${JSON.stringify(iri)}`);
    }
  }
  return Object.freeze(merged);
}
