/**
 * Tokens for the expression readers (numbers.ts, amounts.ts, dates.ts): one linear pass cuts a text
 * into runs of ASCII digits, words, white space and single punctuation characters, each with its
 * UTF-16 offsets (end exclusive). The readers then look at a bounded number of tokens around each
 * position (a numeral made of many groups is read once, see `scanNumerals`), so a whole scan stays
 * linear in the length of the text whatever the text is: no regular expression runs over it.
 *
 * Policies:
 * - A word is a run of letters, combining marks and non-ASCII digits (`m²`, `ᵉʳ`); ASCII digits are
 *   never part of a word, so `s2` is the word `s` then the digits `2`, and `1ᵉʳ` is `1` then `ᵉʳ`.
 * - A word's `key` is folded: lower case, diacritics and soft hyphens removed, compatibility forms
 *   decomposed (`Août` → `aout`, `ᵉʳ` → `er`, `nº` → `no`). Words longer than `MAX_KEY_LENGTH` get
 *   the key "" (no dictionary word is that long), so a megabyte of letters is never folded.
 * - Apostrophes (’ ' ‘ ʼ ´ ` ′) are punctuation with the key `'` (`d’euros` is `d`, `'`, `euros`);
 *   the hyphens U+2010 and U+2011 have the key `-`. Other punctuation is one code point per token,
 *   keyed as written.
 * - A white-space run has the key " " when it holds no line break (a "gap": an expression may span
 *   it) and "\n" otherwise (no expression spans a line break).
 * - Lines are independent: every reader treats a white-space run with a line break exactly like the
 *   end of the text (it is no gap, no word, no digits, no punctuation), so the readers may tokenize
 *   a text line by line (`forEachLine`, `lineEnd`), skip the lines a cheap test rules out, and keep
 *   only one line's tokens alive at a time, or read a short text whole.
 *
 * The readers scan a `TokenBuffer`: the same tokens as parallel typed arrays over the text, filled
 * in place for each line and reused from one call to the next, with each key folded only when a
 * reader first asks for it (and most dictionary lookups ruled out before by the word's length and
 * first letter, see `WordShapes`). `tokenize` gives them as `Token` objects.
 */

export type TokenKind = "digits" | "word" | "space" | "punct";

export interface Token {
  readonly kind: TokenKind;
  /** Offsets in the text, UTF-16 code units, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The text as written. */
  readonly text: string;
  /** Folded word, normalised punctuation, " " for a gap, "\n" for white space with a line break. */
  readonly key: string;
}

/** Words longer than this (UTF-16 code units) are not folded and get the key "". */
export const MAX_KEY_LENGTH = 32;

const APOSTROPHES: ReadonlySet<number> = new Set([0x27, 0x2019, 0x2018, 0x2bc, 0xb4, 0x60, 0x2032]);
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const MARKS = /\p{M}/gu;

/** For code units below 0x250: 1 when the unit is a word character (ASCII digits excluded). */
const LATIN_WORD = new Uint8Array(0x250);
/** For code units 0x80…0x24f: the folded form (lower case, no diacritics). */
const LATIN_FOLD: string[] = [];
for (let c = 0; c < 0x250; c++) {
  const ch = String.fromCharCode(c);
  const digit = c >= 0x30 && c <= 0x39;
  LATIN_WORD[c] = (!digit && !APOSTROPHES.has(c) && WORD_CHAR.test(ch)) || c === 0xad ? 1 : 0;
  if (c >= 0x80) LATIN_FOLD[c - 0x80] = c === 0xad ? "" : ch.normalize("NFKD").replace(MARKS, "").toLowerCase();
}

/** Character classes for `TokenBuffer.fill`. */
const C_OTHER = 0;
const C_DIGIT = 1;
const C_SPACE = 2;
/** White space that breaks the line. */
const C_BREAK = 3;
const C_LOWER = 4;
const C_UPPER = 5;
/** Any other word character. */
const C_WORD = 6;

/** Word forms (see `TokenBuffer.forms`). */
const ASCII_LOWER = 0;
const ASCII_UPPER = 1;
const OTHER_FORM = 2;

/** The class of each code unit below 0x250. */
const CLASS = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) {
  CLASS[c] =
    c >= 0x30 && c <= 0x39
      ? C_DIGIT
      : isSpaceCode(c)
        ? isLineBreak(c)
          ? C_BREAK
          : C_SPACE
        : c >= 0x61 && c <= 0x7a
          ? C_LOWER
          : c >= 0x41 && c <= 0x5a
            ? C_UPPER
            : LATIN_WORD[c] === 1
              ? C_WORD
              : C_OTHER;
}

