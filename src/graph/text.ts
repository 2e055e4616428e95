/**
 * Text helpers: sentence segmentation and search-friendly normalisation.
 *
 * Offsets are UTF-16 code units (see model.ts).
 */
import type { Sentence } from "./model.ts";

/**
 * Size of the windows `segmentSentences` hands to `Intl.Segmenter` (UTF-16 code units). Its cost
 * grows faster than the window (an 8 MB article: 1024 → 0.30 s, 2048 → 0.33 s, 4096 → 0.46 s,
 * 16384 → 1.0 s); 2048 keeps the full 512-unit look-ahead margin of every trusted boundary.
 */
export const SEGMENT_WINDOW = 2048;
/** A sentence boundary is only trusted when this much text follows it inside the window. */
const SEGMENT_MARGIN = 512;

/**
 * Call `emit(start, end)` for each raw sentence segment of `text` (as `Intl.Segmenter` gives them:
 * untrimmed, absolute UTF-16 offsets, in order), computed window by window.
 *
 * V8's segment iterator slows down super-linearly on long strings (10k sentences took 38 s
 * here; each step costs more the longer the string), so the text is segmented in windows of
 * `window` code units: each window's boundaries are kept up to the last one with at least
 * `SEGMENT_MARGIN` units of look-ahead after it, and the next window starts there. Boundaries
 * depend only on nearby context, so the result equals a single pass (a test checks it on the
 * default article and on generated text with tiny windows).
 */
function forEachSegment(text: string, language: string, window: number, emit: (start: number, end: number) => void): void {
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
  const ends: number[] = [];
  let base = 0;
  let size = window;
  while (base < text.length) {
    const end = Math.min(text.length, base + size);
    const limit = end - base - Math.min(SEGMENT_MARGIN, size >> 2);
    const last = end === text.length;
    ends.length = 0;
    // segment by segment with `containing` (cheaper than the iterator), and only up to the first
    // boundary past `limit` when more windows follow: the rest would be segmented again
    const piece = end - base === text.length ? text : text.slice(base, end);
    const segments = segmenter.segment(piece);
    for (let i = 0; i < piece.length; ) {
      const s = segments.containing(i)!;
      i = s.index + s.segment.length;
      ends.push(i);
      if (!last && i > limit) break;
    }
    if (last) {
      let from = base;
      for (const e of ends) {
        emit(from, base + e);
        from = base + e;
      }
      return;
    }
    let keep = 0;
    while (keep < ends.length && ends[keep]! <= limit) keep++;
    if (keep === 0) {
      size *= 2; // one sentence longer than the window: widen it
      continue;
    }
    let from = base;
    for (let i = 0; i < keep; i++) {
      emit(from, base + ends[i]!);
      from = base + ends[i]!;
    }
    base = from;
    size = window;
  }
}

/**
 * The raw sentence segments of `text`, as `Intl.Segmenter` gives them (`segment` untrimmed,
 * `index` its offset), computed window by window (see `forEachSegment`).
 */
export function* segmentWindows(
  text: string,
  language: string,
  window = SEGMENT_WINDOW,
): Generator<{ segment: string; index: number }> {
  const found: { segment: string; index: number }[] = [];
  forEachSegment(text, language, window, (start, end) => found.push({ segment: text.slice(start, end), index: start }));
  yield* found;
}

/** True for the code units `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator). */
function isTrimmed(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    (c >= 0xa0 &&
      (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff))
  );
}

/**
 * Split `text` into sentences with `Intl.Segmenter` in `language`, trimmed, with ids `s1`…`sN`
 * and their offsets in `text` (UTF-16 code units). Segments that are only whitespace are dropped.
 *
 * @throws {RangeError} when `language` is not a valid BCP 47 tag.
 */
export function segmentSentences(text: string, language: string, window = SEGMENT_WINDOW): Sentence[] {
  const sentences: Sentence[] = [];
  forEachSegment(text, language, window, (from, to) => {
    let start = from;
    let end = to;
    while (start < end && isTrimmed(text.charCodeAt(start))) start++;
    while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
    if (start === end) return;
    const index = sentences.length;
    sentences.push({ id: `s${index + 1}`, index, text: text.slice(start, end), start, end });
  });
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
 * A folded copy of `text` (as `foldName` folds, runs of white space becoming one space, but not
 * trimmed) with a map back to the original: `map[i]` is the offset in `text`
 * of folded character `i` (and `map[folded.length] === text.length`). Used to find mentions
 * insensitively and still highlight the exact original range.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  // ASCII characters fold without Unicode machinery (lower case, '`' → "'", white space → " "):
  // folding each character through normalize() and three regexps took 10 s on a 1 MB article.
  const parts: string[] = [];
  const map: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const f = c >= 65 && c <= 90 ? c + 32 : c === 0x60 ? 0x27 : c === 32 || (c >= 9 && c <= 13) ? 32 : c;
      i++;
      if (f === 32) {
        if (lastSpace) continue; // runs of white space fold to one space, as in foldName
        lastSpace = true;
      } else lastSpace = false;
      map.push(i - 1);
      parts.push(String.fromCharCode(f));
      continue;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const f = ch
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(APOSTROPHES, "'")
      .toLowerCase()
      .replace(/\s/g, " ");
    i += ch.length;
    if (f === " " && lastSpace) continue;
    if (f.length === 0) continue;
    for (let k = 0; k < f.length; k++) map.push(i - ch.length);
    parts.push(f);
    lastSpace = f.charCodeAt(f.length - 1) === 32;
  }
  map.push(text.length);
  return { folded: parts.join(""), map };
}

/** True when the character is a letter or digit (used for word boundaries in mention search). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
