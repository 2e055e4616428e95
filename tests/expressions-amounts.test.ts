// findAmounts, findAmountsUnsplit, mayHoldAmount, scanAmounts: French and English amounts with exact
// values and ISO 4217 codes, exact offsets, word boundaries, no false amounts, linear time on hostile input.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ISO_4217_CODES } from "../src/graph/currencies.ts";
import { findAmounts, findAmountsUnsplit, mayHoldAmount, scanAmounts } from "../src/graph/expressions/amounts.ts";
import { scanNumerals } from "../src/graph/expressions/numbers.ts";
import { tokenize } from "../src/graph/expressions/tokens.ts";

type Read = [text: string, value: number, currency: string];

/** findAmounts as [text, value, currency], checking offsets, order and overlap on the way. */
function read(text: string, language: string): Read[] {
  const found = findAmounts(text, language);
  let end = 0;
  for (const a of found) {
    expect(text.slice(a.start, a.end)).toBe(a.text);
    expect(a.start).toBeGreaterThanOrEqual(end);
    expect(ISO_4217_CODES.has(a.currency)).toBe(true);
    expect(Number.isFinite(a.value)).toBe(true);
    end = a.end;
  }
  return found.map((a) => [a.text, a.value, a.currency]);
}

/** The single amount of `text`, which must be the whole text. */
function whole(text: string, language: string): [number, string] {
  const found = read(text, language);
  expect(found.map((f) => f[0])).toEqual([text]);
  return [found[0]![1], found[0]![2]];
}

describe("findAmounts in the article's French sentences", () => {
  test("findAmounts reads '13 milliards de dollars' in the first sentence as 13000000000 USD", () => {
    const text = "mettant en péril un investissement de 13 milliards de dollars de la part du géant de l’informatique";
    expect(findAmounts(text, "fr")).toEqual([{ start: 38, end: 61, text: "13 milliards de dollars", value: 13_000_000_000, currency: "USD" }]);
  });
  test("findAmounts reads '1 milliard de dollars' as 1000000000 USD", () => {
    const text = "En juillet 2019, Microsoft annonçait un investissement de 1 milliard de dollars dans OpenAI";
    expect(read(text, "fr")).toEqual([["1 milliard de dollars", 1_000_000_000, "USD"]]);
  });
  test("findAmounts finds no amount in 'OpenAI, fondée en 2015 par Elon Musk et Sam Altman'", () => {
    expect(read("OpenAI, fondée en 2015 par Elon Musk et Sam Altman", "fr")).toEqual([]);
  });
  test("findAmounts finds exactly the two amounts of the default article", () => {
    const article =
      "Le partenariat entre Microsoft et OpenAI semble battre de l’aile, mettant en péril un investissement de 13 milliards de dollars de la part du géant de l’informatique dans l’entreprise spécialisée en intelligence artificielle.\n" +
      "En juillet 2019, Microsoft annonçait un investissement de 1 milliard de dollars dans OpenAI, ainsi qu’un partenariat stratégique pour développer des technologies d’IA avancées. Cependant, selon des sources proches du dossier, les deux entreprises auraient des visions différentes.";
    expect(read(article, "fr")).toEqual([
      ["13 milliards de dollars", 13_000_000_000, "USD"],
      ["1 milliard de dollars", 1_000_000_000, "USD"],
    ]);
  });
});

