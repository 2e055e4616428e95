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
import { AmountScan, SHORT_TEXT } from "./amounts.ts";
import { type ExpressionLanguage, NumeralTable, expressionLanguage, scaleWordPower } from "./numbers.ts";
import { DIGITS, GAP, NONE, PUNCT, TokenBuffer, WORD, WordShapes, lineEnd, spaceRunEnd } from "./tokens.ts";

/** A date a text states (`findDates`): where it stands, its words, its value at the precision written. */
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

/**
 * The keys of the words a date may start with (what `DateReader.atWord` reads): modifiers, month
 * names and French `premier`.
 */
const WORD_STARTS: Readonly<Record<ExpressionLanguage, WordShapes>> = {
  fr: new WordShapes([...MODIFIERS.fr.keys(), ...MONTHS.fr.keys(), "premier"]),
  en: new WordShapes([...MODIFIERS.en.keys(), ...MONTHS.en.keys()]),
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

/**
 * How far after its start a reading's year token stands at most: `early Sept. 3rd, 2021` (modifier,
 * gap, month, dot, gap, day, suffix, comma, gap, year).
 */
const YEAR_REACH = 9;

/** No dates: what a blocked reading finds. */
const NO_DATES: readonly DateSpan[] = [];

/**
 * The date readers over one line's tokens; one instance is reset for each line (`read`), so no
 * reader is built per call.
 */
class DateReader {
  private tokens = new TokenBuffer();
  private language: ExpressionLanguage | null = null;
  private numerals = new NumeralTable();
  /** The line's amounts, read as far as the dates found need (see `outsideAmounts`), once `amountsStarted`. */
  private amounts = new AmountScan();
  private amountsStarted = false;
  /** 1 for each token inside an amount found so far. */
  private inAmount = new Uint8Array(64);

  /** Push the dates of `text.slice(from, to)`, a line (the reader's buffers are refilled). */
  read(text: string, from: number, to: number, language: ExpressionLanguage | null, found: DateExpression[]): void {
    const tokens = this.tokens.fill(text, from, to);
    this.language = language;
    this.numerals.scan(tokens, language);
    this.amountsStarted = false;
    const kinds = tokens.kinds;
    const words = language === null ? null : WORD_STARTS[language];
    let year = -1; // the first year token from `i` on (see `nextYear`)
    for (let i = 0; i < tokens.count; ) {
      // whatever a reader finds, even a blocked reading, holds a year token at most
      // `YEAR_REACH` tokens after its start: go straight to the next one that may
      if (year < i && (year = this.nextYear(i)) < 0) break;
      if (i < year - YEAR_REACH) {
        // (a token inside a numeral finds nothing, every reader wanting a numeral of its own: the
        // scan may land there as well as step over the numeral)
        i = year - YEAR_REACH;
        continue;
      }
      const kind = kinds[i];
      let taken: Found | null = null;
      if (kind === DIGITS) {
        // every reader at digits wants a day (one or two digits) or a year (four)
        const length = tokens.length(i);
        if (length <= 2 || length === 4) taken = this.atDigits(i);
      } else if (kind === WORD && words !== null && tokens.mayBe(i, words)) taken = this.atWord(i);
      if (taken === null) {
        i = this.numerals.next[i] || i + 1;
        continue;
      }
      for (const d of taken.dates) {
        const start = tokens.starts[d.start]!;
        const end = tokens.ends[d.next - 1]!;
        found.push({ start, end, text: text.slice(start, end), value: d.value, precision: d.precision });
      }
      i = taken.next;
    }
  }

  /** Let go of the memory a very long text took. */
  release(): void {
    this.tokens.release();
    this.numerals.release();
    this.amounts.release();
    if (this.inAmount.length > 1 << 14) this.inAmount = new Uint8Array(64);
  }

  /** The first token from `from` on that `year` reads as a year, or -1. */
  private nextYear(from: number): number {
    const t = this.tokens;
    const kinds = t.kinds;
    const next = this.numerals.next;
    for (let j = from; j < t.count; j++) {
      if (kinds[j] !== DIGITS || t.length(j) !== 4 || next[j] !== j + 1) continue;
      const c = t.code(j);
      if (c === 0x31 || c === 0x32) return j; // 1000–2999
    }
    return -1;
  }

  /** The readers to try at a digits token, longest forms first; the first found outside amounts. */
  private atDigits(i: number): Found | null {
    let r = this.iso(i);
    if (r !== null && this.outsideAmounts(r)) return r;
    r = this.range(i);
    if (r !== null && this.outsideAmounts(r)) return r;
    if (this.language === "fr") {
      r = this.slash(i);
      if (r !== null && this.outsideAmounts(r)) return r;
    }
    if (this.language !== null) {
      r = this.dayFirst(i);
      if (r !== null && this.outsideAmounts(r)) return r;
    }
    r = this.bareYear(i);
    return r !== null && this.outsideAmounts(r) ? r : null;
  }

  /** The readers to try at a word token (French or English only). */
  private atWord(i: number): Found | null {
    let r = this.modified(i);
    if (r !== null && this.outsideAmounts(r)) return r;
    r = this.dayFirst(i);
    if (r !== null && this.outsideAmounts(r)) return r;
    r = this.monthFirst(i);
    return r !== null && this.outsideAmounts(r) ? r : null;
  }

  /**
   * Whether no date of `r` lies in an amount (`2019 dollars`). The line's amounts are read only as
   * far as the dates need: from the start of the line (an amount is where that scan finds it) until
   * every amount starting before them is known.
   */
  private outsideAmounts(r: Found): boolean {
    const dates = r.dates;
    if (dates.length === 0) return true;
    const tokens = this.tokens;
    const amounts = this.amounts;
    if (!this.amountsStarted) {
      this.amountsStarted = true;
      amounts.reset(tokens, this.language, this.numerals);
      if (this.inAmount.length < tokens.count) this.inAmount = new Uint8Array(Math.max(tokens.count, this.inAmount.length * 2));
      this.inAmount.fill(0, 0, tokens.count);
    }
    const known = amounts.found.length;
    amounts.readUntil(dates[dates.length - 1]!.next);
    for (let a = known; a < amounts.found.length; a++) this.inAmount.fill(1, amounts.found[a]!.start, amounts.found[a]!.next);
    for (const d of dates) for (let k = d.start; k < d.next; k++) if (this.inAmount[k] === 1) return false;
    return true;
  }

  /** The digits at `j` when they are one numeral of their own of `min`–`max` digits. */
  private digits(j: number, min: number, max: number): number | null {
    const t = this.tokens;
    if (t.kind(j) !== DIGITS) return null;
    const length = t.length(j);
    if (length < min || length > max) return null;
    return this.numerals.next[j] === j + 1 ? t.digitsValue(j) : null;
  }

  /** The year written at `j` (four digits, 1000–2999, one numeral), ignoring its neighbours. */
  private year(j: number): number | null {
    const y = this.digits(j, 4, 4);
    return y !== null && y >= 1000 && y <= 2999 ? y : null;
  }

  /** Whether punctuation `joiner` joins the number next to it to the digits `other`. */
  private joinedToDigits(joiner: number, other: number): boolean {
    const t = this.tokens;
    return t.kind(joiner) === PUNCT && JOINERS.has(t.key(joiner)!) && t.kind(other) === DIGITS;
  }

  /** Whether what follows the number at `j` leaves it a date (`strict` for bare years). */
  private endsDate(j: number, strict: boolean): boolean {
    const t = this.tokens;
    const n1 = t.kind(j + 1);
    if (n1 === NONE) return true;
    if (n1 === WORD || n1 === DIGITS) return false;
    if (n1 === PUNCT) {
      const k1 = t.key(j + 1);
      if (k1 === "'" && t.key(j + 2) === "s") return false; // the 1990's
      return !this.joinedToDigits(j + 1, j + 2) && k1 !== "%" && k1 !== "‰";
    }
    if (n1 !== GAP) return true;
    const n2 = t.kind(j + 2);
    if (n2 === NONE) return true;
    if (n2 === PUNCT) {
      const k2 = t.key(j + 2);
      return k2 !== "%" && k2 !== "‰";
    }
    if (n2 === DIGITS) return !strict;
    if (this.language === null) return true;
    const key = t.key(j + 2)!;
    if (MEASURES[this.language].has(key) || scaleWordPower(this.language, key) !== undefined) return false;
    if ((key === "pour" || key === "per") && t.gap(j + 3) && t.key(j + 4) === "cent") return false;
    return true;
  }

  /** Whether what precedes a bare number at `j` leaves it a date. */
  private startsDate(j: number): boolean {
    const t = this.tokens;
    const p1 = t.kind(j - 1);
    if (p1 === NONE) return true;
    if (p1 === WORD || p1 === DIGITS) return false;
    if (p1 === PUNCT) {
      if (this.joinedToDigits(j - 1, j - 2) || NUMBER_SIGNS.has(t.key(j - 1)!)) return false;
      return !(this.language !== null && t.key(j - 1) === "." && this.isNumberAbbreviation(j - 2));
    }
    if (p1 !== GAP) return true;
    const p2 = t.kind(j - 2);
    if (p2 === NONE) return true;
    // `+1 415 555 2671`, but `Q3 2021` reads 2021
    if (p2 === DIGITS) return t.kind(j - 3) === WORD;
    if (p2 === PUNCT) {
      if (NUMBER_SIGNS.has(t.key(j - 2)!)) return false;
      return !(this.language !== null && t.key(j - 2) === "." && this.isNumberAbbreviation(j - 3));
    }
    return !(this.language !== null && p2 === WORD && NUMBER_PREFIXES[this.language].has(t.key(j - 2)!));
  }

  private isNumberAbbreviation(j: number): boolean {
    const t = this.tokens;
    return t.kind(j) === WORD && NUMBER_ABBREVIATIONS.has(t.key(j)!) && !t.alphanumeric(j - 1);
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
  private iso(i: number): Found | null {
    const t = this.tokens;
    const y = this.year(i);
    if (y === null || t.key(i + 1) !== "-" || t.kind(i + 2) !== DIGITS || t.length(i + 2) !== 2) return null;
    if (t.alphanumeric(i - 1) || this.joinedToDigits(i - 1, i - 2)) return null;
    const month = this.digits(i + 2, 2, 2);
    let next = i + 3;
    let day: number | null = null;
    if (t.key(next) === "-" && t.kind(next + 1) === DIGITS) {
      day = this.digits(next + 1, 2, 2);
      if (day === null) return { next: next + 2, dates: NO_DATES };
      next += 2;
    }
    const time = t.is(next, 0x54) && t.kind(next) === WORD && t.kind(next + 1) === DIGITS; // `T`
    if (!time && (t.alphanumeric(next) || this.joinedToDigits(next, next + 1))) return { next, dates: NO_DATES };
    if (month === null || month < 1 || month > 12) return { next, dates: NO_DATES };
    if (day === null) return this.one(i, next, `${y}-${pad(month)}`, "month");
    if (day < 1 || day > daysInMonth(y, month)) return { next, dates: NO_DATES };
    return this.one(i, next, `${y}-${pad(month)}-${pad(day)}`, "day");
  }

  /** `2015-2018`, `2015 – 2018`, `2015/2016` at `i`: both years. */
  private range(i: number): Found | null {
    const t = this.tokens;
    const y1 = this.year(i);
    if (y1 === null) return null;
    let k = i + 1;
    const spaced = t.gap(k);
    if (spaced) k++;
    if (t.kind(k) !== PUNCT) return null;
    const joiner = t.key(k)!;
    if (!(DASHES.has(joiner) || (joiner === "/" && !spaced))) return null;
    k++;
    if (t.gap(k) && joiner !== "/") k++;
    const y2 = this.year(k);
    if (y2 === null) return null;
    if (!this.startsDate(i) || !this.endsDate(k, true) || y2 <= y1 || y2 - y1 > 100) return { next: k + 1, dates: NO_DATES };
    return {
      next: k + 1,
      dates: [
        { start: i, next: i + 1, value: String(y1), precision: "year" },
        { start: k, next: k + 1, value: String(y2), precision: "year" },
      ],
    };
  }

  /** `03/04/2021` at `i` (French). */
  private slash(i: number): Found | null {
    const t = this.tokens;
    if (t.key(i + 1) !== "/" || t.key(i + 3) !== "/") return null;
    const day = this.digits(i, 1, 2);
    const month = this.digits(i + 2, 1, 2);
    const y = this.year(i + 4);
    if (day === null || month === null || y === null) return null;
    const next = i + 5;
    if (t.alphanumeric(i - 1) || this.joinedToDigits(i - 1, i - 2)) return { next, dates: NO_DATES };
    if (t.alphanumeric(next) || this.joinedToDigits(next, next + 1)) return { next, dates: NO_DATES };
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(y, month)) return { next, dates: NO_DATES };
    return this.one(i, next, `${y}-${pad(month)}-${pad(day)}`, "day");
  }

  /** A day of the month at `j` with its ordinal suffix: `3`, `1er`, `3rd`, French `premier`. */
  private day(j: number): { day: number; next: number } | null {
    const t = this.tokens;
    if (t.kind(j) === WORD) return this.language === "fr" && t.key(j) === "premier" ? { day: 1, next: j + 1 } : null;
    const d = this.digits(j, 1, 2); // checked against the month by dayMonthYear
    if (d === null) return null;
    if (t.kind(j + 1) !== WORD) return { day: d, next: j + 1 };
    const suffix = t.key(j + 1);
    if (this.language === "fr" ? suffix === "er" && d === 1 : suffix === ordinalSuffix(d)) return { day: d, next: j + 2 };
    return null;
  }

  private month(j: number): { month: number; next: number } | null {
    const t = this.tokens;
    if (this.language === null || t.kind(j) !== WORD) return null;
    const key = t.key(j)!;
    const name = MONTHS[this.language].get(key);
    if (name === undefined) return null;
    // lower-case `may` and `march` are verbs (`prices may 2020…`, `they march 2000 people…`)
    if (this.language === "en" && (key === "may" || key === "march")) {
      const first = t.text(j)[0]!;
      if (first !== first.toUpperCase()) return null;
    }
    if (!name.abbreviation) return { month: name.month, next: j + 1 };
    if (t.key(j + 1) === ".") return { month: name.month, next: j + 2 };
    return this.language === "fr" ? null : { month: name.month, next: j + 1 };
  }

  private dayMonthYear(start: number, day: number, month: number, yearAt: number): Found {
    const y = this.contextYear(yearAt);
    if (y === null || day < 1 || day > daysInMonth(y, month)) return { next: yearAt + 1, dates: NO_DATES };
    return this.one(start, yearAt + 1, `${y}-${pad(month)}-${pad(day)}`, "day");
  }

  /** `3 mars 2021`, `1er mars 2021`, `3rd of March 2021` at `i`. */
  private dayFirst(i: number): Found | null {
    const t = this.tokens;
    if (this.language === null || t.alphanumeric(i - 1) || this.joinedToDigits(i - 1, i - 2)) return null;
    const d = this.day(i);
    if (d === null || !t.gap(d.next)) return null;
    let m = d.next + 1;
    if (this.language === "en" && t.key(m) === "of" && t.gap(m + 1)) m += 2;
    const month = this.month(m);
    if (month === null || !t.gap(month.next) || this.year(month.next + 1) === null) return null;
    return this.dayMonthYear(i, d.day, month.month, month.next + 1);
  }

  /** `juillet 2019`, and in English `March 3, 2021`, at `i`. */
  private monthFirst(i: number): Found | null {
    const t = this.tokens;
    const month = this.month(i);
    if (month === null || !t.gap(month.next)) return null;
    const p = month.next + 1;
    if (this.language === "en") {
      const d = t.kind(p) === DIGITS ? this.day(p) : null;
      if (d !== null) {
        let q = d.next;
        if (t.key(q) === ",") q++;
        if (t.gap(q) && this.year(q + 1) !== null) return this.dayMonthYear(i, d.day, month.month, q + 1);
      }
    }
    const y = this.contextYear(p);
    return y === null ? null : this.one(i, p + 1, `${y}-${pad(month.month)}`, "month");
  }

  /** `début 2020`, `mi-2021`, `early July 2019` at `i`. */
  private modified(i: number): Found | null {
    const t = this.tokens;
    if (this.language === null) return null;
    const joint = MODIFIERS[this.language].get(t.key(i)!);
    if (joint === undefined) return null;
    const ok = (joint !== "hyphen" && t.gap(i + 1)) || (joint !== "gap" && t.key(i + 1) === "-");
    if (!ok) return null;
    const inner = this.monthFirst(i + 2);
    if (inner !== null) return inner.dates.length === 0 ? inner : this.one(i, inner.next, inner.dates[0]!.value, inner.dates[0]!.precision);
    const y = this.contextYear(i + 2);
    return y === null ? null : this.one(i, i + 3, String(y), "year");
  }

  /** A bare year at `i`. */
  private bareYear(i: number): Found | null {
    const y = this.year(i);
    if (y === null || !this.startsDate(i) || !this.endsDate(i, true)) return null;
    return this.one(i, i + 1, String(y), "year");
  }
}

function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return "th";
  return day % 10 === 1 ? "st" : day % 10 === 2 ? "nd" : day % 10 === 3 ? "rd" : "th";
}

