/**
 * Typed errors of storygraph.
 *
 * One class per kind of failure, all deriving from `StorygraphError`. Messages start with the
 * name of the function that raised them and name the offending path or id, e.g.
 * `buildStory: relations[3].citations[0].quote: quote not found in s2 …`.
 * Callers (and tests) should test the class, never the message text.
 *
 * Story validation collects every problem before failing: each problem is a `StoryProblem`
 * subclass carrying its JSON path (and, where known, line and column in the source file, given
 * when it is constructed), and they are thrown together inside one `StoryValidationError`.
 */

/** Base class of every error storygraph throws on purpose. */
export class StorygraphError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * Where an input problem sits: the JSON path of the offending value (`relations[3].citations[0].quote`,
 * JS notation; `""` for the document itself) and, when the input came from a file, its line and
 * column there and the file's name. Story problems and GEXF input errors carry the same fields.
 */
export interface ProblemLocation {
  readonly path: string;
  /** 1-based line in the source file, when the input came from text. */
  readonly line?: number;
  /** 1-based column (in UTF-16 code units) in the source file, when known. */
  readonly column?: number;
  /** Source file name, when known. */
  readonly file?: string;
}

/** The parts of a location known only once the input's text is at hand: given at construction. */
export interface ProblemPlace {
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  readonly file?: string | undefined;
}

/**
 * Base class of the input errors that say where they are: story problems and GEXF errors carry
 * the same location fields, given at construction.
 */
export class LocatedError extends StorygraphError implements ProblemLocation {
  readonly path: string;
  /** The problem without its function name and path, for lists that show them separately. */
  readonly detail: string;
  readonly line?: number;
  readonly column?: number;
  readonly file?: string;
  /**
   * @param message - the whole message (it starts with the function's name).
   * @param path - where in the input (`""`: the document).
   * @param detail - what is wrong.
   * @param place - line, column and file, when known.
   */
  constructor(message: string, path: string, detail: string, place: ProblemPlace = {}) {
    super(message);
    this.path = path;
    this.detail = detail;
    if (place.line !== undefined) this.line = place.line;
    if (place.column !== undefined) this.column = place.column;
    if (place.file !== undefined) this.file = place.file;
  }
  /** A one-line human description: `file:line:col path: detail [Class]`. */
  describe(): string {
    return describeLocated(this, `${this.path || "(document)"}: ${this.detail} [${this.name}]`);
  }
}

/** Base class of one problem found in a story. Thrown grouped in a `StoryValidationError`. */
export class StoryProblem extends LocatedError {
  constructor(fn: string, path: string, detail: string, place: ProblemPlace = {}) {
    super(`${fn}: ${path || "(document)"}: ${detail}`, path, detail, place);
  }
}

/** `file:line:col text` (the parts that are known). */
export function describeLocated(place: ProblemPlace, text: string): string {
  const where = [place.file, place.line, place.column].filter((x) => x !== undefined).join(":");
  return `${where ? where + " " : ""}${text}`;
}

/** The input is not valid JSON (position in `line`/`column`). */
export class JsonSyntaxError extends StoryProblem {}
/** The file is not valid UTF-8. */
export class EncodingError extends StoryProblem {}
/** The file is larger than the loader accepts. */
export class FileTooLargeError extends StoryProblem {}
/** The JSON nests objects and arrays deeper than the loader accepts (a story needs 6 levels). */
export class NestingTooDeepError extends StoryProblem {}
/** A value has the wrong type or shape (the base of the shape problems below). */
export class SchemaError extends StoryProblem {}
/** A required field is missing. */
export class MissingFieldError extends SchemaError {}
/**
 * A field the format does not define (often a typo: `lable` for `label`). `path` is the object
 * holding it; `field` names the field (line and column point at the field itself).
 */