describe("findAmounts French forms", () => {
  test.each<[string, number, string]>([
    ["1 milliard de dollars", 1e9, "USD"],
    ["13 milliards de dollars", 13e9, "USD"],
    ["1,5 million d’euros", 1_500_000, "EUR"],
    ["1,5 million d'euros", 1_500_000, "EUR"],
    ["1,5 million dʼeuros", 1_500_000, "EUR"],
    ["0,5 milliard d’euros", 500_000_000, "EUR"],
    ["13,7 milliards d’euros", 13_700_000_000, "EUR"],
    ["200 000 euros", 200_000, "EUR"],
    ["200\u00a0000 euros", 200_000, "EUR"],
    ["200\u202f000 euros", 200_000, "EUR"],
    ["1 000 000 de dollars", 1_000_000, "USD"],
    ["1 500 000 dollars", 1_500_000, "USD"],
    ["1 250 000,50 euros", 1_250_000.5, "EUR"],
    ["1.000.000 €", 1_000_000, "EUR"],
    ["1.000,50 €", 1000.5, "EUR"],
    ["10 M€", 10_000_000, "EUR"],
    ["10M€", 10_000_000, "EUR"],
    ["2 Md$", 2e9, "USD"],
    ["3 Mds €", 3e9, "EUR"],
    ["1,2 Md€", 1_200_000_000, "EUR"],
    ["1,2Md€", 1_200_000_000, "EUR"],
    ["4 Mrd €", 4e9, "EUR"],
    ["50 k€", 50_000, "EUR"],
    ["1 000 €", 1000, "EUR"],
    ["1 000 €", 1000, "EUR"],
    ["€ 50", 50, "EUR"],
    ["50 $", 50, "USD"],
    ["13 milliards $", 13e9, "USD"],
    ["un milliard de dollars", 1e9, "USD"],
    ["Un milliard de dollars", 1e9, "USD"],
    ["deux millions d’euros", 2_000_000, "EUR"],
    ["trois milliards de dollars", 3e9, "USD"],
    ["dix millions d'euros", 10_000_000, "EUR"],
    ["cinq euros", 5, "EUR"],
    ["vingt-cinq euros", 25, "EUR"],
    ["vingt et un euros", 21, "EUR"],
    ["soixante-dix euros", 70, "EUR"],
    ["quatre-vingt-dix-neuf euros", 99, "EUR"],
    ["septante-cinq francs suisses", 75, "CHF"],
    ["cent euros", 100, "EUR"],
    ["cinq cents euros", 500, "EUR"],
    ["deux cents millions d’euros", 200_000_000, "EUR"],
    ["trois cent cinquante millions de dollars", 350_000_000, "USD"],
    ["mille euros", 1000, "EUR"],
    ["200 mille euros", 200_000, "EUR"],
    ["deux mille euros", 2000, "EUR"],
    ["mille milliards de dollars", 1e12, "USD"],
    ["un milliard et demi de dollars", 1_500_000_000, "USD"],
    ["un demi-milliard d’euros", 500_000_000, "EUR"],
    ["un demi-million de dollars", 500_000, "USD"],
    ["500 millions de dollars américains", 500_000_000, "USD"],
    ["500 millions de dollars US", 500_000_000, "USD"],
    ["3 millions de dollars canadiens", 3_000_000, "CAD"],
  ])("findAmounts reads the French %j as %d %s", (text, value, currency) => {
    expect(whole(text, "fr")).toEqual([value, currency]);
  });

  test.each<[string, string]>([
    ["dollars canadiens", "CAD"],
    ["dollars australiens", "AUD"],
    ["dollars néo-zélandais", "NZD"],
    ["dollars de Hong Kong", "HKD"],
    ["dollars de Singapour", "SGD"],
    ["dollars américains", "USD"],
    ["dollars", "USD"],
    ["livres sterling", "GBP"],
    ["livres", "GBP"],
    ["livres égyptiennes", "EGP"],
    ["francs suisses", "CHF"],
    ["yens", "JPY"],
    ["yuans", "CNY"],
    ["renminbi", "CNY"],
    ["roupies", "INR"],
    ["roupies indiennes", "INR"],
    ["roupies pakistanaises", "PKR"],
    ["roubles", "RUB"],
    ["couronnes suédoises", "SEK"],
    ["couronnes norvégiennes", "NOK"],
    ["pesos mexicains", "MXN"],
    ["dinars tunisiens", "TND"],
    ["dirhams marocains", "MAD"],
    ["wons", "KRW"],
    ["rands", "ZAR"],
    ["zlotys", "PLN"],
  ])("findAmounts reads the French currency words '12 millions de %s' as %s", (words, currency) => {
    const text = `12 millions de ${words}`;
    expect(whole(text, "fr")).toEqual([12_000_000, currency]);
  });

  test("findAmounts reads French 'billion' on the long scale (10^12) and 'mille' as 10^3", () => {
    expect(whole("2 billions d’euros", "fr")).toEqual([2e12, "EUR"]);
    expect(whole("un billion de dollars", "fr")).toEqual([1e12, "USD"]);
    expect(whole("3 trillions de dollars", "fr")).toEqual([3e18, "USD"]);
    expect(whole("5 mille euros", "fr")).toEqual([5000, "EUR"]);
  });

  test("findAmounts reads French currency words and scales in any case", () => {
    expect(whole("5 MILLIONS D’EUROS", "fr")).toEqual([5_000_000, "EUR"]);
    expect(whole("5 Millions de Dollars Canadiens", "fr")).toEqual([5_000_000, "CAD"]);
    expect(whole("200 000 EUROS", "fr")).toEqual([200_000, "EUR"]);
  });

  test("findAmounts reads amounts in French news sentences", () => {
    expect(read("La start-up a levé 1,5 million d’euros auprès de Kima Ventures, puis 12 M€ en 2021.", "fr")).toEqual([
      ["1,5 million d’euros", 1_500_000, "EUR"],
      ["12 M€", 12_000_000, "EUR"],
    ]);
    expect(read("Le groupe a racheté la société pour 2,3 milliards de dollars (2,1 milliards d’euros).", "fr")).toEqual([
      ["2,3 milliards de dollars", 2_300_000_000, "USD"],
      ["2,1 milliards d’euros", 2_100_000_000, "EUR"],
    ]);
    expect(read("Une amende de 200 000 euros et un chiffre d’affaires de 3 Mds € en 2022.", "fr")).toEqual([
      ["200 000 euros", 200_000, "EUR"],
      ["3 Mds €", 3e9, "EUR"],
    ]);
    expect(read("Elle a vendu ses parts pour un milliard et demi de dollars, selon Les Échos.", "fr")).toEqual([
      ["un milliard et demi de dollars", 1_500_000_000, "USD"],
    ]);
  });

  test("findAmounts reads only the number next to the currency in a French range", () => {
    expect(read("entre 10 et 15 milliards de dollars", "fr")).toEqual([["15 milliards de dollars", 15e9, "USD"]]);
    expect(read("de 10 à 15 milliards de dollars", "fr")).toEqual([["15 milliards de dollars", 15e9, "USD"]]);
    expect(read("10-15 milliards de dollars", "fr")).toEqual([["15 milliards de dollars", 15e9, "USD"]]);
  });

  test("findAmounts reads a dollar sign marked US or CA after a French amount", () => {
    expect(whole("10 M$ CA", "fr")).toEqual([10_000_000, "CAD"]);
    expect(whole("13 milliards $ US", "fr")).toEqual([13e9, "USD"]);
    expect(whole("5 $US", "fr")).toEqual([5, "USD"]);
  });
});

