/**
 * The meaning check of a story's `suggestions` (what `storygraph init` read in the text): every
 * suggestion must still stand where it says, so that an editor prefilling a citation from it
 * anchors the article's own words. Each occurrence, cue, date and amount names a sentence of the
 * article (`UnknownSentenceError`), and its `text` is the article's text at `start…end`, inside
 * that sentence (`OffsetMismatchError`: an article edited after the draft leaves stale
 * suggestions). Nothing else is checked: suggestions are hints, never claims. Work is linear in
 * the suggestions' size (one slice and compare each).
 */
import { OffsetMismatchError, UnknownSentenceError } from "../errors.ts";
import type { Sentence } from "../model.ts";
import { toLF } from "./citations.ts";
import type { ProblemList } from "./problems.ts";
import type { Suggestions } from "./suggestions-schema.ts";

/** Longest excerpt a problem quotes of the suggestion's or the article's words. */
const EXCERPT = 60;

function excerpt(text: string): string {
  return JSON.stringify(text.length > EXCERPT ? text.slice(0, EXCERPT) + "…" : text);
}

/**
 * Report to `problems` every suggestion that names no sentence of the article or whose words do
 * not stand at its offsets inside its sentence.
 */
export function checkSuggestions(suggestions: Suggestions, text: string, sentences: readonly Sentence[], problems: ProblemList): void {
  if (sentences.length === 0) return; // the article itself is reported
  const byId = new Map(sentences.map((s) => [s.id, s]));
  const sentenceAt = (id: string, path: string): Sentence | undefined => {
    const s = byId.get(id);
    if (!s) problems.add(UnknownSentenceError, path, `the article has no sentence "${id}" (it has s1…s${sentences.length})`);
    return s;
  };
  const standsAt = (s: Sentence, x: { text: string; start: number; end: number }, path: string): void => {
    const words = toLF(x.text);
    if (x.start < s.start || x.end > s.end || x.end < x.start)
      problems.add(OffsetMismatchError, `${path}.start`, `${x.start}…${x.end} is not inside its sentence ${s.id} (${s.start}…${s.end}): a stale suggestion`);
    else if (text.slice(x.start, x.end) !== words)
      problems.add(OffsetMismatchError, `${path}.start`, `the article reads ${excerpt(text.slice(x.start, x.end))} at ${x.start}…${x.end}, not ${excerpt(words)}: a stale suggestion`);
  };
  suggestions.mentions.forEach((m, i) =>
    m.occurrences.forEach((o, j) => {
      const path = `suggestions.mentions[${i}].occurrences[${j}]`;
      const s = sentenceAt(o.sentence, `${path}.sentence`);
      if (s) standsAt(s, o, path);
    }),
  );
  suggestions.sentences.forEach((entry, i) => {
    const path = `suggestions.sentences[${i}]`;
    const s = sentenceAt(entry.sentence, `${path}.sentence`);
    if (!s) return;
    entry.cues.forEach((c, j) => standsAt(s, c, `${path}.cues[${j}]`));
    entry.dates.forEach((d, j) => standsAt(s, d, `${path}.dates[${j}]`));
    entry.amounts.forEach((a, j) => standsAt(s, a, `${path}.amounts[${j}]`));
  });
}
