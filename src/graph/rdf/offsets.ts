/**
 * UTF-16 code units → Unicode code points. storygraph's offsets count UTF-16 code units
 * (JavaScript string indices); the W3C Web Annotation model's `oa:TextPositionSelector` counts
 * code points ("the selection of the text MUST be in terms of unicode code points … not in terms of
 * code units"). The two differ by one for every character outside the Basic Multilingual Plane
 * (an emoji, a CJK extension ideograph) before the offset.
 */

/** Converts UTF-16 offsets of one text to code-point offsets. */
export interface CodePointIndex {
  /** The code-point offset of the UTF-16 offset `utf16` (which must not split a surrogate pair). */
  toCodePoint(utf16: number): number;
  /** Up to `count` code points of the text ending at UTF-16 offset `end`. */
  before(end: number, count: number): string;
  /** Up to `count` code points of the text starting at UTF-16 offset `start`. */
  after(start: number, count: number): string;
}

/**
 * An index of the astral characters of `text`, built once (one pass; nothing when there is none),
 * each conversion a binary search.
 *
 * @param text - the article text the offsets count in.
 */
export function codePointIndex(text: string): CodePointIndex {
  // UTF-16 offsets of the high surrogates that start a pair: each adds one code unit, not one code point.
  const pairs: number[] = [];
  if (/[\uD800-\uDBFF]/.test(text)) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          pairs.push(i);
          i++;
        }
      }
    }
  }
  const pairsBefore = (utf16: number): number => {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pairs[mid]! < utf16) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    toCodePoint: (utf16) => (pairs.length === 0 ? utf16 : utf16 - pairsBefore(utf16)),
    before(end, count) {
      if (count === 0) return "";
      // 2·count + 1 code units hold at least `count` whole code points after a cut pair.
      const chars = Array.from(text.slice(Math.max(0, end - 2 * count - 1), end));
      return chars.slice(Math.max(0, chars.length - count)).join("");
    },
    after(start, count) {
      if (count === 0) return "";
      const chars = Array.from(text.slice(start, start + 2 * count + 1));
      return chars.slice(0, count).join("");
    },
  };
}
