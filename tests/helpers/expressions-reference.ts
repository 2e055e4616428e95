/**
 * The expression readers as they were before they were optimised (tokens.ts, numbers.ts,
 * amounts.ts and dates.ts, concatenated unchanged but for their imports of one another), kept as
 * the reference the property tests compare `findDates` and `findAmounts` against. Only tests import
 * this file; nothing in the product does.
 */
import { ISO_4217_CODES } from "../../src/graph/currencies.ts";

// ===== tokens.ts (as of the reference commit) =====
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

// ===== numbers.ts (as of the reference commit) =====
/**
 * Numbers as French and English news write them, read exactly: numerals with their separators
 * (`1 000 000`, `1,5`, `1,000,000`, `13.7`), number words (`deux`, `vingt-cinq`, `two hundred`)
 * and scale words (`1,5 million`, `13 milliards`, `$13bn`, `10 M€`). Shared by amounts.ts and
 * dates.ts, which read numbers token by token (see tokens.ts).
 *
 * Policies:
 * - Languages: a BCP 47 tag whose primary subtag is `fr` uses the French rules, `en` the English
 *   rules; any other tag gets the language-neutral rules: plain runs of digits only (`13`, `2015`),
 *   no separators, no words, no scales. The region subtag is ignored (`fr-CA` reads as `fr`).
 * - Separators. English: `,` groups thousands and `.` is the decimal point (`1,000,000.5`).
 *   French: `,` is the decimal point and a single space, U+00A0, U+202F or U+2009 groups thousands
 *   (`1 000 000,5`); `.` groups thousands only when that cannot be an English decimal point, i.e.
 *   with two groups or more or before a decimal comma (`1.000.000`, `1.000,5`; `1.000` and `1.5` are
 *   not numbers in French). Grouped numerals have a first group of 1–3 digits (not starting with 0)
 *   and groups of exactly 3 digits, all with the same separator. A run of digits and separators that
 *   breaks these rules (`1.2.3`, `1,00`, `12,3456` in English) is no number at all, not the part that
 *   would fit; neither is any digit of it.
 * - Exactness: values are decimal digits and a power of ten (`Decimal`), scaled and added exactly,
 *   and turned into a `number` once at the end (`Number("15e5")`). A numeral with more than 15
 *   significant digits is refused: its value could not be represented exactly.
 * - Scale words. French uses the long scale: `mille` 10^3, `million` 10^6, `milliard` 10^9,
 *   `billion` 10^12, `billiard` 10^15, `trillion` 10^18 (singular or plural). English uses the short
 *   scale: `thousand` 10^3, `million` 10^6, `billion` 10^9, `trillion` 10^12, plus `lakh` 10^5 and
 *   `crore` 10^7. `mille milliards`/`thousand billion` multiply; `un milliard et demi` adds a half.
 * - Abbreviations, case-sensitive. English: `k K` 10^3, `m M mn mln` 10^6, `bn Bn BN bln b B` 10^9,
 *   `tn trn T` 10^12, glued to the digits (`13.7bn`), and the ones of two letters or more also after
 *   a space (`$13 bn`). French, glued or after a space: `k K` 10^3, `M` 10^6, `Md Mds Mrd Mrds` 10^9
 *   (`10 M€`, `1,2Md€`); amounts accept a French abbreviation after a space only right before a
 *   currency symbol or code. An abbreviation after a space that cannot be read there (`$5 m`,
 *   `€ 10 M`) leaves no number at all rather than a number without its scale.
 * - Number words (whole integers): French 1–99 (`vingt-et-un`/`vingt et un`, `soixante-dix`,
 *   `quatre-vingt-dix`, and the Belgian/Swiss `septante`, `huitante`, `octante`, `nonante`) and
 *   hundreds (`cent`, `deux cents`, `trois cent cinquante`); `mille` alone is 1000. English 1–99
 *   (`twenty-five`, `twenty five`) and hundreds (`a hundred`, `two hundred and fifty`). The articles
 *   `un`/`une`/`a`/`an` count as 1 only before a scale word (`un milliard`, `a billion`), and so do
 *   `half a` (`half a million`) and `un demi-` (`un demi-milliard`): `un euro` is not read.
 * - Word boundaries: a numeral glued to letters on either side is not a number (`s2`, `A380`, `1er`,
 *   `2015s`) unless the letters are an abbreviation above. A numeral separated from other digits by
 *   a single gap is not read either (`5 000` in English, phone numbers `01 23 45 67 89`): which
 *   digits belong together is unknown.
 */

/** The languages with their own rules; any other language tag gets the language-neutral forms. */
export const SUPPORTED_EXPRESSION_LANGUAGES = ["fr", "en"] as const;

export type ExpressionLanguage = (typeof SUPPORTED_EXPRESSION_LANGUAGES)[number];

/**
 * The rules a BCP 47 language tag selects.
 *
 * @param language - a BCP 47 tag such as `fr`, `fr-CA`, `en-GB`, `de`
 * @returns `"fr"` or `"en"` from the primary subtag (case-insensitive), or `null` for any other
 *   language (language-neutral forms only)
 */
export function expressionLanguage(language: string): ExpressionLanguage | null {
  const primary = language.split(/[-_]/, 1)[0]!.toLowerCase();
  return primary === "fr" ? "fr" : primary === "en" ? "en" : null;
}

// ---------------------------------------------------------------------------------------------
// Exact decimals

/** `digits × 10^exponent`, `digits` without leading or trailing zeros ("0" for zero). */
export interface Decimal {
  readonly digits: string;
  readonly exponent: number;
}

/** Numerals with more significant digits than this are refused (their value would be rounded). */
export const MAX_SIGNIFICANT_DIGITS = 15;

const ZERO: Decimal = { digits: "0", exponent: 0 };

/**
 * The decimal written with these integer and fraction digits.
 *
 * @param integer - ASCII digits before the decimal separator (may be long, may have leading zeros)
 * @param fraction - ASCII digits after it
 * @returns the exact value, or `null` when it has more than `MAX_SIGNIFICANT_DIGITS` significant
 *   digits
 */
export function decimalFromDigits(integer: string, fraction = ""): Decimal | null {
  const all = integer + fraction;
  let first = 0;
  while (first < all.length && all.charCodeAt(first) === 0x30) first++;
  if (first === all.length) return ZERO;
  let last = all.length - 1;
  while (all.charCodeAt(last) === 0x30) last--;
  if (last - first + 1 > MAX_SIGNIFICANT_DIGITS) return null;
  return { digits: all.slice(first, last + 1), exponent: all.length - 1 - last - fraction.length };
}

function normalise(mantissa: bigint, exponent: number): Decimal | null {
  if (mantissa === 0n) return ZERO;
  let s = mantissa.toString();
  let e = exponent;
  let end = s.length;
  while (s.charCodeAt(end - 1) === 0x30) end--;
  e += s.length - end;
  s = s.slice(0, end);
  return s.length > MAX_SIGNIFICANT_DIGITS ? null : { digits: s, exponent: e };
}

/**
 * Multiply by a power of ten.
 *
 * @param value - a decimal
 * @param power - the power of ten (may be negative)
 * @returns `value × 10^power`, exactly
 */
export function shiftDecimal(value: Decimal, power: number): Decimal {
  return value.digits === "0" ? ZERO : { digits: value.digits, exponent: value.exponent + power };
}

/**
 * Add two decimals exactly.
 *
 * @param a - a decimal
 * @param b - a decimal
 * @returns `a + b`, or `null` when the sum has more than `MAX_SIGNIFICANT_DIGITS` significant digits
 */
export function addDecimals(a: Decimal, b: Decimal): Decimal | null {
  const e = Math.min(a.exponent, b.exponent);
  if (Math.max(a.exponent, b.exponent) - e > 2 * MAX_SIGNIFICANT_DIGITS) return null;
  const ma = BigInt(a.digits) * 10n ** BigInt(a.exponent - e);
  const mb = BigInt(b.digits) * 10n ** BigInt(b.exponent - e);
  return normalise(ma + mb, e);
}

/**
 * The number nearest a decimal (the decimal itself when it is exactly representable, as every
 * integer below 2^53 is).
 *
 * @param value - a decimal
 * @returns `Number(digits + "e" + exponent)`; `Infinity` when too large
 */
export function decimalToNumber(value: Decimal): number {
  return Number(`${value.digits}e${value.exponent}`);
}

/**
 * A decimal as plain decimal digits, for messages and tests.
 *
 * @param value - a decimal
 * @returns e.g. `1500000`, `0.5`, `13700000000`
 */
