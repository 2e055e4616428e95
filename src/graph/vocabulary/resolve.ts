/**
 * Resolving a story's vocabulary: the news core plus the kinds the story declares, checked and
 * frozen, and lookups over the result.
 *
 * A story may add kinds; it may not redefine one (of the core or its own), and every kind a rule
 * names (a parent, a domain or range, a role filler) must be declared. Kind ids are one namespace
 * across entity, relation and event kinds. A story without kinds of its own shares the one frozen
 * `NEWS_CORE_VOCABULARY`.
 */
import { DuplicateIdError, VocabularyError } from "../errors.ts";
import { didYouMean } from "../suggest.ts";
import { NEWS_CORE } from "./news-core.ts";
import {
  EVENT_FILLER,
  type EntityKind,
  type EntityKindDeclaration,
  type EventKind,
  type EventKindDeclaration,
  type KindOrigin,
  type RelationKind,
  type RelationKindDeclaration,
  type Role,
  type Vocabulary,
  type VocabularyDeclaration,
} from "./types.ts";

/** Where `resolveVocabulary` reports what is wrong with a story's own kinds. */
export type VocabularyReport = (cls: typeof VocabularyError | typeof DuplicateIdError, path: string, detail: string) => void;

function entityKind(d: EntityKindDeclaration, origin: KindOrigin): EntityKind {
  const out: { -readonly [K in keyof EntityKind]: EntityKind[K] } = { id: d.id, label: d.label, description: d.description, origin };
  if (d.parent !== undefined) out.parent = d.parent;
  if (d.wikidata !== undefined) out.wikidata = d.wikidata;
  return Object.freeze(out);
}

function relationKind(d: RelationKindDeclaration, origin: KindOrigin): RelationKind {
  const out: { -readonly [K in keyof RelationKind]: RelationKind[K] } = {
    id: d.id,
    label: d.label,
    description: d.description,
    domain: Object.freeze([...d.domain]),
    range: Object.freeze([...d.range]),
    symmetric: d.symmetric,
    origin,
  };
  if (d.wikidata !== undefined) out.wikidata = Object.freeze({ property: d.wikidata.property, inverse: d.wikidata.inverse });
  return Object.freeze(out);
}

function eventKind(d: EventKindDeclaration, origin: KindOrigin): EventKind {
  const roles: Role[] = d.roles.map((r) =>
    Object.freeze({ id: r.id, label: r.label, kinds: Object.freeze([...r.kinds]), required: r.required ?? false, multiple: r.multiple ?? false }),
  );
  const out: { -readonly [K in keyof EventKind]: EventKind[K] } = { id: d.id, label: d.label, description: d.description, roles: Object.freeze(roles), origin };
  if (d.wikidata !== undefined) out.wikidata = d.wikidata;
  return Object.freeze(out);
}

function freezeVocabulary(entityKinds: EntityKind[], relationKinds: RelationKind[], eventKinds: EventKind[]): Vocabulary {
  return Object.freeze({ entityKinds: Object.freeze(entityKinds), relationKinds: Object.freeze(relationKinds), eventKinds: Object.freeze(eventKinds) });
}

/** The news core vocabulary, resolved and frozen: the vocabulary of every story without kinds of its own. */
export const NEWS_CORE_VOCABULARY: Vocabulary = freezeVocabulary(
  NEWS_CORE.entityKinds.map((d) => entityKind(d, "core")),
  NEWS_CORE.relationKinds.map((d) => relationKind(d, "core")),
  NEWS_CORE.eventKinds.map((d) => eventKind(d, "core")),
);

/**
 * The vocabulary of a story: the news core and the story's own kinds, checked.
 *
 * @param own - the kinds the story declares (its file's `vocabulary`), or nothing.
 * @param report - receives each problem (`DuplicateIdError` for a kind defined twice,
 *   `VocabularyError` for a rule naming an unknown kind or a parent cycle); a kind with a problem
 *   is left out of the result. Without it, the first problem is thrown.
 * @param at - the JSON path of `own` in the story (`vocabulary`).
 * @throws {VocabularyError | DuplicateIdError} when `report` is not given and a kind is wrong.
 */
