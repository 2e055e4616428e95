// expressionLanguage, exact decimals (decimalFromDigits, shiftDecimal, addDecimals, decimalToNumber,
// formatDecimal), scanNumerals, scaleWordPower, readQuantity and findNumbers: separators, number
// words, scales, word boundaries, linear time.
import { describe, expect, test } from "vitest";
import {
  MAX_SIGNIFICANT_DIGITS,
  SUPPORTED_EXPRESSION_LANGUAGES,
  addDecimals,
  decimalFromDigits,
  decimalToNumber,
  expressionLanguage,
  findNumbers,
  formatDecimal,
  readQuantity,
  scaleWordPower,
  scanNumerals,
  shiftDecimal,
} from "../src/graph/expressions/numbers.ts";
import { tokenize } from "../src/graph/expressions/tokens.ts";
import * as expressions from "../src/graph/expressions/index.ts";

/** findNumbers as [text, exact value], checking offsets and order. */
function read(text: string, language: string): [string, string][] {
  const found = findNumbers(text, language);
  let end = 0;
  for (const n of found) {
    expect(text.slice(n.start, n.end)).toBe(n.text);
    expect(n.start).toBeGreaterThanOrEqual(end);
    end = n.end;
  }
  return found.map((n) => [n.text, formatDecimal(n.value)]);
}

/** The single number of `text`, which must be the whole text, as plain decimal digits. */
function value(text: string, language: string): string {
  const found = read(text, language);
  expect(found.map((f) => f[0])).toEqual([text]);
  return found[0]![1];
}

describe("SUPPORTED_EXPRESSION_LANGUAGES", () => {
  test("SUPPORTED_EXPRESSION_LANGUAGES lists French and English, and the index re-exports it with the finders", () => {
    expect(SUPPORTED_EXPRESSION_LANGUAGES).toEqual(["fr", "en"]);
    expect(Object.keys(expressions).sort()).toEqual(["SUPPORTED_EXPRESSION_LANGUAGES", "findAmounts", "findDates"]);
  });
});

describe("expressionLanguage", () => {
  test.each<[string, string | null]>([
    ["fr", "fr"],
    ["fr-FR", "fr"],
    ["fr-CA", "fr"],
    ["FR", "fr"],
    ["fr_BE", "fr"],
    ["en", "en"],
    ["en-GB", "en"],
    ["EN-us", "en"],
    ["frr", null],
    ["eng", null],
    ["de", null],
    ["und", null],
    ["", null],
  ])("expressionLanguage(%j) is %j", (tag, rules) => expect(expressionLanguage(tag)).toBe(rules));
});

describe("exact decimals", () => {
  test("decimalFromDigits strips leading and trailing zeros into digits and a power of ten", () => {
    expect(decimalFromDigits("1", "5")).toEqual({ digits: "15", exponent: -1 });
    expect(decimalFromDigits("1000000")).toEqual({ digits: "1", exponent: 6 });
    expect(decimalFromDigits("007", "250")).toEqual({ digits: "725", exponent: -2 });
    expect(decimalFromDigits("0", "05")).toEqual({ digits: "5", exponent: -2 });
    expect(decimalFromDigits("000", "000")).toEqual({ digits: "0", exponent: 0 });
  });
  test("decimalFromDigits refuses more than 15 significant digits, however long the zeros around them", () => {
    expect(MAX_SIGNIFICANT_DIGITS).toBe(15);
    expect(decimalFromDigits("123456789012345")).toEqual({ digits: "123456789012345", exponent: 0 });
    expect(decimalFromDigits("1234567890123456")).toBeNull();
    expect(decimalFromDigits(`1${"0".repeat(100_000)}`)).toEqual({ digits: "1", exponent: 100_000 });
    expect(decimalFromDigits("1".repeat(100_000))).toBeNull();
  });
  test("shiftDecimal multiplies by a power of ten exactly", () => {
    expect(shiftDecimal({ digits: "15", exponent: -1 }, 6)).toEqual({ digits: "15", exponent: 5 });
    expect(shiftDecimal({ digits: "0", exponent: 0 }, 9)).toEqual({ digits: "0", exponent: 0 });
  });
  test("addDecimals adds exactly and normalises the sum", () => {
    expect(addDecimals({ digits: "1", exponent: 9 }, { digits: "5", exponent: 8 })).toEqual({ digits: "15", exponent: 8 });
    expect(addDecimals({ digits: "5", exponent: -1 }, { digits: "5", exponent: -1 })).toEqual({ digits: "1", exponent: 0 });
    expect(addDecimals({ digits: "1", exponent: 0 }, { digits: "1", exponent: -40 })).toBeNull();
    expect(addDecimals({ digits: "999999999999999", exponent: 0 }, { digits: "1", exponent: 0 })).toEqual({ digits: "1", exponent: 15 });
  });
  test("decimalToNumber gives the exact integer where floating multiplication would not", () => {
    expect(decimalToNumber({ digits: "41", exponent: 8 })).toBe(4100000000);
    expect(4.1 * 1e9).toBe(4099999999.9999995);
    expect(decimalToNumber({ digits: "137", exponent: 8 })).toBe(13700000000);
    expect(decimalToNumber({ digits: "1999", exponent: -2 })).toBe(19.99);
    expect(decimalToNumber({ digits: "1", exponent: 400 })).toBe(Infinity);
  });
  test("formatDecimal writes plain decimal digits", () => {
    expect(formatDecimal({ digits: "15", exponent: 5 })).toBe("1500000");
    expect(formatDecimal({ digits: "5", exponent: -1 })).toBe("0.5");
    expect(formatDecimal({ digits: "125", exponent: -1 })).toBe("12.5");
    expect(formatDecimal({ digits: "5", exponent: -3 })).toBe("0.005");
    expect(formatDecimal({ digits: "0", exponent: 0 })).toBe("0");
  });
});

