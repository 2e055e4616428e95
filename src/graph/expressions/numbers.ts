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
 *
 * The readers work on a `TokenBuffer` (see tokens.ts) and a `NumeralTable`, both reused from one
 * call to the next; the functions taking `Token` arrays are for tests and give the same results.
 */
import { DIGITS, GAP, PUNCT, type Token, TokenBuffer, WORD, WordShapes } from "./tokens.ts";

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
  const known = RULES_OF.get(language);
  if (known !== undefined) return known;
  const primary = language.split(/[-_]/, 1)[0]!.toLowerCase();
  const rules = primary === "fr" ? "fr" : primary === "en" ? "en" : null;
  if (RULES_OF.size >= 256) RULES_OF.clear();
  RULES_OF.set(language, rules);
  return rules;
}

/** The rules of the language tags seen so far (a few, in practice). */
const RULES_OF = new Map<string, ExpressionLanguage | null>();

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
  const { digits, exponent } = value;
  // an integer below 10^15 is exact, and so is its product by a power of ten
  if (exponent >= 0 && digits.length + exponent <= MAX_SIGNIFICANT_DIGITS) return Number(digits) * POWERS_OF_TEN[exponent]!;
  return Number(`${digits}e${exponent}`);
}

const POWERS_OF_TEN: readonly number[] = Array.from({ length: MAX_SIGNIFICANT_DIGITS + 1 }, (_, e) => 10 ** e);

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
const GROUP_SPACES: ReadonlySet<number> = new Set([0x20, 0xa0, 0x202f, 0x2009]);

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
 * The numerals of a `TokenBuffer`, read once, greedily from the left: digits, then `,` or `.` and
 * digits (glued), then in French a single grouping space and exactly three digits while the numeral
 * is still a grouped integer. Each digits token belongs to exactly one numeral. A numeral's value
 * is worked out when first asked for.
 */
export class NumeralTable {
  /** At a numeral's first digits token, the token index after the numeral; 0 at other tokens. */
  next = new Int32Array(64);
  /** For each token, the first token of the numeral it is part of, or the token itself. */
  owner = new Int32Array(64);
  private values: (Decimal | null | undefined)[] = [];
  private tokens = new TokenBuffer();
  private language: ExpressionLanguage | null = null;
  /** How many tokens the table covers. */
  private count = 0;

  /** Read the numerals of `tokens` under `language`'s rules, replacing the table's. */
  scan(tokens: TokenBuffer, language: ExpressionLanguage | null): this {
    this.tokens = tokens;
    this.language = language;
    const n = tokens.count;
    this.count = n;
    if (this.next.length < n) this.next = new Int32Array(Math.max(n, this.next.length * 2));
    const next = this.next;
    const kinds = tokens.kinds;
    if (this.owner.length < n) this.owner = new Int32Array(Math.max(n, this.owner.length * 2));
    const owner = this.owner;
    for (let i = 0; i < n; i++) {
      owner[i] = i;
      if (kinds[i] !== DIGITS) {
        next[i] = 0;
        continue;
      }
      let spaceGrouping = tokens.length(i) <= 3;
      let k = i + 1;
      while (k + 1 < n && kinds[k + 1] === DIGITS) {
        const sep = kinds[k];
        if (sep === PUNCT && (tokens.is(k, 0x2c) || tokens.is(k, 0x2e))) {
          spaceGrouping = false;
        } else if (
          language === "fr" &&
          spaceGrouping &&
          sep === GAP &&
          tokens.length(k) === 1 &&
          GROUP_SPACES.has(tokens.code(k)) &&
          tokens.length(k + 1) === 3
        ) {
          // still a grouped integer: a space may add a group
        } else break;
        k += 2;
      }
      next[i] = k;
      this.values[i] = undefined;
      for (let j = i + 1; j < k; j++) {
        next[j] = 0;
        owner[j] = i;
      }
      i = k - 1;
    }
    return this;
  }

  /** The token index after the numeral that starts at token `i`, or 0 when none starts there. */
  nextAt(i: number): number {
    return i >= 0 && i < this.tokens.count ? this.next[i]! : 0;
  }

  /** The value of the numeral that starts at token `i`, `null` when its digits and separators make no number. */
  value(i: number): Decimal | null {
    const known = this.values[i];
    if (known !== undefined) return known;
    const tokens = this.tokens;
    const next = this.next[i]!;
    let value: Decimal | null;
    if (next === i + 1) value = decimalFromDigits(tokens.text(i));
    else {
      const groups = [tokens.text(i)];
      const separators: string[] = [];
      for (let k = i + 1; k < next; k += 2) {
        separators.push(tokens.kinds[k] === GAP ? " " : tokens.text(k));
        groups.push(tokens.text(k + 1));
      }
      value = interpretNumeral(groups, separators, this.language);
    }
    this.values[i] = value;
    return value;
  }