export function formatDecimal(value: Decimal): string {
  const { digits, exponent } = value;
  if (exponent >= 0) return digits === "0" ? "0" : digits + "0".repeat(exponent);
  const point = digits.length + exponent;
  return point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${"0".repeat(-point)}${digits}`;
}

// ---------------------------------------------------------------------------------------------
// Numerals

/** A numeral: digits tokens joined by separators, read once per text by `scanNumerals`. */
export interface Numeral {
  /** Token index of its first digits. */
  readonly start: number;
  /** Token index after its last digits. */
  readonly next: number;
  /** Its value, or `null` when the digits and separators make no number under the language's rules. */
  readonly value: Decimal | null;
}

/** The white-space characters that group thousands in French. */
const GROUP_SPACES: ReadonlySet<string> = new Set([" ", "\u00a0", "\u202f", "\u2009"]);

function interpretNumeral(groups: readonly string[], separators: readonly string[], language: ExpressionLanguage | null): Decimal | null {
  if (separators.length === 0) return decimalFromDigits(groups[0]!);
  if (language === null) return null;
  const decimalPoint = language === "fr" ? "," : ".";
  let count = groups.length;
  let fraction = "";
  if (separators[separators.length - 1] === decimalPoint) {
    count--;
    fraction = groups[count]!;
  }
  const grouping = separators[0]!;
  if (count > 1) {
    const allowed = language === "fr" ? grouping === " " || grouping === "." : grouping === ",";
    if (!allowed) return null;
    for (let g = 0; g < count - 1; g++) if (separators[g] !== grouping) return null;
    const head = groups[0]!;
    if (head.length > 3 || head.charCodeAt(0) === 0x30) return null;
    for (let g = 1; g < count; g++) if (groups[g]!.length !== 3) return null;
    // `1.000` alone could be an English decimal point: French reads `.` groups only when unambiguous
    if (language === "fr" && grouping === "." && count < 3 && fraction === "") return null;
  }
  let integer = "";
  for (let g = 0; g < count; g++) integer += groups[g];
  return decimalFromDigits(integer, fraction);
}

/**
 * Read every numeral of a text once, greedily from the left: digits, then `,` or `.` and digits
 * (glued), then in French a single grouping space and exactly three digits while the numeral is
 * still a grouped integer. Each digits token belongs to exactly one numeral.
 *
 * @param tokens - the tokens of a text
 * @param language - the rules (see the header)
 * @returns an array as long as `tokens`, holding each numeral at the index of its first digits
 *   (nothing at other indexes)
 */
export function scanNumerals(tokens: readonly Token[], language: ExpressionLanguage | null): (Numeral | undefined)[] {
  const numerals = new Array<Numeral | undefined>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (first.kind !== "digits") continue;
    const groups = [first.text];
    const separators: string[] = [];
    let spaceGrouping = first.text.length <= 3;
    let k = i + 1;
    for (;;) {
      const sep = tokens[k];
      const digits = tokens[k + 1];
      if (sep === undefined || digits === undefined || digits.kind !== "digits") break;
      if (sep.kind === "punct" && (sep.text === "," || sep.text === ".")) {
        spaceGrouping = false;
      } else if (
        language === "fr" &&
        spaceGrouping &&
        sep.kind === "space" &&
        GROUP_SPACES.has(sep.text) &&
        digits.text.length === 3
      ) {
        // still a grouped integer: a space may add a group
      } else break;
      separators.push(sep.kind === "space" ? " " : sep.text);
      groups.push(digits.text);
      k += 2;
    }
    numerals[i] = { start: i, next: k, value: interpretNumeral(groups, separators, language) };
    i = k - 1;
  }
  return numerals;
}

// ---------------------------------------------------------------------------------------------
// Scale words and abbreviations

const SCALE_WORDS: Readonly<Record<ExpressionLanguage, ReadonlyMap<string, number>>> = {
  fr: new Map([
    ["mille", 3],
    ["million", 6],
    ["millions", 6],
    ["milliard", 9],
    ["milliards", 9],
    ["billion", 12],
    ["billions", 12],
    ["billiard", 15],
    ["billiards", 15],
    ["trillion", 18],
    ["trillions", 18],
  ]),
  en: new Map([
    ["thousand", 3],
    ["lakh", 5],
    ["lakhs", 5],
    ["million", 6],
    ["crore", 7],
    ["crores", 7],
    ["billion", 9],
    ["trillion", 12],
  ]),
};

const ABBREVIATIONS: Readonly<Record<ExpressionLanguage, ReadonlyMap<string, number>>> = {
  fr: new Map([
    ["k", 3],
    ["K", 3],
    ["M", 6],
    ["Md", 9],
    ["Mds", 9],
    ["Mrd", 9],
    ["Mrds", 9],
  ]),
  en: new Map([
    ["k", 3],
    ["K", 3],
    ["m", 6],
    ["M", 6],
    ["mn", 6],
    ["mln", 6],
    ["bn", 9],
    ["bln", 9],
    ["Bn", 9],
    ["BN", 9],
    ["b", 9],
    ["B", 9],
    ["tn", 12],
    ["trn", 12],
    ["T", 12],
  ]),
};

/** English abbreviations also read after a space (`$13 bn`); a single letter there (`$5 m`) is no scale. */
const SPACED_ABBREVIATIONS_EN: ReadonlySet<string> = new Set(["bn", "Bn", "BN", "bln", "mn", "mln", "tn", "trn"]);

/**
 * The power of ten a scale word stands for.
 *
 * @param language - `fr` or `en`
 * @param key - a folded word
 * @returns e.g. 9 for `milliards`, 12 for French `billion`, 9 for English `billion`; `undefined`
 *   when the word is no scale word
 */
export function scaleWordPower(language: ExpressionLanguage, key: string): number | undefined {
  return SCALE_WORDS[language].get(key);
}

// ---------------------------------------------------------------------------------------------
// Number words

const FR_UNITS: ReadonlyMap<string, number> = new Map([
  ["un", 1], ["une", 1], ["deux", 2], ["trois", 3], ["quatre", 4], ["cinq", 5], ["six", 6], ["sept", 7],
  ["huit", 8], ["neuf", 9], ["dix", 10], ["onze", 11], ["douze", 12], ["treize", 13], ["quatorze", 14],
  ["quinze", 15], ["seize", 16],
]);
const FR_TENS: ReadonlyMap<string, number> = new Map([
  ["vingt", 20], ["trente", 30], ["quarante", 40], ["cinquante", 50], ["soixante", 60], ["septante", 70],
  ["huitante", 80], ["octante", 80], ["nonante", 90],
]);
const EN_UNITS: ReadonlyMap<string, number> = new Map([
  ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8],
  ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14],
  ["fifteen", 15], ["sixteen", 16], ["seventeen", 17], ["eighteen", 18], ["nineteen", 19],
]);
const EN_TENS: ReadonlyMap<string, number> = new Map([
  ["twenty", 20], ["thirty", 30], ["forty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70],
  ["eighty", 80], ["ninety", 90],
]);

/** Words a number may start with (a cheap first test before the grammar runs). */
const NUMBER_STARTS: Readonly<Record<ExpressionLanguage, ReadonlySet<string>>> = {
  fr: new Set([...FR_UNITS.keys(), ...FR_TENS.keys(), "cent", "mille"]),
  en: new Set([...EN_UNITS.keys(), ...EN_TENS.keys(), "a", "an", "half"]),
};

interface WordNumber {
  readonly value: number;
  readonly next: number;
  /** `un`, `une`, `a` or `an` alone: a number only before a scale word. */
  readonly article: boolean;
}

/** Index of the word after a glued hyphen at `k` (`vingt-cinq`), or -1. */
function afterHyphen(tokens: readonly Token[], k: number): number {
  return tokens[k]?.key === "-" && tokens[k + 1]?.kind === "word" ? k + 1 : -1;
}

/** Index of the word after a gap at `k`, or -1. */
function afterGap(tokens: readonly Token[], k: number): number {
  return isGap(tokens[k]) && tokens[k + 1]?.kind === "word" ? k + 1 : -1;
}

function keyOf(tokens: readonly Token[], k: number): string | undefined {
  const t = tokens[k];
  return t?.kind === "word" ? t.key : undefined;
}

function below20Fr(tokens: readonly Token[], k: number): WordNumber | null {
  const key = keyOf(tokens, k);
  if (key === undefined) return null;
  if (key === "dix") {
    const h = afterHyphen(tokens, k + 1);
    const u = h > 0 ? FR_UNITS.get(tokens[h]!.key) : undefined;
    if (u !== undefined && u >= 7 && u <= 9) return { value: 10 + u, next: h + 1, article: false };
  }
  const v = FR_UNITS.get(key);
  return v === undefined ? null : { value: v, next: k + 1, article: false };
}

function below100Fr(tokens: readonly Token[], k: number): WordNumber | null {
  const key = keyOf(tokens, k);
  if (key === undefined) return null;
  let tens: number | undefined;
  let p = k + 1;
  let closed = false; // quatre-vingts takes no units
  const h = afterHyphen(tokens, k + 1);
  if (key === "quatre" && h > 0 && (tokens[h]!.key === "vingt" || tokens[h]!.key === "vingts")) {
    tens = 80;
    p = h + 1;
    closed = tokens[h]!.key === "vingts";
  } else tens = FR_TENS.get(key);
  if (tens === undefined) return below20Fr(tokens, k);
  if (!closed) {
    // vingt-et-un, vingt et un, soixante et onze
    let q = -1;
    if (tokens[p]?.key === "-" && keyOf(tokens, p + 1) === "et" && tokens[p + 2]?.key === "-") q = p + 3;
    else if (isGap(tokens[p]) && keyOf(tokens, p + 1) === "et" && isGap(tokens[p + 2])) q = p + 3;
    if (q > 0 && tens !== 80) {
      const u = keyOf(tokens, q);
      if (u === "un" || u === "une") return { value: tens + 1, next: q + 1, article: false };
      if (u === "onze" && tens === 60) return { value: 71, next: q + 1, article: false };
    }
    const hu = afterHyphen(tokens, p);
    if (hu > 0) {
      const u = below20Fr(tokens, hu);
      if (u && u.value <= (tens === 60 || tens === 80 ? 19 : 9)) return { value: tens + u.value, next: u.next, article: false };
    }
  }
  return { value: tens, next: p, article: false };
}

function numberFr(tokens: readonly Token[], k: number): WordNumber | null {
  let value: number;
  let p: number;
  if (keyOf(tokens, k) === "cent") {
    value = 100;
    p = k + 1;
  } else {
    const r = below100Fr(tokens, k);
    if (!r) return null;
    const c = r.next === k + 1 && r.value >= 2 && r.value <= 9 ? Math.max(afterGap(tokens, r.next), afterHyphen(tokens, r.next)) : -1;
    const ck = c > 0 ? tokens[c]!.key : undefined;
    if (ck !== "cent" && ck !== "cents") {
      const key = tokens[k]!.key;
      return { value: r.value, next: r.next, article: r.next === k + 1 && (key === "un" || key === "une") };
    }
    value = r.value * 100;
    p = c + 1;
  }
  const t = Math.max(afterGap(tokens, p), afterHyphen(tokens, p));
  const tail = t > 0 ? below100Fr(tokens, t) : null;
  return tail ? { value: value + tail.value, next: tail.next, article: false } : { value, next: p, article: false };
}

function below100En(tokens: readonly Token[], k: number): WordNumber | null {
  const key = keyOf(tokens, k);
  if (key === undefined) return null;
  const tens = EN_TENS.get(key);
  if (tens === undefined) {
    const v = EN_UNITS.get(key);
    return v === undefined ? null : { value: v, next: k + 1, article: false };
  }
  const h = Math.max(afterHyphen(tokens, k + 1), afterGap(tokens, k + 1));
  const u = h > 0 ? EN_UNITS.get(tokens[h]!.key) : undefined;
  return u !== undefined && u <= 9 ? { value: tens + u, next: h + 1, article: false } : { value: tens, next: k + 1, article: false };
}

function numberEn(tokens: readonly Token[], k: number): WordNumber | null {
  const key = keyOf(tokens, k);
  let value: number;
  let p: number;
  const c0 = afterGap(tokens, k + 1);
  if (key === "a" || key === "an") {
    if (c0 < 0 || tokens[c0]!.key !== "hundred") return { value: 1, next: k + 1, article: true };
    value = 100;
    p = c0 + 1;
  } else {
    const r = below100En(tokens, k);
    if (!r) return null;
    const c = r.next === k + 1 && r.value <= 9 ? afterGap(tokens, r.next) : -1;
    if (c < 0 || tokens[c]!.key !== "hundred") return r;
    value = r.value * 100;
    p = c + 1;
  }
  let q = p;
  if (isGap(tokens[q]) && keyOf(tokens, q + 1) === "and") q += 2;
  const t = afterGap(tokens, q);
  const tail = t > 0 ? below100En(tokens, t) : null;
  return tail ? { value: value + tail.value, next: tail.next, article: false } : { value, next: p, article: false };
}

// ---------------------------------------------------------------------------------------------
// Quantities: a numeral or number words, with their scale

/** How a quantity ends, which tells an amount what may follow it. */
export type QuantityEnding =
  /** digits or number words: `200 000`, `deux` */
  | "number"
  /** a scale word: `1,5 million`, `un milliard et demi` */
  | "scale"
  /** an abbreviation glued to the digits (`13.7bn`, `10M`) or, in English, after a space (`13 bn`) */
  | "glued"
  /** a French abbreviation after a space: `10 M` (only a currency symbol or code may follow) */
  | "spaced";

export interface Quantity {
  /** Token index where it starts. */
  readonly start: number;
  /** Token index after it. */
  readonly next: number;
  readonly value: Decimal;
  readonly ending: QuantityEnding;
}

/** Options of `readQuantity`. */
export interface QuantityOptions {
  /**
   * The quantity follows a currency sign (`$13bn`, `USD5`): it must be a numeral, may be glued to
   * the sign, and takes no abbreviation after a space.
   */
  readonly prefixed?: boolean;
}

function scaleAfterGap(tokens: readonly Token[], k: number, language: ExpressionLanguage): number | undefined {
  return isGap(tokens[k]) && tokens[k + 1]?.kind === "word" ? SCALE_WORDS[language].get(tokens[k + 1]!.key) : undefined;
}

/** `half a million` (English) and `un demi-milliard` (French) at `i`. */
function readHalf(tokens: readonly Token[], i: number, language: ExpressionLanguage): Quantity | null {
  const key = tokens[i]!.key;
  let s = -1;
  if (language === "en" && key === "half" && isGap(tokens[i + 1])) {
    const a = keyOf(tokens, i + 2);
    if ((a === "a" || a === "an") && isGap(tokens[i + 3])) s = i + 4;
  } else if (language === "fr" && key === "un" && isGap(tokens[i + 1]) && keyOf(tokens, i + 2) === "demi") {
    if (tokens[i + 3]?.key === "-" || isGap(tokens[i + 3])) s = i + 4;
  }
  if (s < 0) return null;
  const scale = keyOf(tokens, s);
  const power = scale === undefined ? undefined : SCALE_WORDS[language].get(scale);
  if (power === undefined || scale!.endsWith("s")) return null;
  return { start: i, next: s + 1, value: { digits: "5", exponent: power - 1 }, ending: "scale" };
}

/**
 * Read the quantity that starts at token `i`: a numeral or number words, then at most a scale (an
 * abbreviation, or scale words as described in the header).
 *
 * @param tokens - the tokens of a text
 * @param i - the token index to read at
 * @param language - the rules (see the header)
 * @param numerals - the text's numerals, from `scanNumerals(tokens, language)`
 * @param options - see `QuantityOptions`
 * @returns the quantity, or `null` when none starts at `i` (including a numeral glued to letters,
 *   next to other digits, or refused by the separator rules, and an article without a scale word)
 */
export function readQuantity(
  tokens: readonly Token[],
  i: number,
  language: ExpressionLanguage | null,
  numerals: readonly (Numeral | undefined)[],
  options: QuantityOptions = {},
): Quantity | null {
  const t = tokens[i];
  if (t === undefined) return null;
  const prefixed = options.prefixed === true;
  let value: Decimal;
  let k: number;
  let article = false;
  let numeral = false;
  if (t.kind === "digits") {
    const num = numerals[i];
    if (num === undefined || num.value === null) return null;
    if (!prefixed) {
      const prev = tokens[i - 1];
      if (isAlphanumeric(prev)) return null;
      if (isGap(prev) && tokens[i - 2]?.kind === "digits") return null;
    }
    if (isGap(tokens[num.next]) && tokens[num.next + 1]?.kind === "digits") return null;
    value = num.value;
    k = num.next;
    numeral = true;
  } else if (t.kind === "word" && language !== null && !prefixed && NUMBER_STARTS[language].has(t.key)) {
    if (tokens[i - 1]?.kind === "digits") return null;
    const half = readHalf(tokens, i, language);
    if (half) return half;
    const words = language === "fr" ? numberFr(tokens, i) : numberEn(tokens, i);
    if (words) {
      value = decimalFromDigits(String(words.value))!;
      k = words.next;
      article = words.article;
    } else if (t.key === "mille") {
      // `mille` alone is 1000: read it as the scale of an implicit 1
      value = { digits: "1", exponent: 0 };
      k = i;
      article = true;
    } else return null;
  } else return null;

  let ending: QuantityEnding = "number";
  let lastPower = 0;
  const glued = tokens[k];
  if (numeral && glued?.kind === "word") {
    const power = language === null ? undefined : ABBREVIATIONS[language].get(glued.text);
    if (power === undefined) return null; // s2, 2015s, 1er: not a whole number
    value = shiftDecimal(value, power);
    k++;
    ending = "glued";
  } else if (language !== null) {
    const power = k === i ? SCALE_WORDS[language].get(t.key) : scaleAfterGap(tokens, k, language);
    if (power !== undefined) {
      value = shiftDecimal(value, power);
      k = k === i ? i + 1 : k + 2;
      ending = "scale";
      lastPower = power;
      // mille milliards, a thousand billion
      const second = lastPower === 3 ? scaleAfterGap(tokens, k, language) : undefined;
      if (second !== undefined && second > 3) {
        value = shiftDecimal(value, second);
        k += 2;
        lastPower = second;
      }
      // un milliard et demi
      if (
        language === "fr" &&
        isGap(tokens[k]) &&
        keyOf(tokens, k + 1) === "et" &&
        isGap(tokens[k + 2]) &&
        keyOf(tokens, k + 3) === "demi" &&
        value.exponent >= lastPower
      ) {
        const sum = addDecimals(value, { digits: "5", exponent: lastPower - 1 });
        if (sum === null) return null;
        value = sum;
        k += 4;
      }
    } else if (numeral && isGap(tokens[k]) && tokens[k + 1]?.kind === "word") {
      // an abbreviation after a space scales the number or leaves no quantity: `$13 bn` is never $13
      const written = tokens[k + 1]!.text;
      const abbreviation = ABBREVIATIONS[language].get(written);
      if (abbreviation !== undefined) {
        if (language === "fr" ? prefixed : !SPACED_ABBREVIATIONS_EN.has(written)) return null;
        value = shiftDecimal(value, abbreviation);
        k += 2;
        ending = language === "fr" ? "spaced" : "glued";
      }
    }
  }
  if (article && ending !== "scale") return null;
  return { start: i, next: k, value, ending };
}

// ---------------------------------------------------------------------------------------------
// findNumbers

/** A number found in a text (see `findNumbers`). */
export interface NumberExpression {
  /** Offsets in `text`, UTF-16 code units, end exclusive: text.slice(start, end) === this.text */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Its exact value (see `Decimal`). */
  readonly value: Decimal;
}

/**
 * Every number of a text as the amount reader reads them before looking for a currency:
 * numerals, number words and scales, in text order, without overlap.
 *
 * @param text - any text
 * @param language - a BCP 47 tag (see the header for what each language reads)
 * @returns the numbers found (`findNumbers("1,5 million", "fr")` → one number, 1500000)
 */
export function findNumbers(text: string, language: string): NumberExpression[] {
  const rules = expressionLanguage(language);
  const tokens = tokenize(text);
  const numerals = scanNumerals(tokens, rules);
  const found: NumberExpression[] = [];
  for (let i = 0; i < tokens.length; ) {
    const q = readQuantity(tokens, i, rules, numerals);
    if (q) {
      const start = tokens[q.start]!.start;
      const end = tokens[q.next - 1]!.end;
      found.push({ start, end, text: text.slice(start, end), value: q.value });
      i = q.next;
    } else i = numerals[i]?.next ?? i + 1;
  }
  return found;
}

// ===== amounts.ts (as of the reference commit) =====
/**
 * Amount expressions: where a French or English text states a sum of money, with its exact value
 * and ISO 4217 currency (`13 milliards de dollars` → 13000000000 USD, `£1.2bn` → 1200000000 GBP).
 * The story loader checks a claim's amount qualifier against its quotes with it, so a wrong parse
 * either accepts hand-typed data or refuses a correct annotation: when in doubt, nothing is read.
 *
 * Forms read (numbers as numbers.ts reads them: separators, number words, scales):
 * - Every language: a currency symbol or ISO code next to plain digits: `$13`, `€200`, `€ 50`,
 *   `USD 5`, `USD5`, `13 USD`, `200 €`, `200€`.
 * - French: `1 milliard de dollars`, `1,5 million d’euros` (’ or '), `200 000 euros`, `10 M€`,
 *   `2 Md$`, `3 Mds €`, `un milliard de dollars`, `deux millions d’euros`, `mille milliards d'euros`,
 *   `un milliard et demi de dollars`, `un demi-milliard d'euros`, `1 000 €`, `€ 50`, currency words
 *   with their adjective: `dollars américains`/`US` (USD), `canadiens` (CAD), `australiens` (AUD),
 *   `livres sterling` (GBP), `francs suisses` (CHF), `yens` (JPY), `yuans`/`renminbi` (CNY),
 *   `roupies` (INR), `roubles` (RUB)… (see FR_FAMILIES). As in French grammar, `de`/`d’` comes
 *   between the number and the currency word only when the number ends in a scale word or is a
 *   whole number of millions (`1 000 000 de dollars`, read "un million de dollars"); `200 000
 *   d’euros` is not read.
 * - English: `$13bn`, `$13 bn`, `$13 billion`, `13 billion dollars`, `€200m`, `12 million euros`,
 *   `£1.2bn`, `US$5 million`, `C$3 million` (CAD), `A$` (AUD), `HK$`, `NZ$`, `S$`, `R$`, `$US5`,
 *   `¥` (JPY), `₹10 crore` (INR), `1,000,000 dollars`, `a billion dollars`, `one million euros`,
 *   `half a million dollars`, `5 million US dollars`, `Canadian dollars`, `pounds`/`pounds
 *   sterling` (GBP), `Swiss francs` (CHF), `USD 5 million`, `5 million USD`, `13bn euros` (see
 *   EN_FAMILIES).
 *
 * Policies:
 * - Numbers follow numbers.ts: French `1 000 000,5` (space, U+00A0, U+202F) and `1.000.000` but not
 *   `1.000` or `1.5`; English `1,000,000.5`; other languages plain digits only; at most 15
 *   significant digits; values computed exactly in decimal (`1,5 million` → 1500000).
 * - An amount needs a number and a currency: `13 milliards`, `des millions de dollars`, `a few
 *   million dollars` are not amounts. A 4-digit number with a currency is an amount (`2019 dollars`),
 *   and dates.ts does not read it as a year.
 * - `$` and `dollars` alone are USD, in every language and region (`fr-CA` too): write `C$`, `CAD`
 *   or `dollars canadiens` for Canadian dollars. `¥` is JPY (write `CN¥`, `CNY` or `yuans`).
 *   `livres`/`pounds` alone are GBP (so a weight, `50 pounds`, reads as GBP: the parser does not
 *   know what is weighed). `francs`, `pesos`, `couronnes`, `dinars`, `kroner`… alone name no single
 *   currency and are not read; neither is a French currency word followed by an adjective of
 *   nationality it does not know (`dollars zimbabwéens`), so as not to read it as the default.
 * - French `billion` is 10^12 (long scale), `mille` 10^3; English `billion` is 10^9.
 * - `un`/`une`/`a`/`an` are numbers only before a scale word: `un euro`, `a dollar` are not read
 *   (`un dollar fort` is "a strong dollar"). `one dollar`, `cinq euros` are read.
 * - ISO codes are read as written in upper case only. Codes that are also words or acronyms
 *   (`ALL`, `AMD`, `CUP`, `CVE`, `PHP`, `TOP`, `TRY`…: WORD_LIKE_CODES) are read after a number
 *   only: `TOP 10` and `PHP 8` are not amounts. `RMB` is read as CNY.
 * - The expression is the number and the currency: `environ`, `plus de`, `about` are not part of
 *   it. In a range only the number next to the currency is read (`10 à 15 milliards de dollars`
 *   gives `15 milliards de dollars`).
 * - Not read: cents (`50 cents`), a code glued after digits (`13USD`), fractions (`un tiers`),
 *   signs (`-5 €`), `1,5 million` in English or `1.5 million` in French (the other language's
 *   decimal point), spaced thousands in English (`$5 000`), a number next to other digits across a
 *   single space (`en 2019 100 000 euros`: which digits belong together is unknown), an
 *   abbreviation that cannot be read where it stands (`$5 m`, `€ 10 M`: no amount rather than $5),
 *   currency words written with diacritics (`dóllars`), amounts spanning a line break.
 */

export interface AmountExpression {
  /** Offsets in `text`, UTF-16 code units, end exclusive: text.slice(start, end) === this.text */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Value in units of the currency, exact for what the text writes (1,5 million → 1500000; 13.7bn → 13700000000). */
  readonly value: number;
  /** ISO 4217 code. */
  readonly currency: string;
}

/** An amount by token indexes (what dates.ts needs to leave amounts alone). */
export interface AmountSpan {
  /** Token index where it starts. */
  readonly start: number;
  /** Token index after it. */
  readonly next: number;
  readonly value: number;
  readonly currency: string;
}

const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ["$", "USD"], ["€", "EUR"], ["£", "GBP"], ["¥", "JPY"], ["₹", "INR"], ["₩", "KRW"], ["₽", "RUB"],
  ["₺", "TRY"], ["₪", "ILS"], ["₦", "NGN"], ["₱", "PHP"], ["₫", "VND"], ["฿", "THB"], ["₴", "UAH"],
]);

