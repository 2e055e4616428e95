/**
 * Compile-time checked authoring of stories in TypeScript (the built-in data uses it).
 *
 * `defineEntities` keeps each entity's id and kind as literal types; `defineRelations` then only
 * accepts a relation whose source and target belong to entities of the kinds its rule allows, and
 * `defineEvents` only participants in roles of the event's kind, of the kinds the role takes:
 * `{ kind: "founded", source: "openai", target: "elon-musk" }` does not compile. The rules come
 * from the news core (`NEWS_CORE`), or, through `storyKit(own)`, from the news core and a story's
 * own kinds (an entity kind's `parent` counts: a `court` under `organization` fills a role that
 * takes organizations).
 *
 * The runtime checks of `buildStory` still apply: these types only catch mistakes earlier.
 */
import type { CitationInput, EntityInput, EventInput, NoClaimInput, RelationInput } from "./input/schema.ts";
import type { NewsCore } from "./vocabulary/news-core.ts";

/** What the types read of a vocabulary: ids, parents, rules and roles. */
export interface VocabularyTypes {
  readonly entityKinds: readonly { readonly id: string; readonly parent?: string }[];
  readonly relationKinds: readonly { readonly id: string; readonly domain: readonly string[]; readonly range: readonly string[] }[];
  readonly eventKinds: readonly { readonly id: string; readonly roles: readonly { readonly id: string; readonly kinds: readonly string[] }[] }[];
}

/** A story's own kinds, as `storyKit` takes them (each list optional). */
export interface OwnVocabularyTypes {
  readonly entityKinds?: VocabularyTypes["entityKinds"];
  readonly relationKinds?: VocabularyTypes["relationKinds"];
  readonly eventKinds?: VocabularyTypes["eventKinds"];
}

/** The news core and a story's own kinds, as one vocabulary type. */
export type Extended<O extends OwnVocabularyTypes> = {
  readonly entityKinds: readonly (NewsCore["entityKinds"][number] | NonNullable<O["entityKinds"]>[number])[];
  readonly relationKinds: readonly (NewsCore["relationKinds"][number] | NonNullable<O["relationKinds"]>[number])[];
  readonly eventKinds: readonly (NewsCore["eventKinds"][number] | NonNullable<O["eventKinds"]>[number])[];
};

/** Entity kind ids of vocabulary `V`. */
export type EntityKindOf<V extends VocabularyTypes = NewsCore> = V["entityKinds"][number]["id"];
/** Relation kind ids of vocabulary `V`. */
export type RelationKindOf<V extends VocabularyTypes = NewsCore> = V["relationKinds"][number]["id"];
/** Event kind ids of vocabulary `V`. */
export type EventKindOf<V extends VocabularyTypes = NewsCore> = V["eventKinds"][number]["id"];

/** `K` and the entity kinds whose parent is one of `K`. */
type ChildrenOf<V extends VocabularyTypes, K> = K | (V["entityKinds"][number] extends infer D ? (D extends { readonly id: infer I; readonly parent: infer P } ? (P extends K ? I : never) : never) : never);
/** The entity kinds `K` and those that refine them, up to three levels down. */
export type KindsUnder<V extends VocabularyTypes, K> = ChildrenOf<V, ChildrenOf<V, ChildrenOf<V, K>>>;

/** Entity kinds allowed as the source of relation kind `K` (their subkinds too). */
export type DomainOf<K extends RelationKindOf<V>, V extends VocabularyTypes = NewsCore> = Extract<V["relationKinds"][number], { readonly id: K }>["domain"][number];
/** Entity kinds allowed as the target of relation kind `K` (their subkinds too). */
export type RangeOf<K extends RelationKindOf<V>, V extends VocabularyTypes = NewsCore> = Extract<V["relationKinds"][number], { readonly id: K }>["range"][number];

/** An entity input whose kind is known at compile time. */
export type TypedEntityInput<V extends VocabularyTypes = NewsCore> = EntityInput & { readonly id: string; readonly kind: EntityKindOf<V> };

/** Ids of the entities in `E` whose kind is one of `K`. */
export type IdsOfKind<E extends readonly { readonly id: string; readonly kind: string }[], K> = Extract<E[number], { readonly kind: K }>["id"];

