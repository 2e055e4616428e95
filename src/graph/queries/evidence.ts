/**
 * `evidence`: the sentences behind a claim, with the quote's range ready to highlight;
 * `claimsInSentence` / `relationsInSentence`: what a sentence supports.
 */
import { NotFoundError } from "../errors.ts";
import type { Citation, Claim, Relation, Sentence, Story } from "../model.ts";
import { indexOf } from "../story-index.ts";

/** One citation of a claim, with its sentence split around the quote. */
export interface Evidence {
  readonly citation: Citation;
  readonly sentence: Sentence;
  /** Sentence text before the quote, the quote, and after it: `before + quote + after === sentence.text`. */
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

/**
 * The evidence for the relation or event `claimId`, one entry per citation, in citation order.
 *
 * @example evidence(story, "microsoft-investment-2019")[0].quote
 * @throws {NotFoundError} when the story has no such claim.
 */
export function evidence(story: Story, claimId: string): Evidence[] {
  const index = indexOf(story);
  const claim = index.claimById.get(claimId);
  if (!claim) throw new NotFoundError("evidence", "claim", claimId);
  return claim.citations.map((citation) => {
    const sentence = index.sentenceById.get(citation.sentence)!;
    return {
      citation,
      sentence,
      before: sentence.text.slice(0, citation.sentenceStart),
      quote: sentence.text.slice(citation.sentenceStart, citation.sentenceEnd),
      after: sentence.text.slice(citation.sentenceEnd),
    };
  });
}

function checkSentence(fn: string, story: Story, sentenceId: string): void {
  if (!indexOf(story).sentenceById.has(sentenceId)) throw new NotFoundError(fn, "sentence", sentenceId);
}

/**
 * The claims (relations, then events, each in story order) that cite sentence `sentenceId`;
 * empty for a sentence with no claim.
 *
 * @throws {NotFoundError} when the article has no such sentence.
 */
export function claimsInSentence(story: Story, sentenceId: string): Claim[] {
  checkSentence("claimsInSentence", story, sentenceId);
  return [...(indexOf(story).claimsBySentence.get(sentenceId) ?? [])];
}

/**
 * The relations that cite sentence `sentenceId`, in story order (`claimsInSentence` without the events).
 *
 * @throws {NotFoundError} when the article has no such sentence.
 */
export function relationsInSentence(story: Story, sentenceId: string): Relation[] {
  checkSentence("relationsInSentence", story, sentenceId);
  return [...(indexOf(story).relationsBySentence.get(sentenceId) ?? [])];
}