describe("findAmounts English forms", () => {
  test.each<[string, number, string]>([
    ["$13bn", 13e9, "USD"],
    ["$13 billion", 13e9, "USD"],
    ["$13 bn", 13e9, "USD"],
    ["13 bln dollars", 13e9, "USD"],
    ["13 billion dollars", 13e9, "USD"],
    ["13.7bn dollars", 13_700_000_000, "USD"],
    ["$13.7bn", 13_700_000_000, "USD"],
    ["€200m", 200_000_000, "EUR"],
    ["€200 million", 200_000_000, "EUR"],
    ["12 million euros", 12_000_000, "EUR"],
    ["£1.2bn", 1_200_000_000, "GBP"],
    ["US$5 million", 5_000_000, "USD"],
    ["US$ 13 billion", 13e9, "USD"],
    ["$US5 million", 5_000_000, "USD"],
    ["C$3 million", 3_000_000, "CAD"],
    ["A$4m", 4_000_000, "AUD"],
    ["NZ$2 million", 2_000_000, "NZD"],
    ["HK$1bn", 1e9, "HKD"],
    ["¥500 billion", 5e11, "JPY"],
    ["CN¥3 billion", 3e9, "CNY"],
    ["₹10 crore", 100_000_000, "INR"],
    ["₹5 lakh", 500_000, "INR"],
    ["1,000,000 dollars", 1_000_000, "USD"],
    ["$1,250.50", 1250.5, "USD"],
    ["a billion dollars", 1e9, "USD"],
    ["A billion dollars", 1e9, "USD"],
    ["one million euros", 1_000_000, "EUR"],
    ["half a million dollars", 500_000, "USD"],
    ["half a billion euros", 500_000_000, "EUR"],
    ["a hundred million dollars", 100_000_000, "USD"],
    ["two hundred and fifty million dollars", 250_000_000, "USD"],
    ["twenty-five million euros", 25_000_000, "EUR"],
    ["ten thousand dollars", 10_000, "USD"],
    ["a thousand dollars", 1000, "USD"],
    ["five dollars", 5, "USD"],
    ["one dollar", 1, "USD"],
    ["5 million US dollars", 5_000_000, "USD"],
    ["5 million U.S. dollars", 5_000_000, "USD"],
    ["3 million Canadian dollars", 3_000_000, "CAD"],
    ["3 million Australian dollars", 3_000_000, "AUD"],
    ["2 million pounds", 2_000_000, "GBP"],
    ["2 million pounds sterling", 2_000_000, "GBP"],
    ["2 million sterling", 2_000_000, "GBP"],
    ["4 million Swiss francs", 4_000_000, "CHF"],
    ["9 billion yen", 9e9, "JPY"],
    ["9 billion yuan", 9e9, "CNY"],
    ["9 billion Indian rupees", 9e9, "INR"],
    ["9 billion Pakistani rupees", 9e9, "PKR"],
    ["USD 5 million", 5_000_000, "USD"],
    ["USD5m", 5_000_000, "USD"],
    ["5 million USD", 5_000_000, "USD"],
    ["EUR 1.2bn", 1_200_000_000, "EUR"],
    ["$5T", 5e12, "USD"],
    ["$5B", 5e9, "USD"],
    ["$1 trillion", 1e12, "USD"],
    ["12 MILLION EUROS", 12_000_000, "EUR"],
  ])("findAmounts reads the English %j as %d %s", (text, value, currency) => {
    expect(whole(text, "en")).toEqual([value, currency]);
  });

  test("findAmounts reads '12 million euros' in the English story's first sentence", () => {
    const text =
      "On 4 March 2024, the venture fund Northwind Capital announced that it had invested 12 million euros in Tidewater Energy, a start-up that builds tidal turbines off the coast of Harbour City.";
    expect(findAmounts(text, "en")).toEqual([{ start: 83, end: 99, text: "12 million euros", value: 12_000_000, currency: "EUR" }]);
  });

  test("findAmounts reads amounts in English news sentences", () => {
    expect(read("Microsoft has invested $13bn in OpenAI, after a first $1 billion in 2019.", "en")).toEqual([
      ["$13bn", 13e9, "USD"],
      ["$1 billion", 1e9, "USD"],
    ]);
    expect(read("The deal values the firm at £1.2bn (€1.4bn), or about US$1.5 billion.", "en")).toEqual([
      ["£1.2bn", 1_200_000_000, "GBP"],
      ["€1.4bn", 1_400_000_000, "EUR"],
      ["US$1.5 billion", 1_500_000_000, "USD"],
    ]);
    expect(read("It raised C$30 million and A$12m last year, and spent half a million dollars on lawyers.", "en")).toEqual([
      ["C$30 million", 30_000_000, "CAD"],
      ["A$12m", 12_000_000, "AUD"],
      ["half a million dollars", 500_000, "USD"],
    ]);
  });

  test("findAmounts reads '$13bn' inside 'US$13bn' as one USD amount", () => {
    expect(read("a US$13bn deal", "en")).toEqual([["US$13bn", 13e9, "USD"]]);
  });
});

