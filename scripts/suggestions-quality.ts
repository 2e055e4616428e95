/**
 * How good the draft's suggestions are (`npm run suggestions-quality`): precision and recall of
 * `mentionSuggestions` and `sentenceCues` against two annotated stories as gold — the default
 * story (French, 13 sentences) and tests/fixtures/english-story.json (8 sentences). The draft
 * sees only each article's text; the gold is what the story file says.
 *
 * - **Mentions**, occurrence by occurrence, exact offsets: gold = every place the story's
 *   entities are named in the article (`mentions(story)`: labels and aliases, as the viewer
 *   highlights them); "names" = the gold mentions of labels and aliases the story writes with an
 *   initial capital (proper names: "Tidewater", "IA"; not "the company", "le géant de
 *   l’informatique", which no proper-name reader can find). A suggestion is right when a gold
 *   mention has exactly its offsets. Kinds: of the right suggestions with a kind guess, how many
 *   guess the entity's kind.
 * - **Cues**, sentence by sentence: gold = the sentences holding a citation that is not the
 *   author's own certain statement (certainty other than certain, polarity negative, or a named
 *   source); suggested = the sentences with at least one cue. And, citation by citation: of the
 *   citations that are not certain-by-the-author, how many have their whole factuality suggested
 *   by the cues of their own sentence (a cue with their certainty when it is not certain, a
 *   negation when negative, a source cue when a source is named).
 *
 * The core (`suggestionsQuality`) is imported by tests/draft-quality.test.ts; running the file
 * prints the table.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { defaultStory } from "../src/data/story.ts";
import { mentionSuggestions, sentenceCues } from "../src/graph/draft/index.ts";
import { parseStoryJson } from "../src/graph/input/load.ts";
import type { Citation, Story } from "../src/graph/model.ts";
import { mentions } from "../src/graph/queries/mentions.ts";

/** A precision and recall over counts. */
export interface Score {
  readonly suggested: number;
  readonly gold: number;
  readonly right: number;
  readonly precision: number;
  readonly recall: number;
}

/** The figures of one gold story. */
export interface QualityRow {
  readonly story: string;
  readonly language: string;
  /** Suggested occurrences against every gold mention. */
  readonly mentions: Score;
  /** Suggested occurrences against the gold mentions of capitalised names only. */
  readonly names: Score;
  /** Right suggestions with a kind guess, and how many guess the gold kind. */
  readonly kinds: { readonly guessed: number; readonly right: number };
  /** Sentences with a cue against sentences with a citation that is not certain-by-the-author. */
  readonly cueSentences: Score;
  /** Citations not certain-by-the-author, and how many have their factuality suggested by their sentence's cues. */
  readonly cueCitations: { readonly gold: number; readonly right: number; readonly recall: number };
}

function score(suggested: number, gold: number, right: number, rightOfGold = right): Score {
  return { suggested, gold, right, precision: suggested ? right / suggested : 0, recall: gold ? rightOfGold / gold : 0 };
}

function notAuthorCertain(c: Citation): boolean {
  return c.factuality.certainty !== "certain" || c.factuality.polarity === "negative" || c.sources.some((s) => s.kind === "source");
}

/** The figures for one story: its own text drafted, its annotations as gold. */
export function storyQuality(name: string, story: Story): QualityRow {
  const { text, language } = story.article;
  const kindOf = new Map(story.entities.map((e) => [e.id, e.kind]));
  const capitalised = new Set(story.entities.flatMap((e) => [e.label, ...e.aliases]).filter((n) => /^\p{Lu}/u.test(n)).map((n) => n.toLowerCase()));
  const gold = mentions(story);
  const goldNames = gold.filter((m) => capitalised.has(m.text.toLowerCase()));
  const at = (m: { start: number; end: number }) => `${m.start}:${m.end}`;
  const goldAt = new Map(gold.map((m) => [at(m), m]));
  const namesAt = new Set(goldNames.map(at));
  const suggested = mentionSuggestions(text, language).flatMap((g) => g.occurrences.map((o) => ({ ...o, kind: g.kind })));
  const right = suggested.filter((s) => goldAt.has(at(s)));
  const rightNames = suggested.filter((s) => namesAt.has(at(s)));
  const guessed = right.filter((s) => s.kind !== undefined);
  const kindsRight = guessed.filter((s) => goldAt.get(at(s))!.entities.some((id) => kindOf.get(id) === s.kind));

  const citations = [...story.relations, ...story.events].flatMap((c) => c.citations);
  const goldSentences = new Set(citations.filter(notAuthorCertain).map((c) => c.sentence));
  const cues = sentenceCues(text, language);
  const cueOf = new Map(cues.map((s) => [s.sentence, s.cues]));
  const cued = cues.filter((s) => s.cues.length > 0).map((s) => s.sentence);
  const cuedRight = cued.filter((s) => goldSentences.has(s)).length;
  const hard = citations.filter(notAuthorCertain);
  const suggestedWhole = hard.filter((c) => {
    const here = cueOf.get(c.sentence) ?? [];
    const certainty = c.factuality.certainty === "certain" || here.some((x) => x.certainty === c.factuality.certainty);
    const polarity = c.factuality.polarity === "positive" || here.some((x) => x.polarity === "negative");
    const source = !c.sources.some((s) => s.kind === "source") || here.some((x) => x.kind === "source");
    return certainty && polarity && source;
  }).length;

  return {
    story: name,
    language,
    mentions: score(suggested.length, gold.length, right.length),
    names: score(suggested.length, goldNames.length, rightNames.length),
    kinds: { guessed: guessed.length, right: kindsRight.length },
    cueSentences: score(cued.length, goldSentences.size, cuedRight),
    cueCitations: { gold: hard.length, right: suggestedWhole, recall: hard.length ? suggestedWhole / hard.length : 0 },
  };
}

/** The figures for the default story and the English fixture. */
export function suggestionsQuality(): QualityRow[] {
  const english = parseStoryJson(readFileSync(new URL("../tests/fixtures/english-story.json", import.meta.url)), { file: "tests/fixtures/english-story.json" });
  return [storyQuality("default story (fr)", defaultStory()), storyQuality("english-story.json (en)", english)];
}

const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
const ratio = (s: Score) => `P ${pct(s.precision)} (${s.right}/${s.suggested}), R ${pct(s.recall)} (${s.right}/${s.gold})`;

/** The figures as a Markdown table. */
export function qualityTable(rows: readonly QualityRow[]): string {
  const lines = [
    "| gold story | mentions: all gold | mentions: capitalised names | kind guesses right | cue sentences | cued citations (whole factuality) |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${r.story} | ${ratio(r.mentions)} | ${ratio(r.names)} | ${r.kinds.right}/${r.kinds.guessed} | ${ratio(r.cueSentences)} | R ${pct(r.cueCitations.recall)} (${r.cueCitations.right}/${r.cueCitations.gold}) |`,
    ),
  ];
  return lines.join("\n") + "\n";
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.stdout.write(qualityTable(suggestionsQuality()));