export class UnknownFieldError extends SchemaError {
  constructor(
    fn: string,
    path: string,
    detail: string,
    readonly field = "",
    place: ProblemPlace = {},
  ) {
    super(fn, path, detail, place);
  }
}
/** The article's language is not a BCP 47 tag `Intl.Segmenter` accepts. */
export class InvalidLanguageError extends SchemaError {}
/** The `format` is not one this version reads (`storygraph/1` or `storygraph/2`). */
export class UnknownFormatError extends SchemaError {}
/** A key appears twice in one JSON object (`JSON.parse` would silently keep the last one). */
export class DuplicateKeyError extends StoryProblem {}
/** The article text is empty or holds no sentence. */
export class EmptyArticleError extends StoryProblem {}
/** Two entities, relations, events or kinds share an id. */
export class DuplicateIdError extends StoryProblem {}
/** A claim, participant or source names an entity that the story does not declare. */
export class UnknownEntityError extends StoryProblem {}
/** A participant or an `about` names an event or claim that the story does not declare. */
export class UnknownClaimError extends StoryProblem {}
/** A kind (of entity, relation or event) that neither the news core nor the story's vocabulary declares. */
export class UnknownKindError extends StoryProblem {}
/** A story's own vocabulary is inconsistent: a kind that redefines one, a rule naming an unknown kind, a parent cycle. */
export class VocabularyError extends StoryProblem {}
/** A relation kind is not allowed between the kinds of its two entities (domain/range rule), or joins an entity to itself. */
export class RelationKindError extends StoryProblem {}
/** An event's participants break its kind's roles: unknown role, wrong kind of participant, a required role empty, one role filled twice. */
export class RoleError extends StoryProblem {}
/** A citation, note or suggestion names a sentence id the article does not have. */
export class UnknownSentenceError extends StoryProblem {}
/** A quote is not found in the sentence it cites. */
export class QuoteNotFoundError extends StoryProblem {}
/**
 * A quote starts or ends inside a grapheme cluster (`Intl.Segmenter`, granularity grapheme): it
 * splits a surrogate pair (half an emoji), a letter from its combining mark, or a flag. Quote
 * whole characters.
 */
export class GraphemeSplitError extends StoryProblem {}
/** A quote occurs more than once in its sentence and no `occurrence` picks one. */
export class AmbiguousQuoteError extends StoryProblem {}
/** A quote runs across a sentence boundary: a citation must stand in one sentence. */
export class CrossSentenceQuoteError extends StoryProblem {}
/** Explicit offsets given with a quote do not match where the quote stands, or a suggestion's words no longer stand at its offsets. */
export class OffsetMismatchError extends StoryProblem {}
/** A date is not a real `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date. */
export class InvalidDateError extends StoryProblem {}
/** Time qualifiers that contradict each other: an end before its start, a point in time beside a start or an end. */
export class TimeQualifierError extends StoryProblem {}
/** An amount is negative, not a number or not finite. */
export class InvalidAmountError extends StoryProblem {}
/**
 * A number the file writes that the loader cannot keep exactly: more significant digits than a
 * double holds (`9007199254740993`), too small for one (`1e-400` reads as 0) or subnormal.
 * `JSON.parse` would have changed it without a word.
 */
export class InexactNumberError extends StoryProblem {}
/** A currency is not an ISO 4217 code. */
export class UnknownCurrencyError extends StoryProblem {}
/**
 * A qualifier (a date or an amount) that none of its claim's quotes states: hand-typed data the
 * article does not support. Quote the words that state it, or mark it `inferred` with the reason.
 */
export class UngroundedQualifierError extends StoryProblem {}
/** A claim has no citation: a claim without a verifiable quote is a defect. */
export class MissingCitationError extends StoryProblem {}
/** A citation's source chain is inconsistent: a source the article never names (as whole words, in or before the cited sentence). */
export class SourceError extends StoryProblem {}
/** A sentence is both cited and declared as holding no claim, or declared twice. */
export class NoClaimConflictError extends StoryProblem {}

/** A quote holds no letter or digit (only spaces or punctuation): it verifies nothing. */
export class TrivialQuoteError extends StoryProblem {}
/** A claim cites the same words of the same sentence twice. */
export class DuplicateCitationError extends StoryProblem {}

/** Every `StoryProblem` class by name, e.g. to check a problem read back from JSON output. */
export const STORY_PROBLEM_CLASSES = {
  StoryProblem,
  JsonSyntaxError,
  EncodingError,
  FileTooLargeError,
  NestingTooDeepError,
  SchemaError,
  MissingFieldError,
  UnknownFieldError,
  InvalidLanguageError,
  UnknownFormatError,
  DuplicateKeyError,
  EmptyArticleError,
  DuplicateIdError,
  UnknownEntityError,
  UnknownClaimError,
  UnknownKindError,
  VocabularyError,
  RelationKindError,
  RoleError,
  UnknownSentenceError,
  QuoteNotFoundError,
  GraphemeSplitError,
  AmbiguousQuoteError,
  CrossSentenceQuoteError,
  OffsetMismatchError,
  InvalidDateError,
  TimeQualifierError,
  InvalidAmountError,
  InexactNumberError,
  UnknownCurrencyError,
  UngroundedQualifierError,
  MissingCitationError,
  SourceError,
  NoClaimConflictError,
  TrivialQuoteError,
  DuplicateCitationError,
} as const satisfies Record<string, abstract new (...args: never[]) => StoryProblem>;

