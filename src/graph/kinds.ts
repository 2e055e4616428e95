/**
 * The vocabulary of the story model: entity kinds, relation kinds with their domain/range rules,
 * citation modalities and amount scopes. Everything else (schema, validation, compile-time checks
 * of the data files, viewer legend) derives from these tables.
 */

/** Kinds of entity a story can hold. */
export const ENTITY_KINDS = ["organization", "person", "field"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** What a relation kind means and which entity kinds it may join. */
export interface RelationRule {
  /** Entity kinds allowed as source. */
  readonly domain: readonly EntityKind[];
  /** Entity kinds allowed as target. */
  readonly range: readonly EntityKind[];
  /** A symmetric relation reads the same both ways: querying either side finds it. */
  readonly symmetric: boolean;
  /** Short English verb phrase for labels: "Microsoft — invested → OpenAI". */
  readonly label: string;
  /** One sentence saying what the relation asserts. */
  readonly description: string;
}

/** The relation kinds and their rules. `satisfies` keeps the literal types for compile-time checks. */
export const RELATION_RULES = {
  founded: {
    domain: ["person"],
    range: ["organization"],
    symmetric: false,
    label: "founded",
    description: "The person founded or co-founded the organization.",
  },
  invested: {
    domain: ["organization", "person"],
    range: ["organization"],
    symmetric: false,
    label: "invested in",
    description: "The source put money into the target organization.",
  },
  partnered: {
    domain: ["organization"],
    range: ["organization"],
    symmetric: true,
    label: "partnered with",
    description: "The two organizations are in a partnership.",
  },
  "diverges-from": {
    domain: ["organization"],
    range: ["organization"],
    symmetric: true,
    label: "diverges from",
    description: "The two sides have diverging visions or interests.",
  },
  seeks: {
    domain: ["organization", "person"],
    range: ["organization", "person"],
    symmetric: false,
    label: "wants from",
    description: "The source wants something from the target (the relation's description says what).",
  },
  "depends-on": {
    domain: ["organization", "person"],
    range: ["organization"],
    symmetric: false,
    label: "depends on",
    description: "The source relies on the target for something it could lose.",
  },
  pursues: {
    domain: ["organization", "person"],
    range: ["field"],
    symmetric: false,
    label: "pursues",
    description: "The source works towards a goal in the field (the description says which).",
  },
} as const satisfies Record<string, RelationRule>;

export type RelationKind = keyof typeof RELATION_RULES;
export const RELATION_KINDS = Object.keys(RELATION_RULES) as [RelationKind, ...RelationKind[]];

/** Entity kinds allowed as the source of relation kind `K`. */
export type DomainOf<K extends RelationKind> = (typeof RELATION_RULES)[K]["domain"][number];
/** Entity kinds allowed as the target of relation kind `K`. */
export type RangeOf<K extends RelationKind> = (typeof RELATION_RULES)[K]["range"][number];

/**
 * How the article states a claim:
 * - `asserted`: stated outright by the article;
 * - `hedged`: stated with a hedge ("semble", "apparemment");
 * - `reported`: attributed to a source ("selon des sources proches du dossier");
 * - `hypothetical`: a possibility or a consequence that may happen ("pourrait", "en cas de");
 * - `negated`: the article says it is not so.
 */
export const MODALITIES = ["asserted", "hedged", "reported", "hypothetical", "negated"] as const;
export type Modality = (typeof MODALITIES)[number];

/** Whether an amount is one tranche (a single payment) or a cumulative total. */
export const AMOUNT_SCOPES = ["tranche", "total"] as const;
export type AmountScope = (typeof AMOUNT_SCOPES)[number];

/** Precision of a date qualifier: `2015` is a year, `2019-07` a month, `2019-07-22` a day. */
export const DATE_PRECISIONS = ["year", "month", "day"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** True when an entity of kind `source` may be the source, and `target` the target, of `kind`. */
export function isAllowedRelation(kind: RelationKind, source: EntityKind, target: EntityKind): boolean {
  const rule: RelationRule = RELATION_RULES[kind];
  return rule.domain.includes(source) && rule.range.includes(target);
}