describe("findNumbers numerals and separators", () => {
  test.each<[string, string, string]>([
    ["fr", "1 000 000", "1000000"],
    ["fr", "1\u00a0000\u00a0000", "1000000"],
    ["fr", "1\u202f000", "1000"],
    ["fr", "1\u2009000", "1000"],
    ["fr", "1,5", "1.5"],
    ["fr", "0,5", "0.5"],
    ["fr", "1 234,56", "1234.56"],
    ["fr", "1.000.000", "1000000"],
    ["fr", "1.000,5", "1000.5"],
    ["fr", "13", "13"],
    ["fr", "2015", "2015"],
    ["en", "1,000,000", "1000000"],
    ["en", "1,234.56", "1234.56"],
    ["en", "13.7", "13.7"],
    ["en", "0.5", "0.5"],
    ["de", "13", "13"],
    ["de", "2015", "2015"],
  ])("findNumbers in %s reads the numeral %j as %s", (language, text, expected) => {
    expect(value(text, language)).toBe(expected);
  });
  test.each<[string, string]>([
    ["fr", "1.000"],
    ["fr", "1.5"],
    ["fr", "1,2,3"],
    ["fr", "1 000.5"],
    ["fr", "12.03.2021"],
    ["fr", "1.2.3.4"],
    ["en", "1,5"],
    ["en", "1,00"],
    ["en", "12,3456"],
    ["en", "1.000.000"],
    ["en", "1.2.3"],
    ["en", "0,500"],
    ["en", "2015,2016"],
    ["de", "13,50"],
    ["de", "1.000"],
    ["fr", "1234567890123456"],
  ])("findNumbers in %s reads no number at all in %j", (language, text) => {
    expect(read(text, language)).toEqual([]);
  });
  test("findNumbers groups thousands with spaces in French only, and only groups of three digits", () => {
    expect(read("1 000 000", "en")).toEqual([]);
    expect(read("12 345 678", "fr")).toEqual([["12 345 678", "12345678"]]);
    expect(read("1234 567", "fr")).toEqual([]);
    expect(read("en 2019 100 000", "fr")).toEqual([]);
    expect(read("1 0000", "fr")).toEqual([]);
    expect(read("1  000", "fr")).toEqual([]);
    expect(read("1\n000", "fr")).toEqual([
      ["1", "1"],
      ["000", "0"],
    ]);
  });
  test("findNumbers reads no number glued to letters or next to other digits across a single space", () => {
    expect(read("s2 A380 1er 2015s COVID19", "fr")).toEqual([]);
    expect(read("01 23 45 67 89", "fr")).toEqual([]);
    expect(read("5 000", "en")).toEqual([]);
    expect(read("3, 4 et 5", "fr")).toEqual([
      ["3", "3"],
      ["4", "4"],
      ["5", "5"],
    ]);
  });
});

