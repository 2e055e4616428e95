/**
 * Which kinds an author may pick while editing: the entity kinds of the draft's vocabulary, and
 * the relation kinds whose domain and range rules accept a given source and target (the rule the
 * validator applies: `isA` through the kinds' parents).
 */
import type { StoryDraft } from "./draft.ts";
import { resolveVocabulary, vocabularyIndex } from "../vocabulary/resolve.ts";
import type { EntityKind, RelationKind, Vocabulary } from "../vocabulary/types.ts";

const resolved = new WeakMap<object, Vocabulary>();

/** The draft's vocabulary: the news core and its own kinds (an own vocabulary with problems counts for what resolves). */
export function draftVocabulary(draft: StoryDraft): Vocabulary {
  const key = draft.vocabulary ?? resolved;
  let vocabulary = resolved.get(key);
  if (!vocabulary) {
    vocabulary = resolveVocabulary(draft.vocabulary, () => undefined);
    resolved.set(key, vocabulary);
  }
  return vocabulary;
}

/**
 * The entity kinds an entity of the draft may have.
 *
 * @param draft - the draft.
 */
export function entityKindsOf(draft: StoryDraft): readonly EntityKind[] {
  return draftVocabulary(draft).entityKinds;
}

/**
 * The relation kinds that may join entity `sourceId` to entity `targetId` (all of them while
 * either is unknown), in vocabulary order. A relation never joins an entity to itself: none then.
 *
 * @param draft - the draft.
 * @param sourceId - id of the source entity.
 * @param targetId - id of the target entity.
 */
export function relationKindsBetween(draft: StoryDraft, sourceId: string, targetId: string): readonly RelationKind[] {
  const vocabulary = draftVocabulary(draft);
  const index = vocabularyIndex(vocabulary);
  if (sourceId === targetId) return [];
  const source = draft.entities.find((e) => e.id === sourceId);
  const target = draft.entities.find((e) => e.id === targetId);
  if (!source || !target) return vocabulary.relationKinds;
  return vocabulary.relationKinds.filter((k) => index.isA(source.kind, k.domain) && index.isA(target.kind, k.range));
}
