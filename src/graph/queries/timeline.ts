/** `timeline`: the dated relations in date order, and `sentenceCoverage`: what each sentence supports. */
import type { Relation, Sentence, Story } from "../model.ts";
import { indexOf } from "../story-index.ts";

/**
 * Dated relations sorted by the first day their date covers (then by story order). Undated
 * relations are left out.
 *
 * @example timeline(story).map((r) => r.date!.value) // ["2015", "2015", "2019-07", "2019-07"]
 */
export function timeline(story: Story): Relation[] {
  const order = indexOf(story).relationOrder;
  return story.relations
    .filter((r) => r.date !== undefined)
    .sort((a, b) => a.date!.start.localeCompare(b.date!.start) || order.get(a.id)! - order.get(b.id)!);
}

export interface SentenceCoverage {
  readonly sentence: Sentence;
  /** Number of citations standing in the sentence. */
  readonly citations: number;
  /** Ids of the relations those citations support. */
  readonly relations: readonly string[];
  /** The reason given when the sentence holds no claim. */
  readonly noClaim?: string;
}

/**
 * For every sentence: how many citations it holds and which relations they support, or why it
 * holds no claim. A sentence with neither is not accounted for.
 */
export function sentenceCoverage(story: Story): SentenceCoverage[] {
  const counts = new Map<string, number>();
  for (const r of story.relations) for (const c of r.citations) counts.set(c.sentence, (counts.get(c.sentence) ?? 0) + 1);
  const index = indexOf(story);
  const notes = new Map(story.noClaims.map((n) => [n.sentence, n.reason]));
  return story.sentences.map((sentence) => {
    const reason = notes.get(sentence.id);
    return {
      sentence,
      citations: counts.get(sentence.id) ?? 0,
      relations: (index.relationsBySentence.get(sentence.id) ?? []).map((r) => r.id),
      ...(reason !== undefined && { noClaim: reason }),
    };
  });
}
