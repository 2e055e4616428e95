/** `timeline`: the claims with a time in date order, and `sentenceCoverage`: what each sentence supports. */
import type { Claim, Sentence, Story } from "../model.ts";
import { indexOf } from "../story-index.ts";

/**
 * The claims (relations and events) that have a period, sorted by the first day of their period
 * (a claim whose start is unknown by its last day), then relations before events, each in story
 * order. Claims without a time qualifier are left out.
 *
 * @example timeline(story).map((c) => c.id) // ["openai-founding", "microsoft-partnered-openai", "microsoft-investment-2019"]
 */
export function timeline(story: Story): Claim[] {
  const dated: { claim: Claim; key: string; order: number }[] = [];
  let order = 0;
  for (const c of [...story.relations, ...story.events]) {
    const p = c.period;
    if (p) dated.push({ claim: c, key: p.from ?? p.to ?? "", order });
    order++;
  }
  return dated.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.order - b.order)).map((d) => d.claim);
}

/** How a sentence is accounted for (`sentenceCoverage`): how many citations stand in it, or its no-claim note. */
export interface SentenceCoverage {
  readonly sentence: Sentence;
  /** Number of citations standing in the sentence. */
  readonly citations: number;
  /** Ids of the claims (relations, then events) those citations support. */
  readonly claims: readonly string[];
  /** The reason given when the sentence holds no claim. */
  readonly noClaim?: string;
}

/**
 * For every sentence: how many citations it holds and which claims they support, or why it
 * holds no claim. A sentence with neither is not accounted for.
 */
export function sentenceCoverage(story: Story): SentenceCoverage[] {
  const counts = new Map<string, number>();
  for (const c of [...story.relations, ...story.events]) for (const x of c.citations) counts.set(x.sentence, (counts.get(x.sentence) ?? 0) + 1);
  const index = indexOf(story);
  const notes = new Map(story.noClaims.map((n) => [n.sentence, n.reason]));
  return story.sentences.map((sentence) => {
    const reason = notes.get(sentence.id);
    return {
      sentence,
      citations: counts.get(sentence.id) ?? 0,
      claims: (index.claimsBySentence.get(sentence.id) ?? []).map((c) => c.id),
      ...(reason !== undefined && { noClaim: reason }),
    };
  });
}
