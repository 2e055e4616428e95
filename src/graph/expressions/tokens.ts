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
 *   end of the text (it is no gap, no word, no digits, no punctuation), so `forEachLine` lets the
 *   readers tokenize a text line by line, skip the lines a cheap test rules out, and keep only one
 *   line's tokens alive at a time.
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

/**
 * Cut `text` into tokens in one pass.
 *
 * @param text - any string (lone surrogates are punctuation tokens)
 * @returns the tokens in text order; they cover the whole text without overlap
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 0x30 || d > 0x39) break;
        i++;
      }
      const s = text.slice(start, i);
      tokens.push({ kind: "digits", start, end: i, text: s, key: s });
      continue;
    }
    if (isSpaceCode(c)) {
      let lineBreak = isLineBreak(c);
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (!isSpaceCode(d)) break;
        if (isLineBreak(d)) lineBreak = true;
        i++;
      }
      tokens.push({ kind: "space", start, end: i, text: text.slice(start, i), key: lineBreak ? "\n" : " " });
      continue;
    }
    let w = wordCharLength(text, i);
    if (w > 0) {
      i += w;
      while (i < n && (w = wordCharLength(text, i)) > 0) i += w;
      const s = text.slice(start, i);
      tokens.push({ kind: "word", start, end: i, text: s, key: s.length > MAX_KEY_LENGTH ? "" : foldWord(s) });
      continue;
    }
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const s = text.slice(start, i);
    tokens.push({ kind: "punct", start, end: i, text: s, key: punctKey(c, s) });
  }
  return tokens;
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
