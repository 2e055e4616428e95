/**
 * `buildStory`: validate a story input and return the frozen story model.
 *
 * Steps: the format (`storygraph/2`; a `storygraph/1` file is recognised, checked with its own
 * schema and converted, with notices: format1.ts); the shape (the zod schema of schema.ts; its
 * issues become `SchemaError`s, `MissingFieldError`s, `UnknownFieldError`s with a "did you mean");
 * then the meaning (meaning.ts). Every problem is collected; if there is any, one
 * `StoryValidationError` holds them all and nothing half-built is returned.
 */
import { z } from "zod";
type $ZodIssue = z.core.$ZodIssue;
import { InvalidAmountError, MissingFieldError, SchemaError, SourceError, StoryValidationError, UnknownFormatError } from "../errors.ts";
import { freezeStory } from "../freeze.ts";
import type { Story } from "../model.ts";
import { didYouMean } from "../suggest.ts";
import { Story1Schema, UNGROUNDED_1_REASON, isStory1, migrateStory1 } from "./format1.ts";
import { formatPath } from "./json-path.ts";
import { checkMeaning } from "./meaning.ts";
import { ProblemList, type StoryNotice } from "./problems.ts";
import { StorySchema, type StoryInput } from "./schema.ts";
import { compileShapeCheck } from "./schema-check.ts";
import { STORY_FORMAT, STORY_FORMAT_1 } from "./story-format.ts";

const FN = "buildStory";

export { formatPath };

/** Options of `buildStory`. */
export interface BuildStoryOptions {
  /** Receives each notice (a storygraph/1 file converted, a qualifier kept as inferred), after a successful build. */
  readonly onNotice?: (notice: StoryNotice) => void;
}

/**
 * Validate `input` (a parsed story file or the built-in data) and build the story model.
 *
 * @param input - anything; typically a `StoryInput` (storygraph/2) or a storygraph/1 file.
 * @param options - `onNotice` receives what the loader changed (a storygraph/1 file converted).
 * @returns the frozen, validated story, with every citation anchored to its offsets.
 * @throws {StoryValidationError} with every problem found, each a `StoryProblem` subclass
 *   (`UnknownEntityError`, `QuoteNotFoundError`, `UngroundedQualifierError`, …) naming its JSON path.
 */
export function buildStory(input: unknown, options: BuildStoryOptions = {}): Story {
  const problems = new ProblemList(FN);
  const story = checkStoryInput(input, problems);
  if (!story || problems.size > 0) throw new StoryValidationError(FN, problems.finish());
  if (options.onNotice) for (const n of problems.notices()) options.onNotice(n);
  return story;
}

/**
 * The whole check of a story input, reporting to `problems` (with its notices): the frozen story,
 * or `null` when a problem was reported. The loader (load.ts) calls it with its own list, which
 * then builds each problem with its line and column.
 */
export function checkStoryInput(input: unknown, problems: ProblemList): Story | null {
  let data: StoryInput;
  const format = input !== null && typeof input === "object" && !Array.isArray(input) ? (input as { format?: unknown }).format : undefined;
  if (format !== undefined && format !== STORY_FORMAT && format !== STORY_FORMAT_1) {
    const known = `${STORY_FORMAT_1}, ${STORY_FORMAT}`;
    problems.add(UnknownFormatError, "format", `${JSON.stringify(format)} is not a story format this version reads (${known})${typeof format === "string" ? didYouMean(format, [STORY_FORMAT, STORY_FORMAT_1]) : ""}`);
    return null;
  }
  if (isStory1(input)) {
    const parsed = Story1Schema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) reportIssue(issue, input, problems, Story1Schema);
      return null;
    }
    const migration = migrateStory1(parsed.data);
    for (const path of migration.unsourced) problems.add(SourceError, path, "a reported claim needs the source the article names");
    problems.mapPath = migration.mapPath;
    for (const [path, message] of migration.notices) problems.notice(path, message);
    const story = checkMeaning(migration.input, problems, { ungrounded: { reason: UNGROUNDED_1_REASON } });
    return problems.size > 0 ? null : freezeStory(story);
  }
  // Valid shapes skip zod's parse, which would copy the whole input (see schema-check.ts);
  // the meaning pass copies what it keeps, so the caller's input is never frozen or kept.
  if (isStoryShape?.(input)) data = input as StoryInput;
  else {
    const parsed = StorySchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) reportIssue(issue, input, problems, StorySchema);
      return null;
    }
    data = parsed.data;
  }
  const story = checkMeaning(data, problems);
  return problems.size > 0 ? null : freezeStory(story);
}

const isStoryShape = compileShapeCheck(StorySchema);

/** True when the last key of `path` is absent from its parent object in `input`. */
function isMissing(input: unknown, path: readonly PropertyKey[]): boolean {
  let parent: unknown = input;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== "object") return false;
    parent = (parent as Record<PropertyKey, unknown>)[key];
  }
  const last = path[path.length - 1];
  return last !== undefined && parent !== null && typeof parent === "object" && !Array.isArray(parent) && !Object.hasOwn(parent, last);
}

/** The field names `schema` defines for the object at `path` (empty when it is not an object). */
function knownFields(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let at: z.ZodType | undefined = schema;
  const unwrap = (s: z.ZodType | undefined) => (s instanceof z.ZodOptional ? (s.unwrap() as z.ZodType) : s);
  for (const key of path) {
    at = unwrap(at);
    if (at instanceof z.ZodArray && typeof key === "number") at = at.element as z.ZodType;
    else if (at instanceof z.ZodObject && typeof key === "string") at = (at.shape as Record<string, z.ZodType>)[key];
    else if (at instanceof z.ZodUnion) {
      // the object option of a union (a source `{ name, entity }`, a qualifier `{ value, inferred }`)
      const option = (at.options as z.ZodType[]).find((o) => o instanceof z.ZodObject);
      if (!option || typeof key !== "string") return [];
      at = ((option as z.ZodObject).shape as Record<string, z.ZodType>)[key];
    } else return [];
  }
  at = unwrap(at);
  if (at instanceof z.ZodUnion) at = (at.options as z.ZodType[]).find((o) => o instanceof z.ZodObject);
  return at instanceof z.ZodObject ? Object.keys(at.shape) : [];
}

/** Report one zod issue as the problem it stands for. */
function reportIssue(issue: $ZodIssue, input: unknown, problems: ProblemList, schema: z.ZodType): void {
  const path = formatPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    const known = knownFields(schema, issue.path);
    for (const key of issue.keys) {
      const hint = didYouMean(key, known) || (known.length ? ` (known fields: ${known.join(", ")})` : "");
      problems.addUnknownField(path, key, `unknown field "${key.length > 200 ? key.slice(0, 200) + "…" : key}"${hint}`);
    }
    return;
  }
  if (issue.path.slice(-2).join(".") === "amount.value") {
    problems.add(InvalidAmountError, path, `amount must be a finite number (${issue.message})`);
    return;
  }
  if (issue.code === "invalid_type" && isMissing(input, issue.path)) {
    problems.add(MissingFieldError, path, `missing required field "${String(issue.path[issue.path.length - 1])}" (${issue.expected})`);
    return;
  }
  problems.add(SchemaError, path, issue.message);
}
