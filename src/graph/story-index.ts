/**
 * Internal indexes of a story, built once per story object on first use and cached in a
 * WeakMap: entities by id, relations by entity (both ends) and by kind, relations and claims by
 * sentence, entities by folded name, relations, events, claims and sentences by id, events by
 * participant. Each group is built when a query first
 * needs it. Queries use them so that lookups by entity or kind never scan every relation. Not
 * exported from the package.
 *
 * Relations by entity and by kind are built in one pass as flat arrays (a counting sort), not as
 * a map of growing lists: at a million relations, a map of 200 000 lists cost seconds (one
 * allocation and several cache misses per push) where two passes over typed arrays cost
 * hundreds of milliseconds.
 */
import type { Claim, Entity, Relation, Sentence, Story, StoryEvent } from "./model.ts";
import { foldName } from "./text.ts";

export interface StoryIndex {
  /** The entity with id `id`, or `undefined`. */
  entity(id: string): Entity | undefined;
  readonly relationById: ReadonlyMap<string, Relation>;
  readonly sentenceById: ReadonlyMap<string, Sentence>;
  /** Position of each relation in `story.relations`, to return results in story order. */
  readonly relationOrder: ReadonlyMap<string, number>;
  /** How many relations touch entity `id` (as source or target; 0 for an unknown id). */
  entityDegree(id: string): number;
  /** The relations touching entity `id`, as source or target, in story order: a new array each call. */
  relationsOfEntity(id: string): Relation[];
  /** The relations of kind `kind` in story order: the index's own frozen array (queryRelations hands it out when it is exactly the answer). */
  relationsOfKind(kind: string): readonly Relation[];
  /** The position in `story.relations` of each relation of `relationsOfKind(kind)` (same order; shared, read only). */
  positionsOfKind(kind: string): Int32Array;
  readonly relationsBySentence: ReadonlyMap<string, readonly Relation[]>;
  /** Folded id, label or alias → entity ids it names. */
  readonly entitiesByName: ReadonlyMap<string, readonly string[]>;
  readonly eventById: ReadonlyMap<string, StoryEvent>;
  /** Relations and events by id. */
  readonly claimById: ReadonlyMap<string, Claim>;
  /** The events each entity or event takes part in (as a participant), in story order. */
  readonly eventsByParticipant: ReadonlyMap<string, readonly StoryEvent[]>;
  /** The claims (relations, then events, each in story order) that cite each sentence. */
  readonly claimsBySentence: ReadonlyMap<string, readonly Claim[]>;
}

const cache = new WeakMap<Story, StoryIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

/** The indexes of `story`, each built on first use (a query by entity never pays for the name index). */
export function indexOf(story: Story): StoryIndex {
  let index = cache.get(story);
  if (!index) {
    index = new LazyIndex(story);
    cache.set(story, index);
  }
  return index;
}

/** Relations by entity and by kind, as flat arrays. */
interface RelationIndexes {
  /** Entity number of an id that relations name but `story.entities` lacks (only in unvalidated stories). */
  readonly extraNumbers: ReadonlyMap<string, number>;
  /** The relations of entity number `e` are `byEntity[entityStart[e]]` … `byEntity[entityStart[e + 1] - 1]`. */
  readonly entityStart: Int32Array;
  readonly byEntity: readonly Relation[];
  readonly byKind: ReadonlyMap<string, { readonly relations: readonly Relation[]; readonly positions: Int32Array }>;
}

const NO_RELATIONS: readonly Relation[] = Object.freeze([]);
const NO_POSITIONS = new Int32Array(0);

/**
 * Indexes built lazily in groups: entity numbers (id → position in `story.entities`), relations
 * by entity and kind (one pass), relation ids, relation order, relations by sentence, entities by
 * name, sentences by id. At a million relations building them all took seconds; a query touches
 * one or two groups.
 */
class LazyIndex implements StoryIndex {
  private relations?: RelationIndexes;
  private numbers?: ReadonlyMap<string, number>;
  private relById?: ReadonlyMap<string, Relation>;
  private order?: ReadonlyMap<string, number>;
  private bySentence?: ReadonlyMap<string, readonly Relation[]>;
  private byName?: ReadonlyMap<string, readonly string[]>;
  private sentences?: ReadonlyMap<string, Sentence>;
  private events?: ReadonlyMap<string, StoryEvent>;
  private claims?: ReadonlyMap<string, Claim>;
  private byParticipant?: ReadonlyMap<string, readonly StoryEvent[]>;
  private claimsOfSentence?: ReadonlyMap<string, readonly Claim[]>;

  constructor(private readonly story: Story) {}

  /** Entity id → its position in `story.entities` (the last one when an id repeats). */
  private entityNumbers(): ReadonlyMap<string, number> {
    if (!this.numbers) {
      const map = new Map<string, number>();
      const entities = this.story.entities;
      for (let i = 0; i < entities.length; i++) map.set(entities[i]!.id, i);
      this.numbers = map;
    }
    return this.numbers;
  }

