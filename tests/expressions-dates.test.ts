// findDates and findDatesUnsplit: French and English dates at the precision the text gives, exact
// offsets, word boundaries, invalid calendar dates, no false dates, linear time on hostile input.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseDate } from "../src/graph/dates.ts";
import { findDates, findDatesUnsplit } from "../src/graph/expressions/dates.ts";

type Read = [text: string, value: string];

/** findDates as [text, value], checking offsets, order, overlap and precision on the way. */
function read(text: string, language: string): Read[] {
  const found = findDates(text, language);
  let end = 0;
  for (const d of found) {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(d.start).toBeGreaterThanOrEqual(end);
    const parsed = parseDate(d.value);
    expect(parsed).not.toBeNull();
    expect(parsed!.precision).toBe(d.precision);
    end = d.end;
  }
  return found.map((d) => [d.text, d.value]);
}

describe("findDates in the article's sentences", () => {
  test("findDates reads 'En juillet 2019' as the month 2019-07", () => {
    const text = "En juillet 2019, Microsoft annonçait un investissement de 1 milliard de dollars dans OpenAI";
    expect(findDates(text, "fr")).toEqual([{ start: 3, end: 15, text: "juillet 2019", value: "2019-07", precision: "month" }]);
  });
  test("findDates reads 'fondée en 2015' as the year 2015", () => {
    const text = "OpenAI, fondée en 2015 par Elon Musk et Sam Altman";
    expect(findDates(text, "fr")).toEqual([{ start: 18, end: 22, text: "2015", value: "2015", precision: "year" }]);
  });
  test("findDates finds no date in the first sentence of the article", () => {
    expect(read("mettant en péril un investissement de 13 milliards de dollars de la part du géant de l’informatique", "fr")).toEqual([]);
  });
  test("findDates reads 'On 4 March 2024' as the day 2024-03-04", () => {
    const text = "On 4 March 2024, the venture fund Northwind Capital announced that it had invested 12 million euros in Tidewater Energy";
    expect(findDates(text, "en")).toEqual([{ start: 3, end: 15, text: "4 March 2024", value: "2024-03-04", precision: "day" }]);
  });
  test("findDates reads 'by 2027' as the year 2027", () => {
    expect(read("The company wants to sell it to the city's grid by 2027.", "en")).toEqual([["2027", "2027"]]);
  });
  test("findDates finds only the dates of the English story's sentences", () => {
    const story =
      "Tidewater was founded in 2021 by Maya Okafor, a marine engineer who spent ten years designing offshore wind farms.\n" +
      "According to two people familiar with the talks, Tidewater is negotiating an agreement.\n" +
      "Tidal power still supplies less than one percent of the electricity used in Europe.";
    expect(read(story, "en")).toEqual([["2021", "2021"]]);
  });
});

