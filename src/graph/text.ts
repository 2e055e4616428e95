/**
 * Text helpers: sentence segmentation and search-friendly normalisation.
 *
 * Offsets are UTF-16 code units (see model.ts).
 */
import type { Sentence } from "./model.ts";

/**
 * Split `text` into sentences with `Intl.Segmenter` in `language`, trimmed, with ids `s1`…`sN`
 * and their offsets in `text`. Segments that are only whitespace are dropped.
 */
export function segmentSentences(text: string, language: string): Sentence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
  const sentences: Sentence[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (!trimmed) continue;
    const start = index + lead;
    sentences.push({
      id: `s${sentences.length + 1}`,
      index: sentences.length,
      text: trimmed,
      start,
      end: start + trimmed.length,
    });
  }
  return sentences;
}

const APOSTROPHES = /[\u2019\u2018\u02bc\u02b9\u00b4\u0060\u2032]/g;

/**
 * Fold a string for lookups: lower case, no diacritics, one apostrophe style (`'`), single
 * spaces. `Le géant de l’informatique` and `le geant de l'informatique` fold the same.
 */
export function foldName(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A folded copy of `text` with a map back to the original: `map[i]` is the offset in `text`
 * of folded character `i` (and `map[folded.length] === text.length`). Used to find mentions
 * insensitively and still highlight the exact original range.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = "";
  const map: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const f = ch
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(APOSTROPHES, "'")
      .toLowerCase()
      .replace(/\s/g, " ");
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    i += ch.length;
  }
  map.push(text.length);
  return { folded, map };
}

/** True when the character is a letter or digit (used for word boundaries in mention search). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
