/**
 * Grapheme-cluster boundaries (`Intl.Segmenter`, granularity `grapheme`): where a quote may
 * start and end. A quote that starts or ends inside a cluster cuts a character a reader sees as
 * one: half of a surrogate pair (half an emoji), a letter without its combining accent, one half
 * of a flag. Such a quote does not survive an export (the lone half of a pair becomes U+FFFD in
 * XML) and does not say what the article says.
 *
 * Bounded work: most offsets stand between two characters below U+0300 (no combining mark,
 * joiner, prepended or spacing mark, regional indicator or Hangul jamo there), which are always
 * a boundary (UAX #29, every rule that keeps characters together needs one of those); only other
 * offsets are segmented, in a window from the nearest such sure boundary before to the nearest
 * after (at most `WINDOW` code units each side; beyond, the whole text is segmented once and its
 * boundaries kept).
 */

/** How far `isGraphemeBoundary` looks for a sure boundary on each side before segmenting the whole text. */
const WINDOW = 256;

const SEGMENTER = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** True when no grapheme cluster can join the characters at `i - 1` and `i` (both below U+0300, and not CR before LF). */
function sureBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i);
  return a < 0x300 && b < 0x300 && !(a === 0x0d && b === 0x0a);
}

/** Answers whether offsets of one text are grapheme boundaries (one per text: it keeps what it segmented). */
export class GraphemeBoundaries {
  /** The boundaries of the whole text, once a window did not suffice: 1 at each boundary offset. */
  private all: Uint8Array | null = null;

  constructor(private readonly text: string) {}

  /**
   * Whether offset `i` (UTF-16 code units, 0…length) is a grapheme-cluster boundary of the text.
   * The start and the end of the text always are.
   */
  isBoundary(i: number): boolean {
    const text = this.text;
    if (sureBoundary(text, i)) return true;
    if (this.all) return this.all[i] === 1;
    let from = i - 1;
    while (from > 0 && !sureBoundary(text, from) && i - from < WINDOW) from--;
    let to = i + 1;
    while (to < text.length && !sureBoundary(text, to) && to - i < WINDOW) to++;
    if (!sureBoundary(text, from) || !sureBoundary(text, to)) return this.whole()[i] === 1;
    for (const s of SEGMENTER.segment(text.slice(from, to))) {
      const at = from + s.index;
      if (at === i) return true;
      if (at > i) return false;
    }
    return false;
  }

  private whole(): Uint8Array {
    const all = new Uint8Array(this.text.length + 1);
    for (const s of SEGMENTER.segment(this.text)) all[s.index] = 1;
    all[this.text.length] = 1;
    return (this.all = all);
  }
}