describe("findAmounts exact values", () => {
  test("findAmounts computes 1,5 million, 13.7bn and 0,5 milliard exactly", () => {
    expect(findAmounts("1,5 million d’euros", "fr")[0]!.value).toBe(1500000);
    expect(findAmounts("$13.7bn", "en")[0]!.value).toBe(13700000000);
    expect(findAmounts("0,5 milliard d’euros", "fr")[0]!.value).toBe(500000000);
    // floating multiplication would give 4.1 * 1e9 = 4099999999.9999995 and 8.2 * 1e6 = 8199999.999999999
    expect(4.1 * 1e9).not.toBe(4100000000);
    expect(findAmounts("$4.1bn", "en")[0]!.value).toBe(4100000000);
    expect(findAmounts("8,2 millions d’euros", "fr")[0]!.value).toBe(8200000);
    expect(findAmounts("1,005 mille euros", "fr")[0]!.value).toBe(1005);
    expect(findAmounts("1,1 million d’euros", "fr")[0]!.value).toBe(1100000);
    expect(findAmounts("$0.07bn", "en")[0]!.value).toBe(70000000);
  });
  test("findAmounts keeps cents as the nearest number to what is written", () => {
    expect(findAmounts("19,99 €", "fr")[0]!.value).toBe(19.99);
    expect(findAmounts("$0.10", "en")[0]!.value).toBe(0.1);
  });
  test("findAmounts refuses numerals with more than 15 significant digits or an infinite value", () => {
    expect(read("1234567890123456 €", "fr")).toEqual([]);
    expect(read(`$1${"0".repeat(400)}`, "en")).toEqual([]);
    expect(read("123456789012345 €", "fr")).toEqual([["123456789012345 €", 123456789012345, "EUR"]]);
  });
});

