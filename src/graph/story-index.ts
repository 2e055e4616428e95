/**
 * Internal indexes of a story, built once per story object on first use and cached in a
 * WeakMap: relations by entity (both ends), by kind and by sentence; entities by id and by folded
 * name; sentences by id. Each group is built when a query first needs it. Queries use them so that lookups by entity or kind never scan every
 * relation. Not exported from the package.
 */
import type { Entity, Relation, Sentence, Story } from "./model.ts";
import { foldName } from "./text.ts";

export interface StoryIndex {
  readonly entityById: ReadonlyMap<string, Entity>;
  readonly relationById: ReadonlyMap<string, Relation>;
  readonly sentenceById: ReadonlyMap<string, Sentence>;
  /** Position of each relation in `story.relations`, to return results in story order. */
  readonly relationOrder: ReadonlyMap<string, number>;
  /** Relations touching an entity, as source or target. */
  readonly relationsByEntity: ReadonlyMap<string, readonly Relation[]>;
  readonly relationsBySource: ReadonlyMap<string, readonly Relation[]>;
  readonly relationsByTarget: ReadonlyMap<string, readonly Relation[]>;
  readonly relationsByKind: ReadonlyMap<string, readonly Relation[]>;
  readonly relationsBySentence: ReadonlyMap<string, readonly Relation[]>;
  /** Folded id, label or alias → entity ids it names. */
  readonly entitiesByName: ReadonlyMap<string, readonly string[]>;
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

interface RelationIndexes {
  readonly relationsByEntity: Map<string, Relation[]>;
  readonly relationsBySource: Map<string, Relation[]>;
  readonly relationsByTarget: Map<string, Relation[]>;
  readonly relationsByKind: Map<string, Relation[]>;
}

/**
 * Indexes built lazily in groups: relations by entity and kind (one pass), relation ids and
 * order, relations by sentence, entities by id, entities by name, sentences by id. At a million
 * relations building them all took seconds; a query touches one or two groups.
 */
class LazyIndex implements StoryIndex {
  private relations?: RelationIndexes;
  private byId?: ReadonlyMap<string, Entity>;
  private relById?: ReadonlyMap<string, Relation>;
  private order?: ReadonlyMap<string, number>;
  private bySentence?: ReadonlyMap<string, readonly Relation[]>;
  private byName?: ReadonlyMap<string, readonly string[]>;
  private sentences?: ReadonlyMap<string, Sentence>;

  constructor(private readonly story: Story) {}

  get entityById(): ReadonlyMap<string, Entity> {
    return (this.byId ??= new Map(this.story.entities.map((e) => [e.id, e])));
  }
  get relationById(): ReadonlyMap<string, Relation> {
    return (this.relById ??= new Map(this.story.relations.map((r) => [r.id, r])));
  }
  get sentenceById(): ReadonlyMap<string, Sentence> {
    return (this.sentences ??= new Map(this.story.sentences.map((s) => [s.id, s])));
  }
  get relationOrder(): ReadonlyMap<string, number> {
    return (this.order ??= new Map(this.story.relations.map((r, i) => [r.id, i])));
  }
  get relationsByEntity(): ReadonlyMap<string, readonly Relation[]> {
    return this.relationIndexes().relationsByEntity;
  }
  get relationsBySource(): ReadonlyMap<string, readonly Relation[]> {
    return this.relationIndexes().relationsBySource;
  }
  get relationsByTarget(): ReadonlyMap<string, readonly Relation[]> {
    return this.relationIndexes().relationsByTarget;
  }
  get relationsByKind(): ReadonlyMap<string, readonly Relation[]> {
    return this.relationIndexes().relationsByKind;
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

  private relationIndexes(): RelationIndexes {
    if (!this.relations) {
      const relationsByEntity = new Map<string, Relation[]>();
      const relationsBySource = new Map<string, Relation[]>();
      const relationsByTarget = new Map<string, Relation[]>();
      const relationsByKind = new Map<string, Relation[]>();
      for (const r of this.story.relations) {
        push(relationsByEntity, r.source, r);
        push(relationsByEntity, r.target, r);
        push(relationsBySource, r.source, r);
        push(relationsByTarget, r.target, r);
        push(relationsByKind, r.kind, r);
      }
      this.relations = { relationsByEntity, relationsBySource, relationsByTarget, relationsByKind };
    }
    return this.relations;
  }
}