/** Letters glued before `$` (`US$`, `C$`) or after it (`$US`, `$ CA`), case-sensitive. */
const DOLLAR_MARKS: ReadonlyMap<string, string> = new Map([
  ["US", "USD"], ["C", "CAD"], ["CA", "CAD"], ["CAN", "CAD"], ["A", "AUD"], ["AU", "AUD"], ["NZ", "NZD"],
  ["HK", "HKD"], ["S", "SGD"], ["SG", "SGD"], ["NT", "TWD"], ["R", "BRL"], ["MX", "MXN"],
]);

/** Letters glued before `¥`. */
const YEN_MARKS: ReadonlyMap<string, string> = new Map([["CN", "CNY"], ["JP", "JPY"], ["RMB", "CNY"]]);

/** Codes that are also words or acronyms: read after a number only. */
const WORD_LIKE_CODES: ReadonlySet<string> = new Set([
  "ALL", "AMD", "BAM", "BOB", "CUP", "CVE", "GEL", "MAD", "MOP", "NAD", "PEN", "PHP", "SAR", "SOS", "TOP", "TRY",
]);

function codeOf(word: string): string | undefined {
  if (word.length !== 3) return undefined;
  if (word === "RMB") return "CNY";
  return ISO_4217_CODES.has(word) ? word : undefined;
}

