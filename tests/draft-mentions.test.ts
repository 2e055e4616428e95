// mentionSuggestions: candidate entity mentions (proper names, repeated names grouped, kind guesses).
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { mentionSuggestions } from "../src/graph/draft/index.ts";
import { InvalidArgumentError } from "../src/graph/errors.ts";

const FR = readFileSync(new URL("../src/data/article.fr.txt", import.meta.url), "utf8");
const EN: string = JSON.parse(readFileSync(new URL("./fixtures/english-story.json", import.meta.url), "utf8")).article.text;

const names = (text: string, lang: string) => mentionSuggestions(text, lang).map((g) => g.name);

describe("mentionSuggestions(text, lang)", () => {
  test("mentionSuggestions gives each occurrence's sentence, offsets and exact words", () => {
    for (const [text, lang] of [[FR, "fr"], [EN, "en"]] as const)
      for (const g of mentionSuggestions(text, lang))
        for (const o of g.occurrences) {
          expect(text.slice(o.start, o.end)).toBe(o.text);
          expect(o.sentence).toMatch(/^s[1-9][0-9]*$/);
        }
  });

  test("mentionSuggestions finds the default story's names, d’OpenAI read as OpenAI, and no sentence-initial common word", () => {
    expect(names(FR, "fr")).toEqual(["Microsoft", "OpenAI", "IA", "Elon Musk", "Sam Altman"]);
    const openai = mentionSuggestions(FR, "fr").find((g) => g.name === "OpenAI")!;
    expect(openai.occurrences.map((o) => o.sentence)).toContain("s9"); // "en cas de départ d’OpenAI"
  });

  test("mentionSuggestions groups a one-word name with the one longer name it starts or ends", () => {
    const tidewater = mentionSuggestions(EN, "en").find((g) => g.name === "Tidewater Energy")!;
    expect(tidewater.occurrences.map((o) => o.text)).toEqual(["Tidewater Energy", "Tidewater", "Tidewater"]);
    const okafor = mentionSuggestions("Maya Okafor spoke. Later, Okafor left.", "en").find((g) => g.name === "Maya Okafor")!;
    expect(okafor.occurrences.map((o) => o.text)).toEqual(["Maya Okafor", "Okafor"]);
    // ambiguous: two longer names start with Acme
    expect(names("Acme Corp sued Acme Labs. Later, Acme lost.", "en")).toEqual(["Acme Corp", "Acme Labs", "Acme"]);
  });

  test("mentionSuggestions joins connectors between capitalised words and reads no month of a date", () => {
    expect(names("Il a rencontré la Banque de France et la Caisse des Dépôts le 3 mars 2021.", "fr")).toEqual(["Banque de France", "Caisse des Dépôts"]);
    expect(names("On 4 March 2024, it met the Bank of America in Paris.", "en")).toEqual(["Bank of America", "Paris"]);
  });

  test("mentionSuggestions keeps a sentence-initial name the text writes capitalised elsewhere, or an acronym, and drops The/Le", () => {
    expect(names("Tidewater grew. The firm hired. They met Tidewater.", "en")).toEqual(["Tidewater"]);
    expect(names("SNCF a annoncé une grève. Le trafic est coupé.", "fr")).toEqual(["SNCF"]);
  });

  test("mentionSuggestions guesses a kind only where the text gives one", () => {
    const kinds = (text: string, lang: string) => mentionSuggestions(text, lang).map((g) => [g.name, g.kind ?? null, g.kindCue ?? null]);
    expect(kinds("Le PDG Jean Dupont a quitté Acme SA, selon M. Martin.", "fr")).toEqual([
      ["Jean Dupont", "person", "PDG"],
      ["Acme SA", "organization", "SA"],
      ["Martin", "person", "M."],
    ]);
    expect(kinds("The venture fund Northwind Capital met Globex Inc in Harbour City with Maya Okafor, a marine engineer, and Jo Li.", "en")).toEqual([
      ["Northwind Capital", "organization", "Capital"],
      ["Globex Inc", "organization", "Inc"],
      ["Harbour City", "place", "City"],
      ["Maya Okafor", "person", "engineer"],
      ["Jo Li", null, null],
    ]);
  });

  test("mentionSuggestions throws InvalidArgumentError for a language it does not read", () => {
    expect(() => mentionSuggestions("Der Text.", "de")).toThrow(InvalidArgumentError);
  });
});
