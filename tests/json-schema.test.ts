// storyJsonSchema and the storygraph/1 schema (scripts/gen-schema.ts): the shipped JSON Schemas
// match their zod schemas and accept what the loader accepts on shape.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { schemaFiles } from "../scripts/gen-schema.ts";
import { defaultStory, defaultStoryInput } from "../src/data/story.ts";
import { UnknownKindError } from "../src/graph/errors.ts";
import { Story1Schema } from "../src/graph/input/format1.ts";
import { story1JsonSchema, story1JsonSchemaText, storyJsonSchema, storyJsonSchemaText } from "../src/graph/input/json-schema.ts";
import { STORY_SCHEMA_1_FILE, STORY_SCHEMA_FILE, STORY_SCHEMA_ID, StorySchema } from "../src/graph/input/schema.ts";
import { toStoryJson } from "../src/graph/input/story-json.ts";
import { problemsOf } from "./helpers/story.ts";

const SHIPPED = fileURLToPath(new URL(`../${STORY_SCHEMA_FILE}`, import.meta.url));
const SHIPPED_1 = fileURLToPath(new URL(`../${STORY_SCHEMA_1_FILE}`, import.meta.url));
const FIXTURES = new URL("./fixtures/", import.meta.url);

const compiled = new Map<string, ReturnType<Ajv2020["compile"]>>();
/** The shipped schema `file`, compiled by ajv in strict mode (once per file). */
function compile(file = SHIPPED) {
  let validate = compiled.get(file);
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    compiled.set(file, (validate = ajv.compile(JSON.parse(readFileSync(file, "utf8")) as object)));
  }
  return validate;
}
const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(name, FIXTURES), "utf8"));
/** The shipped schema of a file's format. */
const schemaFor = (data: unknown) => ((data as { format?: unknown }).format === "storygraph/1" ? SHIPPED_1 : SHIPPED);

