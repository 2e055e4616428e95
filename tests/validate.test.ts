// buildStory: one test per kind of problem, checking the error class and the JSON path.
import { describe, expect, test } from "vitest";
import { defaultStoryInput } from "../src/data/story.ts";
import {
  AmbiguousQuoteError,
  AttributionError,
  CrossSentenceQuoteError,
  DuplicateIdError,
  EmptyArticleError,
  InvalidAmountError,
  InvalidDateError,
  MissingCitationError,
  NoClaimConflictError,
  OffsetMismatchError,
  QuoteNotFoundError,
  RelationKindError,
  SchemaError,
  StoryProblem,
  UnknownCurrencyError,
  UnknownEntityError,
  UnknownSentenceError,
  TrivialQuoteError,
  DuplicateCitationError,
} from "../src/graph/errors.ts";
import { buildStory, formatPath } from "../src/graph/input/validate.ts";
import { mutated, problemsOf, relationIndex } from "./helpers/story.ts";

const INVEST = relationIndex("microsoft-invested-openai-2019");
const PARTNER = relationIndex("microsoft-partnered-openai");
const FOUNDED = relationIndex("elon-musk-founded-openai");

function only(input: unknown) {
  const problems = problemsOf(input);
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

describe("buildStory", () => {
  test("buildStory accepts the default story", () => {
    expect(buildStory(defaultStoryInput()).relations.length).toBe(defaultStoryInput().relations.length);
  });

  test("buildStory reports an unknown entity at relations[i].source", () => {
    const p = only(mutated((s) => void (s.relations[INVEST]!.source = "apple")));
    expect(p).toBeInstanceOf(UnknownEntityError);
    expect(p.path).toBe(`relations[${INVEST}].source`);
  });

  test("buildStory reports a duplicate entity id", () => {
    const p = only(mutated((s) => s.entities.push({ ...s.entities[0]! })));
    expect(p).toBeInstanceOf(DuplicateIdError);
    expect(p.path).toBe(`entities[${defaultStoryInput().entities.length}].id`);
  });

  test("buildStory reports a duplicate relation id", () => {
    const p = only(mutated((s) => void (s.relations[1]!.id = s.relations[0]!.id)));
    expect(p).toBeInstanceOf(DuplicateIdError);
    expect(p.path).toBe("relations[1].id");
  });

  test("buildStory reports a founded relation from an organization to a person", () => {
    const p = only(
      mutated((s) => {
        s.relations[FOUNDED]!.source = "openai";
        s.relations[FOUNDED]!.target = "elon-musk";
      }),
    );
    expect(p).toBeInstanceOf(RelationKindError);
    expect(p.path).toBe(`relations[${FOUNDED}].kind`);
  });

  test("buildStory reports a relation from an entity to itself", () => {
    const p = only(mutated((s) => void (s.relations[PARTNER]!.target = "microsoft")));
    expect(p).toBeInstanceOf(RelationKindError);
    expect(p.path).toBe(`relations[${PARTNER}].target`);
  });

  test("buildStory reports a quote not found in its sentence", () => {
    const p = only(mutated((s) => void (s.relations[INVEST]!.citations[0]!.quote = "Microsoft a racheté OpenAI")));
    expect(p).toBeInstanceOf(QuoteNotFoundError);
    expect(p.path).toBe(`relations[${INVEST}].citations[0].quote`);
  });

  test("buildStory reports a quote that stands in another sentence than the one cited", () => {
    const p = only(mutated((s) => void (s.relations[INVEST]!.citations[0]!.sentence = "s3")));
    expect(p).toBeInstanceOf(QuoteNotFoundError);
    expect(p.message).toContain("s2");
  });

  test("buildStory reports a quote typed with another apostrophe style as not found, with a hint", () => {
    const p = only(mutated((s) => void (s.relations[PARTNER]!.citations[1]!.quote = "Le partenariat entre Microsoft et OpenAI semble battre de l'aile")));
    expect(p).toBeInstanceOf(QuoteNotFoundError);
    expect(p.message).toContain("l’aile");
  });

  test("buildStory reports an ambiguous quote unless occurrence picks one", () => {
    const cite = (occurrence?: number) =>
      mutated((s) => {
        const c = s.relations[INVEST]!.citations[0]!;
        c.sentence = "s1";
        c.quote = " de ";
        if (occurrence !== undefined) c.occurrence = occurrence;
      });
    const p = only(cite());
    expect(p).toBeInstanceOf(AmbiguousQuoteError);
    expect(p.path).toBe(`relations[${INVEST}].citations[0].quote`);
    expect(buildStory(cite(1)).relations[INVEST]!.citations[0]!.quote).toBe(" de ");
  });

  test("buildStory anchors the chosen occurrence of a repeated quote", () => {
    const input = mutated((s) => {
      const c = s.relations[INVEST]!.citations[0]!;
      c.sentence = "s1";
      c.quote = "de";
      c.occurrence = 2;
    });
    const problems = (() => {
      try {
        return buildStory(input).relations[INVEST]!.citations[0]!;
      } catch (e) {
        return e;
      }
    })();
    const s1 = defaultStoryInput().article.text.split("\n")[0]!;
    const first = s1.indexOf(" de ") + 1;
    const second = s1.indexOf("de", first + 1);
    expect(problems).toMatchObject({ start: second, end: second + 2 });
  });

  test("buildStory reports an occurrence beyond the quote's count", () => {
    const p = only(mutated((s) => void (s.relations[INVEST]!.citations[0]!.occurrence = 2)));
    expect(p).toBeInstanceOf(QuoteNotFoundError);
    expect(p.path).toBe(`relations[${INVEST}].citations[0].occurrence`);
  });

  test("buildStory reports a quote across two sentences", () => {
    const p = only(
      mutated((s) => {
        const c = s.relations[INVEST]!.citations[0]!;
        c.quote = "technologies d’IA avancées. Cependant";
      }),
    );
    expect(p).toBeInstanceOf(CrossSentenceQuoteError);
    expect(p.path).toBe(`relations[${INVEST}].citations[0].quote`);
  });

  test("buildStory reports an unknown sentence id", () => {
    const p = only(mutated((s) => void (s.relations[INVEST]!.citations[0]!.sentence = "s99")));
    expect(p).toBeInstanceOf(UnknownSentenceError);
    expect(p.path).toBe(`relations[${INVEST}].citations[0].sentence`);
  });

  test("buildStory checks explicit offsets against the quote", () => {
    const good = mutated((s) => Object.assign(s.relations[INVEST]!.citations[0]!, { start: 226, end: 226 + 91 }));
    expect(buildStory(good).relations[INVEST]!.citations[0]!.start).toBe(226);
    const p = only(mutated((s) => Object.assign(s.relations[INVEST]!.citations[0]!, { start: 10 })));
    expect(p).toBeInstanceOf(OffsetMismatchError);
    expect(p.path).toBe(`relations[${INVEST}].citations[0].start`);
  });

  test("buildStory reports an invalid date", () => {
    for (const date of ["2019-13", "2019-02-30", "0000"]) {
      const p = only(mutated((s) => void (s.relations[INVEST]!.date = date)));
      expect(p).toBeInstanceOf(InvalidDateError);
      expect(p.path).toBe(`relations[${INVEST}].date`);
    }
  });

  test("buildStory reports a malformed date as a schema problem", () => {
    const p = only(mutated((s) => void (s.relations[INVEST]!.date = "July 2019")));
    expect(p).toBeInstanceOf(SchemaError);
    expect(p.path).toBe(`relations[${INVEST}].date`);
  });

  test("buildStory reports a negative amount", () => {
    const p = only(mutated((s) => void (s.relations[INVEST]!.amount!.value = -1)));
    expect(p).toBeInstanceOf(InvalidAmountError);
    expect(p.path).toBe(`relations[${INVEST}].amount.value`);
  });

  test("buildStory reports a NaN or infinite amount", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const p = only(mutated((s) => void (s.relations[INVEST]!.amount!.value = value)));
      expect(p).toBeInstanceOf(InvalidAmountError);
      expect(p.path).toBe(`relations[${INVEST}].amount.value`);
    }
  });

  test("buildStory reports an unknown currency", () => {
    const p = only(mutated((s) => void (s.relations[INVEST]!.amount!.currency = "DOLLARS")));
    expect(p).toBeInstanceOf(UnknownCurrencyError);
    expect(p.path).toBe(`relations[${INVEST}].amount.currency`);
  });

  test("buildStory reports a relation without citations", () => {
    const p = only(mutated((s) => void (s.relations[INVEST]!.citations = [])));
    expect(p).toBeInstanceOf(MissingCitationError);
    expect(p.path).toBe(`relations[${INVEST}].citations`);
  });

  test("buildStory reports a reported claim without a source", () => {
    const p = only(mutated((s) => void delete s.relations[PARTNER]!.citations[2]!.attribution));
    expect(p).toBeInstanceOf(AttributionError);
    expect(p.path).toBe(`relations[${PARTNER}].citations[2].attribution`);
  });

  test("buildStory reports a source the article never names", () => {
    const p = only(mutated((s) => void (s.relations[PARTNER]!.citations[2]!.attribution = "Reuters")));
    expect(p).toBeInstanceOf(AttributionError);
  });

  test("buildStory reports every citation that names a source the article never names, not only the first", () => {
    const problems = problemsOf(
      mutated((s) => {
        s.relations[PARTNER]!.citations[2]!.attribution = "Reuters";
        s.relations[INVEST]!.citations[0]!.modality = "reported";
        s.relations[INVEST]!.citations[0]!.attribution = "Reuters";
      }),
    );
    expect(problems.map((p) => [p.constructor, p.path])).toEqual(
      expect.arrayContaining([
        [AttributionError, `relations[${INVEST}].citations[0].attribution`],
        [AttributionError, `relations[${PARTNER}].citations[2].attribution`],
      ]),
    );
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
        (s.relations[2]!.citations[0] as { modality: string }).modality = "certain";
      }),
    );
    expect(problems.every((p) => p instanceof SchemaError)).toBe(true);
    expect(problems.map((p) => p.path).sort()).toEqual(["entities[1].label", "relations[0].kind", "relations[2].citations[0].modality"]);
  });

  test("buildStory rejects unknown fields (typos) as SchemaError", () => {
    const p = only(mutated((s) => Object.assign(s.relations[0]!.citations[0]!, { qoute: "x" })));
    expect(p).toBeInstanceOf(SchemaError);
    expect(p.path).toBe("relations[0].citations[0]");
  });

  test("buildStory rejects a document that is not an object", () => {
    for (const input of [null, 42, "story", []]) {
      const p = problemsOf(input)[0]!;
      expect(p).toBeInstanceOf(SchemaError);
      expect(p.path).toBe("");
    }
  });

  test("buildStory collects every problem, not only the first", () => {
    const problems = problemsOf(
      mutated((s) => {
        s.relations[INVEST]!.source = "apple";
        s.relations[INVEST]!.amount!.currency = "XYZ";
        s.relations[PARTNER]!.citations[0]!.quote = "absent";
        s.relations[FOUNDED]!.date = "2015-00";
      }),
    );
    expect(problems.map((p) => p.constructor)).toEqual([UnknownEntityError, UnknownCurrencyError, QuoteNotFoundError, InvalidDateError]);
    expect(problems.every((p) => p instanceof StoryProblem)).toBe(true);
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

describe("buildStory citations", () => {
  test("buildStory refuses an attribution that is not whole words of the article", () => {
    const p = only(mutated((s) => void (s.relations[PARTNER]!.citations[2]!.attribution = "sources proches du doss")));
    expect(p).toBeInstanceOf(AttributionError);
    expect(p.path).toBe(`relations[${PARTNER}].citations[2].attribution`);
  });

  test("buildStory refuses a source first named after the cited sentence", () => {
    // "les sources" first stands in s6; citing it for s3's claim is refused, for s7's accepted.
    const p = only(mutated((s) => void (s.relations[PARTNER]!.citations[2]!.attribution = "les sources")));
    expect(p).toBeInstanceOf(AttributionError);
    const seeks = relationIndex("microsoft-seeks-openai");
    expect(buildStory(defaultStoryInput()).relations[seeks]!.citations[0]!.attribution).toEqual({ kind: "source", name: "les sources" });
  });

  test("buildStory refuses a quote of spaces or punctuation only", () => {
    const p = only(
      mutated((s) => {
        const c = s.relations[INVEST]!.citations[0]!;
        c.quote = ", ";
        c.occurrence = 1;
      }),
    );
    expect(p).toBeInstanceOf(TrivialQuoteError);
    expect(p.path).toBe(`relations[${INVEST}].citations[0].quote`);
  });

  test("buildStory refuses the same words cited twice by one relation", () => {
    const p = only(mutated((s) => s.relations[INVEST]!.citations.push({ ...s.relations[INVEST]!.citations[0]! })));
    expect(p).toBeInstanceOf(DuplicateCitationError);
    expect(p.path).toBe(`relations[${INVEST}].citations[1]`);
  });
});
