// buildStory: the whole input check (format, shape, meaning); one test per kind of problem, checking the error class and the JSON path.
import { describe, expect, test } from "vitest";
import { defaultStoryInput } from "../src/data/story.ts";
import {
  AmbiguousQuoteError,
  CrossSentenceQuoteError,
  DuplicateCitationError,
  DuplicateIdError,
  EmptyArticleError,
  GraphemeSplitError,
  InvalidAmountError,
  InvalidDateError,
  MissingCitationError,
  MissingFieldError,
  NoClaimConflictError,
  OffsetMismatchError,
  QuoteNotFoundError,
  RelationKindError,
  RoleError,
  SchemaError,
  SourceError,
  StoryProblem,
  TimeQualifierError,
  TrivialQuoteError,
  UngroundedQualifierError,
  UnknownClaimError,
  UnknownCurrencyError,
  UnknownEntityError,
  UnknownFieldError,
  UnknownFormatError,
  UnknownKindError,
  UnknownSentenceError,
  VocabularyError,
} from "../src/graph/errors.ts";
import type { StoryNotice } from "../src/graph/input/problems.ts";
import { buildStory, formatPath } from "../src/graph/input/validate.ts";
import { eventIndex, mutated, onlyProblem as only, problemsOf, relationIndex } from "./helpers/story.ts";

const PARTNER = relationIndex("microsoft-partnered-openai");
const STAKE = relationIndex("microsoft-invested-openai-13bn");
const DIVERGE = relationIndex("microsoft-diverges-from-openai");
/** A relation with one citation, no source and no qualifier: for quote problems. */
const PURSUES = relationIndex("openai-pursues-ai");
const FOUNDING = eventIndex("openai-founding");
const INVEST = eventIndex("microsoft-investment-2019");
const BREAKUP = eventIndex("partnership-break-up");
const IMPACT = eventIndex("break-up-consequences");

/** A storygraph/1 story file: the old format, with a relation `date`, citation `modality` and `attribution`. */
function story1(): Record<string, unknown> {
  const text = defaultStoryInput().article.text;
  return {
    format: "storygraph/1",
    article: { text, language: "fr" },
    entities: [
      { id: "microsoft", kind: "organization", label: "Microsoft" },
      { id: "openai", kind: "organization", label: "OpenAI" },
    ],
    relations: [
      {
        id: "invested-2019",
        kind: "invested",
        source: "microsoft",
        target: "openai",
        date: "2019-07",
        amount: { value: 1_000_000_000, currency: "USD", scope: "tranche" },
        citations: [{ sentence: "s2", quote: "En juillet 2019, Microsoft annonçait un investissement de 1 milliard de dollars dans OpenAI", modality: "asserted", gloss: "g" }],
      },
      {
        id: "partnered",
        kind: "partnered",
        source: "microsoft",
        target: "openai",
        date: "2018",
        citations: [{ sentence: "s3", quote: "leur collaboration pourrait prendre fin", modality: "reported", attribution: "des sources proches du dossier", gloss: "g" }],
      },
    ],
  };
}

