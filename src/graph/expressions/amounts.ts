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
  type Quantity,
  decimalToNumber,
  expressionLanguage,
  readQuantity,
  scanNumerals,
} from "./numbers.ts";
import { type Token, forEachLine, isAlphanumeric, isGap, matchKeys, phraseKeys, tokenize } from "./tokens.ts";

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
