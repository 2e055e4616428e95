/**
 * `toStoryInput` / `toStoryJson`: a validated story back to the story file format (storygraph/2,
 * the shape `buildStory` and `parseStoryJson` read). Citations keep their quote and sentence,
 * plus their offsets (which the loader checks), and `occurrence` when the quote stands more than
 * once in its sentence; qualifiers are written as dates (or `{ value, inferred }`); the
 * vocabulary holds only the story's own kinds (the news core is implied). So
 * `buildStory(toStoryInput(story))` rebuilds an equal story.
 */
import { allIndexesOf } from "../anchor.ts";
import type { Amount, Citation, Claim, Story, TimeQualifier } from "../model.ts";
import { TIME_QUALIFIERS } from "../values.ts";
import { ownKinds } from "../vocabulary/resolve.ts";
import type { AmountInput, CitationInput, EventInput, RelationInput, SourceInput, StoryInput, TimeQualifierInput } from "./schema.ts";
import { STORY_FORMAT, STORY_SCHEMA_ID } from "./story-format.ts";

function citationInput(c: Citation, sentenceText: string): CitationInput {
  const hits = allIndexesOf(sentenceText, c.quote);
  const out: { -readonly [K in keyof CitationInput]: CitationInput[K] } = { sentence: c.sentence, quote: c.quote } as CitationInput;
  if (hits.length > 1) out.occurrence = hits.indexOf(c.sentenceStart) + 1;
  out.start = c.start;
  out.end = c.end;
  out.factuality = { polarity: c.factuality.polarity, certainty: c.factuality.certainty };
  const named: SourceInput[] = [];
  for (const s of c.sources) if (s.kind === "source") named.push(s.entity !== undefined ? { name: s.name, entity: s.entity } : s.name);
  if (named.length > 0) out.sources = named;
  out.gloss = c.gloss;
  return out;
}

function timeInput(q: TimeQualifier): TimeQualifierInput {
  return q.inferred !== undefined ? { value: q.value, inferred: q.inferred } : q.value;
}

function amountInput(a: Amount): AmountInput {
  const out: { -readonly [K in keyof AmountInput]: AmountInput[K] } = { value: a.value, currency: a.currency };
  if (a.scope !== undefined) out.scope = a.scope;
  if (a.inferred !== undefined) out.inferred = a.inferred;
  return out;
}

/** The fields relations and events share, in file order, after the type-specific ones. */
function claimTail(c: Claim, sentenceText: ReadonlyMap<string, string>, out: Record<string, unknown>): void {
  for (const name of TIME_QUALIFIERS) {
    const q = c[name];
    if (q) out[name] = timeInput(q);
  }
  if (c.amount) out["amount"] = amountInput(c.amount);
  if (c.description !== undefined) out["description"] = c.description;
  out["citations"] = c.citations.map((x) => citationInput(x, sentenceText.get(x.sentence) ?? ""));
}

/**
 * The story as a story-file object (storygraph/2, without `$schema`).
 *
 * @param story - a validated story.
 */
export function toStoryInput(story: Story): StoryInput {
  const sentenceText = new Map(story.sentences.map((s) => [s.id, s.text]));
  const vocabulary = ownKinds(story.vocabulary);
  const out: { -readonly [K in keyof StoryInput]: StoryInput[K] } = { format: STORY_FORMAT, article: { ...story.article } } as StoryInput;
  if (Object.keys(vocabulary).length > 0) out.vocabulary = JSON.parse(JSON.stringify(vocabulary)) as StoryInput["vocabulary"];
  out.entities = story.entities.map((e) => ({
    id: e.id,
    kind: e.kind,
    label: e.label,
    ...(e.aliases.length > 0 && { aliases: [...e.aliases] }),
    ...(e.wikidata !== undefined && { wikidata: e.wikidata }),
    ...(e.description !== undefined && { description: e.description }),
  }));
  out.relations = story.relations.map((r) => {
    const relation: Record<string, unknown> = { id: r.id, kind: r.kind, source: r.source, target: r.target };
    claimTail(r, sentenceText, relation);
    return relation as RelationInput;
  });
  if (story.events.length > 0) {
    out.events = story.events.map((e) => {
      const event: Record<string, unknown> = {
        id: e.id,
        kind: e.kind,
        label: e.label,
        participants: e.participants.map((p) => (p.type === "entity" ? { role: p.role, entity: p.id } : { role: p.role, event: p.id })),
      };
      if (e.about.length > 0) event["about"] = [...e.about];
      claimTail(e, sentenceText, event);
      return event as EventInput;
    });
  }
  out.noClaims = story.noClaims.map((n) => ({ ...n }));
  if (story.suggestions) out.suggestions = structuredClone(story.suggestions);
  return out;
}

/** Options of `toStoryJson`. */
export interface StoryJsonOptions {
  /** Value of `$schema` (where editors find the JSON Schema); `null` to leave it out. */
  readonly schema?: string | null;
  /** Indentation, as for `JSON.stringify`. */
  readonly indent?: number;
}

/**
 * The story as story-file JSON text, with `$schema` first so editors can autocomplete.
 *
 * @param story - a validated story.
 * @param options - `schema` (the `$schema` value, `null` for none), `indent` (2).
 */
export function toStoryJson(story: Story, options: StoryJsonOptions = {}): string {
  const schema = options.schema === undefined ? STORY_SCHEMA_ID : options.schema;
  const body = toStoryInput(story);
  return JSON.stringify(schema === null ? body : { $schema: schema, ...body }, null, options.indent ?? 2) + "\n";
}