  /** Let go of the memory a very long text took. */
  release(): void {
    if (this.next.length > 1 << 14) {
      this.next = new Int32Array(64);
      this.owner = new Int32Array(64);
    }
    this.values.fill(undefined, 0, this.count); // their digits may hold on to the text
    this.count = 0;
    this.tokens = EMPTY_TOKENS;
  }

  /** A table holding given numerals (for the functions that take `Token` arrays). */
  static fromNumerals(tokens: TokenBuffer, language: ExpressionLanguage | null, numerals: readonly (Numeral | undefined)[]): NumeralTable {
    const table = new NumeralTable();
    table.tokens = tokens;
    table.language = language;
    table.next = new Int32Array(Math.max(tokens.count, 1));
    table.owner = new Int32Array(Math.max(tokens.count, 1));
    for (let i = 0; i < tokens.count; i++) table.owner[i] = i;
    for (let i = 0; i < tokens.count; i++) {
      const numeral = numerals[i];
      table.next[i] = numeral === undefined ? 0 : numeral.next;
      table.values[i] = numeral === undefined ? undefined : numeral.value;
      if (numeral !== undefined) for (let j = i + 1; j < numeral.next && j < tokens.count; j++) table.owner[j] = i;
    }
    return table;
  }
}

const EMPTY_TOKENS = new TokenBuffer();

/**
 * Read every numeral of a text once (see `NumeralTable`).
 *
 * @param tokens - the tokens of a text
 * @param language - the rules (see the header)
 * @returns an array as long as `tokens`, holding each numeral at the index of its first digits
 *   (nothing at other indexes)
 */
