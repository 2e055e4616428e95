/**
 * Typed errors of the GEXF import and export (src/graph/gexf/). One class per kind of failure, all
 * deriving from `GexfError` (itself a `StorygraphError`). Messages start with the function name
 * (`fromGexf: …`) and name the offending element; tests check classes and fields.
 *
 * Every `GexfError` carries the location fields story problems carry (`ProblemLocation`): `path`,
 * where in the document (`node "a"`, `edge "r1"`, `attribute "amount" of edge "r1"`, `meta`,
 * `graph`, or `""` for the document itself), `line` and `column` of the offending element (its
 * start tag) when the reader knows them, and `file` when the caller named the file. They are
 * given at construction and read-only.
 */
import { LocatedError, nameErrorClasses, type ProblemPlace } from "../errors.ts";

/** Base class of every GEXF import/export failure. */
export class GexfError extends LocatedError {
  /**
   * @param fn - the function that failed (starts the message).
   * @param path - where in the document (`""`: the document).
   * @param detail - what is wrong.
   * @param place - line, column and file, when known.
   * @param message - the whole message, when it is not `fn: path: detail`.
   */
  constructor(fn: string, path: string, detail: string, place: ProblemPlace = {}, message?: string) {
    super(message ?? `${fn}: ${path || "(document)"}: ${detail}`, path, detail, place);
  }
}

/** The input is not well-formed XML 1.0 (or uses a feature the reader refuses, such as a DOCTYPE). */
export class GexfParseError extends GexfError {
  /** 1-based line of the problem in the input. */
  declare readonly line: number;
  /** 1-based column (UTF-16 code units) of the problem. */
  declare readonly column: number;
  constructor(fn: string, line: number, column: number, detail: string, file?: string) {
    super(fn, "", detail, { line, column, file }, `${fn}: line ${line}, column ${column}: ${detail}`);
  }
}

/** The root element is not a GEXF root in a known namespace, or declares an unknown GEXF version (or storygraph export format). */
export class GexfVersionError extends GexfError {
  constructor(
    fn: string,
    /** The namespace URI of the root element (`""` when it has none, or for a storygraph marker). */
    readonly namespace: string,
    /** The `version` attribute of the root element (or the storygraph marker), when present. */
    readonly version: string | undefined,
    detail: string,
    place: ProblemPlace = {},
    path = "",
  ) {
    super(fn, path, detail, place, path ? `${fn}: ${path}: ${detail}` : `${fn}: ${detail}`);
  }
}

/** Well-formed XML that breaks a GEXF rule (a node without id, a value not of its declared type, …) or the rules of a storygraph export. */
export class GexfFormatError extends GexfError {
  /** The same as `path` (its name before the location fields): `node "a"`, `edge "r1"`, `attribute "amount" of edge "r1"`, `meta`, `graph`. */
  readonly where: string;
  constructor(fn: string, where: string, detail: string, place: ProblemPlace = {}) {
    super(fn, where, detail, place);
    this.where = where;
  }
}

/** Two nodes, two edges or two attribute declarations of one class share an id. */
export class GexfDuplicateIdError extends GexfError {
  constructor(
    fn: string,
    readonly what: "node" | "edge" | "attribute",
    readonly id: string,
    place: ProblemPlace = {},
    /** For an attribute: its class (`node attribute "0"`). */
    cls?: "node" | "edge",
  ) {
    const path = what === "attribute" ? `${cls ?? ""}${cls ? " " : ""}attribute "${id}"` : `${what} "${id}"`;
    super(fn, path, `${what} id "${id}" is used twice`, place, `${fn}: ${what} id "${id}" is used twice`);
  }
}

/** An edge names a source or target node the file does not declare. */
export class GexfDanglingEdgeError extends GexfError {
  constructor(
    fn: string,
    readonly edge: string,
    readonly end: "source" | "target",
    readonly node: string,
    place: ProblemPlace = {},
  ) {
    super(fn, `edge "${edge}"`, `its ${end} "${node}" is not a node of the graph`, place);
  }
}

/** Every GEXF error class, by name (named by `nameErrorClasses`). */
export const GEXF_ERROR_CLASSES = { GexfError, GexfParseError, GexfVersionError, GexfFormatError, GexfDuplicateIdError, GexfDanglingEdgeError } as const;
nameErrorClasses(GEXF_ERROR_CLASSES);