/** The class of the character at `i`, a code unit from 0x250 on. */
function highClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isSpaceCode(c)) return isLineBreak(c) ? C_BREAK : C_SPACE;
  return wordCharLength(text, i) > 0 ? C_WORD : C_OTHER;
}

/**
 * The (length, first letter) pairs of a set of folded words, to rule most ASCII words out of a
 * dictionary lookup without folding them (`TokenBuffer.mayBe`).
 */
export class WordShapes {
  /** 1 for the shapes of the words, and for `ANY_SHAPE`. */
  readonly has = new Uint8Array(SHAPES);

  /** @param words - folded words; those that are not ASCII letters only can match no ASCII word and are left out */
  constructor(words: Iterable<string>) {
    this.has[ANY_SHAPE] = 1;
    for (const word of words) {
      if (!/^[a-z]+$/.test(word) || word.length > MAX_KEY_LENGTH) continue;
      this.has[shapeOf(word.length, word.charCodeAt(0))] = 1;
    }
  }
}

/**
 * A word's shape: for an ASCII word, its length and first letter (what its key starts with);
 * `ANY_SHAPE` for other words (any key), `NO_SHAPE` for words too long to have a key.
 */
const ANY_SHAPE = 0;
const NO_SHAPE = 1;
const SHAPES = 2 + (MAX_KEY_LENGTH + 1) * 26;

/** The shape of an ASCII word of `length` letters starting with the lower-case letter `first`. */
function shapeOf(length: number, first: number): number {
  return 2 + length * 26 + (first - 0x61);
}

function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    (c >= 0x85 &&
      (c === 0x85 ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Length in code units of the word character at `i` (1 or 2), or 0 when it is not one. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x250) return LATIN_WORD[c]!;
  if (APOSTROPHES.has(c) || isSpaceCode(c)) return 0;
  const cp = text.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  return WORD_CHAR.test(ch) ? ch.length : 0;
}

/**
 * Fold a word for dictionary lookups: lower case, diacritics and soft hyphens removed,
 * compatibility forms decomposed.
 *
 * @param word - a word token's text
 * @returns the folded word (`Août` → `aout`, `ᵉʳ` → `er`)
 */
export function foldWord(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return word.toLowerCase();
  let out = "";
  for (let i = 0; i < word.length; ) {
    const c = word.charCodeAt(i);
    if (c < 0x80) {
      out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : word[i];
      i++;
    } else if (c < 0x250) {
      out += LATIN_FOLD[c - 0x80];
      i++;
    } else {
      const ch = String.fromCodePoint(word.codePointAt(i)!);
      out += ch.normalize("NFKD").replace(MARKS, "").toLowerCase();
      i += ch.length;
    }
  }
  return out;
}

function punctKey(c: number, text: string): string {
  if (APOSTROPHES.has(c)) return "'";
  if (c === 0x2010 || c === 0x2011) return "-";
  return text;
}

/** Token kinds in a `TokenBuffer`; `NONE` stands for a position before or after every token. */
export const NONE = 0;
export const DIGITS = 1;
export const WORD = 2;
/** White space without a line break (key " "). */
export const GAP = 3;
/** White space with a line break (key "\n"). */
export const BREAK = 4;
export const PUNCT = 5;

/** The keys of one-unit punctuation, by code unit, as first met. */
const PUNCT_KEYS: (string | undefined)[] = new Array<string | undefined>(0x3000).fill(undefined);

const KIND_NAMES: readonly TokenKind[] = ["punct", "digits", "word", "space", "space", "punct"];

/** Buffers hold on to at most this many tokens' worth of memory between calls. */
const RETAINED_CAPACITY = 1 << 14;

/**
 * The tokens of one stretch of a text (see the header), as parallel arrays indexed by token:
 * `kinds`, `starts` and `ends` (offsets in `src`, end exclusive). Accessors take any index and
 * answer as for a missing token outside `0…count-1`. A buffer is refilled in place for each line.
 */
