/**
 * storygraph/1 story files: their schema (frozen as it was) and their conversion to storygraph/2.
 *
 * A storygraph/1 file still loads: `buildStory` recognises it (its `format`, or, when it has none,
 * a citation `modality` or `attribution`, or a relation `date`), checks its shape with this
 * schema, converts it with `migrateStory1`, and validates the result like any storygraph/2 input,
 * with notices saying what the conversion read. `storygraph migrate` writes the converted file.
 *
 * The conversion, field by field:
 * - `format` becomes `storygraph/2`; article, entities and no-claim notes are unchanged (the
 *   three storygraph/1 entity kinds and seven relation kinds are kinds of the news core);
 * - a relation's one `date` becomes its `start` (storygraph/1 had one date per relation: for a
 *   state, such as a partnership, it is when it began; a notice asks the author to check it);
 * - a citation's `modality` becomes its factuality: `asserted` and `reported` → certain,
 *   `hedged` → probable, `hypothetical` → possible, all positive; `negated` → certain, negative;
 *   its `attribution` becomes its one named source (`sources: [attribution]`);
 * - qualifiers are checked against the quotes as any storygraph/2 file's are, but one that no
 *   quote states is kept, marked `inferred` ("storygraph/1 qualifier, not stated by its quotes"),
 *   with a notice, instead of failing the file.
 * Problems and notices name the paths of the file as written (`relations[2].date`, not `start`).
 */
import { z } from "zod";
import type { CitationInput, RelationInput, StoryInput } from "./schema.ts";
import { STORY_FORMAT, STORY_FORMAT_1 } from "./story-format.ts";

/** Entity kinds of storygraph/1. */
export const ENTITY_KINDS_1 = ["organization", "person", "field"] as const;
/** Relation kinds of storygraph/1 (all kinds of the news core, with the same meaning). */
export const RELATION_KINDS_1 = ["founded", "invested", "partnered", "diverges-from", "seeks", "depends-on", "pursues"] as const;
/** Citation modalities of storygraph/1. */
export const MODALITIES_1 = ["asserted", "hedged", "reported", "hypothetical", "negated"] as const;

const id = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, "ids are lowercase letters, digits, '.', '_' or '-'");
const sentenceId = z.string().regex(/^s[1-9][0-9]*$/, "sentence ids are s1, s2, …");
const date = z.string().regex(/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/, "dates are YYYY, YYYY-MM or YYYY-MM-DD");

export const Story1Schema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(STORY_FORMAT_1).optional(),
  article: z.strictObject({
    text: z.string(),
    language: z.string().min(2),
    title: z.string().optional(),
    url: z.string().optional(),
    published: date.optional(),
    author: z.string().optional(),
  }),
  entities: z.array(
    z.strictObject({
      id,
      kind: z.enum(ENTITY_KINDS_1),
      label: z.string().min(1),
      aliases: z.array(z.string().min(1)).optional(),
      wikidata: z.string().regex(/^Q[1-9][0-9]*$/, "Wikidata ids are Q followed by digits").optional(),
      description: z.string().optional(),
    }),
  ),
  relations: z.array(
    z.strictObject({
      id,
      kind: z.enum(RELATION_KINDS_1),
      source: id,
      target: id,
      date: date.optional(),
      amount: z.strictObject({ value: z.number(), currency: z.string(), scope: z.enum(["tranche", "total"]) }).optional(),
      description: z.string().optional(),
      citations: z.array(
        z.strictObject({
          sentence: sentenceId,
          quote: z.string().min(1),
          occurrence: z.number().int().min(1).optional(),
          start: z.number().int().min(0).optional(),
          end: z.number().int().min(0).optional(),
          modality: z.enum(MODALITIES_1),
          attribution: z.string().min(1).optional(),
          gloss: z.string().min(1),
        }),
      ),
    }),
  ),
  noClaims: z.array(z.strictObject({ sentence: sentenceId, reason: z.string().min(1) })).optional(),
});

/** A storygraph/1 story file. */
export type Story1Input = z.infer<typeof Story1Schema>;

/**
 * True when `input` is a storygraph/1 file: its `format` says so, or it has no `format` and
 * uses a field only storygraph/1 has (a citation `modality` or `attribution`, a relation `date`).
 */
