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
import { ISO_4217_CODES } from "../currencies.ts";
import {
  type ExpressionLanguage,
  type Numeral,
  NUMBER_START_SHAPES,
  NumeralTable,
  type Quantity,
  decimalToNumber,
  expressionLanguage,
  quantityAt,
} from "./numbers.ts";
import {
  BREAK,
  DIGITS,
  GAP,
  NONE,
  PUNCT,
  type Token,
  TokenBuffer,
  WORD,
  WordShapes,
  lineEnd,
  matchBufferKeys,
  phraseKeys,
  spaceRunEnd,
} from "./tokens.ts";

/** An amount a text states (`findAmounts`): where it stands, its words, its value and currency. */
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
/** `SYMBOLS` by code unit: every symbol is one. */
const SYMBOL_CODES: ReadonlyMap<number, string> = new Map([...SYMBOLS].map(([symbol, code]) => [symbol.charCodeAt(0), code]));
const DOLLAR = 0x24;
const YEN = 0xa5;

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

/** The ISO code token `k` writes (`codeOf` its text). */
function codeAt(tokens: TokenBuffer, k: number): string | undefined {
  return tokens.length(k) === 3 ? codeOf(tokens.text(k)) : undefined;
}

/** The currency of the symbol token `k` writes, if it is one. */
function symbolAt(tokens: TokenBuffer, k: number): string | undefined {
  return tokens.length(k) === 1 ? SYMBOL_CODES.get(tokens.code(k)) : undefined;
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

/**
 * The phrases of one first key that may stand where the third token has a given key, in their
 * order (the others cannot match there): the phrases of two keys or fewer, and those whose third
 * key it is. " " is a gap's key, as in a phrase.
 */
interface PhraseChoice {
  readonly byThird: ReadonlyMap<string, readonly CurrencyPhrase[]>;
  readonly short: readonly CurrencyPhrase[];
}

function choosePhrases(index: PhraseIndex): ReadonlyMap<string, PhraseChoice> {
  const choices = new Map<string, PhraseChoice>();
  for (const [first, list] of index) {
    const byThird = new Map<string, CurrencyPhrase[]>();
    for (const phrase of list) if (phrase.keys.length >= 3) byThird.set(phrase.keys[2]!, []);
    for (const [third, chosen] of byThird) chosen.push(...list.filter((p) => p.keys.length < 3 || p.keys[2] === third));
    choices.set(first, { byThird, short: list.filter((p) => p.keys.length < 3) });
  }
  return choices;
}

const PHRASE_INDEX: Readonly<Record<ExpressionLanguage, PhraseIndex>> = { fr: indexPhrases(FR_FAMILIES), en: indexPhrases(EN_FAMILIES) };
const PHRASES: Readonly<Record<ExpressionLanguage, ReadonlyMap<string, PhraseChoice>>> = {
  fr: choosePhrases(PHRASE_INDEX.fr),
  en: choosePhrases(PHRASE_INDEX.en),
};

/** The first keys of the currency phrases. */
const PHRASE_STARTS: Readonly<Record<ExpressionLanguage, WordShapes>> = {
  fr: new WordShapes(PHRASES.fr.keys()),
  en: new WordShapes(PHRASES.en.keys()),
};

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
/** The hints as global expressions, to find where the next one stands (`hintAt`). */
const CURRENCY_WORD_HINTS = new RegExp(CURRENCY_WORD_HINT.source, "gi");
const CURRENCY_SIGN_HINTS = new RegExp(CURRENCY_SIGN_HINT.source, "g");

/** Where the last character of the first match of a global hint at or after `from` stands, or -1. */
function hintAt(hints: RegExp, text: string, from: number): number {
  hints.lastIndex = from;
  return hints.test(text) ? hints.lastIndex - 1 : -1;
}

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
function currencyWords(tokens: TokenBuffer, p: number, language: ExpressionLanguage): Currency | null {
  if (tokens.kind(p) !== WORD || !tokens.mayBe(p, PHRASE_STARTS[language])) return null;
  const choice = PHRASES[language].get(tokens.key(p)!);
  if (choice === undefined) return null;
  const third = tokens.key(p + 2);
  for (const phrase of (third === undefined ? undefined : choice.byThird.get(third)) ?? choice.short) {
    const next = matchBufferKeys(tokens, p, phrase.keys);
    if (next < 0) continue;
    if (!tokens.writtenAsKey(p + phrase.wordAt)) return null; // `dóllars`: not a currency word as written
    if (phrase.code === null) return null;
    if (phrase.bare && language === "fr" && tokens.gap(next) && tokens.kind(next + 1) === WORD) {
      const adjective = tokens.key(next + 1)!;
      if (NATIONALITY.test(adjective) && !NOT_NATIONALITY.has(adjective)) return null;
    }
    return { code: phrase.code, next };
  }
  return null;
}

/** `US`, `CA`… glued after `$` at `k` (`5 $US`), or, for the marks of two letters or more, after a gap (`10 M$ CA`). */
function dollarMark(tokens: TokenBuffer, k: number): Currency | null {
  if (tokens.kind(k) === WORD) {
    const code = DOLLAR_MARKS.get(tokens.text(k));
    return code === undefined ? null : { code, next: k + 1 };
  }
  if (tokens.gap(k) && tokens.kind(k + 1) === WORD && tokens.length(k + 1) >= 2) {
    const code = DOLLAR_MARKS.get(tokens.text(k + 1));
    if (code !== undefined) return { code, next: k + 2 };
  }
  return null;
}

/** The currency after a quantity. */
function currencyAfter(tokens: TokenBuffer, q: Quantity, language: ExpressionLanguage | null): Currency | null {
  const k = q.next;
  // a symbol or code, glued or after a gap
  const after = tokens.kind(k);
  const s = after === GAP ? k + 1 : after === BREAK ? -1 : k;
  const sign = s >= 0 ? tokens.kind(s) : NONE;
  if (sign === PUNCT) {
    const code = symbolAt(tokens, s);
    if (code !== undefined) {
      if (tokens.code(s) === DOLLAR) {
        const marked = dollarMark(tokens, s + 1);
        if (marked) return marked;
      }
      return { code, next: s + 1 };
    }
  } else if (sign === WORD && s > k) {
    const code = codeAt(tokens, s);
    if (code !== undefined) return { code, next: s + 1 };
  }
  if (language === null || q.ending === "spaced" || (q.ending === "glued" && language === "fr")) return null;
  // currency words: after a gap, or in French after `de` / `d’` when the number reads as a noun of
  // scale: after a scale word, or digits worth whole millions (`1 000 000 de dollars`, "un million")
  let p = -1;
  if (after === GAP) {
    p = k + 1;
    if (language === "fr" && (q.ending === "scale" || q.value.exponent >= 6)) {
      const de = tokens.key(k + 1);
      if (de === "de" && tokens.gap(k + 2)) p = k + 3;
      else if (de === "d" && tokens.key(k + 2) === "'") p = k + 3;
    }
  }
  return p < 0 ? null : currencyWords(tokens, p, language);
}

/** A currency sign before a number at `i`: a symbol, `US$`, `$US`, `CN¥`, or an ISO code. */
function currencyBefore(tokens: TokenBuffer, i: number): Currency | null {
  if (tokens.alphanumeric(i - 1)) return null;
  const kind = tokens.kind(i);
  if (kind === PUNCT) {
    const code = symbolAt(tokens, i);
    if (code === undefined) return null;
    if (tokens.kind(i + 1) === WORD) {
      // $US5, $A5; any other letters glued to the symbol make no amount
      const marked = tokens.code(i) === DOLLAR ? DOLLAR_MARKS.get(tokens.text(i + 1)) : undefined;
      return marked !== undefined && tokens.kind(i + 2) === DIGITS ? { code: marked, next: i + 2 } : null;
    }
    return { code, next: i + 1 };
  }
  if (kind !== WORD) return null;
  if (tokens.is(i + 1, DOLLAR) || tokens.is(i + 1, YEN)) {
    const code = (tokens.code(i + 1) === DOLLAR ? DOLLAR_MARKS : YEN_MARKS).get(tokens.text(i));
    return code === undefined ? null : { code, next: i + 2 };
  }
  const word = tokens.length(i) === 3 ? tokens.text(i) : "";
  const code = codeOf(word);
  return code !== undefined && !WORD_LIKE_CODES.has(word) ? { code, next: i + 1 } : null;
}

/** Whether word token `i` is written the same in upper case (`t.text.toUpperCase() === t.text`). */
function upperCase(tokens: TokenBuffer, i: number): boolean {
  if (tokens.asciiWord(i)) {
    // ASCII letters: the same in upper case when none is lower case
    for (let k = tokens.starts[i]!, end = tokens.ends[i]!; k < end; k++) if (tokens.src.charCodeAt(k) >= 0x61) return false;
    return true;
  }
  const text = tokens.text(i);
  return text.toUpperCase() === text;
}

function amountAt(tokens: TokenBuffer, i: number, language: ExpressionLanguage | null, numerals: NumeralTable): AmountSpan | null {
  const kind = tokens.kind(i);
  if (kind === PUNCT || (kind === WORD && tokens.length(i) <= 3 && upperCase(tokens, i))) {
    const before = currencyBefore(tokens, i);
    if (before) {
      const p = tokens.gap(before.next) ? before.next + 1 : before.next;
      const q = quantityAt(tokens, p, language, numerals, true);
      if (q === null || tokens.alphanumeric(q.next)) return null;
      const value = decimalToNumber(q.value);
      return Number.isFinite(value) ? { start: i, next: q.next, value, currency: before.code } : null;
    }
  }
  if (kind !== DIGITS && (kind !== WORD || language === null || !tokens.mayBe(i, NUMBER_START_SHAPES[language]))) return null;
  const q = quantityAt(tokens, i, language, numerals, false);
  if (q === null) return null;
  const currency = currencyAfter(tokens, q, language);
  if (currency === null || tokens.alphanumeric(currency.next)) return null;
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
  const b = TokenBuffer.fromTokens(tokens);
  return amountSpans(b, language, NumeralTable.fromNumerals(b, language, numerals));
}

/**
 * `scanAmounts` on a `TokenBuffer`.
 *
 * @param tokens - the tokens of the text
 * @param language - the rules, from `expressionLanguage`
 * @param numerals - the text's numerals, scanned under `language`
 * @returns the amounts in text order, without overlap
 */
export function amountSpans(tokens: TokenBuffer, language: ExpressionLanguage | null, numerals: NumeralTable): AmountSpan[] {
  const scan = new AmountScan().reset(tokens, language, numerals);
  scan.readUntil(tokens.count);
  return scan.found;
}

/** Every currency word, folded (the words a currency phrase holds, see `CurrencyPhrase.wordAt`). */
const CURRENCY_WORDS: ReadonlySet<string> = new Set([...FR_FAMILIES, ...EN_FAMILIES].flatMap((f) => f.words));
const CURRENCY_WORD_SHAPES = new WordShapes(CURRENCY_WORDS);

/**
 * Whether token `k` may be the currency of an amount: a currency symbol, an ISO code as `codeOf`
 * reads it, or a currency word. Every amount holds one: its symbol or code (`US$5`: the `$`), or
 * the currency word of its phrase.
 */
function mayBeCurrency(tokens: TokenBuffer, k: number): boolean {
  const kind = tokens.kinds[k];
  if (kind === PUNCT) return symbolAt(tokens, k) !== undefined;
  if (kind !== WORD) return false;
  if (tokens.length(k) === 3 && codeAt(tokens, k) !== undefined) return true;
  return tokens.mayBe(k, CURRENCY_WORD_SHAPES) && CURRENCY_WORDS.has(tokens.key(k)!);
}

/**
 * How far after the end of its quantity an amount's currency stands at most: `currencyAfter` looks
 * for a currency phrase after a gap and `de` and a gap (3 tokens on), and the phrase's currency word
 * stands `wordAt` tokens into it (`U.S. dollars`: 5).
 */
const CURRENCY_REACH = 3 + Math.max(...[...PHRASE_INDEX.fr.values(), ...PHRASE_INDEX.en.values()].flat().map((p) => p.wordAt));

/**
 * How far an amount's currency stands at most from the start of the amount, when it starts with a
 * word or a sign (`quantityAt`: number words take at most 11 tokens, `quatre-vingt-dix-neuf` or
 * `deux cent quatre-vingt-dix`, then a gap and a scale word, a second one, and `et demi`: 19), and
 * from the end of its numeral, when it starts with digits (a glued or spaced abbreviation, or scale
 * words as above: 8).
 */
const WORD_AMOUNT_REACH = 19 + CURRENCY_REACH;
const NUMERAL_AMOUNT_REACH = 8 + CURRENCY_REACH;

/**
 * `amountSpans`, resumable: `readUntil(end)` finds every amount that starts before token `end`,
 * going on from where the last call stopped. The scan goes straight past the tokens too far before
 * the next token that may be a currency (see `mayBeCurrency` and the reaches above) for an amount
 * to start there, and stops after the last one: those tokens start no amount.
 */
export class AmountScan {
  /** The amounts found so far, in text order. */
  found: AmountSpan[] = [];
  private tokens = new TokenBuffer();
  private language: ExpressionLanguage | null = null;
  private numerals = new NumeralTable();
  /** Where the scan stands: every amount starting before it is in `found`. */
  private at = 0;
  /** The first token from `at` on that may be a currency, once looked for (see `currencyFrom`); -1 for none. */
  private currency = -1;
  /** `currency` is the first such token from this one on (-1: not looked for yet). */
  private currencyFrom = -1;

  /** Start over on `tokens`, with their numerals. */
  reset(tokens: TokenBuffer, language: ExpressionLanguage | null, numerals: NumeralTable): this {
    this.tokens = tokens;
    this.language = language;
    this.numerals = numerals;
    this.at = 0;
    this.currency = -1;
    this.currencyFrom = -1;
    if (this.found.length > 0) this.found = [];
    return this;
  }

  /** Find every amount that starts before token `end`. */
  readUntil(end: number): void {
    const tokens = this.tokens;
    const numerals = this.numerals;
    const stop = Math.min(end, tokens.count);
    let i = this.at;
    while (i < stop) {
      const c = this.nextCurrency(i);
      if (c < 0) {
        i = tokens.count; // no amount starts after the last currency
        break;
      }
      if (c - WORD_AMOUNT_REACH > i) {
        // No amount starts before `c - WORD_AMOUNT_REACH` but at a numeral reaching close enough
        // to `c`, which then holds that token: go to the numeral's start, or to that token (where
        // the scan would stand, the tokens before starting nothing).
        const target = c - WORD_AMOUNT_REACH;
        const owner = numerals.owner[target]!;
        const to = owner < target && owner >= i ? owner : target;
        if (to > i) {
          i = to;
          continue;
        }
      }
      const next = numerals.next[i]!;
      if (next > 0 && c > next + NUMERAL_AMOUNT_REACH) {
        i = next; // a numeral too far from any currency
        continue;
      }
      const m = amountAt(tokens, i, this.language, numerals);
      if (m) {
        this.found.push(m);
        i = m.next;
      } else i = next || i + 1;
    }
    if (i > this.at) this.at = i;
  }

  /** The first token from `i` on that may be a currency, or -1 (`i` never goes back). */
  private nextCurrency(i: number): number {
    if (this.currencyFrom >= 0 && (this.currency < 0 || this.currency >= i)) return this.currency;
    const tokens = this.tokens;
    let k = i;
    while (k < tokens.count && !mayBeCurrency(tokens, k)) k++;
    this.currencyFrom = i;
    this.currency = k < tokens.count ? k : -1;
    return this.currency;
  }

  /** Let go of what the scan holds. */
  release(): void {
    this.tokens = EMPTY_TOKENS;
    this.numerals = EMPTY_NUMERALS;
    if (this.found.length > 0) this.found = [];
  }
}

const EMPTY_TOKENS = new TokenBuffer();
const EMPTY_NUMERALS = new NumeralTable();

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
  const found: AmountExpression[] = [];
  // Read the lines that pass `mayHoldAmount` (for a longer text): those holding the next match of either hint, found
  // over the whole text (a match holds no white space, so it lies in one line, and it sees the
  // same characters around it as in its line alone: white space or the ends of the text). The
  // sign hint is only looked for in lines without a currency word.
  const rules = expressionLanguage(language);
  const n = text.length;
  if (n <= SHORT_TEXT) {
    // a quote: when it is one line, that line is the text (kept by the buffers until the next
    // call, see `release`); a text without hints has no line with one
    if (!mayHoldAmount(text)) return found;
    if (lineEnd(text, 0) === n) {
      amountsOf(text, 0, n, rules, found);
      return found;
    }
  }
  let word = hintAt(CURRENCY_WORD_HINTS, text, 0);
  let sign = -2; // not looked for yet
  for (let from = 0; ; ) {
    const to = lineEnd(text, from);
    let here = word >= 0 && word < to;
    if (!here && sign !== -1) {
      if (sign < from) sign = hintAt(CURRENCY_SIGN_HINTS, text, from);
      here = sign >= 0 && sign < to;
    }
    if (here) {
      amountsOf(text, from, to, rules, found);
      if (word >= 0 && word < to) word = hintAt(CURRENCY_WORD_HINTS, text, to);
    }
    if (to === n || (word < 0 && sign === -1)) break;
    from = spaceRunEnd(text, to);
  }
  release();
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
  amountsOf(text, 0, text.length, expressionLanguage(language), found);
  release();
  return found;
}

/** The buffers `findAmounts` reuses from one call to the next. */
const TOKENS = new TokenBuffer();
const NUMERALS = new NumeralTable();
const SCAN = new AmountScan();

function release(): void {
  TOKENS.release();
  NUMERALS.release();
  SCAN.release();
}

/** Texts up to this many UTF-16 code units are read whole by `findAmounts` and `findDates`. */
export const SHORT_TEXT = 512;

/** Push the amounts of `text.slice(from, to)`. */
function amountsOf(text: string, from: number, to: number, rules: ExpressionLanguage | null, found: AmountExpression[]): void {
  const tokens = TOKENS.fill(text, from, to);
  const scan = SCAN.reset(tokens, rules, NUMERALS.scan(tokens, rules));
  scan.readUntil(tokens.count);
  for (const m of scan.found) {
    const start = tokens.starts[m.start]!;
    const end = tokens.ends[m.next - 1]!;
    found.push({ start, end, text: text.slice(start, end), value: m.value, currency: m.currency });
  }
}