export class TokenBuffer {
  /** The text the offsets point into. */
  src = "";
  count = 0;
  kinds = new Uint8Array(64);
  /** For words: `ASCII_LOWER`, `ASCII_UPPER` (ASCII with upper-case letters) or `OTHER_FORM`. */
  forms = new Uint8Array(64);
  /** For words: their shape (see `WordShapes`). */
  shapes = new Uint16Array(64);
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** Keys already computed, by token (see `key`). */
  private keys: (string | undefined)[] = [];

  /**
   * Cut `text.slice(from, to)` into tokens, with offsets in `text`, replacing the buffer's tokens.
   * `from` and `to` must not split a surrogate pair (line ends never do).
   */
  fill(text: string, from: number, to: number): this {
    this.src = text;
    let { kinds, forms, shapes, starts, ends } = this;
    const keys = this.keys;
    let t = 0;
    let i = from;
    while (i < to) {
      if (t === kinds.length) {
        this.grow();
        ({ kinds, forms, shapes, starts, ends } = this);
      }
      const start = i;
      const c = text.charCodeAt(i);
      const cls = c < 0x250 ? CLASS[c]! : highClass(text, i);
      let kind: number;
      let form = ASCII_LOWER;
      if (cls === C_DIGIT) {
        i++;
        while (i < to) {
          const d = text.charCodeAt(i);
          if (d < 0x30 || d > 0x39) break;
          i++;
        }
        kind = DIGITS;
      } else if (cls === C_SPACE || cls === C_BREAK) {
        let lineBreak = cls === C_BREAK;
        i++;
        while (i < to) {
          const d = text.charCodeAt(i);
          const dc = d < 0x250 ? CLASS[d]! : isSpaceCode(d) ? (isLineBreak(d) ? C_BREAK : C_SPACE) : C_OTHER;
          if (dc === C_BREAK) lineBreak = true;
          else if (dc !== C_SPACE) break;
          i++;
        }
        kind = lineBreak ? BREAK : GAP;
      } else if (cls === C_OTHER) {
        i += c >= 0xd800 && text.codePointAt(i)! > 0xffff ? 2 : 1;
        kind = PUNCT;
      } else {
        // a word: note whether it is ASCII, and whether it has upper-case letters (see `key`)
        if (cls === C_UPPER) form = ASCII_UPPER;
        else if (cls === C_WORD) form = OTHER_FORM;
        i += cls === C_WORD && c >= 0xd800 ? wordCharLength(text, i) : 1;
        while (i < to) {
          const d = text.charCodeAt(i);
          if (d < 0x250) {
            const dc = CLASS[d]!;
            if (dc === C_LOWER) {
              i++;
              continue;
            }
            if (dc === C_UPPER) {
              if (form === ASCII_LOWER) form = ASCII_UPPER;
              i++;
              continue;
            }
            if (dc !== C_WORD) break;
            form = OTHER_FORM;
            i++;
          } else {
            const w = wordCharLength(text, i);
            if (w === 0) break;
            form = OTHER_FORM;
            i += w;
          }
        }
        kind = WORD;
        const length = i - start;
        shapes[t] = form === OTHER_FORM ? ANY_SHAPE : length > MAX_KEY_LENGTH ? NO_SHAPE : shapeOf(length, c | 0x20);
      }
      kinds[t] = kind;
      forms[t] = form;
      starts[t] = start;
      ends[t] = i;
      keys[t] = undefined;
      t++;
    }
    this.count = t;
    return this;
  }

  private grow(): void {
    const size = this.kinds.length * 2;
    const kinds = new Uint8Array(size);
    kinds.set(this.kinds);
    const forms = new Uint8Array(size);
    forms.set(this.forms);
    this.forms = forms;
    const shapes = new Uint16Array(size);
    shapes.set(this.shapes);
    this.shapes = shapes;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
  }

  /** Let go of the text, and of the memory a very long text took (the tokens are gone afterwards). */
  release(): void {
    this.src = "";
    this.keys.fill(undefined, 0, this.count); // slices of the text may hold on to it
    this.count = 0;
    if (this.kinds.length <= RETAINED_CAPACITY) return;
    this.kinds = new Uint8Array(64);
    this.forms = new Uint8Array(64);
    this.shapes = new Uint16Array(64);
    this.starts = new Int32Array(64);
    this.ends = new Int32Array(64);
    this.keys = [];
    this.count = 0;
    this.src = "";
  }

  /** The kind of token `k`, `NONE` outside the tokens. */
  kind(k: number): number {
    return k >= 0 && k < this.count ? this.kinds[k]! : NONE;
  }

