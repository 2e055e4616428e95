/**
 * Synthetic storygraph/2 stories of any size for the benchmarks and the scale tests: N entities,
 * relations and events, and a generated English or French article whose sentences the citations
 * really quote. Seeded and deterministic: the same options give the same story, byte for byte.
 * Not part of the shipped library.
 *
 * Shape of what is generated (chosen to look like a corpus of business news, and to exercise every
 * path of validation):
 * - entities of every news-core kind (20 % people, 45 % organizations, places, products, fields,
 *   groups) and of the story's own kind `fund` (a subkind of organization, so domain and range
 *   rules go through `isA`); each has an alias, one in ten a description;
 * - relations of every news-core kind and of the story's own kind `advises`, each joining entities
 *   its kind's domain and range allow (common kinds common, rare kinds rare: queries by kind are not
 *   all equally selective);
 * - events (by default a fifth of the claims) of twelve kinds, the story's own `funding-round`
 *   among them, with two or three participants in roles of their kind: founders, investors,
 *   acquirers and sellers, parties; terminations and strains are `about` a partnership relation,
 *   impacts and announcements have an earlier event as a participant;
 * - time qualifiers (`start`, `end`, `start`+`end`, `pointInTime`, `announced`, at year, month and
 *   day precision) and amounts (millions of euros or dollars) **written in the quoted words**
 *   ("In March 2021, …" is never needed: "… invested 12 million euros in Company 40 in March
 *   2021"), so that grounding reads every one; one claim in fifty carries an `inferred` date, and
 *   some investments an `inferred` amount, instead;
 * - factuality as the words say it: certain, probable ("apparently", "semble"), possible ("may",
 *   "pourrait"), unknown ("If …", "Si …"), negative ("does not", "n’… pas");
 * - named sources: a quarter of the citations are reported, by a source named in the sentence
 *   ("According to people close to the matter, …", "Selon Personne 3, …" with its entity), or
 *   named earlier in the article ("The same sources say …"), a few by a chain of two;
 * - one claim in eight has a second citation in a later sentence that restates it;
 * - the first sentence names the generic sources and holds no claim; one sentence in twenty more
 *   holds no claim; both are declared in `noClaims`.
 * The article is the sentences joined by one space; each citation quotes the claim inside its
 * sentence (not the whole sentence), and the quote stands once in it.
 *
 * `generateStoryModel` builds the validated `Story` directly (offsets computed while generating),
 * for sizes where `buildStory` would only add minutes: a test checks that it equals
 * `buildStory(generateStory(options))`.
 */
import { claimPeriod, parseDate } from "../src/graph/dates.ts";
import type { Amount, Citation, Entity, Participant, Relation, Sentence, Source, Story, StoryEvent, TimeQualifier } from "../src/graph/model.ts";
import type { CitationInput, EventInput, RelationInput, StoryInput, TimeQualifierInput, VocabularyInput } from "../src/graph/input/schema.ts";
import { modalitiesOf } from "../src/graph/input/citations.ts";
import { claimModalities } from "../src/graph/input/meaning.ts";
import { STORY_FORMAT } from "../src/graph/input/story-format.ts";
import { mulberry32 } from "../src/graph/random.ts";
import { TIME_QUALIFIERS, type Certainty, type Polarity } from "../src/graph/values.ts";
import { resolveVocabulary, vocabularyIndex } from "../src/graph/vocabulary/resolve.ts";

export interface GenerateOptions {
  /** Number of entities (at least 8: one of each kind, two organizations). */
  readonly entities: number;
  /** Number of relations (at least 0). */
  readonly relations: number;
  /**
   * Number of events (at least 0). Default: a fifth of the claims (`relations / 4`, rounded),
   * none for a compact story (so that the viewer's 50k-relation compact story keeps its size).
   */
  readonly events?: number;
  /** PRNG seed (default 1). */
  readonly seed?: number;
  /** Language of the article: `en` (default) or `fr`. */
  readonly language?: "en" | "fr";
  /**
   * Terse story, so that a 10k-entity / 50k-relation story fits the 10 MiB story file limit of the
   * viewer (about 200 bytes of JSON per relation instead of 500; storygraph/2's `factuality` alone
   * takes 58 of them): labels, ids and sentences in base 36 (a sentence is the two ends' numbers,
   * "43K 4ZK.", and its quote those words), every citation certain and said by the author,
   * one-character glosses, no dates, amounts, aliases, descriptions, restatements, no-claim
   * sentences or own kinds. The relation kinds of the news core are used in turn.
   */
  readonly compact?: boolean;
  /**
   * Give entity number i the Wikidata-style id `Q{900000000 + i}` (default false): synthetic ids,
   * beyond the items Wikidata has, the same for the same entity number whatever the seed, so that
   * stories of the same size and other seeds share their entities in a corpus (the RDF benchmark).
   */
  readonly wikidata?: boolean;
}

/** The seeded PRNG the generator draws from: the library's own mulberry32. */
export const prng = mulberry32;

/** Relations and events for a number of claims: a fifth of them events (the bench's sizes are in claims). */
export function splitClaims(claims: number): { relations: number; events: number } {
  const events = Math.round(claims / 5);
  return { relations: claims - events, events };
}

/** Entities for a number of claims in the benchmark: one entity per five claims (at least 8, the minimum). */
export function entitiesFor(claims: number): number {
  return Math.max(8, Math.round(claims / 5));
}

/** The synthetic Wikidata id of entity number `i` (option `wikidata`): `Q{900000000 + i}`. */
export function syntheticWikidata(i: number): string {
  return `Q${900_000_000 + i}`;
}

/** The kinds the story declares on top of the news core (not in compact stories). */
export const OWN_VOCABULARY: VocabularyInput = {
  entityKinds: [{ id: "fund", label: "investment fund", description: "A fund that invests in companies (a kind of organization).", parent: "organization" }],
  relationKinds: [
    { id: "advises", label: "advises", description: "The source is an adviser of the target.", domain: ["person", "organization"], range: ["organization", "person"], symmetric: false },
  ],
  eventKinds: [
    {
      id: "funding-round",
      label: "funding round",
      description: "A company raises money from investors led by one of them.",
      roles: [
        { id: "lead", label: "lead investor", kinds: ["fund", "organization", "person"], required: true },
        { id: "company", label: "company", kinds: ["organization"], required: true },
      ],
    },
  ],
};