describe("buildStory", () => {
  test("buildStory accepts the default story: 5 entities, 7 relations, 5 events", () => {
    const story = buildStory(defaultStoryInput());
    expect([story.entities.length, story.relations.length, story.events.length]).toEqual([5, 7, 5]);
    expect(story.format).toBe("storygraph/2");
  });

  test("buildStory reports an unknown entity at relations[i].source, with a suggestion", () => {
    const p = only(mutated((s) => void (s.relations[STAKE]!.source = "microsft")));
    expect(p).toBeInstanceOf(UnknownEntityError);
    expect(p.path).toBe(`relations[${STAKE}].source`);
    expect(p.detail).toContain('did you mean "microsoft"');
  });

  test("buildStory reports a relation end that is an event", () => {
    const p = only(mutated((s) => void (s.relations[STAKE]!.target = "openai-founding")));
    expect(p).toBeInstanceOf(UnknownEntityError);
    expect(p.detail).toContain("is an event");
  });

  test("buildStory reports a duplicate entity id", () => {
    const p = only(mutated((s) => s.entities.push({ ...s.entities[0]! })));
    expect(p).toBeInstanceOf(DuplicateIdError);
    expect(p.path).toBe(`entities[${defaultStoryInput().entities.length}].id`);
  });

  test("buildStory reports ids shared by a relation and an event, or by an entity and a claim", () => {
    const p = only(mutated((s) => void (s.events![FOUNDING]!.id = s.relations[0]!.id)));
    expect(p).toBeInstanceOf(DuplicateIdError);
    expect(p.path).toBe(`events[${FOUNDING}].id`);
    const q = only(mutated((s) => void (s.relations[DIVERGE]!.id = "openai")));
    expect(q).toBeInstanceOf(DuplicateIdError);
    expect(q.path).toBe(`relations[${DIVERGE}].id`);
  });

  test("buildStory reports an entity kind no vocabulary declares, with a suggestion", () => {
    const p = only(mutated((s) => void (s.entities[0]!.kind = "organisation")));
    expect(p).toBeInstanceOf(UnknownKindError);
    expect(p.path).toBe("entities[0].kind");
    expect(p.detail).toContain('did you mean "organization"');
  });

  test("buildStory reports a relation kind no vocabulary declares, and an event kind written as a relation", () => {
    const p = only(mutated((s) => void (s.relations[STAKE]!.kind = "invsted")));
    expect(p).toBeInstanceOf(UnknownKindError);
    expect(p.path).toBe(`relations[${STAKE}].kind`);
    expect(p.detail).toContain('did you mean "invested"');
    const q = only(mutated((s) => void (s.relations[STAKE]!.kind = "investment")));
    expect(q).toBeInstanceOf(UnknownKindError);
    expect(q.detail).toContain("is an event kind");
  });

  test("buildStory reports an event kind no vocabulary declares", () => {
    const p = only(mutated((s) => void (s.events![FOUNDING]!.kind = "fonding")));
    expect(p).toBeInstanceOf(UnknownKindError);
    expect(p.path).toBe(`events[${FOUNDING}].kind`);
    expect(p.detail).toContain('did you mean "founding"');
  });

  test("buildStory reports a relation kind not allowed between its entities' kinds", () => {
    const p = only(
      mutated((s) => {
        s.relations.push({ id: "bad", kind: "founded", source: "openai", target: "elon-musk", citations: [structuredClone(s.relations[PARTNER]!.citations[0]!)] });
      }),
    );
    expect(p).toBeInstanceOf(RelationKindError);
    expect(p.path).toBe(`relations[${defaultStoryInput().relations.length}].kind`);
    expect(p.detail).toContain("not from organization");
  });

  test("buildStory reports a relation from an entity to itself", () => {
    const p = only(mutated((s) => void (s.relations[PARTNER]!.target = "microsoft")));
    expect(p).toBeInstanceOf(RelationKindError);
    expect(p.path).toBe(`relations[${PARTNER}].target`);
  });

  test("buildStory reports a participant in a role the event's kind lacks, with a suggestion", () => {
    const p = only(mutated((s) => void (s.events![FOUNDING]!.participants[1]!.role = "founders")));
    expect(p).toBeInstanceOf(RoleError);
    expect(p.path).toBe(`events[${FOUNDING}].participants[1].role`);
    expect(p.detail).toContain('did you mean "founder"');
  });

  test("buildStory reports a participant of a kind its role does not take", () => {
    const p = only(mutated((s) => void (s.events![FOUNDING]!.participants[0]!.entity = "artificial-intelligence")));
    expect(p).toBeInstanceOf(RoleError);
    expect(p.path).toBe(`events[${FOUNDING}].participants[0].entity`);
    expect(p.detail).toContain("takes organization, not field");
  });

  test("buildStory reports a required role left empty", () => {
    const p = only(mutated((s) => void s.events![FOUNDING]!.participants.splice(0, 1)));
    expect(p).toBeInstanceOf(RoleError);
    expect(p.path).toBe(`events[${FOUNDING}].participants`);
    expect(p.detail).toContain('"founded"');
  });

  test("buildStory reports a single-participant role filled twice, and one participant listed twice", () => {
    const p = only(mutated((s) => void s.events![FOUNDING]!.participants.push({ role: "founded", entity: "microsoft" })));
    expect(p).toBeInstanceOf(RoleError);
    expect(p.path).toBe(`events[${FOUNDING}].participants[3].role`);
    const q = only(mutated((s) => void s.events![FOUNDING]!.participants.push({ role: "founder", entity: "elon-musk" })));
    expect(q).toBeInstanceOf(RoleError);
    expect(q.path).toBe(`events[${FOUNDING}].participants[3]`);
  });

  test("buildStory reports a participant naming both an entity and an event, or neither", () => {
    const p = only(mutated((s) => void Object.assign(s.events![IMPACT]!.participants[0]!, { entity: "microsoft" })));
    expect(p).toBeInstanceOf(RoleError);
    expect(p.path).toBe(`events[${IMPACT}].participants[0]`);
    const q = only(mutated((s) => void (s.events![IMPACT]!.participants[0] = { role: "cause" })));
    expect(q).toBeInstanceOf(RoleError);
  });

  test("buildStory reports an event in a role that takes no event, an unknown event, an event in itself", () => {
    const p = only(mutated((s) => void (s.events![FOUNDING]!.participants[1] = { role: "founder", event: "partnership-break-up" })));
    expect(p).toBeInstanceOf(RoleError);
    expect(p.detail).toContain("not an event");
    const q = only(mutated((s) => void (s.events![IMPACT]!.participants[0]!.event = "partnership-brake-up")));
    expect(q).toBeInstanceOf(UnknownClaimError);
    expect(q.path).toBe(`events[${IMPACT}].participants[0].event`);
    expect(q.detail).toContain('did you mean "partnership-break-up"');
    const r = only(mutated((s) => void (s.events![IMPACT]!.participants[0]!.event = "break-up-consequences")));
    expect(r).toBeInstanceOf(RoleError);
  });

  test("buildStory reports an event about a claim the story does not have", () => {
    const p = only(mutated((s) => void (s.events![BREAKUP]!.about = ["microsoft-partnered-open"])));
    expect(p).toBeInstanceOf(UnknownClaimError);
    expect(p.path).toBe(`events[${BREAKUP}].about[0]`);
    expect(p.detail).toContain('did you mean "microsoft-partnered-openai"');
    expect(only(mutated((s) => void (s.events![BREAKUP]!.about = ["microsoft"])))).toBeInstanceOf(UnknownClaimError);
  });

  test("buildStory reports a quote not found in its sentence", () => {
    const p = only(mutated((s) => void (s.events![INVEST]!.citations[0]!.quote = "Microsoft a racheté OpenAI")));
    expect(p).toBeInstanceOf(QuoteNotFoundError);
    expect(p.path).toBe(`events[${INVEST}].citations[0].quote`);
  });

  test("buildStory reports a quote that stands in another sentence than the one cited", () => {
    const p = only(mutated((s) => void (s.events![INVEST]!.citations[0]!.sentence = "s3")));
    expect(p).toBeInstanceOf(QuoteNotFoundError);
    expect(p.detail).toContain("it stands in s2");
  });

  test("buildStory reports a quote typed with another apostrophe style as not found, with a hint", () => {
    const p = only(mutated((s) => void (s.events![eventIndex("partnership-strain")]!.citations[0]!.quote = "Le partenariat entre Microsoft et OpenAI semble battre de l'aile, mettant en péril un investissement de 13 milliards de dollars")));
    expect(p).toBeInstanceOf(QuoteNotFoundError);
    expect(p.detail).toContain("l’aile");
  });

  test("buildStory reports an ambiguous quote unless occurrence picks one", () => {
    const cite = (occurrence?: number) =>
      mutated((s) => {
        const c = s.relations[PURSUES]!.citations[0]!;
        c.sentence = "s1";
        c.quote = " de ";
        if (occurrence !== undefined) c.occurrence = occurrence;
      });
    const p = only(cite());
    expect(p).toBeInstanceOf(AmbiguousQuoteError);
    expect(p.path).toBe(`relations[${PURSUES}].citations[0].quote`);
    expect(buildStory(cite(1)).relations[PURSUES]!.citations[0]!.quote).toBe(" de ");
  });

  test("buildStory anchors the chosen occurrence of a repeated quote", () => {
    const input = mutated((s) => {
      const c = s.relations[PURSUES]!.citations[0]!;
      c.sentence = "s1";
      c.quote = "de";
      c.occurrence = 2;
    });
    const s1 = defaultStoryInput().article.text.split("\n")[0]!;
    const first = s1.indexOf(" de ") + 1;
    const second = s1.indexOf("de", first + 1);
    expect(buildStory(input).relations[PURSUES]!.citations[0]).toMatchObject({ start: second, end: second + 2 });
  });

  test("buildStory reports an occurrence beyond the quote's count", () => {
    const p = only(mutated((s) => void (s.events![INVEST]!.citations[0]!.occurrence = 2)));
    expect(p).toBeInstanceOf(QuoteNotFoundError);
    expect(p.path).toBe(`events[${INVEST}].citations[0].occurrence`);
  });

  test("buildStory reports a quote across two sentences", () => {
    const p = only(mutated((s) => void (s.relations[PURSUES]!.citations[0]!.quote = "technologies d’IA avancées. Cependant")));
    expect(p).toBeInstanceOf(CrossSentenceQuoteError);
    expect(p.path).toBe(`relations[${PURSUES}].citations[0].quote`);
  });

  test("buildStory reports an unknown sentence id", () => {
    const p = only(mutated((s) => void (s.relations[PURSUES]!.citations[0]!.sentence = "s99")));
    expect(p).toBeInstanceOf(UnknownSentenceError);
    expect(p.path).toBe(`relations[${PURSUES}].citations[0].sentence`);
  });

  test("buildStory checks explicit offsets against the quote", () => {
    const good = mutated((s) => Object.assign(s.events![INVEST]!.citations[0]!, { start: 226, end: 226 + 91 }));
    expect(buildStory(good).events[INVEST]!.citations[0]!.start).toBe(226);
    const p = only(mutated((s) => Object.assign(s.events![INVEST]!.citations[0]!, { start: 10 })));
    expect(p).toBeInstanceOf(OffsetMismatchError);
    expect(p.path).toBe(`events[${INVEST}].citations[0].start`);
  });

  test("buildStory reports an invalid date, written as a string or as { value, inferred }", () => {
    for (const date of ["2019-13", "2019-02-30", "0000"]) {
      const p = only(mutated((s) => void (s.events![INVEST]!.announced = date)));
      expect(p).toBeInstanceOf(InvalidDateError);
      expect(p.path).toBe(`events[${INVEST}].announced`);
    }
    const q = only(mutated((s) => void (s.events![INVEST]!.announced = { value: "2019-13", inferred: "our reading" })));
    expect(q).toBeInstanceOf(InvalidDateError);
    expect(q.path).toBe(`events[${INVEST}].announced.value`);
  });

  test("buildStory reports a malformed date as a schema problem", () => {
    const p = only(mutated((s) => void (s.events![INVEST]!.announced = "July 2019")));
    expect(p).toBeInstanceOf(SchemaError);
    expect(p.path).toBe(`events[${INVEST}].announced`);
  });

  test("buildStory reports a point in time beside a start, and an end before the start", () => {
    const p = only(mutated((s) => void (s.events![FOUNDING]!.start = { value: "2015", inferred: "x" })));
    expect(p).toBeInstanceOf(TimeQualifierError);
    expect(p.path).toBe(`events[${FOUNDING}].pointInTime`);
    const q = only(
      mutated((s) => {
        s.relations[PARTNER]!.start = { value: "2020", inferred: "x" };
        s.relations[PARTNER]!.end = { value: "2019", inferred: "x" };
      }),
    );
    expect(q).toBeInstanceOf(TimeQualifierError);
    expect(q.path).toBe(`relations[${PARTNER}].end`);
  });

  test("buildStory reports a negative, NaN or infinite amount", () => {
    for (const value of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const p = only(mutated((s) => void (s.events![INVEST]!.amount!.value = value)));
      expect(p).toBeInstanceOf(InvalidAmountError);
      expect(p.path).toBe(`events[${INVEST}].amount.value`);
    }
  });

  test("buildStory reports an unknown currency", () => {
    const p = only(mutated((s) => void (s.events![INVEST]!.amount!.currency = "DOLLARS")));
    expect(p).toBeInstanceOf(UnknownCurrencyError);
    expect(p.path).toBe(`events[${INVEST}].amount.currency`);
  });

  test("buildStory reports a claim without citations", () => {
    const p = only(mutated((s) => void (s.events![INVEST]!.citations = [])));
    expect(p).toBeInstanceOf(MissingCitationError);
    expect(p.path).toBe(`events[${INVEST}].citations`);
  });

  test("buildStory reports a source the article never names, or names only after the cited sentence", () => {
    const p = only(mutated((s) => void (s.relations[DIVERGE]!.citations[0]!.sources = ["Reuters"])));
    expect(p).toBeInstanceOf(SourceError);
    expect(p.path).toBe(`relations[${DIVERGE}].citations[0].sources[0]`);
    // "les sources" first stands in s6: a source for s3's claim is refused
    const q = only(mutated((s) => void (s.relations[DIVERGE]!.citations[0]!.sources = ["les sources"])));
    expect(q).toBeInstanceOf(SourceError);
    expect(q.detail).toContain("first named after s3");
    const r = only(mutated((s) => void (s.relations[DIVERGE]!.citations[0]!.sources = ["sources proches du doss"])));
    expect(r).toBeInstanceOf(SourceError);
  });

  test("buildStory reports a source naming an entity the story does not have, at the source's entity", () => {
    const p = only(mutated((s) => void (s.events![INVEST]!.citations[0]!.sources = [{ name: "Microsoft", entity: "msft" }])));
    expect(p).toBeInstanceOf(UnknownEntityError);
    expect(p.path).toBe(`events[${INVEST}].citations[0].sources[0].entity`);
  });

  test("buildStory reports every citation that names a source the article never names, not only the first", () => {
    const problems = problemsOf(
      mutated((s) => {
        s.relations[DIVERGE]!.citations[0]!.sources = ["Reuters"];
        s.events![INVEST]!.citations[0]!.sources = ["Reuters"];
      }),
    );
    expect(problems.map((p) => [p.constructor, p.path])).toEqual([
      [SourceError, `relations[${DIVERGE}].citations[0].sources[0]`],
      [SourceError, `events[${INVEST}].citations[0].sources[0]`],
    ]);
  });

  test("buildStory reports an empty article", () => {
    const problems = problemsOf(mutated((s) => void (s.article.text = "  \n ")));
    expect(problems[0]).toBeInstanceOf(EmptyArticleError);
    expect(problems[0]!.path).toBe("article.text");
  });

  test("buildStory reports a no-claim note on a cited sentence or an unknown one", () => {
    const cited = only(mutated((s) => s.noClaims!.push({ sentence: "s2", reason: "x" })));
    expect(cited).toBeInstanceOf(NoClaimConflictError);
    const unknown = only(mutated((s) => s.noClaims!.push({ sentence: "s14", reason: "x" })));
    expect(unknown).toBeInstanceOf(UnknownSentenceError);
    expect(unknown.path).toBe("noClaims[2].sentence");
  });

  test("buildStory reports wrong types and missing fields as SchemaError with their paths", () => {
    const problems = problemsOf(
      mutated((s) => {
        (s.relations[0] as { kind: unknown }).kind = 42;
        delete (s.entities[1] as { label?: string }).label;
        s.relations[2]!.citations[0]!.factuality = { polarity: "positive", certainty: "sure" as "certain" };
      }),
    );
    expect(problems.every((p) => p instanceof SchemaError)).toBe(true);
    expect(problems.map((p) => p.path).sort()).toEqual(["entities[1].label", "relations[0].kind", "relations[2].citations[0].factuality.certainty"]);
    expect(problems.find((p) => p.path === "entities[1].label")).toBeInstanceOf(MissingFieldError);
  });

  test("buildStory rejects unknown fields (typos) with a suggestion, at the object holding them", () => {
    const p = only(mutated((s) => Object.assign(s.relations[0]!.citations[0]!, { qoute: "x" })));
    expect(p).toBeInstanceOf(UnknownFieldError);
    expect(p.path).toBe("relations[0].citations[0]");
    expect(p.detail).toContain('did you mean "quote"');
    // a storygraph/1 field in a storygraph/2 file is an unknown field too
    const q = only(mutated((s) => Object.assign(s.relations[0]!, { date: "2019-07" })));
    expect(q).toBeInstanceOf(UnknownFieldError);
  });

  test("buildStory rejects a document that is not an object", () => {
    for (const input of [null, 42, "story", []]) {
      const p = problemsOf(input)[0]!;
      expect(p).toBeInstanceOf(SchemaError);
      expect(p.path).toBe("");
    }
  });

  test("buildStory reports a format it does not read", () => {
    const p = only(mutated((s) => void Object.assign(s, { format: "storygraph/3" })));
    expect(p).toBeInstanceOf(UnknownFormatError);
    expect(p.path).toBe("format");
  });

  test("buildStory collects every problem, not only the first, in input order", () => {
    const problems = problemsOf(
      mutated((s) => {
        s.relations[STAKE]!.source = "apple";
        s.events![INVEST]!.amount!.currency = "XYZ";
        s.events![INVEST]!.citations[0]!.quote = "absent";
        s.events![FOUNDING]!.pointInTime = "2015-00";
      }),
    );
    expect(problems.map((p) => p.constructor)).toEqual([UnknownEntityError, InvalidDateError, QuoteNotFoundError, UnknownCurrencyError]);
    expect(problems.every((p) => p instanceof StoryProblem)).toBe(true);
  });

  test("buildStory refuses a quote of spaces or punctuation only", () => {
    const p = only(
      mutated((s) => {
        const c = s.relations[PURSUES]!.citations[0]!;
        c.quote = ", ";
        c.occurrence = 1;
      }),
    );
    expect(p).toBeInstanceOf(TrivialQuoteError);
    expect(p.path).toBe(`relations[${PURSUES}].citations[0].quote`);
  });

  /** A story of one sentence `text` whose one relation cites `quote`. */
  const quoting = (text: string, quote: string) => ({
    format: "storygraph/2",
    article: { text, language: "fr" },
    entities: [
      { id: "a", kind: "organization", label: "A" },
      { id: "b", kind: "organization", label: "B" },
    ],
    relations: [{ id: "r", kind: "partnered", source: "a", target: "b", citations: [{ sentence: "s1", quote, factuality: { polarity: "positive", certainty: "certain" }, gloss: "g" }] }],
    noClaims: [],
  });

  test("buildStory refuses a quote that starts or ends inside a grapheme cluster, naming the path and the two halves", () => {
    const cases: [string, string, RegExp][] = [
      // half an emoji (a surrogate pair split)
      ["A aime B \uD83D\uDE00 oui.", "A aime B \uD83D", /ends inside a character, between U\+D83D \(half of a surrogate pair\) and U\+DE00/],
      ["A aime B \uD83D\uDE00 oui.", "\uDE00 oui", /starts inside a character/],
      // a letter without its combining accent
      ["A a cre\u0301e B.", "A a cre", /between U\+0065 "e" and U\+0301 COMBINING ACUTE ACCENT/],
      // one regional indicator of a flag; one person of a family (ZWJ sequence)
      ["A \uD83C\uDDEB\uD83C\uDDF7 B.", "A \uD83C\uDDEB", /between U\+1F1EB/],
      ["A \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 B.", "A \uD83D\uDC68", /U\+200D ZERO WIDTH JOINER/],
    ];
    for (const [text, quote, detail] of cases) {
      const p = only(quoting(text, quote));
      expect(p).toBeInstanceOf(GraphemeSplitError);
      expect(p.path).toBe("relations[0].citations[0].quote");
      expect(p.detail).toMatch(detail);
    }
    // whole clusters are accepted: the flag, the family, the accented letter
    const whole: [string, string][] = [
      ["A \uD83C\uDDEB\uD83C\uDDF7 B.", "A \uD83C\uDDEB\uD83C\uDDF7"],
      ["A \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 B.", "A \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"],
      ["A a cre\u0301e B.", "A a cre\u0301e"],
    ];
    for (const [text, quote] of whole) expect(buildStory(quoting(text, quote)).relations[0]!.citations[0]!.quote).toBe(quote);
  });

  test("buildStory checks grapheme boundaries far into a long cluster (a letter with 1,000 combining marks)", () => {
    const marks = "\u0301".repeat(1000);
    const p = only(quoting(`A et e${marks} B.`, `A et e${marks.slice(0, 600)}`));
    expect(p).toBeInstanceOf(GraphemeSplitError);
    expect(buildStory(quoting(`A et e${marks} B.`, `A et e${marks}`)).relations).toHaveLength(1);
  });

  test("buildStory names an invisible character that makes a quote miss (U+200B ZERO WIDTH SPACE at column N)", () => {
    const inArticle = only(quoting("A et Micro\u200Bsoft B.", "Microsoft"));
    expect(inArticle).toBeInstanceOf(QuoteNotFoundError);
    expect(inArticle.detail).toBe("quote not found in s1; s1 has U+200B ZERO WIDTH SPACE at column 11 inside the quoted words");
    const inQuote = only(quoting("A et Microsoft B.", "Micro\u2060soft"));
    expect(inQuote.detail).toBe("quote not found in s1; the quote holds U+2060 WORD JOINER at column 6 of the quote, which s1 does not have there");
    expect(only(quoting("A et Microsoft B.", "Mikrosoft")).detail).toBe("quote not found in s1 nor anywhere in the article");
  });

  test("buildStory refuses the same words cited twice by one claim", () => {
    const p = only(mutated((s) => s.events![INVEST]!.citations.push({ ...s.events![INVEST]!.citations[0]! })));
    expect(p).toBeInstanceOf(DuplicateCitationError);
    expect(p.path).toBe(`events[${INVEST}].citations[1]`);
  });
});