describe("findAmounts language-neutral forms", () => {
  test.each(["de", "es", "it", "und", "", "zh-Hant"])("findAmounts in %j reads only a symbol or code next to plain digits", (language) => {
    expect(read("$13, €200, € 50, USD 5 et 13 USD", language)).toEqual([
      ["$13", 13, "USD"],
      ["€200", 200, "EUR"],
      ["€ 50", 50, "EUR"],
      ["USD 5", 5, "USD"],
      ["13 USD", 13, "USD"],
    ]);
    expect(read("13,50 €, 1.000 €, $13bn, 13 Millionen Euro, 5 millions d’euros", language)).toEqual([]);
  });
  test("findAmounts chooses the rules from the primary language subtag, case-insensitively", () => {
    expect(read("1,5 million d’euros", "fr-CA")).toEqual([["1,5 million d’euros", 1_500_000, "EUR"]]);
    expect(read("1,5 million d’euros", "FR")).toEqual([["1,5 million d’euros", 1_500_000, "EUR"]]);
    expect(read("$1.5 million", "en-GB")).toEqual([["$1.5 million", 1_500_000, "USD"]]);
    expect(read("1,5 million d’euros", "frr")).toEqual([]); // North Frisian, not French
  });
  test("findAmounts reads '$' as USD in every French-speaking region", () => {
    expect(read("10 M$", "fr-CA")).toEqual([["10 M$", 10_000_000, "USD"]]);
  });
});

describe("findAmounts word boundaries", () => {
  test("findAmounts does not read '1 milliard' inside '21 milliards'", () => {
    expect(read("21 milliards de dollars", "fr")).toEqual([["21 milliards de dollars", 21e9, "USD"]]);
  });
  test("findAmounts does not read digits glued to letters", () => {
    expect(read("A380 euros", "fr")).toEqual([]);
    expect(read("x13 dollars", "en")).toEqual([]);
    expect(read("13USD", "en")).toEqual([]);
    expect(read("200€HT", "fr")).toEqual([]);
    expect(read("€200mx", "en")).toEqual([]);
    expect(read("13 USDT", "en")).toEqual([]);
    expect(read("$13 billionaires", "en")).toEqual([["$13", 13, "USD"]]);
  });
  test("findAmounts does not read a number next to other digits across a single space", () => {
    expect(read("$5 000", "en")).toEqual([]);
    expect(read("5 000 dollars", "en")).toEqual([]);
    expect(read("01 23 45 67 89 €", "fr")).toEqual([]);
  });
  test("findAmounts does not read an amount across a line break", () => {
    expect(read("13 milliards\nde dollars", "fr")).toEqual([]);
    expect(read("$\n13", "en")).toEqual([]);
    expect(read("13 milliards de dollars\n200 000 euros", "fr")).toEqual([
      ["13 milliards de dollars", 13e9, "USD"],
      ["200 000 euros", 200_000, "EUR"],
    ]);
  });
  test("findAmounts reads a 4-digit year followed by a currency as an amount", () => {
    expect(read("2019 dollars", "en")).toEqual([["2019 dollars", 2019, "USD"]]);
    expect(read("2019 €", "fr")).toEqual([["2019 €", 2019, "EUR"]]);
    expect(read("$2019", "en")).toEqual([["$2019", 2019, "USD"]]);
  });
});

