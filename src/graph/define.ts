/**
 * Compile-time checked authoring of stories in TypeScript (the built-in data uses it).
 *
 * `defineEntities` keeps each entity's id and kind as literal types; `defineRelations` then only
 * accepts a relation whose source and target ids belong to entities of the kinds its rule allows,
 * so `{ kind: "founded", source: "openai", target: "elon-musk" }` does not compile.
 * The runtime checks in `buildStory` still apply: these types only catch mistakes earlier.
 */
import type { DomainOf, EntityKind, RangeOf, RelationKind } from "./kinds.ts";
import type { CitationInput, EntityInput, NoClaimInput, RelationInput } from "./input/schema.ts";

/** An entity input whose kind is known at compile time. */
export type TypedEntityInput = EntityInput & { readonly id: string; readonly kind: EntityKind };

/** Ids of the entities in `E` whose kind is one of `K`. */
export type IdsOfKind<E extends readonly TypedEntityInput[], K extends EntityKind> = Extract<E[number], { kind: K }>["id"];

/** A relation between entities of `E` that respects its kind's domain/range rule. */
export type TypedRelationInput<E extends readonly TypedEntityInput[]> = {
  [K in RelationKind]: Omit<RelationInput, "kind" | "source" | "target" | "citations"> & {
    readonly kind: K;
    readonly source: IdsOfKind<E, DomainOf<K>>;
    readonly target: IdsOfKind<E, RangeOf<K>>;
    readonly citations: readonly CitationInput[];
  };
}[RelationKind];

/** Declare entities, keeping their ids and kinds as literal types. */
export function defineEntities<const E extends readonly TypedEntityInput[]>(entities: E): E {
  return entities;
}

/** Declare relations between `entities`; a relation that breaks a domain/range rule does not compile. */
export function defineRelations<const E extends readonly TypedEntityInput[]>(
  _entities: E,
  relations: readonly TypedRelationInput<E>[],
): readonly TypedRelationInput<E>[] {
  return relations;
}

/** Declare the sentences that hold no claim about the graph, each with its reason. */
export function defineNoClaims(notes: readonly NoClaimInput[]): readonly NoClaimInput[] {
  return notes;
}