/** A currency word with the adjectives that name its currency. Forms are folded; `|` separates variants. */
interface CurrencyFamily {
  /** The currency word, singular and plural. */
  readonly words: readonly string[];
  /** What the word alone names, or `null` when it names no single currency. */
  readonly code: string | null;
  /** Adjectives after it (`dollars canadiens`, `pounds sterling`). */
  readonly after?: readonly (readonly [string, string])[];
  /** Adjectives before it (`Canadian dollars`). */
  readonly before?: readonly (readonly [string, string])[];
}

const FR_FAMILIES: readonly CurrencyFamily[] = [
  {
    words: ["dollar", "dollars"],
    code: "USD",
    after: [
      ["americain|americains|us|des etats-unis", "USD"],
      ["canadien|canadiens", "CAD"],
      ["australien|australiens", "AUD"],
      ["neo-zelandais", "NZD"],
      ["de hong kong|hongkongais", "HKD"],
      ["de singapour|singapourien|singapouriens", "SGD"],
      ["taiwanais", "TWD"],
    ],
  },
  { words: ["euro", "euros"], code: "EUR" },
  {
    words: ["livre", "livres"],
    code: "GBP",
    after: [
      ["sterling|britannique|britanniques", "GBP"],
      ["libanaise|libanaises", "LBP"],
      ["egyptienne|egyptiennes", "EGP"],
      ["turque|turques", "TRY"],
      ["syrienne|syriennes", "SYP"],
      ["soudanaise|soudanaises", "SDG"],
    ],
  },
  { words: ["franc", "francs"], code: null, after: [["suisse|suisses", "CHF"]] },
  { words: ["yen", "yens"], code: "JPY", after: [["japonais", "JPY"]] },
  { words: ["yuan", "yuans", "renminbi"], code: "CNY", after: [["chinois", "CNY"]] },
  {
    words: ["roupie", "roupies"],
    code: "INR",
    after: [
      ["indienne|indiennes", "INR"],
      ["pakistanaise|pakistanaises", "PKR"],
      ["sri-lankaise|sri-lankaises|srilankaise|srilankaises", "LKR"],
      ["nepalaise|nepalaises", "NPR"],
      ["indonesienne|indonesiennes", "IDR"],
      ["mauricienne|mauriciennes", "MUR"],
    ],
  },
  { words: ["rouble", "roubles"], code: "RUB", after: [["russe|russes", "RUB"], ["bielorusse|bielorusses", "BYN"]] },
  {
    words: ["couronne", "couronnes"],
    code: null,
    after: [
      ["suedoise|suedoises", "SEK"],
      ["norvegienne|norvegiennes", "NOK"],
      ["danoise|danoises", "DKK"],
      ["tcheque|tcheques", "CZK"],
      ["islandaise|islandaises", "ISK"],
    ],
  },
  {
    words: ["peso", "pesos"],
    code: null,
    after: [
      ["mexicain|mexicains", "MXN"],
      ["argentin|argentins", "ARS"],
      ["chilien|chiliens", "CLP"],
      ["colombien|colombiens", "COP"],
      ["philippin|philippins", "PHP"],
    ],
  },
  { words: ["won", "wons"], code: "KRW", after: [["sud-coreen|sud-coreens", "KRW"], ["nord-coreen|nord-coreens", "KPW"]] },
  {
    words: ["dinar", "dinars"],
    code: null,
    after: [
      ["algerien|algeriens", "DZD"],
      ["tunisien|tunisiens", "TND"],
      ["koweitien|koweitiens", "KWD"],
      ["irakien|irakiens", "IQD"],
      ["jordanien|jordaniens", "JOD"],
      ["serbe|serbes", "RSD"],
      ["libyen|libyens", "LYD"],
    ],
  },
  { words: ["dirham", "dirhams"], code: null, after: [["marocain|marocains", "MAD"], ["emirati|emiratis|des emirats", "AED"]] },
  { words: ["rand", "rands"], code: "ZAR", after: [["sud-africain|sud-africains", "ZAR"]] },
  { words: ["reais"], code: "BRL" },
  { words: ["real", "reals"], code: null, after: [["bresilien|bresiliens", "BRL"]] },
  { words: ["shekel", "shekels", "sheqel", "sheqels"], code: "ILS" },
  { words: ["naira", "nairas"], code: "NGN" },
  { words: ["zloty", "zlotys", "złoty", "złotys"], code: "PLN" },
  { words: ["forint", "forints"], code: "HUF" },
  { words: ["baht", "bahts"], code: "THB" },
  { words: ["hryvnia", "hryvnias"], code: "UAH" },
  { words: ["lire", "lires"], code: null, after: [["turque|turques", "TRY"]] },
];