const AUTHOR = "Synthetic Desk";
const PUBLISHED = "2025-06-30";

// ---------------------------------------------------------------------------------------------
// Entities

type Pool = "person" | "organization" | "fund" | "place" | "product" | "field" | "group";
/** Pools in index order, with their share of the entities (organizations take the rest). */
const POOLS: readonly (readonly [Pool, number])[] = [
  ["person", 0.2],
  ["organization", 0],
  ["fund", 0.05],
  ["place", 0.07],
  ["product", 0.13],
  ["field", 0.05],
  ["group", 0.05],
];
const LABELS: Record<"en" | "fr" | "compact", Record<Pool, string>> = {
  en: { person: "Person", organization: "Company", fund: "Fund", place: "City", product: "Product", field: "", group: "Shareholders" },
  fr: { person: "Personne", organization: "Société", fund: "Fonds", place: "Ville", product: "Produit", field: "", group: "Actionnaires" },
  compact: { person: "P", organization: "C", fund: "C", place: "L", product: "D", field: "F", group: "G" },
};
const FIELDS = {
  en: ["artificial intelligence", "cloud computing", "quantum computing", "robotics", "biotechnology", "energy"],
  fr: ["intelligence artificielle", "informatique en nuage", "informatique quantique", "robotique", "biotechnologie", "énergie"],
} as const;
const ALIASES: Record<"en" | "fr", Record<Pool, string>> = {
  en: { person: "the person number", organization: "the firm number", fund: "the fund number", place: "the city number", product: "the product number", field: "field number", group: "the shareholders number" },
  fr: { person: "la personne numéro", organization: "la firme numéro", fund: "le fonds numéro", place: "la ville numéro", product: "le produit numéro", field: "le domaine numéro", group: "les actionnaires numéro" },
};

// ---------------------------------------------------------------------------------------------
// Wording

const MONTHS = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
} as const;

/** A date as written in a quote, and its value. */
interface WrittenDate {
  readonly value: string;
  readonly year: number;
  /** "2015", "March 2021", "March 4, 2021" / "2015", "mars 2021", "4 mars 2021". */
  readonly words: string;
  readonly precision: 0 | 1 | 2;
}

function writtenDate(lang: "en" | "fr", year: number, month: number, day: number, precision: 0 | 1 | 2): WrittenDate {
  const mm = String(month).padStart(2, "0");
  const dd = String(day).padStart(2, "0");
  const value = precision === 0 ? String(year) : precision === 1 ? `${year}-${mm}` : `${year}-${mm}-${dd}`;
  const name = MONTHS[lang][month - 1]!;
  const words =
    precision === 0 ? String(year) : precision === 1 ? `${name} ${year}` : lang === "en" ? `${name} ${day}, ${year}` : `${day === 1 ? "1er" : day} ${name} ${year}`;
  return { value, year, words, precision };
}

/** "in 2015", "in March 2021", "on March 4, 2021" / "en 2015", "en mars 2021", "le 4 mars 2021". */
function at(lang: "en" | "fr", d: WrittenDate): string {
  if (lang === "en") return `${d.precision === 2 ? "on" : "in"} ${d.words}`;
  return `${d.precision === 2 ? "le" : "en"} ${d.words}`;
}
function since(lang: "en" | "fr", d: WrittenDate): string {
  return lang === "en" ? `since ${d.words}` : `depuis ${d.precision === 2 ? "le " : ""}${d.words}`;
}
function until(lang: "en" | "fr", d: WrittenDate): string {
  return lang === "en" ? `until ${d.words}` : d.precision === 2 ? `jusqu’au ${d.words}` : `jusqu’en ${d.words}`;
}
function fromTo(lang: "en" | "fr", a: WrittenDate, b: WrittenDate): string {
  return lang === "en" ? `from ${a.words} to ${b.words}` : `de ${a.words} à ${b.words}`;
}
/** "12 million euros" / "12 millions d’euros". */
function money(lang: "en" | "fr", millions: number, currency: "EUR" | "USD"): string {
  if (lang === "en") return `${millions} million ${currency === "EUR" ? "euros" : "dollars"}`;
  return `${millions} million${millions > 1 ? "s" : ""} ${currency === "EUR" ? "d’euros" : "de dollars"}`;
}

/** How a citation words its claim: factuality, and whether the words say so. */
interface Stance {
  readonly certainty: Certainty;
  readonly polarity: Polarity;
}
const CERTAIN: Stance = { certainty: "certain", polarity: "positive" };

/**
 * A verb in the forms a stance needs. English: third person (or past) and base (`is a partner
 * of` / `be a partner of`; `invested` / `invest`); French: conjugated and infinitive (`est
 * partenaire de` / `être partenaire de`; `a investi` / `avoir investi`). `plural` for French
 * subjects such as "A et B".
 */
interface Verb {
  readonly en: readonly [string, string];
  readonly fr: readonly [string, string];
}

