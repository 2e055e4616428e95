/**
 * `evidence`: the sentences behind a relation, with the quote's range ready to highlight;
 * `relationsInSentence`: the relations a sentence supports.
 */
import { NotFoundError } from "../errors.ts";
import type { Citation, Relation, Sentence, Story } from "../model.ts";
import { indexOf } from "../story-index.ts";

/** One citation of a relation, with its sentence split around the quote. */
export interface Evidence {
  readonly citation: Citation;
  readonly sentence: Sentence;
  /** Sentence text before the quote, the quote, and after it: `before + quote + after === sentence.text`. */
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

/**
 * The evidence for relation `relationId`, one entry per citation, in citation order.
 *
 * @example evidence(story, "microsoft-invested-openai-2019")[0].quote
 * @throws {NotFoundError} when the story has no such relation.
 */
export function evidence(story: Story, relationId: string): Evidence[] {
  const index = indexOf(story);
  const relation = index.relationById.get(relationId);
  if (!relation) throw new NotFoundError("evidence", "relation", relationId);
  return relation.citations.map((citation) => {
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

/**
 * The relations that cite sentence `sentenceId`, in story order (empty for a sentence with no claim).
 *
 * @throws {NotFoundError} when the article has no such sentence.
 */
export function relationsInSentence(story: Story, sentenceId: string): Relation[] {
  const index = indexOf(story);
  if (!index.sentenceById.has(sentenceId)) throw new NotFoundError("relationsInSentence", "sentence", sentenceId);
  return [...(index.relationsBySentence.get(sentenceId) ?? [])];
}