describe("findAmounts non-amounts", () => {
  test.each([
    "13 milliards",
    "les deux entreprises",
    "des millions de dollars",
    "quelques millions d’euros",
    "plusieurs milliards de dollars",
    "un euro symbolique",
    "un dollar fort",
    "une livre",
    "Elon Musk et Sam Altman",
    "s2",
    "2 M de visiteurs",
    "200 000 d’euros",
    "1 500 000 de dollars",
    "1.5 milliard de dollars",
    "1.000 €",
    "5 %",
    "5 millions d’habitants",
    "l’euro a perdu 2 %",
    "l’Euro 2016",
    "5 francs",
    "3 millions de francs CFA",
    "500 millions de dollars zimbabwéens",
    "Appelez le 01 23 45 67 89",
    "le CAC 40",
    "TOP 10 des start-up",
    "les 3 000 salariés",
    "€ 10 M",
  ])("findAmounts finds no amount in the French %j", (text) => {
    expect(read(text, "fr")).toEqual([]);
  });
  test.each([
    "ten years designing offshore wind farms",
    "less than one percent of the electricity",
    "millions of dollars",
    "a few million dollars",
    "several billion euros",
    "a dollar",
    "1,5 million euros",
    "$5 m",
    "PHP 8 and AMD 5",
    "TOP 10",
    "ALL 3 of them",
    "50 cents",
    "a 200-pound man",
    "+1 415 555 2671",
    "COVID-19 cost billions",
    "5 million Zimbabwean dollars",
    "5 million pesos",
    "3 billion won",
  ])("findAmounts finds no amount in the English %j", (text) => {
    expect(read(text, "en")).toEqual([]);
  });
  test("findAmounts reads no English abbreviation in French ('13bn' is not French)", () => {
    expect(read("$13bn", "fr")).toEqual([]);
    expect(read("€200m", "fr")).toEqual([]);
  });
  test("findAmounts reads 'dollars' followed by an ordinary word as USD, and one of unknown nationality as nothing", () => {
    expect(read("3 millions de dollars mais aussi", "fr")).toEqual([["3 millions de dollars", 3_000_000, "USD"]]);
    expect(read("3 millions de dollars jamaïcains", "fr")).toEqual([]);
  });
  test("findAmounts reads number words before a currency symbol, and no currency word written with diacritics", () => {
    expect(read("deux millions €", "fr")).toEqual([["deux millions €", 2_000_000, "EUR"]]);
    expect(read("5 dóllars", "fr")).toEqual([]);
  });
  test("findAmounts reads 'livres' and 'pounds' alone as GBP (it does not know books or weights)", () => {
    expect(read("2 millions de livres", "fr")).toEqual([["2 millions de livres", 2_000_000, "GBP"]]);
    expect(read("he lost 50 pounds", "en")).toEqual([["50 pounds", 50, "GBP"]]);
  });
});

