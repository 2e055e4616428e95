// draftStory: a valid story from any article, no claims, suggestions that never leak into claims.
import { readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, test } from "vitest";
import { draftStory, mentionSuggestions, sentenceCues, sentenceExpressions, SUGGESTIONS_NOTE } from "../src/graph/draft/index.ts";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import type { StoryInput } from "../src/graph/input/schema.ts";
import type { Suggestions } from "../src/graph/input/suggestions-schema.ts";
import type { Story } from "../src/graph/model.ts";
import { toGexf } from "../src/graph/gexf/writer.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import { toStoryInput } from "../src/graph/input/story-json.ts";
import { queryClaims } from "../src/graph/queries/claims.ts";
import { queryEvents } from "../src/graph/queries/events.ts";
import { queryRelations } from "../src/graph/queries/relations.ts";
import { mentions } from "../src/graph/queries/mentions.ts";
import { sentenceCoverage, timeline } from "../src/graph/queries/timeline.ts";
import { toGraph } from "../src/graph/graph.ts";
import { toRdf } from "../src/graph/rdf/writer.ts";
import { storyView } from "../src/viewer/state/story-view.ts";

const FR = readFileSync(new URL("../src/data/article.fr.txt", import.meta.url), "utf8");
const EN: string = JSON.parse(readFileSync(new URL("./fixtures/english-story.json", import.meta.url), "utf8")).article.text;

describe("draftStory({ text, lang, title?, url?, published? })", () => {
  test("draftStory gives a story buildStory accepts: the article, no entity, no claim", () => {
    const draft = draftStory({ text: FR, lang: "fr", title: "Microsoft et OpenAI", url: "https://example.org/a", published: "2023-03-01" });
    const story = buildStory(draft);
    expect(story.article).toEqual({ text: FR, language: "fr", title: "Microsoft et OpenAI", url: "https://example.org/a", published: "2023-03-01" });
    expect(story.sentences).toHaveLength(13);
    expect([story.entities.length, story.relations.length, story.events.length]).toEqual([0, 0, 0]);
    expect(story.suggestions?.note).toBe(SUGGESTIONS_NOTE);
  });

  test("draftStory's suggestions are what sentenceCues, mentionSuggestions and sentenceExpressions give", () => {
    const draft = draftStory({ text: EN, lang: "en" });
    const s = draft.suggestions!;
    expect(s.mentions).toEqual(mentionSuggestions(EN, "en"));
    expect(s.sentences.map((x) => ({ sentence: x.sentence, cues: x.cues }))).toEqual(sentenceCues(EN, "en").map((x) => ({ sentence: x.sentence, cues: x.cues })));
    expect(s.sentences.map((x) => ({ sentence: x.sentence, dates: x.dates, amounts: x.amounts }))).toEqual(sentenceExpressions(EN, "en"));
  });

  test("a draft holds no claim for any query nor the viewer's view model, and its suggestions leak into no export", () => {
    for (const [text, lang] of [[FR, "fr"], [EN, "en"]] as const) {
      const draft = draftStory({ text, lang });
      const story = buildStory(draft);
      const { suggestions, ...bare } = draft;
      expect(suggestions!.mentions.length).toBeGreaterThan(0);
      const plain = buildStory(bare);
      expect(queryClaims(story)).toEqual([]);
      expect(queryRelations(story)).toEqual([]);
      expect(queryEvents(story)).toEqual([]);
      expect(timeline(story)).toEqual([]);
      expect(mentions(story)).toEqual([]);
      expect(sentenceCoverage(story).every((c) => c.citations === 0 && c.claims.length === 0)).toBe(true);
      // the viewer's view model: no claim, no kind, no source but the author (cue sources stay suggestions)
      const view = storyView(story);
      expect([view.claims.length, view.kinds.length, view.participations.length]).toEqual([0, 0, 0]);
      expect(view.sources.map((x) => x.value).filter((v) => v !== "author")).toEqual([]);
      expect(suggestions!.sentences.some((x) => x.cues.some((c) => c.source))).toBe(true);
      const graph = toGraph(story);
      expect([graph.order, graph.size]).toEqual([0, 0]);
      // the exports of a draft are those of the same story without suggestions
      const gexf = toGexf(story, { layoutIterations: 0 });
      expect(gexf).toBe(toGexf(plain, { layoutIterations: 0 }));
      expect(gexf).not.toMatch(/suggestion/i);
      for (const format of ["turtle", "nquads", "jsonld"] as const) {
        const rdf = toRdf(story, format);
        expect(rdf).toBe(toRdf(plain, format));
        expect(rdf).not.toMatch(/suggestion|Annotation/);
      }
    }
  });

  test("the story file of a draft keeps its suggestions and loads back equal", () => {
    const story = buildStory(draftStory({ text: EN, lang: "en", published: "2024-03-05" }));
    const again = buildStory(toStoryInput(story));
    expect(again).toEqual(story);
    expect(Object.isFrozen(story.suggestions!.mentions[0]!.occurrences[0])).toBe(true);
  });

  test("draftStory reads CRLF as LF, so offsets hold in the story's text", () => {
    const draft = draftStory({ text: EN.replace(/\n/g, "\r\n"), lang: "en" });
    expect(draft.article.text).toBe(EN);
    for (const g of draft.suggestions!.mentions) for (const o of g.occurrences) expect(EN.slice(o.start, o.end)).toBe(o.text);
  });

  test("draftStory does bounded work on 1 MB hostile sentences: thousands of cues, dates, names to group", () => {
    // measured 0.3–0.6 s each here; an overlap search over earlier cues or dates took 50–110 s
    const ids = Array.from({ length: 25_000 }, (_, i) => `Nom${i.toString(36)}`);
    const cases: [string, string][] = [
      ["it could not, may, if, according to X, said Y, ".repeat(22_000), "en"],
      ["le 3 mars 2021 et 5 millions d’euros, selon Z, ".repeat(22_000), "fr"],
      [ids.map((n) => `${n} Corp et ${n}`).join(" puis "), "fr"],
    ];
    for (const [text, lang] of cases) {
      const t = performance.now();
      const draft = draftStory({ text, lang });
      expect(draft.suggestions!.sentences.length).toBeGreaterThan(0);
      expect(performance.now() - t).toBeLessThan(10_000);
    }
  }, 60_000);

  test("draftStory's types: it returns a StoryInput, and a story's suggestions are the schema's Suggestions", () => {
    expectTypeOf(draftStory).returns.toEqualTypeOf<StoryInput>();
    expectTypeOf<Story["suggestions"]>().toEqualTypeOf<Suggestions | undefined>();
    expectTypeOf<StoryInput["suggestions"]>().toEqualTypeOf<Suggestions | undefined>();
  });

  test("draftStory throws InvalidArgumentError for a bad language, an empty text or a bad published date", () => {
    expect(() => draftStory({ text: FR, lang: "de" })).toThrow(InvalidArgumentError);
    expect(() => draftStory({ text: " \n ", lang: "fr" })).toThrow(InvalidArgumentError);
    for (const published of ["2019-13", "2019-02-30", "March 2019", ""]) expect(() => draftStory({ text: FR, lang: "fr", published })).toThrow(InvalidArgumentError);
  });
});
