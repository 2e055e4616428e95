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
import { scanAmounts } from "./amounts.ts";
import { type ExpressionLanguage, type Numeral, expressionLanguage, scaleWordPower, scanNumerals } from "./numbers.ts";
import { type Token, forEachLine, isAlphanumeric, isGap, tokenize } from "./tokens.ts";

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
