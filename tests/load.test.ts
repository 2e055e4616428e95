// parseStoryJson / checkStoryJson: story files (text or bytes) to a story, or to every problem with its place in the file.
import { describe, expect, test } from "vitest";
import { defaultStory, defaultStoryInput } from "../src/data/story.ts";
import {
  DuplicateKeyError,
  EncodingError,
  FileTooLargeError,
  InvalidArgumentError,
  JsonSyntaxError,
  MissingFieldError,
  NestingTooDeepError,
  OffsetMismatchError,
  QuoteNotFoundError,
  StoryValidationError,
  UnknownEntityError,
  UnknownFieldError,
  InexactNumberError,
  type StoryProblem,
} from "../src/graph/errors.ts";
import {
  DEFAULT_MAX_STORY_BYTES,
  DEFAULT_PARSE_STORY_OPTIONS,
  checkStoryJson,
  firstInvalidUtf8,
  lineColumn,
  parseStoryJson,
  resolveParseStoryOptions,
} from "../src/graph/input/load.ts";
import { toStoryJson } from "../src/graph/input/story-json.ts";
import { benchStory } from "../bench/cases.ts";

const JSON_TEXT = toStoryJson(defaultStory());
const utf8 = (text: string) => new TextEncoder().encode(text);

/** The problems of a file that must not load. */
function problemsOf(source: string | Uint8Array, file = "story.json"): readonly StoryProblem[] {
  const check = checkStoryJson(source, { file });
  expect(check.ok).toBe(false);
  return check.problems;
}