/**
 * A year's digits, four in a row and no more, starting with 1 or 2: every date form has one (see
 * `DateReader.year`). Global, to find where the next one stands.
 */
const YEAR_DIGITS = /(?<![0-9])[12][0-9]{3}(?![0-9])/g;

/** Where the first four digits that may be a year end (their last digit) at or after `from`, or -1. */
function yearDigitsAt(text: string, from: number): number {
  YEAR_DIGITS.lastIndex = from;
  return YEAR_DIGITS.test(text) ? YEAR_DIGITS.lastIndex - 1 : -1;
}

/** The reader `findDates` reuses from one call to the next. */
const READER = new DateReader();

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
  const found: DateExpression[] = [];
  // Read only the lines holding four digits that may be a year, found over the whole text (digits
  // never span white space, and see the same neighbours as in their line alone).
  let year = yearDigitsAt(text, 0);
  if (year < 0) return found;
  const rules = expressionLanguage(language);
  const n = text.length;
  if (n <= SHORT_TEXT) {
    // a quote: read whole, as `findDatesUnsplit` does (lines are independent, see tokens.ts); the
    // buffers keep it until the next call (a longer text is let go of, see `release`)
    READER.read(text, 0, n, rules, found);
    return found;
  }
  for (let from = 0; ; ) {
    const to = lineEnd(text, from);
    if (year < to) {
      READER.read(text, from, to, rules, found);
      year = yearDigitsAt(text, to);
      if (year < 0) break;
    }
    if (to === n) break;
    from = spaceRunEnd(text, to);
  }
  READER.release();
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
  READER.read(text, 0, text.length, expressionLanguage(language), found);
  READER.release();
  return found;
}