export function resolveVocabulary(own: VocabularyDeclaration | undefined, report?: VocabularyReport, at = "vocabulary"): Vocabulary {
  if (!own || ((own.entityKinds?.length ?? 0) === 0 && (own.relationKinds?.length ?? 0) === 0 && (own.eventKinds?.length ?? 0) === 0)) {
    return NEWS_CORE_VOCABULARY;
  }
  const fail: VocabularyReport =
    report ??
    ((cls, path, detail) => {
      throw new cls("resolveVocabulary", path, detail);
    });
  const core = vocabularyIndex(NEWS_CORE_VOCABULARY);
  /** Every kind id so far, and what it names (for the duplicate message). */
  const taken = new Map<string, string>();
  for (const k of NEWS_CORE_VOCABULARY.entityKinds) taken.set(k.id, "an entity kind of the news core");
  for (const k of NEWS_CORE_VOCABULARY.relationKinds) taken.set(k.id, "a relation kind of the news core");
  for (const k of NEWS_CORE_VOCABULARY.eventKinds) taken.set(k.id, "an event kind of the news core");
  const claim = (id: string, what: string, path: string): boolean => {
    const before = taken.get(id);
    if (before !== undefined) {
      fail(DuplicateIdError, `${path}.id`, `kind id "${id}" is already ${before}; a story may add kinds, not redefine them`);
      return false;
    }
    taken.set(id, what);
    return true;
  };

  // entity kinds first: relation and event rules name them
  const ownEntities = new Map<string, { d: EntityKindDeclaration; path: string }>();
  (own.entityKinds ?? []).forEach((d, i) => {
    const path = `${at}.entityKinds[${i}]`;
    if (claim(d.id, "an entity kind of this story", path)) ownEntities.set(d.id, { d, path });
  });
  const entityIds = [...core.entityKinds.keys(), ...ownEntities.keys()];
  const isEntityKind = (id: string) => core.entityKinds.has(id) || ownEntities.has(id);
  const entityKinds: EntityKind[] = [...NEWS_CORE_VOCABULARY.entityKinds];
  for (const { d, path } of ownEntities.values()) {
    if (d.parent !== undefined && !isEntityKind(d.parent)) {
      fail(VocabularyError, `${path}.parent`, `"${d.parent}" is not an entity kind${didYouMean(d.parent, entityIds)}`);
      continue;
    }
    // a parent chain must end in a kind without parent (the core's have none)
    const seen = new Set([d.id]);
    let parent = d.parent;
    let cycle = false;
    while (parent !== undefined && ownEntities.has(parent)) {
      if (seen.has(parent)) {
        cycle = true;
        break;
      }
      seen.add(parent);
      parent = ownEntities.get(parent)!.d.parent;
    }
    if (cycle) {
      fail(VocabularyError, `${path}.parent`, `the parents of "${d.id}" run in a cycle (${[...seen].join(" → ")})`);
      continue;
    }
    entityKinds.push(entityKind(d, "story"));
  }
  const unknownKinds = (kinds: readonly string[], allowEvent: boolean) =>
    kinds.filter((k) => !isEntityKind(k) && !(allowEvent && k === EVENT_FILLER));

  const relationKinds: RelationKind[] = [...NEWS_CORE_VOCABULARY.relationKinds];
  (own.relationKinds ?? []).forEach((d, i) => {
    const path = `${at}.relationKinds[${i}]`;
    if (!claim(d.id, "a relation kind of this story", path)) return;
    let ok = true;
    for (const side of ["domain", "range"] as const) {
      const bad = unknownKinds(d[side], false);
      for (const k of bad) {
        fail(VocabularyError, `${path}.${side}[${d[side].indexOf(k)}]`, `"${k}" is not an entity kind${didYouMean(k, entityIds)}`);
        ok = false;
      }
    }
    if (ok) relationKinds.push(relationKind(d, "story"));
  });

  const eventKinds: EventKind[] = [...NEWS_CORE_VOCABULARY.eventKinds];
  (own.eventKinds ?? []).forEach((d, i) => {
    const path = `${at}.eventKinds[${i}]`;
    if (!claim(d.id, "an event kind of this story", path)) return;
    let ok = true;
    const roles = new Set<string>();
    d.roles.forEach((r, j) => {
      if (roles.has(r.id)) {
        fail(DuplicateIdError, `${path}.roles[${j}].id`, `role "${r.id}" is declared twice in event kind "${d.id}"`);
        ok = false;
      }
      roles.add(r.id);
      for (const k of unknownKinds(r.kinds, true)) {
        fail(VocabularyError, `${path}.roles[${j}].kinds[${r.kinds.indexOf(k)}]`, `"${k}" is neither an entity kind nor "${EVENT_FILLER}"${didYouMean(k, [...entityIds, EVENT_FILLER])}`);
        ok = false;
      }
    });
    if (ok) eventKinds.push(eventKind(d, "story"));
  });
  return freezeVocabulary(entityKinds, relationKinds, eventKinds);
}

/** Lookups over a vocabulary, built once per vocabulary object. */
export interface VocabularyIndex {
  readonly entityKinds: ReadonlyMap<string, EntityKind>;
  readonly relationKinds: ReadonlyMap<string, RelationKind>;
  readonly eventKinds: ReadonlyMap<string, EventKind>;
  /** True when entity kind `kind` is one of `allowed` or refines one of them (through its parents). */
  isA(kind: string, allowed: readonly string[]): boolean;
}

const indexes = new WeakMap<Vocabulary, VocabularyIndex>();

/** The lookups of `vocabulary` (cached per vocabulary object). */
export function vocabularyIndex(vocabulary: Vocabulary): VocabularyIndex {
  let index = indexes.get(vocabulary);
  if (!index) {
    const entityKinds = new Map(vocabulary.entityKinds.map((k) => [k.id, k]));
    index = {
      entityKinds,
      relationKinds: new Map(vocabulary.relationKinds.map((k) => [k.id, k])),
      eventKinds: new Map(vocabulary.eventKinds.map((k) => [k.id, k])),
      isA(kind, allowed) {
        // parent chains are acyclic (resolveVocabulary refuses cycles) and short
        for (let k: string | undefined = kind; k !== undefined; k = entityKinds.get(k)?.parent) if (allowed.includes(k)) return true;
        return false;
      },
    };
    indexes.set(vocabulary, index);
  }
  return index;
}

/** The kinds a story's vocabulary adds to the news core (what its file declares). */
export function ownKinds(vocabulary: Vocabulary): VocabularyDeclaration {
  const strip = <T extends { origin: KindOrigin }>(k: T): Omit<T, "origin"> => {
    const { origin: _origin, ...rest } = k;
    return rest;
  };
  const out: { -readonly [K in keyof VocabularyDeclaration]: VocabularyDeclaration[K] } = {};
  const entityKinds = vocabulary.entityKinds.filter((k) => k.origin === "story").map(strip);
  const relationKinds = vocabulary.relationKinds.filter((k) => k.origin === "story").map(strip);
  const eventKinds = vocabulary.eventKinds.filter((k) => k.origin === "story").map(strip);
  if (entityKinds.length) out.entityKinds = entityKinds;
  if (relationKinds.length) out.relationKinds = relationKinds;
  if (eventKinds.length) out.eventKinds = eventKinds;
  return out;
}