const EN_FAMILIES: readonly CurrencyFamily[] = [
  {
    words: ["dollar", "dollars"],
    code: "USD",
    before: [
      ["us|u.s.|american", "USD"],
      ["canadian", "CAD"],
      ["australian", "AUD"],
      ["new zealand", "NZD"],
      ["hong kong", "HKD"],
      ["singapore|singaporean", "SGD"],
      ["taiwan|new taiwan", "TWD"],
    ],
  },
  { words: ["euro", "euros"], code: "EUR" },
  {
    words: ["pound", "pounds"],
    code: "GBP",
    before: [["british", "GBP"], ["egyptian", "EGP"], ["lebanese", "LBP"]],
    after: [["sterling", "GBP"]],
  },
  { words: ["sterling"], code: "GBP" },
  { words: ["franc", "francs"], code: null, before: [["swiss", "CHF"]] },
  { words: ["yen"], code: "JPY", before: [["japanese", "JPY"]] },
  { words: ["yuan", "renminbi"], code: "CNY", before: [["chinese", "CNY"]] },
  {
    words: ["rupee", "rupees"],
    code: "INR",
    before: [["indian", "INR"], ["pakistani", "PKR"], ["sri lankan", "LKR"], ["nepalese|nepali", "NPR"], ["indonesian", "IDR"]],
  },
  { words: ["rouble", "roubles", "ruble", "rubles"], code: "RUB", before: [["russian", "RUB"], ["belarusian", "BYN"]] },
  { words: ["krona", "kronor"], code: null, before: [["swedish", "SEK"], ["icelandic", "ISK"]] },
  { words: ["krone", "kroner"], code: null, before: [["norwegian", "NOK"], ["danish", "DKK"]] },
  { words: ["koruna", "korunas"], code: null, before: [["czech", "CZK"]] },
  {
    words: ["peso", "pesos"],
    code: null,
    before: [["mexican", "MXN"], ["argentine|argentinian", "ARS"], ["chilean", "CLP"], ["colombian", "COP"], ["philippine", "PHP"]],
  },
  { words: ["won"], code: null, before: [["korean|south korean", "KRW"], ["north korean", "KPW"]] },
  {
    words: ["dinar", "dinars"],
    code: null,
    before: [
      ["algerian", "DZD"], ["tunisian", "TND"], ["kuwaiti", "KWD"], ["iraqi", "IQD"], ["jordanian", "JOD"],
      ["serbian", "RSD"], ["libyan", "LYD"],
    ],
  },
  { words: ["dirham", "dirhams"], code: null, before: [["moroccan", "MAD"], ["uae|emirati", "AED"]] },
  { words: ["rand"], code: "ZAR", before: [["south african", "ZAR"]] },
  { words: ["reais"], code: "BRL", before: [["brazilian", "BRL"]] },
  { words: ["real"], code: null, before: [["brazilian", "BRL"]] },
  { words: ["shekel", "shekels"], code: "ILS", before: [["israeli|new israeli", "ILS"]] },
  { words: ["naira"], code: "NGN", before: [["nigerian", "NGN"]] },
  { words: ["zloty", "zlotys", "złoty", "złotys"], code: "PLN", before: [["polish", "PLN"]] },
  { words: ["lira", "liras", "lire"], code: null, before: [["turkish", "TRY"]] },
  { words: ["forint", "forints"], code: "HUF", before: [["hungarian", "HUF"]] },
  { words: ["baht"], code: "THB", before: [["thai", "THB"]] },
  { words: ["hryvnia", "hryvnias"], code: "UAH", before: [["ukrainian", "UAH"]] },
];

interface CurrencyPhrase {
  readonly keys: readonly string[];
  /** Index in `keys` of the currency word, which must be written without diacritics (see `mayHoldAmount`). */
  readonly wordAt: number;
  readonly code: string | null;
  /** The currency word alone, of a family with adjectives after it (see `NATIONALITY`). */
  readonly bare: boolean;
}

/** Phrases by their first key, longest first. */
type PhraseIndex = ReadonlyMap<string, readonly CurrencyPhrase[]>;