/** Name of a `StoryProblem` class. */
export type StoryProblemName = keyof typeof STORY_PROBLEM_CLASSES;

/** How many problems the message of a `StoryValidationError` lists (`problems` keeps them all). */
export const MAX_LISTED_PROBLEMS = 100;

/**
 * One line per problem (`bullet` and its `describe()`), for the first `limit` of them, then
 * `… and N more problems` when there are more: what a message or a terminal shows of a long
 * list, in time and size bounded by `limit` whatever the number of problems.
 *
 * @param problems - the problems (e.g. `StoryValidationError.problems`), in order.
 * @param limit - how many to list (default `MAX_LISTED_PROBLEMS`); `Infinity` lists every one.
 * @param bullet - what starts each line (default `"  - "`, as a `StoryValidationError` message
 *   lists them; the "and N more" line is indented to match); `""` for bare lines.
 */
export function problemLines(problems: readonly LocatedError[], limit = MAX_LISTED_PROBLEMS, bullet = "  - "): string[] {
  const shown = Math.min(problems.length, Math.max(0, limit));
  const lines: string[] = [];
  for (let i = 0; i < shown; i++) lines.push(bullet + problems[i]!.describe());
  const rest = problems.length - shown;
  if (rest > 0) lines.push(`${" ".repeat(Math.max(0, bullet.length - 2))}… and ${rest} more problem${rest === 1 ? "" : "s"}`);
  return lines;
}

/**
 * Thrown when a story fails validation; holds every problem found, in input order. The message
 * gives the total and lists the first `MAX_LISTED_PROBLEMS` problems (see `problemLines`).
 */
export class StoryValidationError extends StorygraphError {
  readonly problems: readonly StoryProblem[];
  constructor(fn: string, problems: readonly StoryProblem[], file?: string) {
    const head = `${fn}: ${file ? file + ": " : ""}${problems.length} problem${problems.length === 1 ? "" : "s"} in story`;
    super([head, ...problemLines(problems)].join("\n"));
    this.problems = problems;
  }
}

/** A lookup found nothing: unknown entity, relation or sentence id, or a name nothing matches. */
export class NotFoundError extends StorygraphError {
  constructor(
    fn: string,
    readonly what: "entity" | "relation" | "event" | "claim" | "sentence" | "node",
    readonly key: string,
    hint = "",
  ) {
    super(`${fn}: no ${what} matches "${key}"${hint ? ` (${hint})` : ""}`);
  }
}

/** A name resolves to several entities where exactly one was needed. */
export class AmbiguousNameError extends StorygraphError {
  constructor(
    fn: string,
    readonly key: string,
    readonly candidates: readonly string[],
  ) {
    super(`${fn}: "${key}" matches several entities: ${candidates.join(", ")}`);
  }
}

/** A function was called with arguments it cannot use (bad filter value, bad option). */
export class InvalidArgumentError extends StorygraphError {
  constructor(
    fn: string,
    readonly argument: string,
    detail: string,
  ) {
    super(`${fn}: ${argument}: ${detail}`);
  }
}

/** A SPARQL endpoint or Graph Store refused a request or could not be reached: `status` is the HTTP status (0 when no answer came). */
export class EndpointError extends StorygraphError {
  constructor(
    fn: string,
    readonly url: string,
    readonly status: number,
    detail: string,
  ) {
    super(`${fn}: ${url}: ${detail}`);
  }
}

/**
 * Give each class its source name as its `name`, so that `error.name` (which `StorygraphError`
 * takes from `new.target.name`) survives minification: the viewer's build renames classes, and
 * the viewer lists problems by class name (`QuoteNotFoundError`, …). Object keys are never renamed.
 */
export function nameErrorClasses(classes: Readonly<Record<string, abstract new (...args: never[]) => Error>>): void {
  for (const [name, cls] of Object.entries(classes)) Object.defineProperty(cls, "name", { value: name, configurable: true });
}

/** Every error class of this module, by name (named by `nameErrorClasses`). */
export const ERROR_CLASSES = { StorygraphError, LocatedError, ...STORY_PROBLEM_CLASSES, StoryValidationError, NotFoundError, AmbiguousNameError, InvalidArgumentError, EndpointError } as const;
nameErrorClasses(ERROR_CLASSES);
