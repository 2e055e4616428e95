/**
 * Synthetic stories of any size for benchmarks: N entities, M relations, and a generated English
 * article whose sentences the citations really quote (one sentence per relation, so the article
 * grows linearly). Seeded and deterministic: the same options give the same story.
 * Not part of the shipped library.
 */
import type { RelationKind } from "../src/graph/kinds.ts";
import type { StoryInput } from "../src/graph/schema.ts";

export interface GenerateOptions {
  readonly entities: number;
  readonly relations: number;
  readonly seed?: number;
}

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS: Record<"invested" | "partnered" | "founded" | "seeks", string> = {
  invested: "invested in",
  partnered: "signed a partnership with",
  founded: "founded",
  seeks: "wants support from",
};
const MODALITY_WORDS = [
  ["asserted", ""],
  ["hedged", "apparently "],
  ["reported", "according to the sources, "],
  ["hypothetical", "perhaps one day "],
] as const;

/** A deterministic synthetic story with `entities` entities and `relations` relations. */
export function generateStory(options: GenerateOptions): StoryInput {
  const { entities: n, relations: m } = options;
  if (n < 4) throw new RangeError("generateStory: entities must be at least 4");
  const rand = prng(options.seed ?? 1);
  const people = Math.max(2, Math.floor(n / 5));
  const entities = Array.from({ length: n }, (_, i) => {
    const person = i < people;
    return {
      id: `e${i}`,
      kind: person ? ("person" as const) : ("organization" as const),
      label: person ? `Person ${i}` : `Company ${i}`,
      aliases: [`the ${person ? "person" : "firm"} number ${i}`],
    };
  });
  const pick = (from: number, to: number) => from + Math.floor(rand() * (to - from));
  const sentences: string[] = [];
  const relations: StoryInput["relations"] = [];
  for (let r = 0; r < m; r++) {
    const roll = rand();
    const kind: keyof typeof VERBS = roll < 0.1 ? "founded" : roll < 0.5 ? "invested" : roll < 0.8 ? "partnered" : "seeks";
    const source = kind === "founded" ? pick(0, people) : pick(people, n);
    let target = pick(people, n);
    if (target === source) target = target + 1 < n ? target + 1 : people;
    const [modality, lead] = MODALITY_WORDS[r % MODALITY_WORDS.length]!;
    const year = 1990 + (r % 35);
    const amount = kind === "invested" ? (1 + (r % 97)) * 1_000_000 : 0;
    const claim = `${entities[source]!.label} ${VERBS[kind]} ${entities[target]!.label}${amount ? ` with ${amount} dollars` : ""} in ${year}`;
    sentences.push(`${lead ? lead[0]!.toUpperCase() + lead.slice(1) : ""}${lead ? claim[0]!.toLowerCase() + claim.slice(1) : claim} (item ${r}).`);
    relations.push({
      id: `r${r}`,
      kind: kind as RelationKind,
      source: `e${source}`,
      target: `e${target}`,
      date: String(year),
      ...(amount ? { amount: { value: amount, currency: "USD", scope: "tranche" as const } } : {}),
      citations: [
        {
          sentence: `s${r + 1}`,
          quote: lead ? claim[0]!.toLowerCase() + claim.slice(1) : claim,
          modality,
          ...(modality === "reported" ? { attribution: "the sources" } : {}),
          gloss: `${claim}.`,
        },
      ],
    });
  }
  return {
    article: { text: sentences.join(" "), language: "en", title: `Synthetic story ${n}/${m}` },
    entities,
    relations,
    noClaims: [],
  };
}
