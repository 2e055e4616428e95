/**
 * What a claim form is prefilled with when words are cited: the factuality and sources the
 * sentence's factuality cues suggest (`sentenceCues`, the reading `storygraph init` writes into
 * `suggestions`), and the dates and amounts the quote states, read by the parser that grounds
 * qualifiers (`sentenceExpressions`), so that a qualifier picked from them is one the validator
 * finds in the quote. Everything here is a suggestion the author may change.
 *
 * The reading of the cues:
 * - certainty: the cues *inside the quote* decide; a hedge (`seems`: probable) or a modal
 *   (`could`: possible) is the main clause's, and wins over a conditional's antecedent (`If the
 *   talks fail, … could build`: possible); a conditional alone (`If the talks fail`) gives
 *   unknown; no cue gives certain;
 * - polarity: negative when a negation cue stands inside the quote;
 * - sources: every source the sentence's cues name (`According to two people …`, `…, Maya
 *   Okafor said`), in text order, linked to the entity whose label or alias is that name.
 */
import { cuesOfSentences } from "../draft/cues.ts";
import { expressionsOfSentences } from "../draft/expressions.ts";
import type { AmountSuggestion, Cue, DateSuggestion } from "../input/suggestions-schema.ts";
import type { AmountInput, FactualityInput, SourceInput, TimeQualifierInput } from "../input/schema.ts";
import type { Certainty } from "../values.ts";
import { cueLanguage, draftSentences, type StoryDraft } from "./draft.ts";
import type { SelectionAnchor } from "./selection.ts";

/** The time qualifier slots of a claim. */
export const TIME_SLOTS = ["pointInTime", "start", "end", "announced"] as const;
/** A time qualifier slot. */
export type TimeSlot = (typeof TIME_SLOTS)[number];

/** What a claim form starts with for a citation. */
export interface CitationPrefill {
  readonly factuality: FactualityInput;
  /** After the author, outermost first; empty when the sentence names no source. */
  readonly sources: readonly SourceInput[];
  /** The cues the prefill read: those inside the quote, and the sentence's source cues. */
  readonly cues: readonly Cue[];
  /** The date expressions inside the quote, article offsets. */
  readonly dates: readonly DateSuggestion[];
  /** The amount expressions inside the quote, article offsets. */
  readonly amounts: readonly AmountSuggestion[];
}

const WEAKER: Readonly<Record<Certainty, number>> = { certain: 0, probable: 1, possible: 2, unknown: 3 };

/**
 * The factuality, sources, dates and amounts suggested for a citation of `anchor`'s words.
 *
 * @param draft - the draft (its article, language and entities: a source named like an entity is linked to it).
 * @param anchor - the cited words (`anchorSelection`).
 * @returns certain and positive, no source, no date or amount when the article's language is
 *   neither French nor English (the cue lexicons are these two) or the sentence is not the draft's.
 */
export function prefillCitation(draft: StoryDraft, anchor: SelectionAnchor): CitationPrefill {
  const none: CitationPrefill = { factuality: { certainty: "certain", polarity: "positive" }, sources: [], cues: [], dates: [], amounts: [] };
  const language = cueLanguage(draft.article.language);
  const sentence = draftSentences(draft).find((s) => s.id === anchor.sentence);
  if (!language || !sentence) return none;
  const inQuote = (x: { start: number; end: number }) => x.start >= anchor.start && x.end <= anchor.end;
  const overlaps = (x: { start: number; end: number }) => x.start < anchor.end && anchor.start < x.end;
  const cues = cuesOfSentences([sentence], language)[0]!.cues;
  const quoteCues = cues.filter(overlaps);
  let certainty: Certainty = "certain";
  for (const c of quoteCues) if (c.kind !== "conditional" && c.certainty && WEAKER[c.certainty] > WEAKER[certainty]) certainty = c.certainty;
  if (certainty === "certain" && quoteCues.some((c) => c.kind === "conditional")) certainty = "unknown";
  const polarity = quoteCues.some((c) => c.polarity === "negative") ? "negative" : "positive";
  const sourceCues = cues.filter((c) => c.kind === "source" && c.source);
  const sources: SourceInput[] = [];
  for (const name of new Set(sourceCues.map((c) => c.source!))) {
    const entity = draft.entities.find((e) => e.label === name || e.aliases?.includes(name));
    sources.push(entity ? { name, entity: entity.id } : name);
  }
  const expressions = expressionsOfSentences([sentence], language)[0]!;
  return {
    factuality: { certainty, polarity },
    sources,
    cues: cues.filter((c) => overlaps(c) || c.kind === "source"),
    dates: expressions.dates.filter(inQuote),
    amounts: expressions.amounts.filter(inQuote),
  };
}

/** Which of a quote's dates goes into which time slot, and whether its amount is the claim's. */
export interface QualifierChoice {
  /** A date value (`2024-03-04`) per slot; a slot left out is not set. */
  readonly dates?: Partial<Record<TimeSlot, string>>;
  /** The amount, as the quote states it, with the author's scope reading. */
  readonly amount?: AmountInput;
}

/**
 * The qualifier fields of a claim from a choice: each chosen slot set to its date, the amount
 * when chosen.
 *
 * @param choice - the slots and amount chosen.
 * @returns an object to spread into a relation or an event (`{ pointInTime: "2021" }`).
 */
export function qualifierFields(choice: QualifierChoice): Partial<Record<TimeSlot, TimeQualifierInput>> & { amount?: AmountInput } {
  const fields: Partial<Record<TimeSlot, TimeQualifierInput>> & { amount?: AmountInput } = {};
  for (const slot of TIME_SLOTS) {
    const value = choice.dates?.[slot];
    if (value) fields[slot] = value;
  }
  if (choice.amount) fields.amount = { ...choice.amount };
  return fields;
}

/**
 * The slot a date of a new claim's quote is prefilled in: an event happens at a point in time,
 * so its first date goes there; a relation is a lasting state, whose dates (`by 2027`) are more
 * often aims than starts, so none is set for it until the author picks one.
 *
 * @param claimType - `event` or `relation`.
 * @param index - the date's position among the quote's dates (0 for the first).
 */
export function defaultTimeSlot(claimType: "relation" | "event", index: number): TimeSlot | null {
  return claimType === "event" && index === 0 ? "pointInTime" : null;
}