describe("findDates French forms", () => {
  test.each<[string, string, string]>([
    ["en 2015", "2015", "2015"],
    ["fondée en 2015", "2015", "2015"],
    ["en juillet 2019", "juillet 2019", "2019-07"],
    ["juillet 2019", "juillet 2019", "2019-07"],
    ["Juillet 2019", "Juillet 2019", "2019-07"],
    ["JUILLET 2019", "JUILLET 2019", "2019-07"],
    ["le 3 mars 2021", "3 mars 2021", "2021-03-03"],
    ["le 1er mars 2021", "1er mars 2021", "2021-03-01"],
    ["le 1ᵉʳ mars 2021", "1ᵉʳ mars 2021", "2021-03-01"],
    ["le premier mars 2021", "premier mars 2021", "2021-03-01"],
    ["3 mars 2021", "3 mars 2021", "2021-03-03"],
    ["lundi 03 mai 2021", "03 mai 2021", "2021-05-03"],
    ["le 29 février 2020", "29 février 2020", "2020-02-29"],
    ["début 2020", "début 2020", "2020"],
    ["Début 2020", "Début 2020", "2020"],
    ["debut 2020", "debut 2020", "2020"],
    ["fin 2019", "fin 2019", "2019"],
    ["mi-2021", "mi-2021", "2021"],
    ["mi‑2021", "mi‑2021", "2021"],
    ["fin juillet 2019", "fin juillet 2019", "2019-07"],
    ["mi-juillet 2019", "mi-juillet 2019", "2019-07"],
    ["au début de 2020", "2020", "2020"],
    ["janv. 2020", "janv. 2020", "2020-01"],
    ["févr. 2019", "févr. 2019", "2019-02"],
    ["fév. 2019", "fév. 2019", "2019-02"],
    ["avr. 2018", "avr. 2018", "2018-04"],
    ["juil. 2017", "juil. 2017", "2017-07"],
    ["sept. 2020", "sept. 2020", "2020-09"],
    ["déc. 2016", "déc. 2016", "2016-12"],
    ["fevrier 2018", "fevrier 2018", "2018-02"],
    ["aout 2017", "aout 2017", "2017-08"],
    ["août 2017", "août 2017", "2017-08"],
    ["Août 2017", "Août 2017", "2017-08"],
    ["decembre 2015", "decembre 2015", "2015-12"],
    ["le 15 décembre 2015", "15 décembre 2015", "2015-12-15"],
    ["03/04/2021", "03/04/2021", "2021-04-03"],
    ["3/4/2021", "3/4/2021", "2021-04-03"],
    ["le 31/12/1999", "31/12/1999", "1999-12-31"],
    ["2021-03-04", "2021-03-04", "2021-03-04"],
    ["2021-03", "2021-03", "2021-03"],
    ["l’an 2000", "2000", "2000"],
    ["(2015)", "2015", "2015"],
    ["« 2015 »", "2015", "2015"],
    ["post-2015", "2015", "2015"],
    ["2015-ish", "2015", "2015"],
    ["sept 2020", "2020", "2020"],
    ["en septembre 2021", "septembre 2021", "2021-09"],
  ])("findDates reads the French %j as %j = %s", (text, expression, value) => {
    expect(read(text, "fr")).toEqual([[expression, value]]);
  });

  test("findDates reads a date in French news sentences", () => {
    expect(read("Le 12 juin 2023, la société a annoncé son rachat, finalisé fin 2024.", "fr")).toEqual([
      ["12 juin 2023", "2023-06-12"],
      ["fin 2024", "2024"],
    ]);
    expect(read("Créée en 2015, l’entreprise a levé 10 M€ en septembre 2019 puis 50 M€ début 2021.", "fr")).toEqual([
      ["2015", "2015"],
      ["septembre 2019", "2019-09"],
      ["début 2021", "2021"],
    ]);
    expect(read("Depuis le 1er janvier 2024, la loi du 3/4/2023 s’applique.", "fr")).toEqual([
      ["1er janvier 2024", "2024-01-01"],
      ["3/4/2023", "2023-04-03"],
    ]);
  });

  test("findDates gives both years of a French range", () => {
    expect(read("de 2015 à 2018", "fr")).toEqual([
      ["2015", "2015"],
      ["2018", "2018"],
    ]);
    expect(read("entre 2015 et 2018", "fr")).toEqual([
      ["2015", "2015"],
      ["2018", "2018"],
    ]);
    expect(read("la saison 2019-2020", "fr")).toEqual([
      ["2019", "2019"],
      ["2020", "2020"],
    ]);
  });
});