function indexPhrases(families: readonly CurrencyFamily[]): PhraseIndex {
  const index = new Map<string, CurrencyPhrase[]>();
  const add = (keys: string[], wordAt: number, code: string | null, bare: boolean) => {
    const list = index.get(keys[0]!) ?? [];
    list.push({ keys, wordAt, code, bare });
    index.set(keys[0]!, list);
  };
  for (const family of families) {
    for (const word of family.words) {
      add([word], 0, family.code, family.after !== undefined);
      for (const [forms, code] of family.after ?? []) {
        for (const form of forms.split("|")) add([word, " ", ...phraseKeys(form)], 0, code, false);
      }
      for (const [forms, code] of family.before ?? []) {
        for (const form of forms.split("|")) {
          const keys = [...phraseKeys(form), " ", word];
          add(keys, keys.length - 1, code, false);
        }
      }
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return index;
}

const PHRASES: Readonly<Record<ExpressionLanguage, PhraseIndex>> = { fr: indexPhrases(FR_FAMILIES), en: indexPhrases(EN_FAMILIES) };

/**
 * Folded French adjectives of nationality (`zimbabweens`, `jamaicains`): a currency word followed by
 * one it does not know is not read as its default currency. Common words with these endings
 * (`dollars mais…`) are not adjectives of nationality.
 */
const NATIONALITY = /^.{2,}(?:iens?|iennes?|ais|aises?|ains?|aines?|ois|oises?|eens?|eennes?)$/;
const NOT_NATIONALITY: ReadonlySet<string> = new Set([
  "jamais", "desormais", "frais", "trois", "certains", "certaines", "prochains", "prochaines", "anciens",
  "anciennes", "quotidiens", "quotidiennes", "moyens", "moyennes", "lointains", "lointaines",
]);

/** Every currency word as a whole word, any case, for the cheap test of `mayHoldAmount`. */
const CURRENCY_WORD_HINT = new RegExp(
  `\\b(?:${[...new Set([...FR_FAMILIES, ...EN_FAMILIES].flatMap((f) => f.words))].join("|")})\\b`,
  "i",
);
const CURRENCY_SIGN_HINT = /[$€£¥₹₩₽₺₪₦₱₫฿₴]|[A-Z]{3}/;

/**
 * A cheap test run before any scan: false when the text cannot hold an amount, because it has no
 * currency word (as written, any case: currency words with diacritics are not read), no currency
 * symbol and no three upper-case letters in a row (the ISO codes).
 *
 * @param text - any text
 * @returns false when `findAmounts` would find nothing for certain
 */
export function mayHoldAmount(text: string): boolean {
  return CURRENCY_WORD_HINT.test(text) || CURRENCY_SIGN_HINT.test(text);
}

interface Currency {
  readonly code: string;
  /** Token index after the currency. */
  readonly next: number;
}

/** A currency phrase at `p` (`dollars canadiens`, `Canadian dollars`). */
function currencyWords(tokens: readonly Token[], p: number, language: ExpressionLanguage): Currency | null {
  const t = tokens[p];
  if (t === undefined || t.kind !== "word") return null;
  for (const phrase of PHRASES[language].get(t.key) ?? []) {
    const next = matchKeys(tokens, p, phrase.keys);
    if (next < 0) continue;
    const word = tokens[p + phrase.wordAt]!;
    if (word.text.toLowerCase() !== word.key) return null; // `dóllars`: not a currency word as written
    if (phrase.code === null) return null;
    if (phrase.bare && language === "fr" && isGap(tokens[next])) {
      const adjective = tokens[next + 1];
      if (adjective?.kind === "word" && NATIONALITY.test(adjective.key) && !NOT_NATIONALITY.has(adjective.key)) return null;
    }
    return { code: phrase.code, next };
  }
  return null;
}

/** `US`, `CA`… glued after `$` at `k` (`5 $US`), or, for the marks of two letters or more, after a gap (`10 M$ CA`). */
function dollarMark(tokens: readonly Token[], k: number): Currency | null {
  const glued = tokens[k];
  if (glued?.kind === "word") {
    const code = DOLLAR_MARKS.get(glued.text);
    return code === undefined ? null : { code, next: k + 1 };
  }
  const spaced = tokens[k + 1];
  if (isGap(glued) && spaced?.kind === "word" && spaced.text.length >= 2) {
    const code = DOLLAR_MARKS.get(spaced.text);
    if (code !== undefined) return { code, next: k + 2 };
  }
  return null;
}

/** The currency after a quantity. */
function currencyAfter(tokens: readonly Token[], q: Quantity, language: ExpressionLanguage | null): Currency | null {
  const k = q.next;
  // a symbol or code, glued or after a gap
  const s = tokens[k]?.kind === "space" ? (isGap(tokens[k]) ? k + 1 : -1) : k;
  const sign = s >= 0 ? tokens[s] : undefined;
  if (sign !== undefined) {
    if (sign.kind === "punct") {
      const code = SYMBOLS.get(sign.text);
      if (code !== undefined) {
        if (sign.text === "$") {
          const marked = dollarMark(tokens, s + 1);
          if (marked) return marked;
        }
        return { code, next: s + 1 };
      }
    } else if (sign.kind === "word" && s > k) {
      const code = codeOf(sign.text);
      if (code !== undefined) return { code, next: s + 1 };
    }
  }
  if (language === null || q.ending === "spaced" || (q.ending === "glued" && language === "fr")) return null;
  // currency words: after a gap, or in French after `de` / `d’` when the number reads as a noun of
  // scale: after a scale word, or digits worth whole millions (`1 000 000 de dollars`, "un million")
  let p = -1;
  if (isGap(tokens[k])) {
    p = k + 1;
    if (language === "fr" && (q.ending === "scale" || q.value.exponent >= 6)) {
      const de = tokens[k + 1]?.key;
      if (de === "de" && isGap(tokens[k + 2])) p = k + 3;
      else if (de === "d" && tokens[k + 2]?.key === "'") p = k + 3;
    }
  }
  return p < 0 ? null : currencyWords(tokens, p, language);
}

/** A currency sign before a number at `i`: a symbol, `US$`, `$US`, `CN¥`, or an ISO code. */
function currencyBefore(tokens: readonly Token[], i: number): Currency | null {
  const t = tokens[i]!;
  if (isAlphanumeric(tokens[i - 1])) return null;
  if (t.kind === "punct") {
    const code = SYMBOLS.get(t.text);
    if (code === undefined) return null;
    const glued = tokens[i + 1];
    if (glued?.kind === "word") {
      // $US5, $A5; any other letters glued to the symbol make no amount
      const marked = t.text === "$" ? DOLLAR_MARKS.get(glued.text) : undefined;
      return marked !== undefined && tokens[i + 2]?.kind === "digits" ? { code: marked, next: i + 2 } : null;
    }
    return { code, next: i + 1 };
  }
  if (t.kind !== "word") return null;
  const sign = tokens[i + 1];
  if (sign?.kind === "punct" && (sign.text === "$" || sign.text === "¥")) {
    const code = (sign.text === "$" ? DOLLAR_MARKS : YEN_MARKS).get(t.text);
    return code === undefined ? null : { code, next: i + 2 };
  }
  const code = codeOf(t.text);
  return code !== undefined && !WORD_LIKE_CODES.has(t.text) ? { code, next: i + 1 } : null;
}

function amountAt(
  tokens: readonly Token[],
  i: number,
  language: ExpressionLanguage | null,
  numerals: readonly (Numeral | undefined)[],
): AmountSpan | null {
  const t = tokens[i]!;
  if (t.kind === "punct" || (t.kind === "word" && t.text.length <= 3 && t.text.toUpperCase() === t.text)) {
    const before = currencyBefore(tokens, i);
    if (before) {
      const p = isGap(tokens[before.next]) ? before.next + 1 : before.next;
      const q = readQuantity(tokens, p, language, numerals, { prefixed: true });
      if (q === null || isAlphanumeric(tokens[q.next])) return null;
      const value = decimalToNumber(q.value);
      return Number.isFinite(value) ? { start: i, next: q.next, value, currency: before.code } : null;
    }
  }
  if (t.kind !== "digits" && t.kind !== "word") return null;
  const q = readQuantity(tokens, i, language, numerals);
  if (q === null) return null;
  const currency = currencyAfter(tokens, q, language);
  if (currency === null || isAlphanumeric(tokens[currency.next])) return null;
  const value = decimalToNumber(q.value);
  return Number.isFinite(value) ? { start: i, next: currency.next, value, currency: currency.code } : null;
}

/**
 * Every amount of a tokenized text, by token indexes (for dates.ts, which must not read the year
 * of `2019 dollars`).
 *
 * @param tokens - the tokens of the text
 * @param language - the rules, from `expressionLanguage`
 * @param numerals - the text's numerals, from `scanNumerals(tokens, language)`
 * @returns the amounts in text order, without overlap
 */
export function scanAmounts(
  tokens: readonly Token[],
  language: ExpressionLanguage | null,
  numerals: readonly (Numeral | undefined)[],
): AmountSpan[] {
  const found: AmountSpan[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = amountAt(tokens, i, language, numerals);
    if (m) {
      found.push(m);
      i = m.next;
    } else i = numerals[i]?.next ?? i + 1;
  }
  return found;
}

/**
 * Find the amounts of money a text states.
 *
 * @param text - any text (a quote, a sentence, a whole article)
 * @param language - a BCP 47 tag: `fr…` reads French, `en…` English, any other only the
 *   language-neutral forms (a currency symbol or ISO code next to plain digits)
 * @returns the amounts in text order, without overlap, the longest at each position; each with
 *   `text.slice(start, end) === text`
 */
export function findAmounts(text: string, language: string): AmountExpression[] {
  const rules = expressionLanguage(language);
  const found: AmountExpression[] = [];
  forEachLine(text, (from, to) => {
    const line = from === 0 && to === text.length ? text : text.slice(from, to);
    if (mayHoldAmount(line)) amountsOf(text, line, from, rules, found);
  });
  return found;
}

/**
 * `findAmounts` without its shortcuts: one tokenization of the whole text, no line split, no
 * `mayHoldAmount` test. Tests check that `findAmounts` always agrees with it.
 *
 * @param text - any text
 * @param language - a BCP 47 tag
 * @returns what `findAmounts(text, language)` returns
 */
export function findAmountsUnsplit(text: string, language: string): AmountExpression[] {
  const found: AmountExpression[] = [];
  amountsOf(text, text, 0, expressionLanguage(language), found);
  return found;
}

/** Push the amounts of `line`, which stands at `offset` in `text`. */
function amountsOf(text: string, line: string, offset: number, rules: ExpressionLanguage | null, found: AmountExpression[]): void {
  const tokens = tokenize(line);
  for (const m of scanAmounts(tokens, rules, scanNumerals(tokens, rules))) {
    const start = offset + tokens[m.start]!.start;
    const end = offset + tokens[m.next - 1]!.end;
    found.push({ start, end, text: text.slice(start, end), value: m.value, currency: m.currency });
  }
}

// ===== dates.ts (as of the reference commit) =====
/**
 * Date expressions: where a French or English text states a date, normalised to `YYYY`, `YYYY-MM`
 * or `YYYY-MM-DD` at the precision the text gives (`en juillet 2019` → 2019-07, month). The story
 * loader checks a claim's date qualifier against its quotes with it, so when in doubt nothing is
 * read; a month or a day is never invented.
 *
 * Forms read:
 * - Every language: ISO dates `2021-03-04` (a time may follow: `2021-03-04T10:00`) and `2021-03`;
 *   a bare year; two years joined by a dash or slash (`2015-2018`, `2015 – 2018`, `2015/2016`)
 *   give both years.
 * - French: `juillet 2019`, `3 mars 2021`, `1er mars 2021` (`1ᵉʳ` too), `premier mars 2021`,
 *   `début 2020`, `fin 2019`, `mi-2021`, `début juillet 2019`, `03/04/2021` (day/month/year).
 *   Month names are case- and accent-insensitive (`Juillet`, `fevrier`, `aout`); abbreviations take
 *   their dot: `janv.`, `févr.`, `fév.`, `avr.`, `juil.`, `sept.`, `oct.`, `nov.`, `déc.` (`sept`
 *   without a dot is the number seven).
 * - English: `July 2019`, `3 March 2021`, `3rd of March 2021`, `March 3, 2021`, `March 3rd 2021`,
 *   `early 2020`, `late 2019`, `mid-2021`, `mid 2021`, `early July 2019`; abbreviations with or
 *   without their dot: `Jan.`, `Sept`, `Dec`. Month names are case-insensitive (`JULY`, `july`)
 *   except `May` and `March`, which must be capitalised (lower-case `may` and `march` are verbs).
 *   Ordinal suffixes must fit the day (`3rd`; `3th March 2021` reads only `March 2021`).
 *
 * Policies:
 * - Precision is what the text writes: `en 2015` → 2015 (year), `juillet 2019` → 2019-07 (month),
 *   `le 3 mars 2021` → 2021-03-03 (day). `début`/`fin`/`mi-`/`early`/`late`/`mid` only widen the
 *   expression's text: `début 2020` → 2020 (year), `fin juillet 2019` → 2019-07 (month).
 * - The text is the date itself: a preposition or article before it is not part of it (`en 2015`
 *   → `2015`, `le 3 mars 2021` → `3 mars 2021`, `by 2027` → `2027`).
 * - Years are 1000–2999, written with four digits, as a whole word: `12015`, `20150`, `FY2021`,
 *   `2015s`, `1990s`, `2019e` are not years. A hyphen is a boundary, so `mi-2021`, `post-2015` and
 *   `2015-ish` read the year.
 * - A bare year is not read when the digits are something else: part of a larger numeral (`2 019`,
 *   `2,019`, `12.03.2021`), joined to other numbers (phone numbers `555-1234`, `+1 415 555 2671`,
 *   times, slash dates in English `4/3/2021`), inside an amount (`2019 dollars`, `$2019`), followed by
 *   `%`, `pour cent`/`percent`, a scale word (`2019 millions`) or a unit or duration (`2000 km`,
 *   `1500 ans`, `2000 years`), or preceded by `n°`, `#`, `+`, `article`, `page`, `p.`, `no.`… or, in
 *   French, `années` (`les années 1990` is a decade). A count written like a year (`2019 employés`)
 *   is read as a year: news typography writes counts of that size `2 019` / `2,019`, and the reader
 *   does not know nouns.
 * - Slash dates are French only (day/month/year); in English `4/3/2021` is ambiguous and gives
 *   nothing, not even its year. Two-digit years (`3/4/21`), dot dates (`12.03.2021`) and
 *   month/year slashes (`03/2021`) are not read.
 * - Invalid calendar dates are not dates, nor is any part of them: `31 février 2021`,
 *   `February 30, 2021`, `2019-02-30`, `2019-13` give nothing (not even the month or the year).
 * - Ranges: each year is read (`de 2015 à 2018`, `between 2015 and 2018`, `2015-2018`); a dashed
 *   range needs a second year 1 to 100 years after the first, else nothing is read. Abbreviated
 *   ranges (`2015-18`, `2019-20`) are not read (`2019-20` is no ISO month either).
 * - Not read: relative dates (`l’an dernier`, `last year`, `hier`), a day or month without a year
 *   (`en septembre`, `le 3 mars`, `July 4`), weekdays, decades, centuries, seasons and quarters
 *   beyond their year (`Q3 2021`, `T3 2021`, `été 2020` give the year 2021/2020 only), `March of
 *   2021` beyond its year, dates spanning a line break.
 */

export interface DateExpression {
  /** Offsets in `text`, UTF-16 code units, end exclusive: text.slice(start, end) === this.text */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: the precision the text gives; never invent a month or day. */
  readonly value: string;
  readonly precision: "year" | "month" | "day";
}

interface MonthName {
  readonly month: number;
  /** An abbreviation: French ones need their dot, English ones may drop it. */
  readonly abbreviation: boolean;
}

function monthTable(full: readonly string[], abbreviations: readonly (readonly [string, number])[]): ReadonlyMap<string, MonthName> {
  const table = new Map<string, MonthName>();
  full.forEach((name, i) => table.set(name, { month: i + 1, abbreviation: false }));
  for (const [name, month] of abbreviations) table.set(name, { month, abbreviation: true });
  return table;
}

const MONTHS: Readonly<Record<ExpressionLanguage, ReadonlyMap<string, MonthName>>> = {
  fr: monthTable(
    ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"],
    [["janv", 1], ["fevr", 2], ["fev", 2], ["avr", 4], ["juil", 7], ["sept", 9], ["oct", 10], ["nov", 11], ["dec", 12]],
  ),
  en: monthTable(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
    [
      ["jan", 1], ["feb", 2], ["mar", 3], ["apr", 4], ["jun", 6], ["jul", 7], ["aug", 8], ["sep", 9], ["sept", 9],
      ["oct", 10], ["nov", 11], ["dec", 12],
    ],
  ),
};

/** Words that widen a date without changing its value: `début 2020`, `mi-2021`, `early 2020`. */
const MODIFIERS: Readonly<Record<ExpressionLanguage, ReadonlyMap<string, "gap" | "hyphen" | "either">>> = {
  fr: new Map([["debut", "gap"], ["fin", "gap"], ["mi", "hyphen"]]),
  en: new Map([["early", "gap"], ["late", "gap"], ["mid", "either"]]),
};

/** Units and durations after which four digits are a measure, not a year. */
const MEASURES: Readonly<Record<ExpressionLanguage, ReadonlySet<string>>> = {
  fr: new Set([
    "ans", "annees", "mois", "semaines", "jours", "heures", "minutes", "secondes", "fois", "km", "m", "cm", "mm",
    "m2", "km2", "kg", "g", "t", "tonnes", "litres", "l", "kw", "mw", "gw", "kwh", "mwh", "gwh", "twh", "ha",
    "hectares", "metres", "kilometres", "points", "pourcent",
  ]),
  en: new Set([
    "years", "months", "weeks", "days", "hours", "minutes", "seconds", "times", "km", "m", "cm", "mm", "m2", "km2",
    "kg", "g", "lb", "lbs", "t", "tons", "tonnes", "litres", "liters", "kw", "mw", "gw", "kwh", "mwh", "gwh", "twh",
    "ha", "hectares", "acres", "miles", "mi", "ft", "feet", "metres", "meters", "kilometres", "kilometers", "points",
    "percent", "thousands", "millions", "billions", "trillions",
  ]),
};

/** Words after which four digits are a number, not a year (`article 1240`, `les années 1990`). */
const NUMBER_PREFIXES: Readonly<Record<ExpressionLanguage, ReadonlySet<string>>> = {
  fr: new Set(["article", "articles", "numero", "no", "page", "pages", "chapitre", "alinea", "ligne", "vol", "annees"]),
  en: new Set(["article", "articles", "number", "no", "page", "pages", "chapter", "section", "flight", "room", "route"]),
};
/** Abbreviations with their dot that do the same (`p. 2015`, `art. 1240`). */
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(["p", "pp", "art", "no", "n", "vol", "chap", "ch", "sec", "fig"]);
/** Signs before a number: `#2015`, `n° 2015`, `+2015`. */
const NUMBER_SIGNS: ReadonlySet<string> = new Set(["#", "+", "°", "№"]);
/** Punctuation joining numbers into one code (phone numbers, times, other dates). */
const JOINERS: ReadonlySet<string> = new Set(["-", "–", "—", "/", ":"]);
const DASHES: ReadonlySet<string> = new Set(["-", "–", "—"]);

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A date by token indexes. */
interface DateSpan {
  readonly start: number;
  readonly next: number;
  readonly value: string;
  readonly precision: DateExpression["precision"];
}

/** What a reader found at a position: dates (none when the text there is an invalid date). */
interface Found {
  /** Token index after what was read. */
  readonly next: number;
  readonly dates: readonly DateSpan[];
}

type Reader = (i: number) => Found | null;

class DateReader {
  /** The readers to try at a digits token and at a word token, longest forms first. */
  readonly digitReaders: readonly Reader[];
  readonly wordReaders: readonly Reader[];

  constructor(
    private readonly tokens: readonly Token[],
    private readonly language: ExpressionLanguage | null,
    private readonly numerals: readonly (Numeral | undefined)[],
  ) {
    const iso: Reader = (i) => this.iso(i);
    const range: Reader = (i) => this.range(i);
    const bare: Reader = (i) => this.bareYear(i);
    const dayFirst: Reader = (i) => this.dayFirst(i);
    if (language === null) {
      this.digitReaders = [iso, range, bare];
      this.wordReaders = [];
    } else {
      this.digitReaders = language === "fr" ? [iso, range, (i) => this.slash(i), dayFirst, bare] : [iso, range, dayFirst, bare];
      this.wordReaders = [(i) => this.modified(i), dayFirst, (i) => this.monthFirst(i)];
    }
  }

  /** The digits at `j` when they are one numeral of their own of `min`–`max` digits. */
  private digits(j: number, min: number, max: number): number | null {
    const t = this.tokens[j];
    if (t === undefined || t.kind !== "digits" || t.text.length < min || t.text.length > max) return null;
    return this.numerals[j]?.next === j + 1 ? Number(t.text) : null;
  }

  /** The year written at `j` (four digits, 1000–2999, one numeral), ignoring its neighbours. */
  private year(j: number): number | null {
    const y = this.digits(j, 4, 4);
    return y !== null && y >= 1000 && y <= 2999 ? y : null;
  }

  private joinedToDigits(joiner: Token | undefined, other: Token | undefined): boolean {
    return joiner !== undefined && joiner.kind === "punct" && JOINERS.has(joiner.key) && other?.kind === "digits";
  }

  /** Whether what follows the number at `j` leaves it a date (`strict` for bare years). */
  private endsDate(j: number, strict: boolean): boolean {
    const n1 = this.tokens[j + 1];
    if (n1 === undefined) return true;
    if (n1.kind === "word" || n1.kind === "digits") return false;
    if (n1.kind === "punct") {
      const n2 = this.tokens[j + 2];
      if (n1.key === "'" && n2?.key === "s") return false; // the 1990's
      return !this.joinedToDigits(n1, n2) && n1.key !== "%" && n1.key !== "‰";
    }
    if (!isGap(n1)) return true;
    const n2 = this.tokens[j + 2];
    if (n2 === undefined) return true;
    if (n2.kind === "punct") return n2.key !== "%" && n2.key !== "‰";
    if (n2.kind === "digits") return !strict;
    if (this.language === null) return true;
    const key = n2.key;
    if (MEASURES[this.language].has(key) || scaleWordPower(this.language, key) !== undefined) return false;
    if ((key === "pour" || key === "per") && isGap(this.tokens[j + 3]) && this.tokens[j + 4]?.key === "cent") return false;
    return true;
  }

  /** Whether what precedes a bare number at `j` leaves it a date. */
  private startsDate(j: number): boolean {
    const tokens = this.tokens;
    const p1 = tokens[j - 1];
    if (p1 === undefined) return true;
    if (p1.kind === "word" || p1.kind === "digits") return false;
    if (p1.kind === "punct") {
      if (this.joinedToDigits(p1, tokens[j - 2]) || NUMBER_SIGNS.has(p1.key)) return false;
      return !(this.language !== null && p1.key === "." && this.isNumberAbbreviation(j - 2));
    }
    if (!isGap(p1)) return true;
    const p2 = tokens[j - 2];
    if (p2 === undefined) return true;
    // `+1 415 555 2671`, but `Q3 2021` reads 2021
    if (p2.kind === "digits") return tokens[j - 3]?.kind === "word";
    if (p2.kind === "punct") {
      if (NUMBER_SIGNS.has(p2.key)) return false;
      return !(this.language !== null && p2.key === "." && this.isNumberAbbreviation(j - 3));
    }
    return !(this.language !== null && p2.kind === "word" && NUMBER_PREFIXES[this.language].has(p2.key));
  }

  private isNumberAbbreviation(j: number): boolean {
    const t = this.tokens[j];
    return t?.kind === "word" && NUMBER_ABBREVIATIONS.has(t.key) && !isAlphanumeric(this.tokens[j - 1]);
  }

  private one(start: number, next: number, value: string, precision: DateExpression["precision"]): Found {
    return { next, dates: [{ start, next, value, precision }] };
  }

  /** A year at `j` after a month, a day or a modifier. */
  private contextYear(j: number): number | null {
    const y = this.year(j);
    return y !== null && this.endsDate(j, false) ? y : null;
  }

  /** `2021-03-04` or `2021-03` at `i`. */
  iso(i: number): Found | null {
    const t = this.tokens;
    const y = this.year(i);
    if (y === null || t[i + 1]?.key !== "-" || t[i + 2]?.kind !== "digits" || t[i + 2]!.text.length !== 2) return null;
    const p1 = t[i - 1];
    if (isAlphanumeric(p1) || this.joinedToDigits(p1, t[i - 2])) return null;
    const month = this.digits(i + 2, 2, 2);
    let next = i + 3;
    let day: number | null = null;
    if (t[next]?.key === "-" && t[next + 1]?.kind === "digits") {
      day = this.digits(next + 1, 2, 2);
      if (day === null) return { next: next + 2, dates: [] };
      next += 2;
    }
    const after = t[next];
    const time = after?.kind === "word" && after.text === "T" && t[next + 1]?.kind === "digits";
    const blocked: Found = { next, dates: [] };
    if (!time && (isAlphanumeric(after) || this.joinedToDigits(after, t[next + 1]))) return blocked;
    if (month === null || month < 1 || month > 12) return blocked;
    if (day === null) return this.one(i, next, `${y}-${pad(month)}`, "month");
    if (day < 1 || day > daysInMonth(y, month)) return blocked;
    return this.one(i, next, `${y}-${pad(month)}-${pad(day)}`, "day");
  }

  /** `2015-2018`, `2015 – 2018`, `2015/2016` at `i`: both years. */
  range(i: number): Found | null {
    const t = this.tokens;
    const y1 = this.year(i);
    if (y1 === null) return null;
    let k = i + 1;
    const spaced = isGap(t[k]);
    if (spaced) k++;
    const joiner = t[k];
    if (joiner === undefined || joiner.kind !== "punct" || !(DASHES.has(joiner.key) || (joiner.key === "/" && !spaced))) return null;
    k++;
    if (isGap(t[k]) && joiner.key !== "/") k++;
    const y2 = this.year(k);
    if (y2 === null) return null;
    if (!this.startsDate(i) || !this.endsDate(k, true) || y2 <= y1 || y2 - y1 > 100) return { next: k + 1, dates: [] };
    return {
      next: k + 1,
      dates: [
        { start: i, next: i + 1, value: String(y1), precision: "year" },
        { start: k, next: k + 1, value: String(y2), precision: "year" },
      ],
    };
  }

  /** `03/04/2021` at `i` (French). */
  slash(i: number): Found | null {
    const t = this.tokens;
    if (t[i + 1]?.key !== "/" || t[i + 3]?.key !== "/") return null;
    const day = this.digits(i, 1, 2);
    const month = this.digits(i + 2, 1, 2);
    const y = this.year(i + 4);
    if (day === null || month === null || y === null) return null;
    const p1 = t[i - 1];
    const next = i + 5;
    const blocked: Found = { next, dates: [] };
    if (isAlphanumeric(p1) || this.joinedToDigits(p1, t[i - 2])) return blocked;
    if (isAlphanumeric(t[next]) || this.joinedToDigits(t[next], t[next + 1])) return blocked;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(y, month)) return blocked;
    return this.one(i, next, `${y}-${pad(month)}-${pad(day)}`, "day");
  }

  /** A day of the month at `j` with its ordinal suffix: `3`, `1er`, `3rd`, French `premier`. */
  private day(j: number): { day: number; next: number } | null {
    const t = this.tokens;
    const token = t[j];
    if (token?.kind === "word") return this.language === "fr" && token.key === "premier" ? { day: 1, next: j + 1 } : null;
    const d = this.digits(j, 1, 2); // checked against the month by dayMonthYear
    if (d === null) return null;
    const suffix = t[j + 1];
    if (suffix?.kind !== "word") return { day: d, next: j + 1 };
    if (this.language === "fr" ? suffix.key === "er" && d === 1 : suffix.key === ordinalSuffix(d)) return { day: d, next: j + 2 };
    return null;
  }

  private month(j: number): { month: number; next: number } | null {
    const t = this.tokens[j];
    if (this.language === null || t?.kind !== "word") return null;
    const name = MONTHS[this.language].get(t.key);
    if (name === undefined) return null;
    // lower-case `may` and `march` are verbs (`prices may 2020…`, `they march 2000 people…`)
    if (this.language === "en" && (t.key === "may" || t.key === "march") && t.text[0] !== t.text[0]!.toUpperCase()) return null;
    if (!name.abbreviation) return { month: name.month, next: j + 1 };
    if (this.tokens[j + 1]?.key === ".") return { month: name.month, next: j + 2 };
    return this.language === "fr" ? null : { month: name.month, next: j + 1 };
  }

  private dayMonthYear(start: number, day: number, month: number, yearAt: number): Found {
    const y = this.contextYear(yearAt);
    if (y === null || day < 1 || day > daysInMonth(y, month)) return { next: yearAt + 1, dates: [] };
    return this.one(start, yearAt + 1, `${y}-${pad(month)}-${pad(day)}`, "day");
  }

  /** `3 mars 2021`, `1er mars 2021`, `3rd of March 2021` at `i`. */
  dayFirst(i: number): Found | null {
    const t = this.tokens;
    if (this.language === null || isAlphanumeric(t[i - 1]) || this.joinedToDigits(t[i - 1], t[i - 2])) return null;
    const d = this.day(i);
    if (d === null || !isGap(t[d.next])) return null;
    let m = d.next + 1;
    if (this.language === "en" && t[m]?.key === "of" && isGap(t[m + 1])) m += 2;
    const month = this.month(m);
    if (month === null || !isGap(t[month.next]) || this.year(month.next + 1) === null) return null;
    return this.dayMonthYear(i, d.day, month.month, month.next + 1);
  }

  /** `juillet 2019`, and in English `March 3, 2021`, at `i`. */
  monthFirst(i: number): Found | null {
    const t = this.tokens;
    const month = this.month(i);
    if (month === null || !isGap(t[month.next])) return null;
    const p = month.next + 1;
    if (this.language === "en") {
      const d = t[p]?.kind === "digits" ? this.day(p) : null;
      if (d !== null) {
        let q = d.next;
        if (t[q]?.key === ",") q++;
        if (isGap(t[q]) && this.year(q + 1) !== null) return this.dayMonthYear(i, d.day, month.month, q + 1);
      }
    }
    const y = this.contextYear(p);
    return y === null ? null : this.one(i, p + 1, `${y}-${pad(month.month)}`, "month");
  }

  /** `début 2020`, `mi-2021`, `early July 2019` at `i`. */
  modified(i: number): Found | null {
    const t = this.tokens;
    if (this.language === null) return null;
    const joint = MODIFIERS[this.language].get(t[i]!.key);
    if (joint === undefined) return null;
    const link = t[i + 1];
    const ok = (joint !== "hyphen" && isGap(link)) || (joint !== "gap" && link?.key === "-");
    if (!ok) return null;
    const inner = this.monthFirst(i + 2);
    if (inner !== null) return inner.dates.length === 0 ? inner : this.one(i, inner.next, inner.dates[0]!.value, inner.dates[0]!.precision);
    const y = this.contextYear(i + 2);
    return y === null ? null : this.one(i, i + 3, String(y), "year");
  }

  /** A bare year at `i`. */
  bareYear(i: number): Found | null {
    const y = this.year(i);
    if (y === null || !this.startsDate(i) || !this.endsDate(i, true)) return null;
    return this.one(i, i + 1, String(y), "year");
  }
}

function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return "th";
  return day % 10 === 1 ? "st" : day % 10 === 2 ? "nd" : day % 10 === 3 ? "rd" : "th";
}