/** 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  expect(i).toBeGreaterThanOrEqual(0);
  return text.slice(0, i).split("\n").length;
}

describe("parseStoryJson", () => {
  test("parseStoryJson reads the default story's export back identically, from text and from bytes", () => {
    expect(parseStoryJson(JSON_TEXT)).toEqual(defaultStory());
    expect(parseStoryJson(utf8(JSON_TEXT))).toEqual(defaultStory());
  });

  test("parseStoryJson throws a StoryValidationError with the same problems checkStoryJson lists", () => {
    const bad = JSON_TEXT.replace('"source": "microsoft"', '"source": "apple"');
    const listed = problemsOf(bad).map((p) => p.describe());
    let thrown: unknown;
    try {
      parseStoryJson(bad, { file: "story.json" });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(StoryValidationError);
    expect((thrown as StoryValidationError).problems.map((p) => p.describe())).toEqual(listed);
    expect((thrown as StoryValidationError).problems[0]).toBeInstanceOf(UnknownEntityError);
  });

  test("parseStoryJson rejects a source that is neither text nor bytes", () => {
    expect(() => parseStoryJson(42 as unknown as string)).toThrow(InvalidArgumentError);
  });
});

describe("checkStoryJson", () => {
  test("checkStoryJson returns the story and no problem for a valid file", () => {
    const check = checkStoryJson(JSON_TEXT);
    expect(check.ok).toBe(true);
    expect(check.problems).toEqual([]);
    expect(check.story).toEqual(defaultStory());
  });

  test("checkStoryJson gives every problem its file, line and column", () => {
    const bad = JSON_TEXT.replace('"source": "microsoft"', '"source": "apple"').replace('"target": "openai"', '"target": "google"');
    const problems = problemsOf(bad, "bad.json");
    expect(problems.map((p) => p.constructor)).toEqual([UnknownEntityError, UnknownEntityError]);
    expect(problems[0]).toMatchObject({ file: "bad.json", line: lineOf(bad, '"source": "apple"'), path: "relations[0].source" });
    expect(problems[0]!.column).toBe(bad.split("\n")[problems[0]!.line! - 1]!.indexOf('"apple"') + 1);
    expect(problems[1]).toMatchObject({ line: lineOf(bad, '"target": "google"'), path: "relations[0].target" });
  });

  test("checkStoryJson points a missing field at the object that lacks it", () => {
    const input = defaultStoryInput();
    delete (input.relations[1]!.citations[0] as { gloss?: string }).gloss;
    const text = JSON.stringify(input, null, 2);
    const [p] = problemsOf(text);
    expect(p).toBeInstanceOf(MissingFieldError);
    expect(p!.path).toBe("relations[1].citations[0].gloss");
    expect(p!.line).toBe(lineOf(text, `"quote": "${input.relations[1]!.citations[0]!.quote}"`) - 2);
  });

  test("checkStoryJson points an unknown field at the field itself", () => {
    const text = JSON_TEXT.replace('"label": "Microsoft"', '"lable": "Microsoft"');
    const problems = problemsOf(text);
    const unknown = problems.find((p) => p instanceof UnknownFieldError)!;
    expect(unknown.path).toBe("entities[0]");
    expect((unknown as UnknownFieldError).field).toBe("lable");
    expect(unknown.line).toBe(lineOf(text, '"lable"'));
    expect(problems.some((p) => p instanceof MissingFieldError && p.path === "entities[0].label")).toBe(true);
  });

  test("checkStoryJson reports malformed JSON with the line and column of the mistake", () => {
    const text = JSON_TEXT.replace('"kind": "organization",', '"kind": "organization"');
    const [p, ...rest] = problemsOf(text);
    expect(rest).toEqual([]);
    expect(p).toBeInstanceOf(JsonSyntaxError);
    expect(p!.path).toBe("entities[0]");
    expect(p!.line).toBe(lineOf(text, '"kind": "organization"') + 1);
    expect(p!.column).toBe(7);
  });

  test("checkStoryJson reports a file cut short and an empty file", () => {
    const cut = problemsOf(JSON_TEXT.slice(0, 2000));
    expect(cut[0]).toBeInstanceOf(JsonSyntaxError);
    expect(cut[0]!.line).toBeGreaterThan(1);
    const [empty] = problemsOf("");
    expect(empty).toBeInstanceOf(JsonSyntaxError);
    expect(empty).toMatchObject({ line: 1, column: 1 });
  });

  test("checkStoryJson reports a key repeated in one object at its second occurrence, with the other problems", () => {
    const text = JSON_TEXT.replace('"label": "Microsoft",', '"label": "Microsoft",\n      "label": "MS",').replace('"source": "microsoft"', '"source": "apple"');
    const problems = problemsOf(text);
    expect(problems.map((p) => p.constructor)).toEqual([DuplicateKeyError, UnknownEntityError]);
    expect(problems[0]).toMatchObject({ path: "entities[0].label", line: lineOf(text, '"label": "MS"') });
  });

  test("checkStoryJson reports a key repeated in a story that is otherwise valid", () => {
    const text = JSON_TEXT.replace('"label": "Microsoft",', '"label": "Microsoft",\n      "label": "Microsoft",');
    expect(problemsOf(text).map((p) => p.constructor)).toEqual([DuplicateKeyError]);
  });

  test("checkStoryJson refuses absurd nesting quickly", () => {
    const deep = '{"article": ' + "[".repeat(1_000_000) + "]".repeat(1_000_000) + "}";
    const t0 = performance.now();
    const [p] = problemsOf(deep);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(p).toBeInstanceOf(NestingTooDeepError);
    expect(p!.line).toBe(1);
  });
});

describe("checkStoryJson BOM policy", () => {
  test("checkStoryJson drops a leading UTF-8 BOM, in bytes and in text", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(JSON_TEXT)]);
    expect(parseStoryJson(bytes)).toEqual(defaultStory());
    expect(parseStoryJson("\ufeff" + JSON_TEXT)).toEqual(defaultStory());
  });

  test("checkStoryJson counts columns without the BOM, as editors show them", () => {
    const [p] = problemsOf("\ufeff{,}");
    expect(p).toMatchObject({ line: 1, column: 2 });
  });

  test("checkStoryJson keeps a BOM inside the article text (only a leading one is dropped)", () => {
    const input = defaultStoryInput();
    input.article.text = "\ufeff" + input.article.text;
    const story = parseStoryJson(JSON.stringify(input).replace(/^/, "\ufeff"));
    expect(story.article.text.startsWith("\ufeff")).toBe(true);
  });
});

describe("checkStoryJson CRLF policy", () => {
  test("checkStoryJson accepts CRLF line ends between JSON tokens and counts lines as editors do", () => {
    const crlf = JSON_TEXT.replace(/\n/g, "\r\n");
    expect(parseStoryJson(crlf)).toEqual(defaultStory());
    const bad = crlf.replace('"source": "microsoft"', '"source": "apple"');
    expect(problemsOf(bad)[0]!.line).toBe(lineOf(JSON_TEXT, '"source": "microsoft"'));
  });

  test("checkStoryJson normalises CRLF and CR in the article text and quotes to LF", () => {
    const input = defaultStoryInput();
    input.article.text = input.article.text.replace(/\n/g, "\r\n");
    const crlfStory = parseStoryJson(JSON.stringify(input));
    expect(crlfStory.article.text).toBe(defaultStory().article.text);
    expect(crlfStory).toEqual(defaultStory());
    input.article.text = defaultStoryInput().article.text.replace(/\n/g, "\r");
    expect(parseStoryJson(JSON.stringify(input))).toEqual(defaultStory());
  });

  test("checkStoryJson counts offsets in the normalised text", () => {
    const input = defaultStoryInput();
    input.article.text = input.article.text.replace(/\n/g, "\r\n");
    const lf = defaultStory().relations[0]!.citations[0]!;
    const crlfStart = input.article.text.indexOf(lf.quote);
    expect(crlfStart).toBe(lf.start + 1); // one CR before the quote's sentence
    Object.assign(input.relations[0]!.citations[0]!, { start: lf.start, end: lf.end });
    expect(parseStoryJson(JSON.stringify(input)).relations[0]!.citations[0]!.start).toBe(lf.start);
    Object.assign(input.relations[0]!.citations[0]!, { start: crlfStart, end: crlfStart + lf.quote.length });
    const [p] = problemsOf(JSON.stringify(input));
    expect(p).toBeInstanceOf(OffsetMismatchError);
  });

  test("checkStoryJson normalises a quote written with CRLF like the text", () => {
    const input = defaultStoryInput();
    const text = defaultStory().article.text;
    const end = text.indexOf("\n") + 1;
    input.article.text = input.article.text.replace(/\n/g, "\r\n");
    // a quote spanning a line end is still one that crosses sentences: it is normalised, then diagnosed as such
    input.relations[0]!.citations[0]!.quote = text.slice(end - 10, end - 1) + "\r\n" + text.slice(end, end + 5);
    const [p] = problemsOf(JSON.stringify(input));
    expect(p!.constructor.name).toBe("CrossSentenceQuoteError");
  });
});

describe("checkStoryJson size limit", () => {
  test("checkStoryJson refuses a 50 MB file before decoding it, within bounded time", () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x20);
    const t0 = performance.now();
    const [p, ...rest] = problemsOf(bytes);
    expect(performance.now() - t0).toBeLessThan(100);
    expect(rest).toEqual([]);
    expect(p).toBeInstanceOf(FileTooLargeError);
    expect(p!.line).toBeUndefined();
    expect(p!.file).toBe("story.json");
  });

  test("checkStoryJson refuses text over the limit counted in UTF-8 bytes", () => {
    const accents = "é".repeat(600); // 600 code units, 1200 bytes
    expect(problemsOf(accents, "x")[0]).not.toBeInstanceOf(FileTooLargeError);
    expect(checkStoryJson(accents, { maxBytes: 1000 }).problems[0]).toBeInstanceOf(FileTooLargeError);
    expect(checkStoryJson("x".repeat(1001), { maxBytes: 1000 }).problems[0]).toBeInstanceOf(FileTooLargeError);
    expect(checkStoryJson(utf8("x".repeat(1001)), { maxBytes: 1000 }).problems[0]).toBeInstanceOf(FileTooLargeError);
  });

  test("checkStoryJson loads a 9 MB story (under the 10 MiB limit) within bounded time", () => {
    const input = defaultStoryInput();
    input.entities[0]!.description = "x".repeat(9 * 1024 * 1024);
    const text = JSON.stringify(input);
    expect(text.length).toBeLessThan(DEFAULT_MAX_STORY_BYTES);
    const t0 = performance.now();
    const story = parseStoryJson(utf8(text));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(story.entities[0]!.description!.length).toBe(9 * 1024 * 1024);
  });
});

describe("checkStoryJson encoding", () => {
  test("checkStoryJson reports a Latin-1 file as EncodingError at the first bad byte", () => {
    const bytes = utf8('{\n  "article": {\n    "text": "caf\u0000"');
    bytes[bytes.length - 2] = 0xe9; // Latin-1 é in place of the NUL
    const [p] = problemsOf(bytes);
    expect(p).toBeInstanceOf(EncodingError);
    expect(p).toMatchObject({ path: "", line: 3, column: 17 });
  });

  test("checkStoryJson reports a UTF-16 file as EncodingError", () => {
    const text = JSON_TEXT.slice(0, 200);
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    const [p] = problemsOf(bytes);
    expect(p).toBeInstanceOf(EncodingError);
    expect(p!.detail).toContain("UTF-16");
  });
});

describe("firstInvalidUtf8", () => {
  test.each([
    [[0x41, 0x42], -1],
    [[...utf8("é€😀")], -1],
    [[0x41, 0xe9, 0x41], 1],
    [[0xc0, 0x80], 0],
    [[0xe0, 0x80, 0x80], 0],
    [[0x41, 0xed, 0xa0, 0x80], 1],
    [[0xf4, 0x90, 0x80, 0x80], 0],
    [[0xf5, 0x80, 0x80, 0x80], 0],
    [[0x41, 0x41, 0xe2, 0x82], 2],
    [[0x80], 0],
  ])("firstInvalidUtf8(%j) is %i", (bytes, expected) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(expected);
    let decodes = true;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes));
    } catch {
      decodes = false;
    }
    expect(decodes).toBe(expected === -1);
  });
});

describe("resolveParseStoryOptions", () => {
  test("resolveParseStoryOptions fills in the defaults", () => {
    expect(resolveParseStoryOptions()).toEqual(DEFAULT_PARSE_STORY_OPTIONS);
    expect(DEFAULT_PARSE_STORY_OPTIONS.maxBytes).toBe(10 * 1024 * 1024);
  });
  test("resolveParseStoryOptions keeps valid values", () => {
    expect(resolveParseStoryOptions({ file: "a.json", maxBytes: 5 })).toEqual({ file: "a.json", maxBytes: 5 });
  });
  test.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "10"])("resolveParseStoryOptions rejects maxBytes %j", (maxBytes) => {
    expect(() => resolveParseStoryOptions({ maxBytes: maxBytes as number })).toThrow(InvalidArgumentError);
  });
  test("resolveParseStoryOptions rejects a file name that is not a string", () => {
    expect(() => resolveParseStoryOptions({ file: 3 as unknown as string })).toThrow(InvalidArgumentError);
  });
});

describe("lineColumn", () => {
  test("lineColumn gives the 1-based line and column of an offset", () => {
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});

describe("checkStoryJson quote problems", () => {
  test("checkStoryJson locates a quote problem on the quote's line", () => {
    const text = JSON_TEXT.replace('"quote": "En juillet 2019', '"quote": "En juillet 2018');
    const [p] = problemsOf(text);
    expect(p).toBeInstanceOf(QuoteNotFoundError);
    expect(p!.line).toBe(lineOf(text, '"quote": "En juillet 2018'));
  });
});

describe("checkStoryJson on hostile files of 9 MB", () => {
  /** Milliseconds `checkStoryJson` takes on `text` (best of two), and its problems. */
  function timed(text: string): { ms: number; problems: readonly StoryProblem[] } {
    let best = Infinity;
    let problems: readonly StoryProblem[] = [];
    for (let k = 0; k < 2; k++) {
      const t0 = performance.now();
      problems = checkStoryJson(text).problems;
      best = Math.min(best, performance.now() - t0);
    }
    return { ms: best, problems };
  }
  type Input = ReturnType<typeof benchStory>;
  const SIZE = 9 * 1024 * 1024;
  /** A valid generated story of about 9 MB, and the time to check it. */
  const base = (() => {
    const claims = Math.floor((5000 * SIZE) / JSON.stringify(benchStory(5000)).length);
    const input = benchStory(claims);
    return { input, text: JSON.stringify(input) };
  })();
  const variant = (change: (input: Input) => void): string => {
    const input = structuredClone(base.input);
    change(input);
    return JSON.stringify(input);
  };
  const tiny = (change: (input: Record<string, unknown> & ReturnType<typeof defaultStoryInput>) => void): string => {
    const input = defaultStoryInput() as Record<string, unknown> & ReturnType<typeof defaultStoryInput>;
    change(input);
    return JSON.stringify(input);
  };
  const SHAPES: [string, () => string, RegExp][] = [
    ["a 9 MB unknown key", () => tiny((i) => void ((i.article as Record<string, unknown>)["x".repeat(SIZE)] = 1)), /UnknownFieldError/],
    ["a 9 MB unknown kind", () => tiny((i) => void (i.entities[0]!.kind = "y".repeat(SIZE))), /UnknownKindError/],
    ["every quote missing", () => variant((i) => i.relations.forEach((r) => r.citations.forEach((c) => void (c.quote = "zq" + c.quote)))), /QuoteNotFoundError/],
    ["every source named nowhere", () => variant((i) => i.relations.forEach((r, k) => r.citations.forEach((c) => void (c.sources = [`Nobody ${k}`])))), /SourceError/],
    ["every kind misspelt", () => variant((i) => i.relations.forEach((r) => void (r.kind = "invsted"))), /UnknownKindError/],
    ["every quote one letter", () => variant((i) => i.relations.forEach((r) => r.citations.forEach((c) => void (c.quote = "e")))), /AmbiguousQuoteError/],
  ];

  test("checkStoryJson checks a 9 MB file of each hostile shape in time comparable to a valid 9 MB story (ratio)", () => {
    const valid = timed(base.text);
    expect(valid.problems).toEqual([]);
    const ratios: string[] = [];
    for (const [name, make, cls] of SHAPES) {
      const text = make();
      expect(text.length).toBeGreaterThan(SIZE * 0.9);
      const r = timed(text);
      expect(r.problems[0]?.name, name).toMatch(cls);
      // no problem's message repeats a huge value whole
      expect(Math.max(...r.problems.map((p) => p.message.length)), name).toBeLessThan(5000);
      ratios.push(`${name}: ${(r.ms / valid.ms).toFixed(2)}`);
      // generous: the quadratic cases took 15 to 500 times as long (missing quotes: 212 s for 2.4 MB)
      expect(r.ms / valid.ms, name).toBeLessThan(4);
    }
    console.log(`hostile 9 MB files, time relative to a valid one (${valid.ms.toFixed(0)} ms): ${ratios.join("; ")}`);
  }, 120_000);
});