describe("storyJsonSchema", () => {
  test("storyJsonSchema matches the shipped schema/story.schema.json (regenerate: npx tsx scripts/gen-schema.ts)", () => {
    expect(readFileSync(SHIPPED, "utf8"), "schema/story.schema.json is out of date: run npx tsx scripts/gen-schema.ts").toBe(storyJsonSchemaText());
  });

  test("storyJsonSchema is draft 2020-12, titled storygraph/2, and compiles in strict mode", () => {
    expect(storyJsonSchema().$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(storyJsonSchema().title).toContain("storygraph/2");
    expect(() => compile()).not.toThrow();
  });

  test("storyJsonSchema accepts the default story's export and its input", () => {
    const validate = compile();
    expect(validate(JSON.parse(toStoryJson(defaultStory()))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(defaultStoryInput()), JSON.stringify(validate.errors)).toBe(true);
  });

  test("storyJsonSchema rejects what the zod schema rejects on shape", () => {
    const validate = compile();
    const cases: ((s: Record<string, any>) => void)[] = [
      (s) => delete s.article.text,
      (s) => delete s.entities,
      (s) => (s.relations[0].citations[0].qoute = "x"),
      (s) => (s.relations[1].amount.value = "NaN"),
      (s) => (s.relations[0].announced = "July 2019"),
      (s) => (s.relations[0].start = { value: "2019-07" }),
      (s) => (s.relations[0].start = { value: "2019-07", inferred: "" }),
      (s) => (s.relations[0].citations[0].occurrence = 0),
      (s) => (s.relations[0].citations[0].factuality.certainty = "sure"),
      (s) => delete s.relations[0].citations[0].factuality,
      (s) => (s.relations[0].citations[0].modality = "asserted"),
      (s) => (s.relations[0].citations[0].sources = [""]),
      (s) => (s.relations[0].citations[0].sources = [{ name: "x", entity: "Not An Id" }]),
      (s) => (s.relations[0].date = "2019"),
      (s) => (s.events[0].participants[0].person = "x"),
      (s) => (s.events[0].participants = "openai"),
      (s) => delete s.events[0].label,
      (s) => (s.entities[0].kind = "Organization"),
      (s) => (s.vocabulary = { entityKinds: [{ id: "court", label: "court" }] }),
      (s) => (s.format = "storygraph/1"),
      (s) => (s.format = "storygraph/3"),
    ];
    for (const change of cases) {
      const input = defaultStoryInput() as unknown as Record<string, any>;
      change(input);
      expect(StorySchema.safeParse(input).success, `zod: ${String(change)}`).toBe(false);
      expect(validate(input), String(change)).toBe(false);
    }
  });

  test("storyJsonSchema has no closed list of kinds: an entity of kind court is well-shaped, and only the meaning check refuses it", () => {
    const validate = compile();
    const input = defaultStoryInput() as unknown as Record<string, any>;
    input.entities[0].kind = "court";
    expect(validate(input), JSON.stringify(validate.errors)).toBe(true);
    expect(StorySchema.safeParse(input).success).toBe(true);
    expect(problemsOf(input).map((p) => [p.constructor, p.path])).toEqual([[UnknownKindError, "entities[0].kind"]]);
    const text = readFileSync(SHIPPED, "utf8");
    expect(text).not.toContain('"organization"');
    expect(text).not.toContain('"invested"');
    // the story's own kinds make court a kind
    input.vocabulary = { entityKinds: [{ id: "court", label: "court", description: "A court of law.", parent: "organization" }] };
    expect(validate(input), JSON.stringify(validate.errors)).toBe(true);
  });

  test("storyJsonSchema accepts the story fixtures (each with the schema of its format): the minimal and hostile ones are storygraph/2", () => {
    expect((fixture("mini-story.json") as { format: string }).format).toBe("storygraph/2");
    expect((fixture("hostile-story.json") as { format: string }).format).toBe("storygraph/2");
    for (const name of ["english-story.json", "mini-story.json", "hostile-story.json"]) {
      const data = fixture(name);
      const validate = compile(schemaFor(data));
      expect(validate(data), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  test("storyJsonSchema agrees with the loader on the bad-input catalogue: shape problems rejected, meaning problems not its business", () => {
    const dir = new URL("./fixtures/invalid/", import.meta.url);
    const manifest = JSON.parse(readFileSync(new URL("expected.json", dir), "utf8")) as Record<string, { problems: { class: string }[] }>;
    const shape = new Set(["SchemaError", "MissingFieldError", "UnknownFieldError", "UnknownFormatError"]);
    let checked = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "expected.json")) {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(new URL(name, dir), "utf8"));
      } catch {
        continue; // not JSON: nothing for a JSON Schema to say
      }
      const validate = compile(schemaFor(data));
      const classes = manifest[name]!.problems.map((p) => p.class);
      // a string or an infinite number for an amount is a shape problem too (reported as InvalidAmountError)
      if (classes.some((c) => shape.has(c)) || /amount-(nan|infinite)/.test(name)) expect(validate(data), name).toBe(false);
      else if (classes.every((c) => c !== "NestingTooDeepError")) expect(validate(data), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(60);
  });

  test("toStoryJson's $schema names the shipped file inside the installed package", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { name: string };
    expect(JSON.parse(toStoryJson(defaultStory())).$schema).toBe(STORY_SCHEMA_ID);
    expect(STORY_SCHEMA_ID).toBe(`./node_modules/${pkg.name}/${STORY_SCHEMA_FILE}`);
  });

  test("the fixtures' relative $schema resolves to the shipped file of their format", () => {
    for (const name of ["english-story.json", "mini-story.json", "invalid/31-ambiguous-quote.json", "invalid/46-reported-without-source.json", "invalid/69-v1-invalid-date.json"]) {
      const at = new URL(name, FIXTURES);
      const data = JSON.parse(readFileSync(at, "utf8")) as { $schema: string };
      expect(fileURLToPath(new URL(data.$schema, at)), name).toBe(schemaFor(data));
    }
  });
});

describe("story1JsonSchema", () => {
  test("story1JsonSchema matches the shipped schema/story-1.schema.json (regenerate: npx tsx scripts/gen-schema.ts)", () => {
    expect(readFileSync(SHIPPED_1, "utf8"), "schema/story-1.schema.json is out of date: run npx tsx scripts/gen-schema.ts").toBe(story1JsonSchemaText());
    expect(schemaFiles().map(([file]) => file)).toEqual([STORY_SCHEMA_FILE, STORY_SCHEMA_1_FILE]);
  });

  test("story1JsonSchema is draft 2020-12, titled storygraph/1, and compiles in strict mode", () => {
    expect(story1JsonSchema().$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(story1JsonSchema().title).toContain("storygraph/1");
    expect(() => compile(SHIPPED_1)).not.toThrow();
  });

  test("story1JsonSchema accepts a storygraph/1 file and refuses a storygraph/2 one, as Story1Schema does", () => {
    const validate = compile(SHIPPED_1);
    const v1 = JSON.parse(readFileSync(new URL("invalid/46-reported-without-source.json", FIXTURES), "utf8")) as Record<string, any>;
    v1.relations[2].citations[0].attribution = "two people familiar with the talks";
    expect(Story1Schema.safeParse(v1).success).toBe(true);
    expect(validate(v1), JSON.stringify(validate.errors)).toBe(true);
    for (const change of [
      (s: Record<string, any>) => (s.relations[0].citations[0].modality = "certain"),
      (s: Record<string, any>) => (s.entities[0].kind = "place"),
      (s: Record<string, any>) => (s.relations[0].citations[0].factuality = { polarity: "positive", certainty: "certain" }),
      (s: Record<string, any>) => (s.format = "storygraph/2"),
    ]) {
      const bad = structuredClone(v1);
      change(bad);
      expect(Story1Schema.safeParse(bad).success, String(change)).toBe(false);
      expect(validate(bad), String(change)).toBe(false);
    }
    expect(validate(fixture("mini-story.json"))).toBe(false);
  });
});