/** A relation between entities of `E` that respects its kind's domain/range rule. */
export type TypedRelationInput<E extends readonly TypedEntityInput<V>[], V extends VocabularyTypes = NewsCore> = {
  [K in RelationKindOf<V>]: Omit<RelationInput, "kind" | "source" | "target" | "citations"> & {
    readonly kind: K;
    readonly source: IdsOfKind<E, KindsUnder<V, DomainOf<K, V>>>;
    readonly target: IdsOfKind<E, KindsUnder<V, RangeOf<K, V>>>;
    readonly citations: readonly CitationInput[];
  };
}[RelationKindOf<V>];

/** The roles of event kind `K`. */
type RolesOf<V extends VocabularyTypes, K> = Extract<V["eventKinds"][number], { readonly id: K }>["roles"][number];

/** A participant of an event of kind `K`: an entity of `E` of a kind its role takes, or an event where the role takes events. */
export type TypedParticipantInput<E extends readonly TypedEntityInput<V>[], V extends VocabularyTypes, K> =
  RolesOf<V, K> extends infer R
    ? R extends { readonly id: infer RoleId; readonly kinds: readonly (infer RoleKinds)[] }
      ?
          | { readonly role: RoleId; readonly entity: IdsOfKind<E, KindsUnder<V, Exclude<RoleKinds, "event">>> }
          | ("event" extends RoleKinds ? { readonly role: RoleId; readonly event: string } : never)
      : never
    : never;

/** An event whose participants fill roles of its kind with entities of the kinds each role takes. */
export type TypedEventInput<E extends readonly TypedEntityInput<V>[], V extends VocabularyTypes = NewsCore> = {
  [K in EventKindOf<V>]: Omit<EventInput, "kind" | "participants" | "citations"> & {
    readonly kind: K;
    readonly participants: readonly TypedParticipantInput<E, V, K>[];
    readonly citations: readonly CitationInput[];
  };
}[EventKindOf<V>];

/** Declare entities (news core kinds), keeping their ids and kinds as literal types. */
export function defineEntities<const E extends readonly TypedEntityInput[]>(entities: E): E {
  return entities;
}

/** Declare relations between `entities` (news core kinds); a relation that breaks a domain/range rule does not compile. */
export function defineRelations<const E extends readonly TypedEntityInput[]>(_entities: E, relations: readonly TypedRelationInput<E>[]): readonly TypedRelationInput<E>[] {
  return relations;
}

/** Declare events among `entities` (news core kinds); a participant in a role its kind lacks, or of a kind the role does not take, does not compile. */
export function defineEvents<const E extends readonly TypedEntityInput[]>(_entities: E, events: readonly TypedEventInput<E>[]): readonly TypedEventInput<E>[] {
  return events;
}

/** Declare the sentences that hold no claim about the graph, each with its reason. */
export function defineNoClaims(notes: readonly NoClaimInput[]): readonly NoClaimInput[] {
  return notes;
}

/** The `define…` functions for a story with kinds of its own (see `storyKit`). */
export interface StoryKit<O extends OwnVocabularyTypes> {
  /** The story's own kinds, to put in its input's `vocabulary`. */
  readonly vocabulary: O;
  /** The story's entities, checked against the news core and the kit's own kinds. */
  defineEntities<const E extends readonly TypedEntityInput<Extended<O>>[]>(entities: E): E;
  /** The story's relations: a kind whose domain or range does not fit its entities does not compile. */
  defineRelations<const E extends readonly TypedEntityInput<Extended<O>>[]>(entities: E, relations: readonly TypedRelationInput<E, Extended<O>>[]): readonly TypedRelationInput<E, Extended<O>>[];
  /** The story's events: a role the kind does not have, or an entity of the wrong kind in it, does not compile. */
  defineEvents<const E extends readonly TypedEntityInput<Extended<O>>[]>(entities: E, events: readonly TypedEventInput<E, Extended<O>>[]): readonly TypedEventInput<E, Extended<O>>[];
}

/**
 * Compile-time checks for a story with kinds of its own: the news core and `own` together.
 *
 * @param own - the story's own kinds, declared `as const` (or inline) so their ids stay literal.
 * @example const kit = storyKit({ entityKinds: [{ id: "court", label: "court", description: "…", parent: "organization" }] } as const);
 */
export function storyKit<const O extends OwnVocabularyTypes>(own: O): StoryKit<O> {
  return {
    vocabulary: own,
    defineEntities: (entities) => entities,
    defineRelations: (_entities, relations) => relations,
    defineEvents: (_entities, events) => events,
  };
}