describe("checkStoryJson with very many problems", () => {
  test("checkStoryJson returns 200,000 unknown-field problems (no RangeError from spreading them), all located", () => {
    const input = defaultStoryInput() as unknown as { article: Record<string, unknown> };
    for (let k = 0; k < 200_000; k++) input.article[`k${k}`] = 1;
    const check = checkStoryJson(JSON.stringify(input));
    expect(check.problems).toHaveLength(200_000);
    expect(check.problems.every((p) => p instanceof UnknownFieldError && p.line !== undefined)).toBe(true);
  });
});

describe("checkStoryJson numbers", () => {
  const withAmount = (value: string) => JSON.stringify(defaultStoryInput(), null, 2).replace('"value": 1000000000,', `"value": ${value},`);
  const INVEST_AMOUNT = `events[${defaultStoryInput().events!.findIndex((e) => e.id === "microsoft-investment-2019")}].amount.value`;
  test("checkStoryJson refuses an amount the file writes with digits a double cannot keep (InexactNumberError at its line and column)", () => {
    for (const raw of ["9007199254740993", "1e-400", "1000000000.00000001"]) {
      const p = problemsOf(withAmount(raw)).find((q) => q instanceof InexactNumberError);
      expect(p, raw).toBeDefined();
      expect(p!.path).toBe(INVEST_AMOUNT);
      expect(p!.line).toBeGreaterThan(1);
      expect(p!.detail).toContain(raw);
    }
  });
  test("checkStoryJson refuses an amount of -0 and a subnormal amount, and accepts other notations of the stated number", () => {
    expect(problemsOf(withAmount("-0"))[0]).toMatchObject({ name: "InvalidAmountError", path: INVEST_AMOUNT });
    expect(problemsOf(withAmount("5e-324")).find((q) => q instanceof InexactNumberError)?.path).toBe(INVEST_AMOUNT);
    for (const raw of ["1e9", "1000000000.0", "1.0e+9", "1000000000.000"]) expect([raw, checkStoryJson(withAmount(raw)).problems]).toEqual([raw, []]);
  });
});

describe("checkStoryJson encoding names", () => {
  test("checkStoryJson names a UTF-32 file as UTF-32 (it was called UTF-16), with or without a byte order mark", () => {
    const text = JSON_TEXT.slice(0, 100);
    const le = [...text].flatMap((c) => [c.charCodeAt(0), 0, 0, 0]);
    for (const [bytes, name] of [
      [new Uint8Array([0xff, 0xfe, 0, 0, ...le]), "UTF-32"],
      [new Uint8Array(le), "UTF-32"],
      [new Uint8Array([0xfe, 0xff, ...[...text].flatMap((c) => [0, c.charCodeAt(0)])]), "UTF-16"],
    ] as const) {
      const [p] = problemsOf(bytes);
      expect(p).toBeInstanceOf(EncodingError);
      expect(p!.detail).toContain(`the file is ${name} (`);
    }
  });
});