/** Four digits in a row: every date form has them. */
const FOUR_DIGITS = /[0-9]{4}/;

/**
 * Find the dates a text states.
 *
 * @param text - any text (a quote, a sentence, a whole article)
 * @param language - a BCP 47 tag: `fr…` reads French, `en…` English, any other only the
 *   language-neutral forms (ISO dates, bare years, year ranges)
 * @returns the dates in text order, without overlap, the longest at each position; each with
 *   `text.slice(start, end) === text` and a value at the precision the text gives
 */
export function findDates(text: string, language: string): DateExpression[] {
  const rules = expressionLanguage(language);
  const found: DateExpression[] = [];
  forEachLine(text, (from, to) => {
    const line = from === 0 && to === text.length ? text : text.slice(from, to);
    if (FOUR_DIGITS.test(line)) datesOf(text, line, from, rules, found);
  });
  return found;
}

/**
 * `findDates` without its shortcuts: one tokenization of the whole text, no line split, no
 * four-digit test. Tests check that `findDates` always agrees with it.
 *
 * @param text - any text
 * @param language - a BCP 47 tag
 * @returns what `findDates(text, language)` returns
 */
export function findDatesUnsplit(text: string, language: string): DateExpression[] {
  const found: DateExpression[] = [];
  datesOf(text, text, 0, expressionLanguage(language), found);
  return found;
}