describe("buildStory vocabulary", () => {
  test("buildStory accepts kinds of the story's own, and their subkinds where a rule takes the parent", () => {
    const story = buildStory(
      mutated((s) => {
        s.vocabulary = {
          entityKinds: [{ id: "lab", label: "lab", description: "A research lab.", parent: "organization" }],
          relationKinds: [{ id: "licenses-to", label: "licenses to", description: "x", domain: ["organization"], range: ["organization"], symmetric: false }],
        };
        s.entities[1]!.kind = "lab"; // openai: still fills organization roles and relation ends
        s.relations.push({ id: "licence", kind: "licenses-to", source: "microsoft", target: "openai", citations: [structuredClone(s.relations[PARTNER]!.citations[0]!)] });
      }),
    );
    expect(story.vocabulary.relationKinds.find((k) => k.id === "licenses-to")).toMatchObject({ origin: "story" });
    expect(story.entities[1]!.kind).toBe("lab");
    expect(story.events[FOUNDING]!.participants[0]).toEqual({ role: "founded", id: "openai", type: "entity" });
  });

  test("buildStory refuses a story kind that redefines a core kind, and a rule naming an unknown kind", () => {
    const p = only(mutated((s) => void (s.vocabulary = { entityKinds: [{ id: "person", label: "p", description: "d" }] })));
    expect(p).toBeInstanceOf(DuplicateIdError);
    expect(p.path).toBe("vocabulary.entityKinds[0].id");
    const q = only(mutated((s) => void (s.vocabulary = { relationKinds: [{ id: "x", label: "x", description: "x", domain: ["persn"], range: ["organization"], symmetric: false }] })));
    expect(q).toBeInstanceOf(VocabularyError);
    expect(q.path).toBe("vocabulary.relationKinds[0].domain[0]");
    expect(q.detail).toContain('did you mean "person"');
  });
});

