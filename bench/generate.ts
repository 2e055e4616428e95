/**
 * Synthetic stories of any size for the benchmarks: N entities, M relations, and a generated
 * English article whose sentences the citations really quote. Seeded and deterministic: the same
 * options give the same story, byte for byte. Not part of the shipped library.
 *
 * Shape of what is generated (chosen to look like a corpus of business news, and to exercise every
 * path of validation):
 * - entities: 20 % people, 5 % fields (at least one of each), the rest organizations; each has an alias;
 * - relations of all seven kinds, each joining entities its kind's domain/range rule allows
 *   (common kinds common, rare kinds rare: queries by kind are not all equally selective);
 * - dates at year, month and day precision; amounts on investments; some descriptions;
 * - every relation has one citation, one in eight a second one in a later sentence that restates
 *   the claim; modalities rotate (asserted, hedged, reported with its named source, hypothetical);
 * - one sentence in twenty holds no claim and is declared in `noClaims`.
 * The article is the sentences joined by one space; each citation quotes the claim inside its
 * sentence (not the whole sentence), and the quote stands once in it.
 *
 * `generateStoryModel` builds the validated `Story` directly (offsets computed while generating),
 * for sizes where `buildStory` would only add minutes: a test checks that it equals
 * `buildStory(generateStory(options))`.
 */
import { parseDate } from "../src/graph/dates.ts";
import { mulberry32 } from "../src/graph/random.ts";
import { MODALITIES, RELATION_RULES, type EntityKind, type Modality, type RelationKind } from "../src/graph/kinds.ts";
import type { Citation, Entity, Relation, Sentence, Story } from "../src/graph/model.ts";
import type { RelationInput, StoryInput } from "../src/graph/input/schema.ts";

export interface GenerateOptions {
  /** Number of entities (at least 4). */
  readonly entities: number;
  /** Number of relations (at least 0). */
  readonly relations: number;
  /** PRNG seed (default 1). */
  readonly seed?: number;
  /**
   * Terse story: short labels, sentences that are only the claim, no dates, amounts, aliases,
   * descriptions, restatements or no-claim sentences, one-word glosses (about 200 bytes of JSON
   * per relation instead of 490), so that a 50k-relation story fits the 10 MiB story file limit
   * of the viewer. Same graph shape and kinds.
   */
  readonly compact?: boolean;
}

/** The seeded PRNG the generator draws from: the library's own mulberry32. */
export const prng = mulberry32;

