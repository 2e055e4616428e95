/**
 * Which kinds an author may pick while editing: the entity kinds of the draft's vocabulary, and
 * the relation kinds whose domain and range rules accept a given source and target (the rule the
 * validator applies: `isA` through the kinds' parents), the event kinds, and who may fill a role of
 * an event kind.
 */
import type { StoryDraft } from "./draft.ts";
import { resolveVocabulary, vocabularyIndex } from "../vocabulary/resolve.ts";
import type { EntityKind, EventKind, RelationKind, Vocabulary } from "../vocabulary/types.ts";

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

/**
 * The event kinds an event of the draft may have, each with its roles.
 *
 * @param draft - the draft.
 */
export function eventKindsOf(draft: StoryDraft): readonly EventKind[] {
  return draftVocabulary(draft).eventKinds;
}

/** Who may fill a role: an entity or an event of the draft. */
export interface RoleCandidate {
  readonly type: "entity" | "event";
  readonly id: string;
  readonly label: string;
}

/**
 * The entities (and events, when the role takes events) that may fill role `roleId` of event kind
 * `eventKindId`, by the rule the validator applies (an entity's kind `isA` one of the role's
 * kinds), entities first, in draft order. None when the kind or the role is unknown.
 *
 * @param draft - the draft.
 * @param eventKindId - an event kind id (`investment`).
 * @param roleId - one of its roles (`investor`).
 * @param exceptEvent - an event id not to offer (the event being made, which cannot take part in itself).
 */
export function roleCandidates(draft: StoryDraft, eventKindId: string, roleId: string, exceptEvent?: string): readonly RoleCandidate[] {
  const vocabulary = draftVocabulary(draft);
  const role = vocabulary.eventKinds.find((k) => k.id === eventKindId)?.roles.find((r) => r.id === roleId);
  if (!role) return [];
  const index = vocabularyIndex(vocabulary);
  const entities: RoleCandidate[] = draft.entities.filter((e) => index.isA(e.kind, role.kinds)).map((e) => ({ type: "entity", id: e.id, label: e.label }));
  const events: RoleCandidate[] = role.kinds.includes("event") ? (draft.events ?? []).filter((e) => e.id !== exceptEvent).map((e) => ({ type: "event", id: e.id, label: e.label })) : [];
  return [...entities, ...events];
}