  /** Whether token `k` is a gap (see `isGap`). */
  gap(k: number): boolean {
    return k >= 0 && k < this.count && this.kinds[k] === GAP;
  }

  /** Whether token `k` is a word or digits (see `isAlphanumeric`). */
  alphanumeric(k: number): boolean {
    if (k < 0 || k >= this.count) return false;
    const kind = this.kinds[k];
    return kind === DIGITS || kind === WORD;
  }

  /** The key of token `k` as `tokenize` keys it, `undefined` outside the tokens. */
  key(k: number): string | undefined {
    if (k < 0 || k >= this.count) return undefined;
    const known = this.keys[k];
    if (known !== undefined) return known;
    const kind = this.kinds[k];
    let key: string;
    if (kind === GAP) key = " ";
    else if (kind === BREAK) key = "\n";
    else {
      const text = this.text(k);
      if (kind === DIGITS) key = text;
      else if (kind === WORD) {
        const form = this.forms[k];
        if (text.length > MAX_KEY_LENGTH) key = "";
        else key = form === ASCII_LOWER ? text : form === ASCII_UPPER ? text.toLowerCase() : foldWord(text);
      }
      else if (text.length === 1 && text.charCodeAt(0) < PUNCT_KEYS.length) {
        const c = text.charCodeAt(0);
        key = PUNCT_KEYS[c] ??= punctKey(c, text);
      } else key = punctKey(text.charCodeAt(0), text);
    }
    this.keys[k] = key;
    return key;
  }

  /**
   * Whether word token `k` may have a key in `shapes`: false only when the word is ASCII (so its
   * key is the word in lower case) and no key of that length starts with its first letter.
   */
  mayBe(k: number, shapes: WordShapes): boolean {
    return shapes.has[this.shapes[k]!] === 1;
  }

  /** Whether word token `k` is ASCII letters only (a buffer filled from a text). */
  asciiWord(k: number): boolean {
    return this.forms[k] !== OTHER_FORM;
  }

  /** Whether word token `k` is its key in some case: `text.toLowerCase() === key` (no diacritics). */
  writtenAsKey(k: number): boolean {
    if (this.forms[k] !== OTHER_FORM && this.ends[k]! - this.starts[k]! <= MAX_KEY_LENGTH) return true;
    return this.text(k).toLowerCase() === this.key(k);
  }

  /** The text of token `k` as written (a token inside the buffer). */
  text(k: number): string {
    return this.src.slice(this.starts[k], this.ends[k]);
  }

  /** The length of token `k` in UTF-16 code units (a token inside the buffer). */
  length(k: number): number {
    return this.ends[k]! - this.starts[k]!;
  }

  /** The first code unit of token `k` (a token inside the buffer). */
  code(k: number): number {
    return this.src.charCodeAt(this.starts[k]!);
  }

  /** Whether token `k` is written as the one code unit `c`. */
  is(k: number, c: number): boolean {
    return k >= 0 && k < this.count && this.ends[k]! - this.starts[k]! === 1 && this.src.charCodeAt(this.starts[k]!) === c;
  }

  /** The value of digits token `k` (a token inside the buffer, of at most 15 digits). */
  digitsValue(k: number): number {
    let v = 0;
    for (let i = this.starts[k]!, end = this.ends[k]!; i < end; i++) v = v * 10 + this.src.charCodeAt(i) - 0x30;
    return v;
  }

  /** The tokens as `Token` objects. */
  toTokens(): Token[] {
    const tokens: Token[] = [];
    for (let k = 0; k < this.count; k++) {
      const kind = KIND_NAMES[this.kinds[k]!]!;
      tokens.push({ kind, start: this.starts[k]!, end: this.ends[k]!, text: this.text(k), key: this.key(k)! });
    }
    return tokens;
  }

  /**
   * A buffer holding given tokens (for the functions that take `Token` arrays): same kinds, texts
   * and keys, token by token; the offsets are those of the tokens' texts joined.
   */
  static fromTokens(tokens: readonly Token[]): TokenBuffer {
    const b = new TokenBuffer();
    while (b.kinds.length < tokens.length) b.grow();
    let offset = 0;
    tokens.forEach((token, k) => {
      const kind = token.kind;
      b.kinds[k] = kind === "digits" ? DIGITS : kind === "word" ? WORD : kind === "punct" ? PUNCT : token.key === " " ? GAP : BREAK;
      b.starts[k] = offset;
      offset += token.text.length;
      b.ends[k] = offset;
      b.keys[k] = token.key;
      b.forms[k] = OTHER_FORM;
      b.shapes[k] = ANY_SHAPE; // `mayBe` then always asks the key
    });
    b.src = tokens.map((t) => t.text).join("");
    b.count = tokens.length;
    return b;
  }
}

