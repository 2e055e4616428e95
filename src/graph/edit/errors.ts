/**
 * Errors of the edit operations (src/graph/edit/): one class per kind of failure, under
 * `EditError`. Messages start with the function's name and name the offsets or id at fault.
 */
import { StorygraphError, nameErrorClasses } from "../errors.ts";

/** Base class of the errors an edit of a story draft throws. */
export class EditError extends StorygraphError {}

/** A selection that holds no word (only spaces, or nothing). */
export class EmptySelectionError extends EditError {
  constructor(
    fn: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(`${fn}: article[${start}…${end}]: the selection holds no word`);
  }
}

/** A selection that runs across sentences: a citation quotes words of one sentence. */
export class CrossSentenceSelectionError extends EditError {
  constructor(
    fn: string,
    readonly start: number,
    readonly end: number,
    /** The sentence ids the selection touches, in article order. */
    readonly sentences: readonly string[],
  ) {
    super(`${fn}: article[${start}…${end}]: the selection runs across ${sentences.join(", ")}; a citation quotes words of one sentence`);
  }
}

/** An edit that would clash with the draft: an id already taken, an alias already given, a claim without a citation. */
export class EditConflictError extends EditError {
  constructor(
    fn: string,
    readonly path: string,
    detail: string,
  ) {
    super(`${fn}: ${path}: ${detail}`);
  }
}

nameErrorClasses({ EditError, EmptySelectionError, CrossSentenceSelectionError, EditConflictError });
