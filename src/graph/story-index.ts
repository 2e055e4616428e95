/**
 * Internal indexes of a story, built once per story object on first use and cached in a
 * WeakMap: relations by entity (both ends), by kind and by sentence; entities by id and by folded
 * name; sentences by id. Queries use them so that lookups by entity or kind never scan every
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

/** The indexes of `story`, built on first call. */
export function indexOf(story: Story): StoryIndex {
  let index = cache.get(story);
  if (!index) {
    index = buildIndex(story);
    cache.set(story, index);
  }
  return index;
}

function buildIndex(story: Story): StoryIndex {
  const relationsByEntity = new Map<string, Relation[]>();
  const relationsBySource = new Map<string, Relation[]>();
  const relationsByTarget = new Map<string, Relation[]>();
  const relationsByKind = new Map<string, Relation[]>();
  const relationsBySentence = new Map<string, Relation[]>();
  const relationOrder = new Map<string, number>();
  story.relations.forEach((r, i) => {
    relationOrder.set(r.id, i);
    push(relationsByEntity, r.source, r);
    push(relationsByEntity, r.target, r);
    push(relationsBySource, r.source, r);
    push(relationsByTarget, r.target, r);
    push(relationsByKind, r.kind, r);
    for (const c of r.citations) push(relationsBySentence, c.sentence, r);
  });
  const entitiesByName = new Map<string, string[]>();
  for (const e of story.entities) {
    for (const name of new Set([e.id, e.label, ...e.aliases].map(foldName))) push(entitiesByName, name, e.id);
  }
  return {
    entityById: new Map(story.entities.map((e) => [e.id, e])),
    relationById: new Map(story.relations.map((r) => [r.id, r])),
    sentenceById: new Map(story.sentences.map((s) => [s.id, s])),
    relationOrder,
    relationsByEntity,
    relationsBySource,
    relationsByTarget,
    relationsByKind,
    relationsBySentence,
    entitiesByName,
  };
}