/** Push the dates of `line`, which stands at `offset` in `text`. */
function datesOf(text: string, line: string, offset: number, rules: ExpressionLanguage | null, found: DateExpression[]): void {
  const tokens = tokenize(line);
  const numerals = scanNumerals(tokens, rules);
  const inAmount = new Uint8Array(tokens.length);
  for (const a of scanAmounts(tokens, rules, numerals)) inAmount.fill(1, a.start, a.next);
  const reader = new DateReader(tokens, rules, numerals);
  for (let i = 0; i < tokens.length; ) {
    let taken: Found | null = null;
    const kind = tokens[i]!.kind;
    const readers = kind === "digits" ? reader.digitReaders : kind === "word" ? reader.wordReaders : [];
    for (const read of readers) {
      const r = read(i);
      if (r !== null && !r.dates.some((d) => inAmount.subarray(d.start, d.next).includes(1))) {
        taken = r;
        break;
      }
    }
    if (taken === null) {
      i = numerals[i]?.next ?? i + 1;
      continue;
    }
    for (const d of taken.dates) {
      const start = offset + tokens[d.start]!.start;
      const end = offset + tokens[d.next - 1]!.end;
      found.push({ start, end, text: text.slice(start, end), value: d.value, precision: d.precision });
    }
    i = taken.next;
  }
}