describe("findDates English forms", () => {
  test.each<[string, string, string]>([
    ["in July 2019", "July 2019", "2019-07"],
    ["July 2019", "July 2019", "2019-07"],
    ["JULY 2019", "JULY 2019", "2019-07"],
    ["july 2019", "july 2019", "2019-07"],
    ["on 3 March 2021", "3 March 2021", "2021-03-03"],
    ["3 March 2021", "3 March 2021", "2021-03-03"],
    ["3rd March 2021", "3rd March 2021", "2021-03-03"],
    ["the 1st of January 2020", "1st of January 2020", "2020-01-01"],
    ["21st March 2021", "21st March 2021", "2021-03-21"],
    ["12th May 2021", "12th May 2021", "2021-05-12"],
    ["March 3, 2021", "March 3, 2021", "2021-03-03"],
    ["March 3rd, 2021", "March 3rd, 2021", "2021-03-03"],
    ["March 3 2021", "March 3 2021", "2021-03-03"],
    ["Monday, March 3, 2021", "March 3, 2021", "2021-03-03"],
    ["July 4, 1776", "July 4, 1776", "1776-07-04"],
    ["February 29, 2024", "February 29, 2024", "2024-02-29"],
    ["in 2015", "2015", "2015"],
    ["early 2020", "early 2020", "2020"],
    ["Early 2020", "Early 2020", "2020"],
    ["late 2019", "late 2019", "2019"],
    ["mid-2021", "mid-2021", "2021"],
    ["mid 2021", "mid 2021", "2021"],
    ["early July 2019", "early July 2019", "2019-07"],
    ["mid-March 2020", "mid-March 2020", "2020-03"],
    ["Jan. 2020", "Jan. 2020", "2020-01"],
    ["Jan 2020", "Jan 2020", "2020-01"],
    ["Sept 2020", "Sept 2020", "2020-09"],
    ["Sept. 2020", "Sept. 2020", "2020-09"],
    ["Dec 31, 1999", "Dec 31, 1999", "1999-12-31"],
    ["by 2027", "2027", "2027"],
    ["2021-03-04", "2021-03-04", "2021-03-04"],
    ["2021-03-04T10:00:00Z", "2021-03-04", "2021-03-04"],
    ["report-2021-03-04.pdf", "2021-03-04", "2021-03-04"],
    ["2021-03", "2021-03", "2021-03"],
    ["the 2019 election", "2019", "2019"],
    ["Euro 2016", "2016", "2016"],
    ["Q3 2021", "2021", "2021"],
    ["FY2021 and 2022", "2022", "2022"],
    ["3th March 2021", "March 2021", "2021-03"],
  ])("findDates reads the English %j as %j = %s", (text, expression, value) => {
    expect(read(text, "en")).toEqual([[expression, value]]);
  });

  test("findDates gives both years of an English range", () => {
    expect(read("between 2015 and 2018", "en")).toEqual([
      ["2015", "2015"],
      ["2018", "2018"],
    ]);
    expect(read("2015-2018", "en")).toEqual([
      ["2015", "2015"],
      ["2018", "2018"],
    ]);
    expect(read("2015–2018", "en")).toEqual([
      ["2015", "2015"],
      ["2018", "2018"],
    ]);
    expect(read("2015 – 2018", "en")).toEqual([
      ["2015", "2015"],
      ["2018", "2018"],
    ]);
    expect(read("the 2015/2016 season", "en")).toEqual([
      ["2015", "2015"],
      ["2016", "2016"],
    ]);
    expect(read("in 2015, 2016 and 2017", "en")).toEqual([
      ["2015", "2015"],
      ["2016", "2016"],
      ["2017", "2017"],
    ]);
  });

  test("findDates reads English news sentences", () => {
    expect(read("Founded in March 2018, the firm was sold on June 30, 2023 and will list by mid-2026.", "en")).toEqual([
      ["March 2018", "2018-03"],
      ["June 30, 2023", "2023-06-30"],
      ["mid-2026", "2026"],
    ]);
  });

  test("findDates requires a capital for the English months 'May' and 'March' (lower case they are verbs)", () => {
    expect(read("prices may 2020 rise", "en")).toEqual([["2020", "2020"]]);
    expect(read("In May 2020 and MARCH 2021", "en")).toEqual([
      ["May 2020", "2020-05"],
      ["MARCH 2021", "2021-03"],
    ]);
  });
});

describe("findDates language-neutral forms", () => {
  test.each(["de", "es", "und", ""])("findDates in %j reads ISO dates, bare years and year ranges only", (language) => {
    expect(read("2021-03-04, 2021-03, im Jahr 2015, 2015-2018, am 3. März 2021, 03/04/2021, in July 2019", language)).toEqual([
      ["2021-03-04", "2021-03-04"],
      ["2021-03", "2021-03"],
      ["2015", "2015"],
      ["2015", "2015"],
      ["2018", "2018"],
      ["2021", "2021"],
      ["2019", "2019"],
    ]);
  });
  test("findDates chooses the rules from the primary language subtag", () => {
    expect(read("juillet 2019", "fr-BE")).toEqual([["juillet 2019", "2019-07"]]);
    expect(read("July 2019", "en-US")).toEqual([["July 2019", "2019-07"]]);
    expect(read("juillet 2019", "en")).toEqual([["2019", "2019"]]);
    expect(read("July 2019", "fr")).toEqual([["2019", "2019"]]);
  });
});