/** The verb phrase for a stance (`unknown` is worded by the clause: "If …"). */
function verbFor(lang: "en" | "fr", verb: Verb, stance: Stance, plural = false, past = false): string {
  if (lang === "en") {
    const [third, base] = verb.en;
    if (stance.polarity === "negative") {
      const [first, ...rest] = third.split(" ");
      if (first === "is" || first === "has" || first === "was" || first === "are") return `${first} not ${rest.join(" ")}`;
      return `${past ? "did" : plural ? "do" : "does"} not ${base}`;
    }
    if (stance.certainty === "probable") return `apparently ${third}`;
    if (stance.certainty === "possible") return past ? `may have ${third.startsWith("was ") ? "been " + third.slice(4) : third}` : `may ${base}`;
    return third;
  }
  const [conj, inf] = verb.fr;
  if (stance.polarity === "negative") {
    const [first, ...rest] = conj.split(" ");
    return `${/^[aeiouéèêhœ]/i.test(first!) ? "n’" : "ne "}${first} pas${rest.length ? " " + rest.join(" ") : ""}`;
  }
  if (stance.certainty === "probable") return `${plural ? "semblent" : "semble"} ${inf}`;
  if (stance.certainty === "possible") return `${plural ? "pourraient" : "pourrait"} ${inf}`;
  return conj;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One clause: subject, verb, the rest; wrapped as a condition when the stance is `unknown`. */
function clause(lang: "en" | "fr", subject: string, verb: Verb, rest: string, stance: Stance, opts: { plural?: boolean; past?: boolean } = {}): string {
  const words = `${subject} ${verbFor(lang, verb, stance, opts.plural, opts.past)}${rest ? " " + rest : ""}`;
  return stance.certainty === "unknown" ? `${lang === "en" ? "if" : "si"} ${words}` : words;
}

/** Relation kinds: share, the pools of each end, the verb. */
interface RelationTemplate {
  readonly kind: string;
  readonly share: number;
  readonly source: readonly Pool[];
  readonly target: readonly Pool[];
  readonly verb: Verb;
  /** The story's own kind (left out without own vocabulary). */
  readonly own?: boolean;
}

const RELATIONS: readonly RelationTemplate[] = [
  { kind: "invested", share: 0.16, source: ["organization", "fund", "person"], target: ["organization", "product"], verb: { en: ["has invested", "have invested"], fr: ["a investi", "avoir investi"] } },
  { kind: "partnered", share: 0.12, source: ["organization"], target: ["organization"], verb: { en: ["is a partner of", "be a partner of"], fr: ["est partenaire de", "être partenaire de"] } },
  { kind: "works-for", share: 0.1, source: ["person"], target: ["organization"], verb: { en: ["works for", "work for"], fr: ["travaille pour", "travailler pour"] } },
  { kind: "seeks", share: 0.06, source: ["organization", "person"], target: ["organization", "person"], verb: { en: ["wants support from", "want support from"], fr: ["attend un soutien de", "attendre un soutien de"] } },
  { kind: "founded", share: 0.04, source: ["person"], target: ["organization"], verb: { en: ["is a founder of", "be a founder of"], fr: ["est fondateur de", "être fondateur de"] } },
  { kind: "depends-on", share: 0.05, source: ["organization"], target: ["organization", "product"], verb: { en: ["depends on the cloud of", "depend on the cloud of"], fr: ["dépend du nuage de", "dépendre du nuage de"] } },
  { kind: "pursues", share: 0.05, source: ["organization", "person"], target: ["field"], verb: { en: ["works towards", "work towards"], fr: ["œuvre dans le domaine de", "œuvrer dans le domaine de"] } },
  { kind: "leads", share: 0.06, source: ["person"], target: ["organization", "group"], verb: { en: ["leads", "lead"], fr: ["dirige", "diriger"] } },
  { kind: "member-of", share: 0.03, source: ["organization", "person"], target: ["group", "organization"], verb: { en: ["is a member of", "be a member of"], fr: ["est membre de", "être membre de"] } },
  { kind: "owns", share: 0.05, source: ["organization", "person"], target: ["product", "organization", "place"], verb: { en: ["owns", "own"], fr: ["possède", "posséder"] } },
  { kind: "subsidiary-of", share: 0.03, source: ["organization"], target: ["organization"], verb: { en: ["is a subsidiary of", "be a subsidiary of"], fr: ["est une filiale de", "être une filiale de"] } },
  { kind: "located-in", share: 0.06, source: ["organization", "person", "product"], target: ["place"], verb: { en: ["is based in", "be based in"], fr: ["est installée à", "être installée à"] } },
  { kind: "produces", share: 0.06, source: ["organization"], target: ["product"], verb: { en: ["makes", "make"], fr: ["fabrique", "fabriquer"] } },
  { kind: "competes-with", share: 0.04, source: ["organization", "product"], target: ["organization", "product"], verb: { en: ["competes with", "compete with"], fr: ["concurrence", "concurrencer"] } },
  { kind: "diverges-from", share: 0.02, source: ["organization"], target: ["organization"], verb: { en: ["disagrees on strategy with", "disagree on strategy with"], fr: ["diverge sur la stratégie avec", "diverger sur la stratégie avec"] } },
  { kind: "supports", share: 0.02, source: ["organization", "person", "group"], target: ["organization", "product", "person"], verb: { en: ["backs", "back"], fr: ["soutient", "soutenir"] } },
  { kind: "opposes", share: 0.02, source: ["group", "organization", "person"], target: ["organization", "product"], verb: { en: ["opposes", "oppose"], fr: ["s’oppose à", "s’opposer à"] } },
  { kind: "advises", share: 0.03, source: ["person", "organization"], target: ["organization", "person"], verb: { en: ["advises", "advise"], fr: ["conseille", "conseiller"] }, own: true },
];

/** Event kinds and their share of the events. */
const EVENT_SHARES: readonly (readonly [string, number])[] = [
  ["investment", 0.25],
  ["founding", 0.1],
  ["acquisition", 0.12],
  ["agreement", 0.1],
  ["appointment", 0.08],
  ["launch", 0.08],
  ["lawsuit", 0.05],
  ["termination", 0.05],
  ["strain", 0.04],
  ["impact", 0.05],
  ["announcement", 0.03],
  ["funding-round", 0.05],
];

const SOURCES = {
  en: ["people close to the matter", "two analysts", "a spokesperson", "the sources"],
  fr: ["des sources proches du dossier", "deux analystes", "un porte-parole", "les sources"],
} as const;
const WORDS = {
  en: {
    intro: `This report draws on ${SOURCES.en[0]}, ${SOURCES.en[1]}, ${SOURCES.en[2]} and ${SOURCES.en[3]} we spoke to.`,
    introReason: "introduces the sources the article relies on; states no claim",
    accordingTo: "According to",
    sameSources: "The same sources say that",
    citing: "citing",
    again: "As said before,",
    ifTail: ", the sector will change",
    calm: "Markets were calm that week.",
    calmReason: "market colour, no claim about the graph",
    and: "and",
  },
  fr: {
    intro: `Cet article s’appuie sur ${SOURCES.fr[0]}, ${SOURCES.fr[1]}, ${SOURCES.fr[2]} et ${SOURCES.fr[3]} consultées.`,
    introReason: "introduces the sources the article relies on; states no claim",
    accordingTo: "Selon",
    sameSources: "Les mêmes sources indiquent que",
    citing: "citant",
    again: "Comme indiqué plus haut,",
    ifTail: ", le secteur changera",
    calm: "Les marchés étaient calmes cette semaine-là.",
    calmReason: "market colour, no claim about the graph",
    and: "et",
  },
} as const;

// ---------------------------------------------------------------------------------------------
// The plan: the input, with what the direct model needs (offsets)

interface Plan {
  readonly input: StoryInput;
  /** Start offset of each sentence (same order as the sentences of the article). */
  readonly sentenceStarts: readonly number[];
  readonly sentenceTexts: readonly string[];
  /** For each relation, for each citation: offset of the quote in its sentence. */
  readonly relationOffsets: readonly (readonly number[])[];
  /** For each event, for each citation: offset of the quote in its sentence. */
  readonly eventOffsets: readonly (readonly number[])[];
}

/** A claim being written: its input and where its quotes stand. */
interface Draft {
  readonly citations: CitationInput[];
  readonly offsets: number[];
}

function plan(options: GenerateOptions): Plan {
  const n = options.entities;
  const m = options.relations;
  const compact = options.compact === true;
  const e = options.events ?? (compact ? 0 : Math.round(m / 4));
  if (!Number.isInteger(n) || n < 8) throw new RangeError("generateStory: entities must be an integer ≥ 8");
  if (!Number.isInteger(m) || m < 0) throw new RangeError("generateStory: relations must be an integer ≥ 0");
  if (!Number.isInteger(e) || e < 0) throw new RangeError("generateStory: events must be an integer ≥ 0");
  const lang = options.language ?? "en";
  if (lang !== "en" && lang !== "fr") throw new RangeError('generateStory: language must be "en" or "fr"');
  const own = !compact;
  const rand = prng(options.seed ?? 1);
  const words = WORDS[lang];

  // entities: contiguous ranges per pool
  const ranges = new Map<Pool, { from: number; count: number }>();
  {
    const counts = POOLS.map(([pool, share]) => (pool === "organization" ? 0 : Math.max(1, Math.floor(n * share))));
    const orgs = n - counts.reduce((a, b) => a + b, 0);
    let from = 0;
    POOLS.forEach(([pool], k) => {
      const count = pool === "organization" ? orgs : counts[k]!;
      ranges.set(pool, { from, count });
      from += count;
    });
  }
  const poolOf = (i: number): Pool => {
    for (const [pool, r] of ranges) if (i < r.from + r.count) return pool;
    return "group";
  };
  // compact stories write numbers in base 36: every byte counts under the viewer's 10 MiB limit
  const entityId = (i: number) => (compact ? `e${i.toString(36)}` : `e${i}`);
  const entityKind = (pool: Pool): string => (pool === "fund" && !own ? "organization" : pool);
  const labels: string[] = [];
  const indexOfId = new Map<string, number>();
  const entities: StoryInput["entities"] = [];
  for (let i = 0; i < n; i++) {
    const pool = poolOf(i);
    const kind = entityKind(pool);
    const label = compact
      ? `${LABELS.compact[pool]}${i.toString(36)}`
      : pool === "field"
        ? `${FIELDS[lang][(i - ranges.get("field")!.from) % FIELDS[lang].length]!} ${i}`
        : `${LABELS[lang][pool]} ${i}`;
    labels.push(label);
    indexOfId.set(entityId(i), i);
    const wikidata = options.wikidata === true ? { wikidata: syntheticWikidata(i) } : {};
    entities.push(
      compact
        ? { id: entityId(i), kind, label, ...wikidata }
        : {
            id: entityId(i),
            kind,
            label,
            ...wikidata,
            aliases: [`${ALIASES[lang][pool]} ${i}`],
            ...(i % 10 === 0 && { description: `Entity number ${i} of the synthetic corpus.` }),
          },
    );
  }
  const pick = (pools: readonly Pool[], not = -1): number => {
    // the first pool most of the time, the others shared by the rest
    const pool = pools.length === 1 || rand() < 0.7 ? pools[0]! : pools[1 + Math.floor(rand() * (pools.length - 1))]!;
    const r = ranges.get(pool)!;
    let i = r.from + Math.floor(rand() * r.count);
    if (i === not) i = r.count > 1 ? r.from + ((i - r.from + 1) % r.count) : pick(pools.length > 1 ? pools.slice(1) : ["organization"], not);
    return i;
  };

  // sentences
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
  if (!compact) noClaims.push({ sentence: addSentence(words.intro), reason: words.introReason });

  /**
   * Write one sentence quoting `quote` (the claim's words, lower-case start), with a lead naming
   * its sources or a condition's tail; returns the citation and where its quote stands.
   */
  const cite = (draft: Draft, quote: string, stance: Stance, gloss: string, again = false): void => {
    let lead = "";
    let sources: CitationInput["sources"];
    if (again) lead = `${words.again} `;
    else if (!compact && rand() < 0.25) {
      const roll = rand();
      const generic = SOURCES[lang][Math.floor(rand() * SOURCES[lang].length)]!;
      if (roll < 0.45) {
        lead = `${words.accordingTo} ${generic}, `;
        sources = [generic];
      } else if (roll < 0.65) {
        // named in the article's first sentence: the source carries over
        lead = `${words.sameSources} `;
        sources = [generic];
      } else {
        const person = pick(["person"]);
        const name = labels[person]!;
        if (roll < 0.9) {
          lead = `${words.accordingTo} ${name}, `;
          sources = [{ name, entity: entityId(person) }];
        } else {
          lead = `${words.accordingTo} ${name}, ${words.citing} ${generic}, `;
          sources = [{ name, entity: entityId(person) }, generic];
        }
      }
    }
    const text = lead ? quote : capitalise(quote);
    const tail = stance.certainty === "unknown" ? words.ifTail : "";
    const sid = addSentence(`${lead}${text}${tail}.`);
    draft.citations.push({
      sentence: sid,
      quote: text,
      factuality: { polarity: stance.polarity, certainty: stance.certainty },
      ...(sources && { sources }),
      gloss: compact ? "-" : gloss,
    });
    draft.offsets.push(lead.length);
  };

  const stanceRoll = (): Stance => {
    if (compact) return CERTAIN;
    const r = rand();
    if (r < 0.6) return CERTAIN;
    if (r < 0.74) return { certainty: "probable", polarity: "positive" };
    if (r < 0.86) return { certainty: "possible", polarity: "positive" };
    if (r < 0.92) return { certainty: "unknown", polarity: "positive" };
    return { certainty: "certain", polarity: "negative" };
  };
  const dateRoll = (r: number, from = 1990, span = 35): WrittenDate => {
    const precision = (Math.floor(rand() * 3) % 3) as 0 | 1 | 2;
    return writtenDate(lang, from + Math.floor(rand() * span), 1 + (r % 12), 1 + (r % 28), precision);
  };
  const inferredDate = (r: number): TimeQualifierInput => ({ value: String(1990 + (r % 35)), inferred: "the year the company filings give; the article does not say" });

  // restatements waiting for a later sentence: [relation or event, index, claim words, gloss]
  const pending: [Draft, string, Stance, string][] = [];
  const restate = (k: number) => {
    const again = pending.length > 0 && k % 2 === 0 && !compact ? pending.shift() : undefined;
    if (again) cite(again[0], again[1], again[2], again[3], true);
  };

  const relations: RelationInput[] = [];
  const relationDrafts: Draft[] = [];
  const events: EventInput[] = [];
  const eventDrafts: Draft[] = [];
  const partnerships: number[] = [];
  const templates = RELATIONS.filter((t) => own || !t.own);
  const shareTotal = templates.reduce((a, t) => a + t.share, 0);
  const eventShares = EVENT_SHARES.filter(([k]) => own || k !== "funding-round");
  const eventTotal = eventShares.reduce((a, [, s]) => a + s, 0);

  const writeRelation = (r: number): void => {
    if (r % 20 === 19 && !compact) noClaims.push({ sentence: addSentence(words.calm), reason: words.calmReason });
    // compact stories use every core kind in turn, so that small ones have them all
    let t = templates[r % templates.length]!;
    if (!compact) {
      let roll = rand() * shareTotal;
      for (const x of templates) if ((roll -= x.share) < 0 || x === templates[templates.length - 1]) {
        t = x;
        break;
      }
    }
    const s = pick(t.source);
    const tg = pick(t.target, s);
    const id = compact ? `r${r.toString(36)}` : `r${r}`;
    const draft: Draft = { citations: [], offsets: [] };
    const input: { -readonly [K in keyof RelationInput]: RelationInput[K] } = { id, kind: t.kind, source: entityId(s), target: entityId(tg) } as RelationInput;
    if (compact) {
      // the two ends' numbers (upper case: "1A 2B. 3C" must segment as two sentences)
      cite(draft, `${s.toString(36).toUpperCase()} ${tg.toString(36).toUpperCase()}`, CERTAIN, "-");
    } else {
      const stance = stanceRoll();
      let rest = labels[tg]!;
      let amountWords = "";
      if (t.kind === "invested") {
        const roll = rand();
        if (roll < 0.7) {
          const millions = 1 + Math.floor(rand() * 97);
          const currency = rand() < 0.4 ? "EUR" : "USD";
          amountWords = money(lang, millions, currency);
          input.amount = { value: millions * 1_000_000, currency, ...(r % 7 === 0 ? { scope: "total" as const } : {}) };
        } else if (roll < 0.75) {
          input.amount = { value: (1 + (r % 50)) * 1_000_000, currency: "USD", inferred: "the figure the company's filings give; the article gives none" };
        }
        rest = lang === "en" ? `${amountWords ? amountWords + " " : ""}in ${rest}` : `${amountWords ? amountWords + " " : ""}dans ${rest}`;
      }
      let when = "";
      const q = rand();
      if (q < 0.25) {
        const d = dateRoll(r);
        input.start = d.value;
        when = since(lang, d);
      } else if (q < 0.33) {
        const d = dateRoll(r);
        input.end = d.value;
        when = until(lang, d);
      } else if (q < 0.43) {
        const a = dateRoll(r, 1990, 25);
        const b = writtenDate(lang, a.year + 1 + Math.floor(rand() * 8), 1, 1, 0);
        const from = writtenDate(lang, a.year, 1, 1, 0);
        input.start = from.value;
        input.end = b.value;
        when = fromTo(lang, from, b);
      } else if (q < 0.45) {
        input.start = inferredDate(r);
      }
      let quote: string;
      if (q >= 0.45 && q < 0.55) {
        // an announcement, worded as one: certain, said by the author or a source
        const d = dateRoll(r);
        input.announced = d.value;
        quote =
          lang === "en"
            ? `${labels[s]} announced ${at(lang, d)} that ${labels[s]} ${t.verb.en[0]} ${rest}`
            : `${labels[s]} annonçait ${at(lang, d)} que ${labels[s]} ${t.verb.fr[0]} ${rest}`;
        cite(draft, quote, CERTAIN, `${labels[s]} announced ${d.value} that ${labels[s]} ${t.verb.en[0]} ${labels[tg]}.`);
      } else {
        quote = clause(lang, labels[s]!, t.verb, `${rest}${when ? " " + when : ""}`, stance);
        cite(draft, quote, stance, `${capitalise(clause("en", labels[s]!, t.verb, labels[tg]!, stance))}.`);
      }
      if (r % 8 === 3) pending.push([draft, quote, draft.citations[0]!.factuality, draft.citations[0]!.gloss]);
      if (r % 6 === 0) input.description = `Relation number ${r} of the synthetic corpus.`;
    }
    input.citations = draft.citations;
    if (t.kind === "partnered" && draft.citations[0]!.factuality.polarity === "positive") partnerships.push(relations.length);
    relations.push(input);
    relationDrafts.push(draft);
    restate(r);
  };

  const writeEvent = (v: number): void => {
    if (v % 20 === 19 && !compact) noClaims.push({ sentence: addSentence(words.calm), reason: words.calmReason });
    let kind = eventShares[v % eventShares.length]![0];
    if (!compact) {
      let roll = rand() * eventTotal;
      for (const [k, share] of eventShares) if ((roll -= share) < 0) {
        kind = k;
        break;
      }
    }
    if ((kind === "termination" || kind === "strain") && partnerships.length === 0) kind = "agreement";
    if ((kind === "impact" || kind === "announcement") && events.length === 0) kind = "launch";
    const id = compact ? `v${v.toString(36)}` : `ev${v}`;
    const draft: Draft = { citations: [], offsets: [] };
    const input: { -readonly [K in keyof EventInput]: EventInput[K] } = { id, kind } as EventInput;
    const participants: { role: string; entity?: string; event?: string }[] = [];
    const add = (role: string, i: number) => participants.push({ role, entity: entityId(i) });
    const l = (i: number) => labels[i]!;
    const and = (a: string, b: string, lg: "en" | "fr" = lang) => `${a} ${WORDS[lg].and} ${b}`;
    const stance = stanceRoll();
    const d = dateRoll(v, 1995, 30);
    /** [subject, verb, rest, plural] in the story's language and in English (for the gloss). */
    let w: { subject: [string, string]; verb: Verb; rest: [string, string]; plural?: boolean };
    let label: string;
    let dated = true;
    switch (kind) {
      case "investment":
      case "funding-round": {
        const lead = kind === "investment" ? pick(["organization", "fund", "person"]) : pick(["fund", "organization"]);
        const target = kind === "investment" ? pick(["organization", "product"], lead) : pick(["organization"], lead);
        add(kind === "investment" ? "investor" : "lead", lead);
        add(kind === "investment" ? "recipient" : "company", target);
        const millions = 1 + Math.floor(rand() * 97);
        const currency = rand() < 0.5 ? "EUR" : "USD";
        input.amount = { value: millions * 1_000_000, currency, ...(kind === "investment" && { scope: "tranche" as const }) };
        label = kind === "investment" ? `Investment of ${l(lead)} in ${l(target)}` : `Funding round of ${l(target)} led by ${l(lead)}`;
        if (kind === "investment" && rand() < 0.2 && !compact) {
          // announced, as the default story's July 2019 investment
          input.announced = d.value;
          const quote =
            lang === "en"
              ? `${l(lead)} announced ${at(lang, d)} an investment of ${money(lang, millions, currency)} in ${l(target)}`
              : `${l(lead)} annonçait ${at(lang, d)} un investissement de ${money(lang, millions, currency)} dans ${l(target)}`;
          input.label = label;
          input.participants = participants;
          cite(draft, quote, CERTAIN, `${l(lead)} announced an investment of ${money("en", millions, currency)} in ${l(target)} in ${d.value}.`);
          finishEvent(v, input, draft, quote);
          return;
        }
        w =
          kind === "investment"
            ? {
                subject: [l(lead), l(lead)],
                verb: { en: ["invested", "invest"], fr: ["a investi", "avoir investi"] },
                rest: [lang === "en" ? `${money(lang, millions, currency)} in ${l(target)}` : `${money(lang, millions, currency)} dans ${l(target)}`, `${money("en", millions, currency)} in ${l(target)}`],
              }
            : {
                subject: [l(lead), l(lead)],
                verb: { en: ["led", "lead"], fr: ["a mené", "avoir mené"] },
                rest: [
                  lang === "en" ? `a funding round of ${money(lang, millions, currency)} in ${l(target)}` : `un tour de table de ${money(lang, millions, currency)} dans ${l(target)}`,
                  `a funding round of ${money("en", millions, currency)} in ${l(target)}`,
                ],
              };
        break;
      }
      case "founding": {
        const org = pick(["organization"]);
        const a = pick(["person"]);
        const b = rand() < 0.5 ? pick(["person"], a) : -1;
        add("founded", org);
        add("founder", a);
        if (b !== -1) add("founder", b);
        const founders = b === -1 ? l(a) : and(l(a), l(b));
        const foundersEn = b === -1 ? l(a) : and(l(a), l(b), "en");
        label = `Founding of ${l(org)}`;
        const year = writtenDate(lang, d.year, 1, 1, 0);
        input.pointInTime = year.value;
        w = { subject: [l(org), l(org)], verb: { en: ["was founded", "be founded"], fr: ["a été fondée", "avoir été fondée"] }, rest: [`${lang === "en" ? "by" : "par"} ${founders} ${at(lang, year)}`, `by ${foundersEn} in ${year.value}`] };
        dated = false;
        break;
      }
      case "acquisition": {
        const buyer = pick(["organization", "fund"]);
        const bought = pick(["product", "organization"], buyer);
        const seller = rand() < 0.6 ? pick(["organization"], buyer) : -1;
        add("acquirer", buyer);
        add("acquired", bought);
        if (seller !== -1 && seller !== bought) add("seller", seller);
        const hasSeller = participants.length === 3;
        const millions = 1 + Math.floor(rand() * 97);
        const currency = rand() < 0.5 ? "EUR" : "USD";
        input.amount = { value: millions * 1_000_000, currency };
        label = `Acquisition of ${l(bought)} by ${l(buyer)}`;
        const fromSeller = (lg: "en" | "fr") => (hasSeller ? (lg === "en" ? ` from ${l(seller)}` : ` à ${l(seller)}`) : "");
        w = {
          subject: [l(buyer), l(buyer)],
          verb: { en: ["bought", "buy"], fr: ["a racheté", "avoir racheté"] },
          rest: [`${l(bought)}${fromSeller(lang)} ${lang === "en" ? "for" : "pour"} ${money(lang, millions, currency)}`, `${l(bought)}${fromSeller("en")} for ${money("en", millions, currency)}`],
        };
        break;
      }
      case "agreement": {
        const a = pick(["organization"]);
        const b = pick(["organization", "place"], a);
        add("party", a);
        add("party", b);
        label = `Agreement between ${l(a)} and ${l(b)}`;
        w = { subject: [and(l(a), l(b)), and(l(a), l(b), "en")], verb: { en: ["signed", "sign"], fr: ["ont signé", "avoir signé"] }, rest: [lang === "en" ? "an agreement" : "un accord", "an agreement"], plural: true };
        break;
      }
      case "appointment": {
        const org = pick(["organization"]);
        const who = pick(["person"]);
        add("appointee", who);
        add("organization", org);
        label = `Appointment of ${l(who)} at ${l(org)}`;
        w = { subject: [l(org), l(org)], verb: { en: ["appointed", "appoint"], fr: ["a nommé", "avoir nommé"] }, rest: [lang === "en" ? `${l(who)} as chief executive` : `${l(who)} à la direction générale`, `${l(who)} as chief executive`] };
        break;
      }
      case "launch": {
        const maker = pick(["organization"]);
        const product = pick(["product"]);
        add("maker", maker);
        add("launched", product);
        label = `Launch of ${l(product)}`;
        w = { subject: [l(maker), l(maker)], verb: { en: ["launched", "launch"], fr: ["a lancé", "avoir lancé"] }, rest: [l(product), l(product)] };
        break;
      }
      case "lawsuit": {
        const plaintiff = pick(["organization", "person", "group"]);
        const defendant = pick(["organization"], plaintiff);
        add("plaintiff", plaintiff);
        add("defendant", defendant);
        label = `Lawsuit of ${l(plaintiff)} against ${l(defendant)}`;
        w = { subject: [l(plaintiff), l(plaintiff)], verb: { en: ["sued", "sue"], fr: ["a poursuivi", "avoir poursuivi"] }, rest: [lang === "en" ? l(defendant) : `${l(defendant)} en justice`, l(defendant)] };
        break;
      }
      case "termination":
      case "strain": {
        const rel = relations[partnerships[Math.floor(rand() * partnerships.length)]!]!;
        const a = indexOfId.get(rel.source)!;
        const b = indexOfId.get(rel.target)!;
        add("party", a);
        add("party", b);
        input.about = [rel.id];
        if (kind === "termination") {
          label = `End of the partnership between ${l(a)} and ${l(b)}`;
          w = {
            subject: [lang === "en" ? `the partnership between ${and(l(a), l(b))}` : `le partenariat entre ${and(l(a), l(b))}`, `the partnership between ${and(l(a), l(b), "en")}`],
            verb: { en: ["ended", "end"], fr: ["a pris fin", "avoir pris fin"] },
            rest: ["", ""],
          };
        } else {
          label = `Strain between ${l(a)} and ${l(b)}`;
          w = {
            subject: [lang === "en" ? `relations between ${and(l(a), l(b))}` : `les relations entre ${and(l(a), l(b))}`, `relations between ${and(l(a), l(b), "en")}`],
            verb: { en: ["soured", "sour"], fr: ["ont empiré", "avoir empiré"] },
            rest: ["", ""],
            plural: true,
          };
        }
        break;
      }
      case "impact":
      case "announcement": {
        const cause = events[Math.floor(rand() * events.length)]!;
        if (kind === "impact") {
          participants.push({ role: "cause", event: cause.id });
          const hit = pick(["organization", "group", "product"]);
          add("affected", hit);
          const also = rand() < 0.3 ? pick(["organization"], hit) : -1;
          if (also !== -1) add("affected", also);
          const who = also === -1 ? l(hit) : and(l(hit), l(also));
          const whoEn = also === -1 ? l(hit) : and(l(hit), l(also), "en");
          label = `Impact of ${cause.label} on ${whoEn}`;
          w = { subject: [lang === "en" ? "that deal" : "cette opération", "that deal"], verb: { en: ["hurt", "hurt"], fr: ["a pénalisé", "avoir pénalisé"] }, rest: [who, whoEn] };
        } else {
          const announcer = pick(["organization"]);
          add("announcer", announcer);
          participants.push({ role: "topic", event: cause.id });
          label = `Announcement of ${cause.label}`;
          w = { subject: [l(announcer), l(announcer)], verb: { en: ["announced", "announce"], fr: ["a annoncé", "avoir annoncé"] }, rest: [lang === "en" ? "the deal" : "l’opération", "the deal"] };
        }
        break;
      }
      default:
        throw new Error(`generateStory: no template for event kind ${kind}`);
    }
    input.label = label;
    input.participants = participants;
    if (compact) {
      // the compact sentence states no date or amount
      delete input.amount;
      delete input.pointInTime;
      delete input.announced;
      const quote = `${participants.map((p) => (p.entity !== undefined ? labels[indexOfId.get(p.entity)!] : p.event)).join(" ")} ${kind}`;
      cite(draft, quote, CERTAIN, "-");
      finishEvent(v, input, draft, quote);
      return;
    }
    let when = "";
    if (dated) {
      const q = rand();
      if (q < 0.85) {
        input.pointInTime = d.value;
        when = at(lang, d);
      } else if (q < 0.9) input.pointInTime = { value: String(d.year), inferred: "the year of the company's annual report; the article does not say" };
    }
    const subject = w.subject[0];
    const rest = [w.rest[0], when].filter(Boolean).join(" ");
    const quote = clause(lang, subject, w.verb, rest, stance, { plural: w.plural, past: true });
    const glossRest = [w.rest[1], input.pointInTime && typeof input.pointInTime === "string" && dated ? `in ${input.pointInTime}` : ""].filter(Boolean).join(" ");
    cite(draft, quote, stance, `${capitalise(clause("en", w.subject[1], w.verb, glossRest, stance, { plural: w.plural, past: true }))}.`);
    finishEvent(v, input, draft, quote);
  };

  const finishEvent = (v: number, input: { -readonly [K in keyof EventInput]: EventInput[K] }, draft: Draft, quote: string) => {
    if (!compact && v % 6 === 0) input.description = `Event number ${v} of the synthetic corpus.`;
    input.citations = draft.citations;
    // fields in file order: id, kind, label, participants, about, qualifiers, description, citations
    const ordered: Record<string, unknown> = {};
    for (const key of ["id", "kind", "label", "participants", "about", ...TIME_QUALIFIERS, "amount", "description", "citations"] as const) {
      if (input[key as keyof EventInput] !== undefined) ordered[key] = input[key as keyof EventInput];
    }
    events.push(ordered as unknown as EventInput);
    eventDrafts.push(draft);
    if (!compact && v % 8 === 5) pending.push([draft, quote, draft.citations[0]!.factuality, draft.citations[0]!.gloss]);
    restate(v + 1);
  };

  // claims spread evenly: event k comes after about k × (m / e) relations
  const total = m + e;
  let r = 0;
  let v = 0;
  for (let c = 0; c < total; c++) {
    const eventsSoFar = e === 0 ? 0 : Math.floor(((c + 1) * e) / total);
    if (eventsSoFar > v) writeEvent(v++);
    else writeRelation(r++);
  }
  if (sentenceTexts.length === 0) addSentence(lang === "en" ? "Nothing happened." : "Rien ne s’est passé.");
  const input: { -readonly [K in keyof StoryInput]: StoryInput[K] } = {
    format: STORY_FORMAT,
    article: {
      text: sentenceTexts.join(" "),
      language: lang,
      title: `Synthetic story ${n}/${m}/${e}`,
      published: PUBLISHED,
      author: AUTHOR,
    },
  } as StoryInput;
  if (own) input.vocabulary = OWN_VOCABULARY;
  input.entities = entities;
  input.relations = relations.map(orderRelation);
  if (events.length > 0) input.events = events;
  input.noClaims = noClaims;
  return {
    input,
    sentenceStarts,
    sentenceTexts,
    relationOffsets: relationDrafts.map((d) => d.offsets),
    eventOffsets: eventDrafts.map((d) => d.offsets),
  };
}

/** A relation's fields in file order (as `toStoryInput` writes them). */
function orderRelation(r: RelationInput): RelationInput {
  const out: Record<string, unknown> = {};
  for (const key of ["id", "kind", "source", "target", ...TIME_QUALIFIERS, "amount", "description", "citations"] as const) {
    if (r[key as keyof RelationInput] !== undefined) out[key] = r[key as keyof RelationInput];
  }
  return out as unknown as RelationInput;
}

/** A deterministic synthetic story input (storygraph/2) with the entities, relations and events asked. */
export function generateStory(options: GenerateOptions): StoryInput {
  return plan(options).input;
}

// ---------------------------------------------------------------------------------------------
// The model, built directly

/**
 * The validated story of `generateStory(options)`, built directly: equal to
 * `buildStory(generateStory(options))` (a test checks it) but without segmenting, anchoring or
 * grounding, so the query benchmark can have a million relations in seconds. Not frozen, except
 * what citations share (factualities, sources and source chains, display words), which is made
 * once and frozen, as `buildStory` makes it.
 */
export function generateStoryModel(options: GenerateOptions): Story {
  const p = plan(options);
  const input = p.input;
  const sentences: Sentence[] = p.sentenceTexts.map((text, index) => ({
    id: `s${index + 1}`,
    index,
    text,
    start: p.sentenceStarts[index]!,
    end: p.sentenceStarts[index]! + text.length,
  }));
  const vocabulary = resolveVocabulary(input.vocabulary);
  const vocab = vocabularyIndex(vocabulary);
  const a = input.article;
  const published = a.published === undefined ? null : parseDate(a.published);
  const author: Source = a.author !== undefined ? { kind: "author", name: a.author } : { kind: "author" };
  const entities: Entity[] = input.entities.map((e) => ({
    type: "entity",
    id: e.id,
    kind: e.kind,
    label: e.label,
    aliases: e.aliases ? [...e.aliases] : [],
    ...(e.wikidata !== undefined && { wikidata: e.wikidata }),
    ...(e.description !== undefined && { description: e.description }),
  }));
  // What citations share is made once and frozen, as buildStory makes it (freezeStory skips it)
  const shared = new Map<string, unknown>();
  const once = <T,>(key: string, make: () => T): T => {
    let v = shared.get(key) as T | undefined;
    if (v === undefined) shared.set(key, (v = Object.freeze(make())));
    return v;
  };
  const citationsOf = (inputs: readonly CitationInput[], offsets: readonly number[]): Citation[] =>
    inputs.map((c, j) => {
      const sentence = sentences[Number(c.sentence.slice(1)) - 1]!;
      const local = offsets[j]!;
      const start = sentence.start + local;
      const named = (c.sources ?? []).map((s) => (typeof s === "string" ? { name: s, entity: undefined } : s));
      const sources = once(`chain\u0000${named.map((s) => `${s.name}\u0000${s.entity ?? ""}`).join("\u0001")}`, (): Source[] => [
        once("author", () => author),
        ...named.map((s) => once(`source\u0000${s.name}\u0000${s.entity ?? ""}`, (): Source => ({ kind: "source", name: s.name, ...(s.entity !== undefined && { entity: s.entity }) }))),
      ]);
      const factuality = once(`factuality\u0000${c.factuality.polarity}${c.factuality.certainty}`, () => ({ polarity: c.factuality.polarity, certainty: c.factuality.certainty }));
      const modalities = once(`modalities\u0000${c.factuality.polarity}${c.factuality.certainty}${sources.length > 1}`, () => modalitiesOf(factuality, sources.length > 1));
      return {
        sentence: sentence.id,
        quote: c.quote,
        start,
        end: start + c.quote.length,
        sentenceStart: local,
        sentenceEnd: local + c.quote.length,
        factuality,
        sources,
        modalities,
        gloss: c.gloss,
      };
    });
  const qualifiersOf = (claim: RelationInput | EventInput, type: "relation" | "event") => {
    const out: { -readonly [K in (typeof TIME_QUALIFIERS)[number]]?: TimeQualifier } & { amount?: Amount } = {};
    for (const name of TIME_QUALIFIERS) {
      const q = claim[name];
      if (q === undefined) continue;
      const date = parseDate(typeof q === "string" ? q : q.value)!;
      out[name] = typeof q === "string" ? date : { ...date, inferred: q.inferred };
    }
    if (claim.amount) {
      const { value, currency, scope, inferred } = claim.amount;
      out.amount = { value, currency, ...(scope !== undefined && { scope }), ...(inferred !== undefined && { inferred }) };
    }
    const period = claimPeriod({ type, ...out }, published);
    return { ...out, ...(period && { period }) };
  };
  const relations: Relation[] = input.relations.map((r, i) => {
    const citations = citationsOf(r.citations, p.relationOffsets[i]!);
    return {
      type: "relation",
      id: r.id,
      kind: r.kind,
      source: r.source,
      target: r.target,
      symmetric: vocab.relationKinds.get(r.kind)!.symmetric,
      ...qualifiersOf(r, "relation"),
      ...(r.description !== undefined && { description: r.description }),
      citations,
      modalities: claimModalities(citations),
    };
  });
  const events: StoryEvent[] = (input.events ?? []).map((e, i) => {
    const citations = citationsOf(e.citations, p.eventOffsets[i]!);
    return {
      type: "event",
      id: e.id,
      kind: e.kind,
      label: e.label,
      participants: e.participants.map((x): Participant => (x.entity !== undefined ? { role: x.role, id: x.entity, type: "entity" } : { role: x.role, id: x.event!, type: "event" })),
      about: [...(e.about ?? [])],
      ...qualifiersOf(e, "event"),
      ...(e.description !== undefined && { description: e.description }),
      citations,
      modalities: claimModalities(citations),
    };
  });
  return {
    format: STORY_FORMAT,
    article: {
      text: a.text,
      language: a.language,
      ...(a.title !== undefined && { title: a.title }),
      ...(a.published !== undefined && { published: a.published }),
      ...(a.author !== undefined && { author: a.author }),
    },
    sentences,
    vocabulary,
    entities,
    relations,
    events,
    noClaims: (input.noClaims ?? []).map((x) => ({ sentence: x.sentence, reason: x.reason })),
  };
}