export function scanNumerals(tokens: readonly Token[], language: ExpressionLanguage | null): (Numeral | undefined)[] {
  const table = new NumeralTable().scan(TokenBuffer.fromTokens(tokens), language);
  const numerals = new Array<Numeral | undefined>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const next = table.next[i]!;
    if (next > 0) numerals[i] = { start: i, next, value: table.value(i) };
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

/** The shapes of the words a number may start with (see `WordShapes`). */
export const NUMBER_START_SHAPES: Readonly<Record<ExpressionLanguage, WordShapes>> = {
  fr: new WordShapes(NUMBER_STARTS.fr),
  en: new WordShapes(NUMBER_STARTS.en),
};

interface WordNumber {
  readonly value: number;
  readonly next: number;
  /** `un`, `une`, `a` or `an` alone: a number only before a scale word. */
  readonly article: boolean;
}

/** Index of the word after a glued hyphen at `k` (`vingt-cinq`), or -1. */
function afterHyphen(tokens: TokenBuffer, k: number): number {
  return tokens.key(k) === "-" && tokens.kind(k + 1) === WORD ? k + 1 : -1;
}

/** Index of the word after a gap at `k`, or -1. */
function afterGap(tokens: TokenBuffer, k: number): number {
  return tokens.gap(k) && tokens.kind(k + 1) === WORD ? k + 1 : -1;
}

function keyOf(tokens: TokenBuffer, k: number): string | undefined {
  return tokens.kind(k) === WORD ? tokens.key(k) : undefined;
}

function below20Fr(tokens: TokenBuffer, k: number): WordNumber | null {
  const key = keyOf(tokens, k);
  if (key === undefined) return null;
  if (key === "dix") {
    const h = afterHyphen(tokens, k + 1);
    const u = h > 0 ? FR_UNITS.get(tokens.key(h)!) : undefined;
    if (u !== undefined && u >= 7 && u <= 9) return { value: 10 + u, next: h + 1, article: false };
  }
  const v = FR_UNITS.get(key);
  return v === undefined ? null : { value: v, next: k + 1, article: false };
}

function below100Fr(tokens: TokenBuffer, k: number): WordNumber | null {
  const key = keyOf(tokens, k);
  if (key === undefined) return null;
  let tens: number | undefined;
  let p = k + 1;
  let closed = false; // quatre-vingts takes no units
  const h = afterHyphen(tokens, k + 1);
  if (key === "quatre" && h > 0 && (tokens.key(h) === "vingt" || tokens.key(h) === "vingts")) {
    tens = 80;
    p = h + 1;
    closed = tokens.key(h) === "vingts";
  } else tens = FR_TENS.get(key);
  if (tens === undefined) return below20Fr(tokens, k);
  if (!closed) {
    // vingt-et-un, vingt et un, soixante et onze
    let q = -1;
    if (tokens.key(p) === "-" && keyOf(tokens, p + 1) === "et" && tokens.key(p + 2) === "-") q = p + 3;
    else if (tokens.gap(p) && keyOf(tokens, p + 1) === "et" && tokens.gap(p + 2)) q = p + 3;
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

function numberFr(tokens: TokenBuffer, k: number): WordNumber | null {
  let value: number;
  let p: number;
  if (keyOf(tokens, k) === "cent") {
    value = 100;
    p = k + 1;
  } else {
    const r = below100Fr(tokens, k);
    if (!r) return null;
    const c = r.next === k + 1 && r.value >= 2 && r.value <= 9 ? Math.max(afterGap(tokens, r.next), afterHyphen(tokens, r.next)) : -1;
    const ck = c > 0 ? tokens.key(c) : undefined;
    if (ck !== "cent" && ck !== "cents") {
      const key = tokens.key(k);
      return { value: r.value, next: r.next, article: r.next === k + 1 && (key === "un" || key === "une") };
    }
    value = r.value * 100;
    p = c + 1;
  }
  const t = Math.max(afterGap(tokens, p), afterHyphen(tokens, p));
  const tail = t > 0 ? below100Fr(tokens, t) : null;
  return tail ? { value: value + tail.value, next: tail.next, article: false } : { value, next: p, article: false };
}

function below100En(tokens: TokenBuffer, k: number): WordNumber | null {
  const key = keyOf(tokens, k);
  if (key === undefined) return null;
  const tens = EN_TENS.get(key);
  if (tens === undefined) {
    const v = EN_UNITS.get(key);
    return v === undefined ? null : { value: v, next: k + 1, article: false };
  }
  const h = Math.max(afterHyphen(tokens, k + 1), afterGap(tokens, k + 1));
  const u = h > 0 ? EN_UNITS.get(tokens.key(h)!) : undefined;
  return u !== undefined && u <= 9 ? { value: tens + u, next: h + 1, article: false } : { value: tens, next: k + 1, article: false };
}

function numberEn(tokens: TokenBuffer, k: number): WordNumber | null {
  const key = keyOf(tokens, k);
  let value: number;
  let p: number;
  const c0 = afterGap(tokens, k + 1);
  if (key === "a" || key === "an") {
    if (c0 < 0 || tokens.key(c0) !== "hundred") return { value: 1, next: k + 1, article: true };
    value = 100;
    p = c0 + 1;
  } else {
    const r = below100En(tokens, k);
    if (!r) return null;
    const c = r.next === k + 1 && r.value <= 9 ? afterGap(tokens, r.next) : -1;
    if (c < 0 || tokens.key(c) !== "hundred") return r;
    value = r.value * 100;
    p = c + 1;
  }
  let q = p;
  if (tokens.gap(q) && keyOf(tokens, q + 1) === "and") q += 2;
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

function scaleAfterGap(tokens: TokenBuffer, k: number, language: ExpressionLanguage): number | undefined {
  return tokens.gap(k) && tokens.kind(k + 1) === WORD && tokens.mayBe(k + 1, SCALE_SHAPES[language])
    ? SCALE_WORDS[language].get(tokens.key(k + 1)!)
    : undefined;
}

const SCALE_SHAPES: Readonly<Record<ExpressionLanguage, WordShapes>> = {
  fr: new WordShapes(SCALE_WORDS.fr.keys()),
  en: new WordShapes(SCALE_WORDS.en.keys()),
};

/** The length of the longest abbreviation. */
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS.fr.keys(), ...ABBREVIATIONS.en.keys()].map((a) => a.length));

/** The power of ten of the abbreviation word token `k` writes. */
function abbreviationAt(tokens: TokenBuffer, k: number, language: ExpressionLanguage): number | undefined {
  return tokens.length(k) <= MAX_ABBREVIATION ? ABBREVIATIONS[language].get(tokens.text(k)) : undefined;
}

/** `half a million` (English) and `un demi-milliard` (French) at `i`. */
function readHalf(tokens: TokenBuffer, i: number, language: ExpressionLanguage): Quantity | null {
  const key = tokens.key(i);
  let s = -1;
  if (language === "en" && key === "half" && tokens.gap(i + 1)) {
    const a = keyOf(tokens, i + 2);
    if ((a === "a" || a === "an") && tokens.gap(i + 3)) s = i + 4;
  } else if (language === "fr" && key === "un" && tokens.gap(i + 1) && keyOf(tokens, i + 2) === "demi") {
    if (tokens.key(i + 3) === "-" || tokens.gap(i + 3)) s = i + 4;
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
  const b = TokenBuffer.fromTokens(tokens);
  return quantityAt(b, i, language, NumeralTable.fromNumerals(b, language, numerals), options.prefixed === true);
}

/**
 * `readQuantity` on a `TokenBuffer`.
 *
 * @param tokens - the tokens of a text
 * @param i - the token index to read at
 * @param language - the rules (see the header)
 * @param numerals - the text's numerals, scanned under `language`
 * @param prefixed - the quantity follows a currency sign (see `QuantityOptions`)
 * @returns what `readQuantity` returns
 */
export function quantityAt(
  tokens: TokenBuffer,
  i: number,
  language: ExpressionLanguage | null,
  numerals: NumeralTable,
  prefixed: boolean,
): Quantity | null {
  const kind = tokens.kind(i);
  let value: Decimal;
  let k: number;
  let article = false;
  let numeral = false;
  let key: string | undefined;
  if (kind === DIGITS) {
    const next = numerals.nextAt(i);
    if (next === 0) return null;
    const v = numerals.value(i);
    if (v === null) return null;
    if (!prefixed) {
      if (tokens.alphanumeric(i - 1)) return null;
      if (tokens.gap(i - 1) && tokens.kind(i - 2) === DIGITS) return null;
    }
    if (tokens.gap(next) && tokens.kind(next + 1) === DIGITS) return null;
    value = v;
    k = next;
    numeral = true;
  } else if (
    kind === WORD &&
    language !== null &&
    !prefixed &&
    tokens.mayBe(i, NUMBER_START_SHAPES[language]) &&
    NUMBER_STARTS[language].has((key = tokens.key(i)!))
  ) {
    if (tokens.kind(i - 1) === DIGITS) return null;
    const half = readHalf(tokens, i, language);
    if (half) return half;
    const words = language === "fr" ? numberFr(tokens, i) : numberEn(tokens, i);
    if (words) {
      value = decimalFromDigits(String(words.value))!;
      k = words.next;
      article = words.article;
    } else if (key === "mille") {
      // `mille` alone is 1000: read it as the scale of an implicit 1
      value = { digits: "1", exponent: 0 };
      k = i;
      article = true;
    } else return null;
  } else return null;

  let ending: QuantityEnding = "number";
  let lastPower = 0;
  if (numeral && tokens.kind(k) === WORD) {
    const power = language === null ? undefined : abbreviationAt(tokens, k, language);
    if (power === undefined) return null; // s2, 2015s, 1er: not a whole number
    value = shiftDecimal(value, power);
    k++;
    ending = "glued";
  } else if (language !== null) {
    const power = k === i ? SCALE_WORDS[language].get(key!) : scaleAfterGap(tokens, k, language);
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
        tokens.gap(k) &&
        keyOf(tokens, k + 1) === "et" &&
        tokens.gap(k + 2) &&
        keyOf(tokens, k + 3) === "demi" &&
        value.exponent >= lastPower
      ) {
        const sum = addDecimals(value, { digits: "5", exponent: lastPower - 1 });
        if (sum === null) return null;
        value = sum;
        k += 4;
      }
    } else if (numeral && tokens.gap(k) && tokens.kind(k + 1) === WORD) {
      // an abbreviation after a space scales the number or leaves no quantity: `$13 bn` is never $13
      const abbreviation = abbreviationAt(tokens, k + 1, language);
      if (abbreviation !== undefined) {
        if (language === "fr" ? prefixed : !SPACED_ABBREVIATIONS_EN.has(tokens.text(k + 1))) return null;
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
  const tokens = new TokenBuffer().fill(text, 0, text.length);
  const numerals = new NumeralTable().scan(tokens, rules);
  const found: NumberExpression[] = [];
  for (let i = 0; i < tokens.count; ) {
    const q = quantityAt(tokens, i, rules, numerals, false);
    if (q) {
      const start = tokens.starts[q.start]!;
      const end = tokens.ends[q.next - 1]!;
      found.push({ start, end, text: text.slice(start, end), value: q.value });
      i = q.next;
    } else i = numerals.nextAt(i) || i + 1;
  }
  return found;
}