describe("buildStory storygraph/1", () => {
  test("buildStory converts a storygraph/1 file and gives its notices", () => {
    const notices: StoryNotice[] = [];
    const story = buildStory(story1(), { onNotice: (n) => notices.push(n) });
    const invested = story.relations[0]!;
    expect(invested.start).toMatchObject({ value: "2019-07", precision: "month" });
    expect(invested.citations[0]!.factuality).toEqual({ polarity: "positive", certainty: "certain" });
    expect(story.relations[1]!.citations[0]!.sources).toEqual([{ kind: "author" }, { kind: "source", name: "des sources proches du dossier" }]);
    expect(notices.map((n) => n.path)).toEqual(["", "relations[0].date", "relations[1].date", "relations[1].date"]);
    // the partnership's 2018 is stated by no quote: kept, marked inferred, with a notice
    expect(story.relations[1]!.start!.inferred).toBe("storygraph/1 qualifier, not stated by its quotes");
    expect(notices[3]!.message).toContain("not stated by the claim's quotes");
  });

  test("buildStory reports a storygraph/1 problem at the path of the file as written", () => {
    const bad = story1();
    const r = (bad["relations"] as Record<string, unknown>[])[1]!;
    delete (r["citations"] as Record<string, unknown>[])[0]!["attribution"];
    r["date"] = "2019-13";
    const problems = problemsOf(bad);
    expect(problems.map((p) => [p.constructor, p.path])).toEqual([
      [SourceError, "relations[1].citations[0].attribution"],
      [InvalidDateError, "relations[1].date"],
    ]);
  });

  test("buildStory reads a file without format as storygraph/1 when it has storygraph/1 fields", () => {
    const old = story1();
    delete old["format"];
    expect(buildStory(old).relations[0]!.start?.value).toBe("2019-07");
  });
});

