/**
 * Typed errors of the GEXF import and export (src/graph/gexf/). One class per kind of failure, all
 * deriving from `GexfError` (itself a `StorygraphError`). Messages start with the function name
 * (`fromGexf: …`) and name the offending element id or the line and column; tests check classes.
 */
import { nameErrorClasses, StorygraphError } from "../errors.ts";

/** Base class of every GEXF import/export failure. */
export class GexfError extends StorygraphError {}

/** The input is not well-formed XML 1.0 (or uses a feature the reader refuses, such as a DOCTYPE). */
export class GexfParseError extends GexfError {
  constructor(
    fn: string,
    /** 1-based line of the problem in the input. */
    readonly line: number,
    /** 1-based column (UTF-16 code units) of the problem. */
    readonly column: number,
    detail: string,
  ) {
    super(`${fn}: line ${line}, column ${column}: ${detail}`);
  }
}

/** The root element is not a GEXF root in a known namespace, or declares an unknown GEXF version. */
export class GexfVersionError extends GexfError {
  constructor(
    fn: string,
    /** The namespace URI of the root element (`""` when it has none). */
    readonly namespace: string,
    /** The `version` attribute of the root element, when present. */
    readonly version: string | undefined,
    detail: string,
  ) {
    super(`${fn}: ${detail}`);
  }
}

/** Well-formed XML that breaks a GEXF rule: a node without id, a value not of its declared type, … */
export class GexfFormatError extends GexfError {
  constructor(
    fn: string,
    /** Where: `node "a"`, `edge "r1"`, `attribute "amount" of edge "r1"`, `meta`, `graph`. */
    readonly where: string,
    detail: string,
  ) {
    super(`${fn}: ${where}: ${detail}`);
  }
}

/** Two nodes, two edges or two attribute declarations of one class share an id. */
export class GexfDuplicateIdError extends GexfError {
  constructor(
    fn: string,
    readonly what: "node" | "edge" | "attribute",
    readonly id: string,
  ) {
    super(`${fn}: ${what} id "${id}" is used twice`);
  }
}

/** An edge names a source or target node the file does not declare. */
export class GexfDanglingEdgeError extends GexfError {
  constructor(
    fn: string,
    readonly edge: string,
    readonly end: "source" | "target",
    readonly node: string,
  ) {
    super(`${fn}: edge "${edge}": its ${end} "${node}" is not a node of the graph`);
  }
}

/** Every GEXF error class, by name (named by `nameErrorClasses`). */
export const GEXF_ERROR_CLASSES = { GexfError, GexfParseError, GexfVersionError, GexfFormatError, GexfDuplicateIdError, GexfDanglingEdgeError } as const;
nameErrorClasses(GEXF_ERROR_CLASSES);
