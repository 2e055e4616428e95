/**
 * The shape of a vocabulary: the kinds of entity, relation (a lasting state between two
 * entities) and event (something that happens or may happen, with participants in roles) a story
 * may use, each with its rule and, where one exists, the Wikidata class or property it
 * corresponds to.
 *
 * `*Declaration` types are what a vocabulary is written as (the news core in news-core.ts, a
 * story's own kinds in its file); `*Kind` types are the resolved, frozen definitions a story
 * carries, each saying where it comes from (`origin`).
 */

/** Where a kind is defined: the shipped news core, or the story's own vocabulary. */
export type KindOrigin = "core" | "story";

/** A Wikidata property a relation kind corresponds to, and its direction. */
export interface WikidataProperty {
  /** `P112`. */
  readonly property: string;
  /**
   * `true` when the Wikidata statement runs the other way: our `founded` goes from the founder to
   * the organization, Wikidata's P112 "founded by" from the organization to the founder.
   */
  readonly inverse: boolean;
}

/** An entity kind as declared. */
export interface EntityKindDeclaration {
  readonly id: string;
  readonly label: string;
  /** One sentence saying what the kind covers. */
  readonly description: string;
  /** A broader kind this one refines (`court` → `organization`): rules that accept the parent accept it. */
  readonly parent?: string;
  /** The Wikidata class (`Q5` human). */
  readonly wikidata?: string;
}

/** A relation kind as declared: a lasting state between a source entity and a target entity. */
export interface RelationKindDeclaration {
  readonly id: string;
  /** Verb phrase for labels: "Microsoft — invested in → OpenAI". */
  readonly label: string;
  readonly description: string;
  /** Entity kinds allowed as source (their subkinds too). */
  readonly domain: readonly string[];
  /** Entity kinds allowed as target (their subkinds too). */
  readonly range: readonly string[];
  /** A symmetric relation reads the same both ways (`partnered`): queries match either end. */
  readonly symmetric: boolean;
  readonly wikidata?: WikidataProperty;
}

/** Kind name for role fillers that are events (a `cause` that is itself an event). */
export const EVENT_FILLER = "event";

/** One role of an event kind: who or what takes part, and how. */
export interface RoleDeclaration {
  readonly id: string;
  readonly label: string;
  /** Entity kinds that may fill it (their subkinds too), and `"event"` when another event may. */
  readonly kinds: readonly string[];
  /** An event of this kind must have at least one participant in this role. */
  readonly required?: boolean;
  /** More than one participant may fill this role (the founders of a company). */
  readonly multiple?: boolean;
}

/** An event kind as declared. */
export interface EventKindDeclaration {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly roles: readonly RoleDeclaration[];
  /** The Wikidata class of such events. */
  readonly wikidata?: string;
}

/** A vocabulary as declared: the news core, or the kinds a story adds to it. */
export interface VocabularyDeclaration {
  readonly entityKinds?: readonly EntityKindDeclaration[];
  readonly relationKinds?: readonly RelationKindDeclaration[];
  readonly eventKinds?: readonly EventKindDeclaration[];
}

/** A resolved entity kind. */
export interface EntityKind extends EntityKindDeclaration {
  readonly origin: KindOrigin;
}
/** A resolved relation kind. */
export interface RelationKind extends RelationKindDeclaration {
  readonly origin: KindOrigin;
}
/** A resolved role: `required` and `multiple` always present. */
export interface Role extends RoleDeclaration {
  readonly required: boolean;
  readonly multiple: boolean;
}
/** A resolved event kind. */
export interface EventKind extends Omit<EventKindDeclaration, "roles"> {
  readonly roles: readonly Role[];
  readonly origin: KindOrigin;
}

/**
 * The vocabulary a story uses: the news core and the story's own kinds, in declaration order
 * (core first). Kind ids are unique across the three lists, so `--kind X` names one kind.
 */
export interface Vocabulary {
  readonly entityKinds: readonly EntityKind[];
  readonly relationKinds: readonly RelationKind[];
  readonly eventKinds: readonly EventKind[];
}