export function isStory1(input: unknown): boolean {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return false;
  const format = (input as { format?: unknown }).format;
  if (format !== undefined) return format === STORY_FORMAT_1;
  const relations = (input as { relations?: unknown }).relations;
  if (!Array.isArray(relations)) return false;
  for (const r of relations) {
    if (r === null || typeof r !== "object") continue;
    if ("date" in r) return true;
    const citations = (r as { citations?: unknown }).citations;
    if (!Array.isArray(citations)) continue;
    for (const c of citations) if (c !== null && typeof c === "object" && ("modality" in c || "attribution" in c)) return true;
  }
  return false;
}

const FACTUALITY_1: Readonly<Record<(typeof MODALITIES_1)[number], CitationInput["factuality"]>> = {
  asserted: { polarity: "positive", certainty: "certain" },
  reported: { polarity: "positive", certainty: "certain" },
  hedged: { polarity: "positive", certainty: "probable" },
  hypothetical: { polarity: "positive", certainty: "possible" },
  negated: { polarity: "negative", certainty: "certain" },
};

/** The result of converting a storygraph/1 story. */
export interface Migration {
  /** The story as storygraph/2 input. */
  readonly input: StoryInput;
  /** Notices to give the author: `[path in the file as written, message]`. */
  readonly notices: readonly (readonly [string, string])[];
  /** Turns a path of `input` into the path of the same value in the storygraph/1 file. */
  readonly mapPath: (path: string) => string;
  /** Paths of `reported` citations without the `attribution` storygraph/1 required (a problem, not converted). */
  readonly unsourced: readonly string[];
}

/** The reason the loader gives a storygraph/1 qualifier that no quote states. */
export const UNGROUNDED_1_REASON = "storygraph/1 qualifier, not stated by its quotes";

/**
 * Convert a storygraph/1 story (shape already checked) to storygraph/2 input (see the module
 * header for the rules). Pure: the input is not changed.
 *
 * @param story - a storygraph/1 story file, parsed.
 * @returns the storygraph/2 input, the notices, and the path map back to the file.
 */
export function migrateStory1(story: Story1Input): Migration {
  const notices: [string, string][] = [];
  const unsourced: string[] = [];
  notices.push(["", `converted from ${STORY_FORMAT_1} to ${STORY_FORMAT}; \`storygraph migrate FILE\` writes the converted file`]);
  const relations: RelationInput[] = story.relations.map((r, i) => {
    const out: { -readonly [K in keyof RelationInput]: RelationInput[K] } = { id: r.id, kind: r.kind, source: r.source, target: r.target } as RelationInput;
    if (r.date !== undefined) {
      out.start = r.date;
      notices.push([`relations[${i}].date`, `"${r.date}" read as the start of "${r.id}" (storygraph/1 had one date per relation); if it is a point in time or an announcement date, write it as "pointInTime" or "announced"`]);
    }
    if (r.amount) out.amount = { value: r.amount.value, currency: r.amount.currency, scope: r.amount.scope };
    if (r.description !== undefined) out.description = r.description;
    out.citations = r.citations.map((c, j) => {
      if (c.modality === "reported" && c.attribution === undefined) unsourced.push(`relations[${i}].citations[${j}].attribution`);
      const citation: { -readonly [K in keyof CitationInput]: CitationInput[K] } = { sentence: c.sentence, quote: c.quote } as CitationInput;
      if (c.occurrence !== undefined) citation.occurrence = c.occurrence;
      if (c.start !== undefined) citation.start = c.start;
      if (c.end !== undefined) citation.end = c.end;
      citation.factuality = { ...FACTUALITY_1[c.modality] };
      if (c.attribution !== undefined) citation.sources = [c.attribution];
      citation.gloss = c.gloss;
      return citation;
    });
    return out;
  });
  const input: StoryInput = {
    format: STORY_FORMAT,
    article: { ...story.article },
    entities: story.entities.map((e) => ({ ...e, ...(e.aliases && { aliases: [...e.aliases] }) })),
    relations,
    ...(story.noClaims && { noClaims: story.noClaims.map((n) => ({ ...n })) }),
  };
  return { input, notices, mapPath: pathInStory1, unsourced };
}

const CITATION_FIELD = /^(relations\[\d+\]\.citations\[\d+\])\.(factuality|sources)(?:\.[a-z]+|\[0\](?:\.[a-z]+)?)?$/;
const RELATION_START = /^(relations\[\d+\])\.start(?:\.value)?$/;

/** The storygraph/1 path of a value of the converted input. */
export function pathInStory1(path: string): string {
  const c = CITATION_FIELD.exec(path);
  if (c) return `${c[1]}.${c[2] === "factuality" ? "modality" : "attribution"}`;
  const r = RELATION_START.exec(path);
  if (r) return `${r[1]}.date`;
  return path;
}