/** Verb phrase of each kind, and its share of the relations (cumulative thresholds below). */
const VERBS: Record<RelationKind, string> = {
  invested: "invested in",
  partnered: "signed a partnership with",
  seeks: "wants support from",
  founded: "founded",
  "depends-on": "depends on the cloud of",
  pursues: "works towards",
  "diverges-from": "disagrees on strategy with",
};
const KIND_SHARES: readonly (readonly [RelationKind, number])[] = [
  ["invested", 0.35],
  ["partnered", 0.25],
  ["seeks", 0.15],
  ["founded", 0.1],
  ["depends-on", 0.08],
  ["pursues", 0.05],
  ["diverges-from", 0.02],
];
const LEADS: readonly (readonly [Modality, string, string | undefined])[] = [
  ["asserted", "", undefined],
  ["hedged", "Apparently, ", undefined],
  ["reported", "According to the sources, ", "the sources"],
  ["hypothetical", "Perhaps one day ", undefined],
];
const FIELDS = ["artificial intelligence", "cloud computing", "quantum computing", "robotics", "biotechnology", "energy"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

interface Plan {
  readonly input: StoryInput;
  /** Start offset of each sentence (same order as the sentences of the article). */
  readonly sentenceStarts: readonly number[];
  readonly sentenceTexts: readonly string[];
  /** For each relation, for each citation: offset of the quote in its sentence. */
  readonly quoteOffsets: readonly (readonly number[])[];
}

function plan(options: GenerateOptions): Plan {
  const n = options.entities;
  const m = options.relations;
  if (!Number.isInteger(n) || n < 4) throw new RangeError("generateStory: entities must be an integer ≥ 4");
  if (!Number.isInteger(m) || m < 0) throw new RangeError("generateStory: relations must be an integer ≥ 0");
  const rand = prng(options.seed ?? 1);
  const compact = options.compact === true;
  const people = Math.max(1, Math.floor(n / 5));
  const fields = Math.max(1, Math.floor(n / 20));
  const orgs = n - people - fields; // ≥ 2 since n ≥ 4
  const kindOf = (i: number): EntityKind => (i < people ? "person" : i < people + fields ? "field" : "organization");
  const labelOf = (i: number): string =>
    compact
      ? `${i < people ? "P" : i < people + fields ? "F" : "C"}${i}`
      : i < people
        ? `Person ${i}`
        : i < people + fields
          ? `${FIELDS[(i - people) % FIELDS.length]!} ${i}`
          : `Company ${i}`;
  const entities: StoryInput["entities"] = [];
  for (let i = 0; i < n; i++) {
    const kind = kindOf(i);
    entities.push(
      compact
        ? { id: `e${i}`, kind, label: labelOf(i) }
        : {
            id: `e${i}`,
            kind,
            label: labelOf(i),
            aliases: [kind === "person" ? `the person number ${i}` : kind === "field" ? `field number ${i}` : `the firm number ${i}`],
            ...(i % 10 === 0 && { description: `Entity number ${i} of the synthetic corpus.` }),
          },
    );
  }
  const pickRange = (from: number, count: number) => from + Math.floor(rand() * count);
  const person = () => pickRange(0, people);
  const org = () => pickRange(people + fields, orgs);
  const field = () => pickRange(people, fields);
  const orgOrPerson = () => (rand() < 0.8 ? org() : person());
  const otherOrg = (a: number) => {
    const b = org();
    return b !== a ? b : b + 1 < n ? b + 1 : people + fields;
  };

  const sentenceTexts: string[] = [];
  const sentenceStarts: number[] = [];
  let offset = 0;
  const addSentence = (s: string): string => {
    sentenceStarts.push(offset);
    sentenceTexts.push(s);
    offset += s.length + 1;
    return `s${sentenceTexts.length}`;
  };
  const noClaims: NonNullable<StoryInput["noClaims"]> = [];
  const relations: RelationInput[] = [];
  const quoteOffsets: number[][] = [];
  /** Restatements waiting for a later sentence: [relation index, claim]. */
  const pending: [number, string, Modality, string | undefined][] = [];

  for (let r = 0; r < m; r++) {
    if (r % 20 === 19 && !compact) {
      const id = addSentence(`Markets were calm that week (note ${r}).`);
      noClaims.push({ sentence: id, reason: "market colour, no claim about the graph" });
    }
    const roll = rand();
    let acc = 0;
    let kind: RelationKind = "invested";
    for (const [k, share] of KIND_SHARES) {
      acc += share;
      if (roll < acc) {
        kind = k;
        break;
      }
    }
    let source: number;
    let target: number;
    switch (kind) {
      case "founded":
        source = person();
        target = org();
        break;
      case "pursues":
        source = orgOrPerson();
        target = field();
        break;
      case "partnered":
      case "diverges-from":
        source = org();
        target = otherOrg(source);
        break;
      case "seeks":
        source = orgOrPerson();
        target = rand() < 0.7 ? org() : person();
        if (target === source) target = source < people ? org() : otherOrg(source);
        break;
      default: // invested, depends-on
        source = orgOrPerson();
        target = org();
        if (target === source) target = otherOrg(source);
    }
    const precision = r % 3;
    const year = 1990 + (r % 35);
    const month = 1 + (r % 12);
    const day = 1 + (r % 28);
    const date = precision === 0 ? String(year) : precision === 1 ? `${year}-${String(month).padStart(2, "0")}` : `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const when = precision === 0 ? `in ${year}` : precision === 1 ? `in ${MONTHS[month - 1]} ${year}` : `on ${MONTHS[month - 1]} ${day}, ${year}`;
    const amount = kind === "invested" && !compact ? (1 + (r % 97)) * 1_000_000 : 0;
    const claim = compact
      ? `${entities[source]!.label} ${kind} ${entities[target]!.label}`
      : `${entities[source]!.label} ${VERBS[kind]} ${entities[target]!.label}${amount ? ` with ${amount} dollars` : ""} ${when}`;
    const [modality, lead, attribution] = compact ? LEADS[0]! : LEADS[r % LEADS.length]!;
    const quote = lead ? claim[0]!.toLowerCase() + claim.slice(1) : claim;
    const sentence = compact ? `${quote}.` : `${lead}${quote} (item ${r}).`;
    const sid = addSentence(sentence);
    const offsets = [lead.length];
    const citations: RelationInput["citations"] = [
      { sentence: sid, quote, modality, ...(attribution !== undefined && { attribution }), gloss: compact ? kind : `${claim}.` },
    ];
    // a restatement of an earlier relation, cited as its second citation
    const again = pending.length > 0 && r % 2 === 0 && !compact ? pending.shift() : undefined;
    if (again) {
      const [rel, earlierClaim] = again;
      const restated = `As said before, ${earlierClaim[0]!.toLowerCase()}${earlierClaim.slice(1)} (restated ${rel}).`;
      const sid2 = addSentence(restated);
      const q = `${earlierClaim[0]!.toLowerCase()}${earlierClaim.slice(1)}`;
      relations[rel]!.citations.push({ sentence: sid2, quote: q, modality: "asserted", gloss: `${earlierClaim}.` });
      quoteOffsets[rel]!.push("As said before, ".length);
    }
    if (r % 8 === 3) pending.push([r, claim, modality, attribution]);
    relations.push({
      id: `r${r}`,
      kind,
      source: `e${source}`,
      target: `e${target}`,
      ...(!compact && { date }),
      ...(amount ? { amount: { value: amount, currency: r % 5 === 0 ? "EUR" : "USD", scope: r % 7 === 0 ? ("total" as const) : ("tranche" as const) } } : {}),
      ...(r % 6 === 0 && !compact && { description: `Relation number ${r} of the synthetic corpus.` }),
      citations,
    });
    quoteOffsets.push(offsets);
  }
  if (sentenceTexts.length === 0) addSentence("Nothing happened.");
  return {
    input: {
      article: { text: sentenceTexts.join(" "), language: "en", title: `Synthetic story ${n}/${m}` },
      entities,
      relations,
      noClaims,
    },
    sentenceStarts,
    sentenceTexts,
    quoteOffsets,
  };
}

/** A deterministic synthetic story input with `entities` entities and `relations` relations. */
export function generateStory(options: GenerateOptions): StoryInput {
  return plan(options).input;
}

/**
 * The validated story of `generateStory(options)`, built directly: equal to
 * `buildStory(generateStory(options))` (a test checks it) but without segmenting or validating,
 * so the query benchmark can have a million relations in seconds. Not frozen.
 */
export function generateStoryModel(options: GenerateOptions): Story {
  const p = plan(options);
  const sentences: Sentence[] = p.sentenceTexts.map((text, index) => ({
    id: `s${index + 1}`,
    index,
    text,
    start: p.sentenceStarts[index]!,
    end: p.sentenceStarts[index]! + text.length,
  }));
  const entities: Entity[] = p.input.entities.map((e) => ({
    id: e.id,
    kind: e.kind,
    label: e.label,
    aliases: e.aliases ?? [],
    ...(e.description !== undefined && { description: e.description }),
  }));
  const relations: Relation[] = p.input.relations.map((r, i) => {
    const citations: Citation[] = r.citations.map((c, j) => {
      const sentence = sentences[Number(c.sentence.slice(1)) - 1]!;
      const local = p.quoteOffsets[i]![j]!;
      const start = sentence.start + local;
      return {
        sentence: sentence.id,
        quote: c.quote,
        start,
        end: start + c.quote.length,
        sentenceStart: local,
        sentenceEnd: local + c.quote.length,
        modality: c.modality,
        attribution: c.attribution !== undefined ? { kind: "source", name: c.attribution } : { kind: "author" },
        gloss: c.gloss,
      };
    });
    const date = r.date === undefined ? null : parseDate(r.date);
    return {
      id: r.id,
      kind: r.kind,
      source: r.source,
      target: r.target,
      symmetric: RELATION_RULES[r.kind].symmetric,
      ...(date && { date }),
      ...(r.amount && { amount: { ...r.amount } }),
      ...(r.description !== undefined && { description: r.description }),
      citations,
      modalities: MODALITIES.filter((m) => citations.some((c) => c.modality === m)),
    };
  });
  const a = p.input.article;
  return {
    article: { text: a.text, language: a.language, ...(a.title !== undefined && { title: a.title }) },
    sentences,
    entities,
    relations,
    noClaims: (p.input.noClaims ?? []).map((x) => ({ sentence: x.sentence, reason: x.reason })),
  };
}
