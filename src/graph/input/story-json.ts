/**
 * `toStoryInput` / `toStoryJson`: a validated story back to the story file format (the shape
 * `buildStory` and `parseStoryJson` read). Citations keep their quote and sentence, plus their
 * offsets (which the loader checks), and `occurrence` when the quote stands more than once in its
 * sentence, so that `buildStory(toStoryInput(story))` rebuilds an equal story.
 */
import { allIndexesOf } from "../anchor.ts";
import type { Citation, Story } from "../model.ts";
import type { CitationInput, StoryInput } from "./schema.ts";
import { STORY_FORMAT, STORY_SCHEMA_ID } from "./story-format.ts";

function citationInput(c: Citation, sentenceText: string): CitationInput {
  const hits = allIndexesOf(sentenceText, c.quote);
  const occurrence = hits.indexOf(c.sentenceStart) + 1;
  return {
    sentence: c.sentence,
    quote: c.quote,
    ...(hits.length > 1 && { occurrence }),
    start: c.start,
    end: c.end,
    modality: c.modality,
    ...(c.attribution.kind === "source" && { attribution: c.attribution.name }),
    gloss: c.gloss,
  };
}

/** The story as a story-file object (without `$schema`). */
export function toStoryInput(story: Story): StoryInput {
  const sentenceText = new Map(story.sentences.map((s) => [s.id, s.text]));
  return {
    format: STORY_FORMAT,
    article: { ...story.article },
    entities: story.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      label: e.label,
      ...(e.aliases.length > 0 && { aliases: [...e.aliases] }),
      ...(e.wikidata !== undefined && { wikidata: e.wikidata }),
      ...(e.description !== undefined && { description: e.description }),
    })),
    relations: story.relations.map((r) => ({
      id: r.id,
      kind: r.kind,
      source: r.source,
      target: r.target,
      ...(r.date && { date: r.date.value }),
      ...(r.amount && { amount: { ...r.amount } }),
      ...(r.description !== undefined && { description: r.description }),
      citations: r.citations.map((c) => citationInput(c, sentenceText.get(c.sentence) ?? "")),
    })),
    noClaims: story.noClaims.map((n) => ({ ...n })),
  };
}

/** Options of `toStoryJson`. */
export interface StoryJsonOptions {
  /** Value of `$schema` (where editors find the JSON Schema); `null` to leave it out. */
  readonly schema?: string | null;
  /** Indentation, as for `JSON.stringify`. */
  readonly indent?: number;
}

/** The story as story-file JSON text, with `$schema` first so editors can autocomplete. */
export function toStoryJson(story: Story, options: StoryJsonOptions = {}): string {
  const schema = options.schema === undefined ? STORY_SCHEMA_ID : options.schema;
  const body = toStoryInput(story);
  return JSON.stringify(schema === null ? body : { $schema: schema, ...body }, null, options.indent ?? 2) + "\n";
}