describe("findDates invalid and incomplete dates", () => {
  test.each(["31 février 2021", "le 29 février 2021", "31 avril 2021", "le 32 mars 2021", "0 mars 2021", "31/02/2021", "12/13/2021", "2019-02-30", "2019-13", "2019-00", "2019-7"])(
    "findDates reads nothing at all in the invalid French date %j",
    (text) => expect(read(text, "fr")).toEqual([]),
  );
  test.each(["February 30, 2021", "30 February 2021", "February 29, 2023", "April 31, 2021", "2023-02-29"])(
    "findDates reads nothing at all in the invalid English date %j",
    (text) => expect(read(text, "en")).toEqual([]),
  );
  test.each(["en septembre", "le 3 mars", "début juillet", "l’an dernier", "hier", "cette année", "les années 1990", "les années 90", "au XXIe siècle"])(
    "findDates reads no date without a year in the French %j",
    (text) => expect(read(text, "fr")).toEqual([]),
  );
  test.each(["in September", "on July 4", "last year", "next month", "the 1990s", "the 1990's", "the '90s"])(
    "findDates reads no date without a year in the English %j",
    (text) => expect(read(text, "en")).toEqual([]),
  );
});

describe("findDates word boundaries and non-dates", () => {
  test("findDates reads nothing in 'en 20150', '12015' or years glued to letters", () => {
    expect(read("en 20150", "fr")).toEqual([]);
    expect(read("12015", "fr")).toEqual([]);
    expect(read("FY2021", "en")).toEqual([]);
    expect(read("2015s", "en")).toEqual([]);
    expect(read("la 2019e édition", "fr")).toEqual([]);
    expect(read("A2019", "en")).toEqual([]);
  });
  test("findDates reads no year outside 1000–2999", () => {
    expect(read("en 999 et en 3000", "fr")).toEqual([]);
    expect(read("0800 123 456", "fr")).toEqual([]);
  });
  test("findDates reads no slash date in English, not even its year", () => {
    expect(read("4/3/2021", "en")).toEqual([]);
    expect(read("on 04/03/2021", "en")).toEqual([]);
  });
  test.each([
    "01 23 45 67 89",
    "+33 1 23 45 67 89",
    "+33 6 1234 5678",
    "Appelez le 0800 2015 15",
    "(555) 123-4567",
    "555-1234",
    "2 019 salariés",
    "2,019 employees",
    "12.03.2021",
    "3,2015",
    "à 20h15",
    "14:2015",
    "2019-20",
    "2015-18",
    "2018-2015",
    "1234-2345",
    "2015-2018-2020",
    "3/4/21",
    "03/2021",
  ])("findDates reads nothing in the number %j", (text) => {
    expect(read(text, "fr")).toEqual([]);
    expect(read(text, "en")).toEqual([]);
  });
  test.each<[string, string]>([
    ["2019 dollars", "en"],
    ["$2019", "en"],
    ["2019 €", "fr"],
    ["2019 millions", "fr"],
    ["2019 millions", "en"],
    ["2019 milliards", "fr"],
    ["2019 billion", "en"],
    ["2000 km", "fr"],
    ["2000 km", "en"],
    ["1500 mètres", "fr"],
    ["1500 metres", "en"],
    ["2000 ans", "fr"],
    ["2000 years", "en"],
    ["2015 %", "fr"],
    ["2015%", "en"],
    ["2015 pour cent", "fr"],
    ["2015 per cent", "en"],
    ["2015 percent", "en"],
    ["n° 2015", "fr"],
    ["n°2015", "fr"],
    ["nº 2015", "fr"],
    ["#2015", "en"],
    ["+2015", "en"],
    ["l’article 1240 du Code civil", "fr"],
    ["article 1240", "en"],
    ["page 2015", "fr"],
    ["p. 2015", "fr"],
    ["No. 2015", "en"],
    ["flight 2015", "en"],
    ["les années 1990", "fr"],
  ])("findDates reads no year in the measure, amount or number %j (%s)", (text, language) => {
    expect(read(text, language)).toEqual([]);
  });
  test("findDates reads a count written like a year as a year: the reader does not know nouns", () => {
    expect(read("2019 employés", "fr")).toEqual([["2019", "2019"]]);
  });
  test("findDates reads no date across a line break", () => {
    expect(read("juillet\n2019", "fr")).toEqual([["2019", "2019"]]);
    expect(read("3 mars\n2021", "fr")).toEqual([["2021", "2021"]]);
    expect(read("début\r\n2020", "fr")).toEqual([["2020", "2020"]]);
  });
  test("findDates reads a date and an amount side by side", () => {
    expect(read("In 2019, 2019 dollars were paid on 3 March 2021.", "en")).toEqual([
      ["2019", "2019"],
      ["3 March 2021", "2021-03-03"],
    ]);
    expect(read("En 2019, 2019 dollars ont été versés le 3 mars 2021.", "fr")).toEqual([
      ["2019", "2019"],
      ["3 mars 2021", "2021-03-03"],
    ]);
  });
});