describe("findAmounts on hostile input", () => {
  const MB = 1 << 20;
  const hostile: [string, string][] = [
    ["'1 ' repeated", "1 ".repeat(MB / 2)],
    ["'m' repeated", "m".repeat(MB)],
    ["100 000 digits", "1".repeat(100_000)],
    ["a megabyte of digits", "9".repeat(MB)],
    ["one numeral of 250 000 groups then €", `1${" 000".repeat(MB / 4)} €`],
    ["'1.' repeated", "1.".repeat(MB / 2)],
    ["'1,' repeated", "1,".repeat(MB / 2)],
    ["'$' repeated", "$".repeat(MB)],
    ["'US$' repeated", "US$".repeat(MB / 3)],
    ["'vingt-' repeated", "vingt-".repeat(MB / 6)],
    ["'un ' repeated", "un ".repeat(MB / 3)],
    ["'milliards de ' repeated", "milliards de ".repeat(MB / 13)],
    ["'dollars ' repeated", "dollars ".repeat(MB / 8)],
    ["spaces", " ".repeat(MB)],
    ["NBSP and digits", "1\u00a0".repeat(MB / 2)],
  ];
  test.each(hostile)("findAmounts returns quickly on a megabyte of %s", (_name, text) => {
    const t0 = performance.now();
    for (const language of ["fr", "en", "de"]) findAmounts(text, language);
    expect(performance.now() - t0).toBeLessThan(15_000);
  }, 30_000);
  test("findAmounts finds every amount of a megabyte of repeated amounts", () => {
    const unit = "13 milliards de dollars, ";
    const text = unit.repeat(Math.floor(MB / unit.length));
    const found = findAmounts(text, "fr");
    expect(found.length).toBe(Math.floor(MB / unit.length));
    expect(found.at(-1)!.value).toBe(13e9);
  }, 30_000);
});

describe("findAmountsUnsplit", () => {
  const fragments = [
    "13", "1", "000", "200", "2019", " ", "\u00a0", "\n", " \n ", "\r\n", ",", ".", "5", "milliards", "million", "de", "d’",
    "deux", "cent", "one", "dóllars", "Dollars",
    "dollars", "euros", "€", "$", "US", "USD", "M", "Md", "bn", "m", "un", "a", "billion", "half", "et", "demi",
    "canadiens", "Canadian", "-", "livres", "x",
  ];
  test("findAmountsUnsplit agrees with findAmounts: the line split and the pre-check change nothing", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), fc.constantFrom("fr", "en", "de"), (parts, language) => {
        const text = parts.join("");
        expect(findAmounts(text, language)).toEqual(findAmountsUnsplit(text, language));
      }),
      { numRuns: 2000 },
    );
  });
  test("findAmountsUnsplit reads the same amounts as findAmounts in a paragraph", () => {
    const text = "Il a levé 12 M€.\n\nPuis 1,5 million d’euros";
    expect(findAmountsUnsplit(text, "fr")).toEqual(findAmounts(text, "fr"));
    expect(findAmountsUnsplit(text, "fr").map((a) => a.text)).toEqual(["12 M€", "1,5 million d’euros"]);
  });
});

describe("mayHoldAmount", () => {
  test("mayHoldAmount is false without a currency word, a currency symbol or three upper-case letters", () => {
    expect(mayHoldAmount("Le partenariat entre Microsoft et OpenAI semble battre de l’aile")).toBe(false);
    expect(mayHoldAmount("En Europe, le grand moyen")).toBe(false);
    expect(mayHoldAmount("en 2015, 13 milliards")).toBe(false);
  });
  test("mayHoldAmount is true for any currency word, symbol or upper-case code, digits or not", () => {
    expect(mayHoldAmount("un milliard de DOLLARS")).toBe(true);
    expect(mayHoldAmount("13 €")).toBe(true);
    expect(mayHoldAmount("deux millions €")).toBe(true);
    expect(mayHoldAmount("USD 5")).toBe(true);
  });
});

describe("scanAmounts", () => {
  test("scanAmounts gives amounts by token indexes", () => {
    const tokens = tokenize("en 2019 dollars");
    const spans = scanAmounts(tokens, "en", scanNumerals(tokens, "en"));
    expect(spans).toEqual([{ start: 2, next: 5, value: 2019, currency: "USD" }]);
  });
});
