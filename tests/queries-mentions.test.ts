/**
 * mentions (src/graph/queries/mentions.ts) against the straightforward algorithm it replaced
 * (each name searched over the whole folded text, overlaps tested pairwise): same mentions on the
 * default story, on generated stories and on random texts built from tricky names.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { generateStory } from "../bench/generate.ts";
import { defaultStory } from "../src/data/story.ts";
import type { Entity, Sentence, Story } from "../src/graph/model.ts";
import { mentions } from "../src/graph/queries/mentions.ts";
import { foldName, foldWithMap, isWordChar, segmentSentences } from "../src/graph/text.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import { NEWS_CORE_VOCABULARY } from "../src/graph/vocabulary/resolve.ts";

function referenceMentions(story: Story) {
  const text = story.article.text;
  const { folded, map } = foldWithMap(text);
  const names = new Map<string, string[]>();
  for (const e of story.entities) {
    for (const name of new Set([e.label, ...e.aliases].map(foldName))) {
      if (name.length < 2) continue;
      names.set(name, [...(names.get(name) ?? []), e.id]);
    }
  }
  const candidates: { start: number; end: number; ids: string[] }[] = [];
  for (const [name, ids] of names) {
    for (let i = folded.indexOf(name); i !== -1; i = folded.indexOf(name, i + 1)) {
      const start = map[i]!;
      const end = map[i + name.length]!;
      if (isWordChar(text[start - 1]) || isWordChar(text[end])) continue;
      candidates.push({ start, end, ids });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: { start: number; end: number; ids: string[] }[] = [];
  for (const c of candidates) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
  }
  taken.sort((a, b) => a.start - b.start);
  const sentences = story.sentences;
  let s = 0;
  const out = [];
  for (const t of taken) {
    while (s < sentences.length && sentences[s]!.end <= t.start) s++;
    const sentence: Sentence | undefined = sentences[s];
    if (!sentence || t.end > sentence.end) continue;
    out.push({ entities: t.ids, sentence: sentence.id, start: t.start, end: t.end, text: text.slice(t.start, t.end) });
  }
  return out;
}

/** A story made only of an article and entities (what mentions reads). */
function storyOf(text: string, entities: Entity[]): Story {
  return { format: "storygraph/2", article: { text, language: "fr" }, sentences: segmentSentences(text, "fr"), vocabulary: NEWS_CORE_VOCABULARY, entities, relations: [], events: [], noClaims: [] };
}

describe("mentions", () => {
  test("mentions finds the same mentions as the straightforward search on the default story", () => {
    const story = defaultStory();
    expect(mentions(story).length).toBeGreaterThan(10);
    expect(mentions(story)).toEqual(referenceMentions(story));
  });
  test("mentions finds the same mentions as the straightforward search on a generated story", () => {
    const story = buildStory(generateStory({ entities: 60, relations: 600 }));
    expect(mentions(story).length).toBeGreaterThan(600);
    expect(mentions(story)).toEqual(referenceMentions(story));
  });
  test("mentions agrees with the straightforward search on random texts and names (prefixes, accents, apostrophes, punctuation)", () => {
    const words = ["Open", "OpenAI", "open ai", "l’IA", "l'ia", "IA", "Élysée", "elysee", "A.I.", "-x", "x-", "C1", "C12", "c 12", "Ǆx", "한국", "한", "Microsoft", "micro", "soft"];
    const glue = [" ", ", ", ". ", "-", "'", "’", "", "  ", "\n", "é", "1"];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { minLength: 1, maxLength: 30 }),
        fc.uniqueArray(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }),
        (pieces, labels) => {
          const text = pieces.map(([w, g]) => w + g).join("") + ".";
          const entities: Entity[] = labels.map((label, i) => ({ type: "entity", id: `e${i}`, kind: "organization", label, aliases: i % 2 ? [labels[0]!] : [] }));
          const story = storyOf(text, entities);
          expect(mentions(story)).toEqual(referenceMentions(story));
        },
      ),
      { numRuns: 1500, seed: 11 },
    );
  });
});