describe("findDates on hostile input", () => {
  const MB = 1 << 20;
  const hostile: [string, string][] = [
    ["'1 ' repeated", "1 ".repeat(MB / 2)],
    ["'m' repeated", "m".repeat(MB)],
    ["100 000 digits", "1".repeat(100_000)],
    ["a megabyte of digits", "2".repeat(MB)],
    ["'2019-' repeated", "2019-".repeat(MB / 5)],
    ["'2019 ' repeated", "2019 ".repeat(MB / 5)],
    ["'1/' repeated", "1/".repeat(MB / 2)],
    ["'juillet ' repeated", "juillet ".repeat(MB / 8)],
    ["'début ' repeated then a year", `${"début ".repeat(MB / 6)}2020`],
    ["'3 mars ' repeated then a year", `${"3 mars ".repeat(MB / 7)}2021`],
    ["'1.' repeated then a year", `${"1.".repeat(MB / 2)}2021`],
    ["a numeral of 250 000 groups", `1${" 000".repeat(MB / 4)} 2021`],
  ];
  test.each(hostile)("findDates returns quickly on a megabyte of %s", (_name, text) => {
    const t0 = performance.now();
    for (const language of ["fr", "en", "de"]) findDates(text, language);
    expect(performance.now() - t0).toBeLessThan(15_000);
  }, 30_000);
  test("findDates finds every date of a megabyte of repeated dates", () => {
    const unit = "le 3 mars 2021, ";
    const count = Math.floor(MB / unit.length);
    const found = findDates(unit.repeat(count), "fr");
    expect(found.length).toBe(count);
    expect(found.at(-1)!.value).toBe("2021-03-03");
  }, 30_000);
});

describe("findDatesUnsplit", () => {
  const fragments = [
    "2019", "2015", "2021", "03", "04", "3", "31", "1", "er", "-", "–", "/", ",", ".", " ", "\u00a0", "\n", " \n ", "\r\n",
    "juillet", "mars", "March", "July", "sept", "début", "mi", "mid", "early", "en", "le", "of", "T", "dollars", "€", "km",
    "années", "n°", "+", "x",
  ];
  test("findDatesUnsplit agrees with findDates: the line split and the pre-check change nothing", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), fc.constantFrom("fr", "en", "de"), (parts, language) => {
        const text = parts.join("");
        expect(findDates(text, language)).toEqual(findDatesUnsplit(text, language));
      }),
      { numRuns: 2000 },
    );
  });
  test("findDatesUnsplit reads the same dates as findDates in a paragraph", () => {
    const text = "Fondée en 2015.\n\nEn juillet 2019, un accord.";
    expect(findDatesUnsplit(text, "fr")).toEqual(findDates(text, "fr"));
    expect(findDates(text, "fr").map((d) => d.value)).toEqual(["2015", "2019-07"]);
  });
});