  entity(id: string): Entity | undefined {
    const n = this.entityNumbers().get(id);
    return n === undefined ? undefined : this.story.entities[n];
  }
  get relationById(): ReadonlyMap<string, Relation> {
    return (this.relById ??= new Map(this.story.relations.map((r) => [r.id, r])));
  }
  get sentenceById(): ReadonlyMap<string, Sentence> {
    return (this.sentences ??= new Map(this.story.sentences.map((s) => [s.id, s])));
  }
  get eventById(): ReadonlyMap<string, StoryEvent> {
    return (this.events ??= new Map(this.story.events.map((e) => [e.id, e])));
  }
  get claimById(): ReadonlyMap<string, Claim> {
    return (this.claims ??= new Map<string, Claim>([...this.story.relations.map((r) => [r.id, r] as const), ...this.story.events.map((e) => [e.id, e] as const)]));
  }
  get eventsByParticipant(): ReadonlyMap<string, readonly StoryEvent[]> {
    if (!this.byParticipant) {
      const map = new Map<string, StoryEvent[]>();
      for (const e of this.story.events) for (const p of e.participants) push(map, p.id, e);
      this.byParticipant = map;
    }
    return this.byParticipant;
  }
  get claimsBySentence(): ReadonlyMap<string, readonly Claim[]> {
    if (!this.claimsOfSentence) {
      const map = new Map<string, Claim[]>();
      for (const r of this.story.relations) for (const c of r.citations) push(map, c.sentence, r);
      for (const e of this.story.events) for (const c of e.citations) push(map, c.sentence, e);
      this.claimsOfSentence = map;
    }
    return this.claimsOfSentence;
  }
  get relationOrder(): ReadonlyMap<string, number> {
    return (this.order ??= new Map(this.story.relations.map((r, i) => [r.id, i])));
  }

  /** The entity number of `id` in the relation indexes, or -1. */
  private entityNumber(id: string): number {
    const idx = this.relationIndexes();
    return this.entityNumbers().get(id) ?? idx.extraNumbers.get(id) ?? -1;
  }
  entityDegree(id: string): number {
    const n = this.entityNumber(id);
    return n === -1 ? 0 : this.relations!.entityStart[n + 1]! - this.relations!.entityStart[n]!;
  }
  relationsOfEntity(id: string): Relation[] {
    const n = this.entityNumber(id);
    return n === -1 ? [] : this.relations!.byEntity.slice(this.relations!.entityStart[n]!, this.relations!.entityStart[n + 1]!);
  }
  relationsOfKind(kind: string): readonly Relation[] {
    return this.relationIndexes().byKind.get(kind)?.relations ?? NO_RELATIONS;
  }
  positionsOfKind(kind: string): Int32Array {
    return this.relationIndexes().byKind.get(kind)?.positions ?? NO_POSITIONS;
  }
  get relationsBySentence(): ReadonlyMap<string, readonly Relation[]> {
    if (!this.bySentence) {
      const map = new Map<string, Relation[]>();
      for (const r of this.story.relations) for (const c of r.citations) push(map, c.sentence, r);
      this.bySentence = map;
    }
    return this.bySentence;
  }
  get entitiesByName(): ReadonlyMap<string, readonly string[]> {
    if (!this.byName) {
      const map = new Map<string, string[]>();
      for (const e of this.story.entities) {
        for (const name of new Set([e.id, e.label, ...e.aliases].map(foldName))) push(map, name, e.id);
      }
      this.byName = map;
    }
    return this.byName;
  }

  /**
   * Relations by entity and kind by counting sort: one pass numbers each relation's ends and
   * kind, then each relation is placed in its entities' and its kind's ranges, in story order.
   */
  private relationIndexes(): RelationIndexes {
    if (this.relations) return this.relations;
    const numbers = this.entityNumbers();
    const relations = this.story.relations;
    const n = relations.length;
    const extraNumbers = new Map<string, number>();
    let entityCount = this.story.entities.length;
    const numberOf = (id: string): number => {
      let k = numbers.get(id) ?? extraNumbers.get(id);
      if (k === undefined) extraNumbers.set(id, (k = entityCount++));
      return k;
    };
    const kindNumbers = new Map<string, number>();
    const kindNames: string[] = [];
    const kindCounts: number[] = [];
    const sources = new Int32Array(n);
    const targets = new Int32Array(n);
    const kinds = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const r = relations[i]!;
      sources[i] = numberOf(r.source);
      targets[i] = numberOf(r.target);
      let k = kindNumbers.get(r.kind);
      if (k === undefined) {
        kindNumbers.set(r.kind, (k = kindNames.length));
        kindNames.push(r.kind);
        kindCounts.push(0);
      }
      kinds[i] = k;
      kindCounts[k]!++;
    }
    // ranges per entity: counts, then starts (a relation joining an entity to itself counts once)
    const entityStart = new Int32Array(entityCount + 1);
    for (let i = 0; i < n; i++) {
      entityStart[sources[i]! + 1]!++;
      if (targets[i] !== sources[i]) entityStart[targets[i]! + 1]!++;
    }
    for (let e = 0; e < entityCount; e++) entityStart[e + 1]! += entityStart[e]!;
    const cursor = entityStart.slice(0, entityCount);
    const byEntity: Relation[] = new Array<Relation>(entityStart[entityCount]!);
    const byKindLists = kindCounts.map((count) => ({ relations: new Array<Relation>(count), positions: new Int32Array(count), filled: 0 }));
    for (let i = 0; i < n; i++) {
      const r = relations[i]!;
      const s = sources[i]!;
      const t = targets[i]!;
      byEntity[cursor[s]!++] = r;
      if (t !== s) byEntity[cursor[t]!++] = r;
      const list = byKindLists[kinds[i]!]!;
      list.relations[list.filled] = r;
      list.positions[list.filled++] = i;
    }
    // frozen: queryRelations hands a kind's list out as is when it is exactly the answer
    const byKind = new Map(kindNames.map((name, k) => [name, { relations: Object.freeze(byKindLists[k]!.relations), positions: byKindLists[k]!.positions }]));
    this.relations = { extraNumbers, entityStart, byEntity, byKind };
    return this.relations;
  }
}
