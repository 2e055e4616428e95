/**
 * Search over the words of the story (no DOM): the article's sentences (which hold every quote)
 * and the citations' English glosses, insensitive to case, accents, apostrophe style and spacing,
 * as the entity search is. Each hit names the sentence to go to and the words around the match.
 */
import { foldName, foldWithMap } from "../../graph/text.ts";
import type { Story } from "../../graph/model.ts";

/** Shortest query (folded characters) searched in the text: shorter ones match nearly everywhere. */
export const MIN_TEXT_QUERY = 3;

/** Most hits returned by default. */
export const TEXT_HITS_LIMIT = 8;

/** Characters of context kept on each side of a match. */
const CONTEXT = 28;

/** One place of the story's text that matches: its sentence, where it matched, and a snippet. */
export interface TextHit {
  /** Id of the sentence to go to. */
  readonly sentence: string;
  /** The article's words, or the English gloss of a quote in that sentence. */
  readonly source: "article" | "gloss";
  /** The snippet: text before the match (with "…" when cut), the matched words as written, text after. */
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

interface Folded {
  readonly sentence: string;
  readonly index: number;
  readonly text: string;
  readonly folded: string;
  readonly map: readonly number[];
}

const foldedTexts = new WeakMap<Story, { sentences: Folded[]; glosses: Folded[] }>();

function texts(story: Story): { sentences: Folded[]; glosses: Folded[] } {
  let t = foldedTexts.get(story);
  if (!t) {
    const index = new Map(story.sentences.map((s) => [s.id, s.index]));
    const fold = (sentence: string, text: string): Folded => ({ sentence, index: index.get(sentence) ?? Infinity, text, ...foldWithMap(text) });
    const seen = new Set<string>();
    const glosses: Folded[] = [];
    for (const claim of [...story.relations, ...story.events]) {
      for (const c of claim.citations) {
        const key = `${c.sentence}\u0000${c.gloss}`;
        if (!c.gloss || seen.has(key)) continue;
        seen.add(key);
        glosses.push(fold(c.sentence, c.gloss));
      }
    }
    t = { sentences: story.sentences.map((s) => fold(s.id, s.text)), glosses };
    foldedTexts.set(story, t);
  }
  return t;
}

function snippet(f: Folded, at: number, length: number): { before: string; match: string; after: string } {
  const start = f.map[at]!;
  const end = f.map[at + length]!;
  // cut at a space, so that the snippet shows whole words
  let from = Math.max(0, start - CONTEXT);
  if (from > 0) {
    const space = f.text.indexOf(" ", from);
    from = space >= 0 && space < start ? space + 1 : from;
  }
  let to = Math.min(f.text.length, end + CONTEXT);
  if (to < f.text.length) {
    const space = f.text.lastIndexOf(" ", to);
    to = space > end ? space : to;
  }
  return {
    before: (from > 0 ? "…" : "") + f.text.slice(from, start).trimStart(),
    match: f.text.slice(start, end),
    after: f.text.slice(end, to).trimEnd() + (to < f.text.length ? "…" : ""),
  };
}

/**
 * Sentences whose words, or the gloss of a quote standing in them, contain `query` (folded as
 * `foldName` folds names): one hit per sentence (its own words first, else a gloss), in article
 * order, at most `limit`. Empty for a query under MIN_TEXT_QUERY characters.
 *
 * @example searchText(story, "milliards")[0] // { sentence: "s1", source: "article", match: "milliards", … }
 */
export function searchText(story: Story, query: string, limit = TEXT_HITS_LIMIT): TextHit[] {
  const q = foldName(query);
  if (q.length < MIN_TEXT_QUERY) return [];
  const { sentences, glosses } = texts(story);
  const hits = new Map<string, TextHit & { index: number }>();
  for (const pool of [sentences, glosses]) {
    for (const f of pool) {
      if (hits.has(f.sentence)) continue;
      const at = f.folded.indexOf(q);
      if (at < 0) continue;
      hits.set(f.sentence, { sentence: f.sentence, source: pool === sentences ? "article" : "gloss", ...snippet(f, at, q.length), index: f.index });
    }
  }
  return [...hits.values()]
    .sort((a, b) => a.index - b.index)
    .slice(0, limit)
    .map(({ index: _index, ...hit }) => hit);
}