describe("formatPath", () => {
  test("formatPath writes indexes in brackets and odd keys quoted", () => {
    expect(formatPath(["relations", 3, "citations", 0, "quote"])).toBe("relations[3].citations[0].quote");
    expect(formatPath(["$schema"])).toBe("$schema");
    expect(formatPath(["a b"])).toBe('["a b"]');
    expect(formatPath([])).toBe("");
  });
});

describe("buildStory line ends", () => {
  test("buildStory reads CRLF and CR as LF, so parseStoryJson and toStoryJson agree with it", async () => {
    const { parseStoryJson } = await import("../src/graph/input/load.ts");
    const { toStoryJson } = await import("../src/graph/input/story-json.ts");
    const crlf = mutated((s) => {
      s.article.text = s.article.text.replace(/\n/g, "\r\n");
      s.article.text = s.article.text.replace("fin.\r\n", "fin.\r");
    });
    const built = buildStory(crlf);
    expect(built.article.text).toBe(defaultStoryInput().article.text);
    expect(built).toEqual(buildStory(defaultStoryInput()));
    expect(parseStoryJson(JSON.stringify(crlf))).toEqual(built);
    expect(parseStoryJson(toStoryJson(built))).toEqual(built);
  });
});

describe("buildStory grounding (the qualifiers are checked against the quotes)", () => {
  test("buildStory refuses an amount no quote of its claim states, saying what the quotes state", () => {
    const p = only(mutated((s) => void (s.events![INVEST]!.amount!.value = 7_000_000_000)));
    expect(p).toBeInstanceOf(UngroundedQualifierError);
    expect(p.path).toBe(`events[${INVEST}].amount`);
    expect(p.detail).toContain("7 000 000 000 USD");
    expect(p.detail).toContain("they state 1 000 000 000 USD, 2019-07");
  });

  test("buildStory refuses a date no quote of its claim states, and one more precise than the quote", () => {
    const p = only(mutated((s) => void (s.events![INVEST]!.announced = "2018-07")));
    expect(p).toBeInstanceOf(UngroundedQualifierError);
    expect(p.path).toBe(`events[${INVEST}].announced`);
    const q = only(mutated((s) => void (s.events![INVEST]!.announced = "2019-07-22")));
    expect(q).toBeInstanceOf(UngroundedQualifierError);
  });

  test("buildStory accepts a date at a coarser precision than the quote states", () => {
    expect(buildStory(mutated((s) => void (s.events![INVEST]!.announced = "2019"))).events[INVEST]!.announced?.value).toBe("2019");
  });

  test("buildStory accepts an ungrounded qualifier marked inferred, and keeps the reason", () => {
    const story = buildStory(mutated((s) => void (s.relations[PARTNER]!.start = { value: "2019-07", inferred: "the announcement is taken as the start" })));
    expect(story.relations[PARTNER]!.start).toMatchObject({ value: "2019-07", inferred: "the announcement is taken as the start" });
  });

  test("buildStory refuses a currency other than the one the quote states", () => {
    const p = only(mutated((s) => void (s.events![INVEST]!.amount!.currency = "EUR")));
    expect(p).toBeInstanceOf(UngroundedQualifierError);
  });
});
