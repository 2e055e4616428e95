/**
 * `buildStory`: validate a story input and return the frozen story model.
 *
 * Two passes. The zod schema (schema.ts) checks shape; if the shape is wrong, its issues are
 * returned as `SchemaError`s (or `InvalidAmountError` for a non-number amount). Then the meaning
 * is checked: ids, entity references, domain/range rules, sentence ids, quotes anchored in their
 * sentences, offsets, dates, amounts, currencies, citations, attributions, no-claim notes.
 * Every problem is collected; if there is any, one `StoryValidationError` holds them all and
 * nothing half-built is returned.
 */
import { z } from "zod";
type $ZodIssue = z.core.$ZodIssue;
import { InvalidAmountError, MissingFieldError, SchemaError, StoryProblem, StoryValidationError, UnknownFieldError } from "../errors.ts";
import { formatPath } from "./json-path.ts";
import type { Story } from "../model.ts";
import { StorySchema, type StoryInput } from "./schema.ts";
import { compileShapeCheck } from "./schema-check.ts";
import { buildTypedStory } from "./meaning.ts";

const FN = "buildStory";

export { formatPath };

/** The value at `path` in `input`, and whether its last key is absent from its parent object. */
function isMissing(input: unknown, path: readonly PropertyKey[]): boolean {
  let parent: unknown = input;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== "object") return false;
    parent = (parent as Record<PropertyKey, unknown>)[key];
  }
  const last = path[path.length - 1];
  return (
    last !== undefined && parent !== null && typeof parent === "object" && !Array.isArray(parent) && !Object.hasOwn(parent, last)
  );
}

/** The field names the schema defines for the object at `path` (empty when it is not an object). */
function knownFields(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType | undefined = StorySchema;
  const unwrap = (s: z.ZodType | undefined) => (s instanceof z.ZodOptional ? (s.unwrap() as z.ZodType) : s);
  for (const key of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodArray && typeof key === "number") schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodObject && typeof key === "string") schema = (schema.shape as Record<string, z.ZodType>)[key];
    else return [];
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** Edit distance (insertions, deletions, substitutions), for "did you mean" hints. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = row;
  }
  return prev[b.length]!;
}

function unknownFieldProblem(objectPath: readonly PropertyKey[], key: string): StoryProblem {
  const known = knownFields(objectPath);
  const near = known.find((k) => k.toLowerCase() === key.toLowerCase()) ?? known.find((k) => editDistance(k, key) <= 2);
  const hint = near ? ` (did you mean "${near}"?)` : known.length ? ` (known fields: ${known.join(", ")})` : "";
  return new UnknownFieldError(FN, formatPath(objectPath), `unknown field "${key}"${hint}`, key);
}

function schemaProblems(issue: $ZodIssue, input: unknown): StoryProblem[] {
  const path = formatPath(issue.path);
  if (issue.code === "unrecognized_keys") return issue.keys.map((key) => unknownFieldProblem(issue.path, key));
  const last = issue.path.slice(-2).join(".");
  if (last === "amount.value") return [new InvalidAmountError(FN, path, `amount must be a finite number (${issue.message})`)];
  if (issue.code === "invalid_type" && isMissing(input, issue.path)) {
    return [new MissingFieldError(FN, path, `missing required field "${String(issue.path[issue.path.length - 1])}" (${issue.expected})`)];
  }
  return [new SchemaError(FN, path, issue.message)];
}

/**
 * Validate `input` (a parsed story file or the built-in data) and build the story model.
 *
 * @param input - anything; typically a `StoryInput`.
 * @returns the frozen, validated story, with every citation anchored to its offsets.
 * @throws {StoryValidationError} with every problem found, each a `StoryProblem` subclass
 *   (`UnknownEntityError`, `QuoteNotFoundError`, …) naming its JSON path.
 */
export function buildStory(input: unknown): Story {
  let data: StoryInput;
  // Valid shapes skip zod's parse, which would copy the whole input (see schema-check.ts);
  // the meaning pass copies what it keeps, so the caller's input is never frozen or kept.
  if (isStoryShape?.(input)) data = input as StoryInput;
  else {
    const parsed = StorySchema.safeParse(input);
    if (!parsed.success) {
      throw new StoryValidationError(FN, parsed.error.issues.flatMap((issue) => schemaProblems(issue, input)));
    }
    data = parsed.data;
  }
  return buildTypedStory(data);
}

const isStoryShape = compileShapeCheck(StorySchema);