/**
 * Cut `text` into tokens in one pass.
 *
 * @param text - any string (lone surrogates are punctuation tokens)
 * @returns the tokens in text order; they cover the whole text without overlap
 */
export function tokenize(text: string): Token[] {
  return new TokenBuffer().fill(text, 0, text.length).toTokens();
}

/**
 * The index after the words of `phrase` when they stand at token `i` of a buffer onwards.
 *
 * @param b - the tokens of a text
 * @param i - where the phrase should start
 * @param phrase - token keys; " " stands for a gap
 * @returns the index of the token after the phrase, or -1 when it does not stand there
 */
export function matchBufferKeys(b: TokenBuffer, i: number, phrase: readonly string[]): number {
  let k = i;
  for (const key of phrase) {
    if (k >= b.count) return -1;
    if (key === " " ? !b.gap(k) : b.key(k) !== key) return -1;
    k++;
  }
  return k;
}

/**
 * Whether a token is a gap: white space without a line break, which an expression may span.
 *
 * @param token - a token or `undefined` (past either end of the text)
 * @returns true for a gap
 */
export function isGap(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "space" && token.key === " ";
}

/**
 * Whether a token is a word or digits, the tokens that glue to a neighbour (`s2`, `2015s`).
 *
 * @param token - a token or `undefined`
 * @returns true for a word or digits token
 */
export function isAlphanumeric(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === "word" || token.kind === "digits");
}

/**
 * The index after the words of `phrase` when they stand at `tokens[i]` onwards.
 *
 * @param tokens - the tokens of a text
 * @param i - where the phrase should start
 * @param phrase - token keys; " " stands for a gap
 * @returns the index of the token after the phrase, or -1 when it does not stand there
 */
export function matchKeys(tokens: readonly Token[], i: number, phrase: readonly string[]): number {
  let k = i;
  for (const key of phrase) {
    const t = tokens[k];
    if (t === undefined) return -1;
    if (key === " " ? !isGap(t) : t.key !== key) return -1;
    k++;
  }
  return k;
}

/**
 * Split a dictionary phrase into token keys the way `tokenize` would key its text.
 *
 * @param phrase - folded words, white space and punctuation, e.g. `u.s. dollars`, `neo-zelandais`
 * @returns the keys, " " for each run of white space
 */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}

/**
 * Call `emit(start, end)` for each line of `text`: the maximal stretches between white-space runs
 * that hold a line break (those runs belong to no line). Reading each line alone finds exactly what
 * reading the whole text finds (see the header).
 *
 * @param text - any text
 * @param emit - called with UTF-16 offsets, in text order, for every line (empty ones included)
 */
export function forEachLine(text: string, emit: (start: number, end: number) => void): void {
  const n = text.length;
  let from = 0;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) {
      i++;
      continue;
    }
    const runStart = i;
    let lineBreak = false;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (!isSpaceCode(d)) break;
      if (isLineBreak(d)) lineBreak = true;
      i++;
    }
    if (lineBreak) {
      emit(from, runStart);
      from = i;
    }
  }
  emit(from, n);
}

/**
 * Where the line that starts at `from` ends: at the first white-space run holding a line break
 * (which belongs to no line), or at the end of the text. The next line starts at
 * `spaceRunEnd(text, end)`, when `end` is not the end of the text (see `forEachLine`).
 *
 * @param text - any text
 * @param from - where a line starts
 * @returns the end of that line, exclusive
 */
export function lineEnd(text: string, from: number): number {
  // the first line break from `from` on lies in the run that ends the line
  LINE_BREAKS.lastIndex = from;
  if (!LINE_BREAKS.test(text)) return text.length;
  let end = LINE_BREAKS.lastIndex - 1;
  while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The characters `isLineBreak` is true for. */
const LINE_BREAKS = /[\n\v\f\r\x85\u2028\u2029]/g;

/**
 * The end of the white-space run at `i`.
 *
 * @param text - any text
 * @param i - an offset
 * @returns the first offset from `i` on that holds no white space
 */
export function spaceRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}
