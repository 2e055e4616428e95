// storyJsonSchema: the shipped JSON Schema matches the zod schema and accepts what the loader accepts.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { defaultStory, defaultStoryInput } from "../src/data/story.ts";
import { storyJsonSchema, storyJsonSchemaText } from "../src/graph/input/json-schema.ts";
import { STORY_SCHEMA_FILE, STORY_SCHEMA_ID } from "../src/graph/input/schema.ts";
import { toStoryJson } from "../src/graph/input/story-json.ts";

const SHIPPED = fileURLToPath(new URL(`../${STORY_SCHEMA_FILE}`, import.meta.url));

function compile() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  return ajv.compile(JSON.parse(readFileSync(SHIPPED, "utf8")) as object);
}

describe("storyJsonSchema", () => {
  test("storyJsonSchema matches the shipped schema/story.schema.json (regenerate: npx tsx scripts/gen-schema.ts)", () => {
    expect(readFileSync(SHIPPED, "utf8"), "schema/story.schema.json is out of date: run npx tsx scripts/gen-schema.ts").toBe(storyJsonSchemaText());
  });

  test("storyJsonSchema is draft 2020-12 and compiles in strict mode", () => {
    expect(storyJsonSchema().$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(() => compile()).not.toThrow();
  });

  test("storyJsonSchema accepts the default story's export", () => {
    const validate = compile();
    expect(validate(JSON.parse(toStoryJson(defaultStory()))), JSON.stringify(validate.errors)).toBe(true);
  });

  test("storyJsonSchema rejects what the zod schema rejects on shape", () => {
    const validate = compile();
    const cases: ((s: Record<string, any>) => void)[] = [
      (s) => delete s.article.text,
      (s) => (s.entities[0].kind = "company"),
      (s) => (s.relations[0].citations[0].qoute = "x"),
      (s) => (s.relations[0].amount.value = "NaN"),
      (s) => (s.relations[0].date = "July 2019"),
      (s) => (s.relations[0].citations[0].occurrence = 0),
      (s) => (s.format = "storygraph/2"),
    ];
    for (const change of cases) {
      const input = defaultStoryInput() as unknown as Record<string, any>;
      change(input);
      expect(validate(input), String(change)).toBe(false);
    }
  });

  test("storyJsonSchema accepts the English and the minimal story fixtures", () => {
    const validate = compile();
    for (const name of ["english-story.json", "mini-story.json"]) {
      const data = JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
      expect(validate(data), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  test("storyJsonSchema agrees with the loader on the bad-input catalogue: shape problems rejected, meaning problems not its business", () => {
    const validate = compile();
    const dir = new URL("./fixtures/invalid/", import.meta.url);
    const manifest = JSON.parse(readFileSync(new URL("expected.json", dir), "utf8")) as Record<string, { problems: { class: string }[] }>;
    const shape = new Set(["SchemaError", "MissingFieldError", "UnknownFieldError"]);
    let checked = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "expected.json")) {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(new URL(name, dir), "utf8"));
      } catch {
        continue; // not JSON: nothing for a JSON Schema to say
      }
      const classes = manifest[name]!.problems.map((p) => p.class);
      // a string or an infinite number for an amount is a shape problem too (reported as InvalidAmountError)
      if (classes.some((c) => shape.has(c)) || /amount-(nan|infinite)/.test(name)) expect(validate(data), name).toBe(false);
      else if (classes.every((c) => !shape.has(c) && c !== "NestingTooDeepError")) expect(validate(data), name).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });

  test("toStoryJson's $schema names the shipped file inside the installed package", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { name: string };
    expect(JSON.parse(toStoryJson(defaultStory())).$schema).toBe(STORY_SCHEMA_ID);
    expect(STORY_SCHEMA_ID).toBe(`./node_modules/${pkg.name}/${STORY_SCHEMA_FILE}`);
  });

  test("the fixtures' relative $schema resolves to the shipped file", () => {
    for (const name of ["english-story.json", "mini-story.json", "invalid/31-ambiguous-quote.json"]) {
      const at = new URL(`./fixtures/${name}`, import.meta.url);
      const ref = JSON.parse(readFileSync(at, "utf8")).$schema as string;
      expect(fileURLToPath(new URL(ref, at)), name).toBe(SHIPPED);
    }
  });
});
