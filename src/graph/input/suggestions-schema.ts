/**
 * The `suggestions` section of a story file (storygraph/2, optional): what `storygraph init`
 * (`draftStory`, src/graph/draft/) read in the article text alone — candidate entity mentions,
 * the factuality cues and the date and amount expressions of each sentence. Suggestions are
 * **not claims**: no query, export or view reads them as such; they are hints for the person who
 * writes the claims. Defined once here with zod: the draft's types are inferred from it and the
 * shipped JSON Schema is generated from it (schema.ts).
 *
 * Offsets count UTF-16 code units from the start of the article text, `end` exclusive, as every
 * citation's do: `article.text.slice(start, end) === text`.
 */
import { z } from "zod";
import { CERTAINTIES, POLARITIES } from "../values.ts";

const sentenceId = z.string().regex(/^s[1-9][0-9]*$/, "sentence ids are s1, s2, …");
const offset = z.number().int().min(0);

/** The kinds of factuality cue `sentenceCues` finds. */
export const CUE_KINDS = ["source", "probable", "possible", "conditional", "negation"] as const;

/** One factuality cue: the words, where they stand, and what they suggest for a citation of that sentence. */
export const CueSchema = z.strictObject({
  kind: z.enum(CUE_KINDS).meta({
    description:
      "source: an attribution (selon, according to, said); probable: hedging (semble, seems, reportedly, the French reporting conditional); possible: could, may, pourrait; conditional: if, si, en cas de; negation: not, declined to, ne … pas.",
  }),
  text: z.string().min(1).meta({ description: "The matched words, exactly as the article writes them." }),
  start: offset,
  end: offset,
  certainty: z.enum(CERTAINTIES).optional().meta({ description: "The certainty these words suggest for a citation of the sentence." }),
  polarity: z.enum(POLARITIES).optional().meta({ description: "negative when the words negate." }),
  source: z.string().min(1).optional().meta({ description: "The source the words name (\"des sources proches du dossier\"), as the article writes it." }),
});

/** Where a suggested name stands: its sentence, offsets and exact words. */
export const MentionOccurrenceSchema = z.strictObject({
  sentence: sentenceId,
  start: offset,
  end: offset,
  text: z.string().min(1),
});

/** A candidate entity: a proper name and its repetitions, with a kind guess when the text gives one. */
export const MentionSuggestionSchema = z.strictObject({
  name: z.string().min(1).meta({ description: "The longest form of the name in the article." }),
  kind: z.string().optional().meta({ description: "A guessed entity kind (organization, person, place), only when the text gives one." }),
  kindCue: z.string().optional().meta({ description: "The words the kind guess rests on (\"Inc\", \"PDG\", \"M.\")." }),
  occurrences: z.array(MentionOccurrenceSchema).min(1),
});

/** A date expression of a sentence, as the qualifier parser reads it. */
export const DateSuggestionSchema = z.strictObject({
  text: z.string().min(1),
  start: offset,
  end: offset,
  value: z.string().meta({ description: "YYYY, YYYY-MM or YYYY-MM-DD, at the precision the text gives." }),
  precision: z.enum(["year", "month", "day"]),
});

/** An amount expression of a sentence, as the qualifier parser reads it. */
export const AmountSuggestionSchema = z.strictObject({
  text: z.string().min(1),
  start: offset,
  end: offset,
  value: z.number(),
  currency: z.string(),
});

/** What one sentence suggests: its cues, dates and amounts. */
export const SentenceSuggestionSchema = z.strictObject({
  sentence: sentenceId,
  cues: z.array(CueSchema),
  dates: z.array(DateSuggestionSchema),
  amounts: z.array(AmountSuggestionSchema),
});

/** The `suggestions` section of a draft story file. */
export const SuggestionsSchema = z
  .strictObject({
    note: z.string().optional().meta({ description: "Says that these are suggestions, not claims." }),
    mentions: z.array(MentionSuggestionSchema),
    sentences: z.array(SentenceSuggestionSchema),
  })
  .meta({
    description:
      "Suggestions read from the article text by storygraph init: candidate mentions, cues, dates and amounts. Not claims: never counted, queried, exported or shown as claims.",
  });

/** One factuality cue of a sentence (`sentenceCues`). */
export type Cue = z.infer<typeof CueSchema>;
/** A kind of factuality cue. */
export type CueKind = (typeof CUE_KINDS)[number];
/** Where one suggested mention stands. */
export type MentionOccurrence = z.infer<typeof MentionOccurrenceSchema>;
/** A candidate entity mention group (`mentionSuggestions`). */
export type MentionSuggestion = z.infer<typeof MentionSuggestionSchema>;
/** A date expression suggested for a sentence. */
export type DateSuggestion = z.infer<typeof DateSuggestionSchema>;
/** An amount expression suggested for a sentence. */
export type AmountSuggestion = z.infer<typeof AmountSuggestionSchema>;
/** What one sentence suggests. */
export type SentenceSuggestion = z.infer<typeof SentenceSuggestionSchema>;
/** The `suggestions` section of a story file. */
export type Suggestions = z.infer<typeof SuggestionsSchema>;