describe("findNumbers scales", () => {
  test.each<[string, string, string]>([
    ["fr", "1,5 million", "1500000"],
    ["fr", "13 milliards", "13000000000"],
    ["fr", "0,5 milliard", "500000000"],
    ["fr", "13,7 milliards", "13700000000"],
    ["fr", "2 billions", "2000000000000"],
    ["fr", "1 billiard", "1000000000000000"],
    ["fr", "200 mille", "200000"],
    ["fr", "mille milliards", "1000000000000"],
    ["fr", "un milliard et demi", "1500000000"],
    ["fr", "3 millions et demi", "3500000"],
    ["fr", "un demi-milliard", "500000000"],
    ["fr", "un demi million", "500000"],
    ["fr", "10M", "10000000"],
    ["fr", "1,2Md", "1200000000"],
    ["fr", "10 M", "10000000"],
    ["fr", "3 Mds", "3000000000"],
    ["fr", "50 k", "50000"],
    ["en", "13.7bn", "13700000000"],
    ["en", "13 bn", "13000000000"],
    ["en", "200m", "200000000"],
    ["en", "5B", "5000000000"],
    ["en", "2tn", "2000000000000"],
    ["en", "1.5 million", "1500000"],
    ["en", "13 billion", "13000000000"],
    ["en", "2 trillion", "2000000000000"],
    ["en", "10 crore", "100000000"],
    ["en", "a billion", "1000000000"],
    ["en", "half a million", "500000"],
    ["en", "a thousand billion", "1000000000000"],
  ])("findNumbers in %s reads %j as %s", (language, text, expected) => {
    expect(value(text, language)).toBe(expected);
  });
  test("scaleWordPower uses the long scale in French and the short scale in English", () => {
    expect(scaleWordPower("fr", "billion")).toBe(12);
    expect(scaleWordPower("en", "billion")).toBe(9);
    expect(scaleWordPower("fr", "milliards")).toBe(9);
    expect(scaleWordPower("fr", "mille")).toBe(3);
    expect(scaleWordPower("en", "thousand")).toBe(3);
    expect(scaleWordPower("fr", "milles")).toBeUndefined();
    expect(scaleWordPower("en", "dollars")).toBeUndefined();
  });
  test("findNumbers reads an abbreviation after a space only where the language allows it, else no number", () => {
    expect(read("$5 m", "en")).toEqual([]);
    expect(read("13 bn", "fr")).toEqual([["13", "13"]]);
    expect(read("13bn", "fr")).toEqual([]);
    expect(read("10m", "fr")).toEqual([]);
    expect(read("10M", "de")).toEqual([]);
  });
  test("findNumbers reads no scale in the language-neutral rules", () => {
    expect(read("13 milliards", "de")).toEqual([["13", "13"]]);
    expect(read("13 million", "es")).toEqual([["13", "13"]]);
  });
});

describe("findNumbers number words", () => {
  test.each<[string, string, string]>([
    ["fr", "deux", "2"],
    ["fr", "dix", "10"],
    ["fr", "seize", "16"],
    ["fr", "dix-sept", "17"],
    ["fr", "dix-neuf", "19"],
    ["fr", "vingt", "20"],
    ["fr", "vingt et un", "21"],
    ["fr", "vingt-et-un", "21"],
    ["fr", "vingt-deux", "22"],
    ["fr", "trente-trois", "33"],
    ["fr", "soixante-dix", "70"],
    ["fr", "soixante et onze", "71"],
    ["fr", "soixante-dix-sept", "77"],
    ["fr", "quatre-vingts", "80"],
    ["fr", "quatre-vingt-un", "81"],
    ["fr", "quatre-vingt-dix", "90"],
    ["fr", "quatre-vingt-dix-neuf", "99"],
    ["fr", "septante", "70"],
    ["fr", "nonante-neuf", "99"],
    ["fr", "cent", "100"],
    ["fr", "cent deux", "102"],
    ["fr", "deux cents", "200"],
    ["fr", "trois cent cinquante", "350"],
    ["fr", "neuf cent quatre-vingt-dix-neuf", "999"],
    ["fr", "mille", "1000"],
    ["fr", "deux mille", "2000"],
    ["fr", "cent mille", "100000"],
    ["fr", "Deux", "2"],
    ["en", "one", "1"],
    ["en", "ten", "10"],
    ["en", "nineteen", "19"],
    ["en", "twenty", "20"],
    ["en", "twenty-five", "25"],
    ["en", "twenty five", "25"],
    ["en", "ninety-nine", "99"],
    ["en", "a hundred", "100"],
    ["en", "one hundred", "100"],
    ["en", "two hundred and fifty", "250"],
    ["en", "nine hundred ninety-nine", "999"],
    ["en", "ten thousand", "10000"],
    ["en", "a thousand", "1000"],
    ["en", "Five", "5"],
  ])("findNumbers in %s reads the words %j as %s", (language, text, expected) => {
    expect(value(text, language)).toBe(expected);
  });
  test("findNumbers reads the articles un, une, a and an as 1 only before a scale word", () => {
    expect(read("un investissement", "fr")).toEqual([]);
    expect(read("une entreprise", "fr")).toEqual([]);
    expect(read("a deal", "en")).toEqual([]);
    expect(read("an offer", "en")).toEqual([]);
    expect(read("un million", "fr")).toEqual([["un million", "1000000"]]);
    expect(read("an extra billion", "en")).toEqual([]);
  });
  test("findNumbers reads number words in sentences and stops where the number stops", () => {
    expect(read("les deux entreprises", "fr")).toEqual([["deux", "2"]]);
    expect(read("ten years designing", "en")).toEqual([["ten", "10"]]);
    expect(read("less than one percent", "en")).toEqual([["one", "1"]]);
    expect(read("Elon Musk et Sam Altman", "fr")).toEqual([]);
    expect(read("vingt et deux", "fr")).toEqual([
      ["vingt", "20"],
      ["deux", "2"],
    ]);
    expect(read("one and two", "en")).toEqual([
      ["one", "1"],
      ["two", "2"],
    ]);
  });
  test("findNumbers reads no number words in the language-neutral rules", () => {
    expect(read("deux millions, two million", "de")).toEqual([]);
  });
});

describe("scanNumerals", () => {
  test("scanNumerals stores each numeral at its first digits token, once, with its extent", () => {
    const tokens = tokenize("a 1 000 000 b 2,5 c 1.2.3");
    const numerals = scanNumerals(tokens, "fr");
    const starts = numerals.flatMap((n, i) => (n === undefined ? [] : [i]));
    expect(starts.map((i) => tokens[i]!.text)).toEqual(["1", "2", "1"]);
    expect(numerals[2]).toEqual({ start: 2, next: 7, value: { digits: "1", exponent: 6 } });
    expect(numerals[starts[2]!]!.value).toBeNull();
    expect(numerals[starts[2]!]!.next).toBe(tokens.length);
  });
});

describe("readQuantity", () => {
  test("readQuantity tells how a quantity ends", () => {
    const endings = (text: string, language: "fr" | "en") => {
      const tokens = tokenize(text);
      return readQuantity(tokens, 0, language, scanNumerals(tokens, language))?.ending;
    };
    expect(endings("200 000", "fr")).toBe("number");
    expect(endings("13 milliards", "fr")).toBe("scale");
    expect(endings("13bn", "en")).toBe("glued");
    expect(endings("10 M", "fr")).toBe("spaced");
    expect(endings("un", "fr")).toBeUndefined();
  });
  test("readQuantity after a currency sign reads digits only, glued or not", () => {
    const tokens = tokenize("USD5m");
    expect(readQuantity(tokens, 1, "en", scanNumerals(tokens, "en"), { prefixed: true })?.value).toEqual({ digits: "5", exponent: 6 });
    expect(readQuantity(tokens, 1, "en", scanNumerals(tokens, "en"))).toBeNull();
    const words = tokenize("$ deux");
    expect(readQuantity(words, 2, "fr", scanNumerals(words, "fr"), { prefixed: true })).toBeNull();
  });
});

describe("findNumbers on hostile input", () => {
  const MB = 1 << 20;
  test.each<[string, string]>([
    ["'1 ' repeated", "1 ".repeat(MB / 2)],
    ["100 000 digits", "1".repeat(100_000)],
    ["one numeral of 250 000 groups", `1${" 000".repeat(MB / 4)}`],
    ["'vingt-' repeated", "vingt-".repeat(MB / 6)],
    ["'quatre-vingt-' repeated", "quatre-vingt-".repeat(MB / 13)],
    ["'a hundred and ' repeated", "a hundred and ".repeat(MB / 14)],
    ["'mille ' repeated", "mille ".repeat(MB / 6)],
  ])("findNumbers returns quickly on a megabyte of %s", (_name, text) => {
    const t0 = performance.now();
    for (const language of ["fr", "en", "de"]) findNumbers(text, language);
    expect(performance.now() - t0).toBeLessThan(15_000);
  }, 30_000);
});
