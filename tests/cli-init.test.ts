// storygraph init: a draft story file from a plain-text article, to stdout or atomically to --out.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { draftStory } from "../src/graph/draft/index.ts";
import { processIO } from "../src/cli/io.ts";
import { main } from "../src/cli/main.ts";
import { parseStoryJson } from "../src/graph/input/load.ts";
import { runCli } from "./helpers/cli.ts";

const FR = fileURLToPath(new URL("../src/data/article.fr.txt", import.meta.url));
const EN = fileURLToPath(new URL("./fixtures/english-article.txt", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "storygraph-init-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const fresh = () => mkdtempSync(join(root, "case-"));

type Json = Record<string, any>;

describe("storygraph init", () => {
  test("init prints a draft story file on standard output: the article, no claims, the suggestions draftStory gives", async () => {
    const r = await runCli(["init", EN, "--lang", "en", "--title", "Tidewater", "--url", "https://example.org/t", "--published", "2024-03-05"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    const json: Json = JSON.parse(r.out);
    const text = readFileSync(EN, "utf8");
    expect(json.article).toEqual({ text, language: "en", title: "Tidewater", url: "https://example.org/t", published: "2024-03-05" });
    expect([json.entities, json.relations]).toEqual([[], []]);
    expect(json.suggestions).toEqual(draftStory({ text, lang: "en" }).suggestions);
    const story = parseStoryJson(r.out, { file: "draft.json" });
    expect(story.relations.length + story.events.length).toBe(0);
  });

  test("init --out writes the file atomically (no temporary file left), and storygraph validate accepts it", async () => {
    const dir = fresh();
    const out = join(dir, "draft.json");
    writeFileSync(out, "old");
    const r = await runCli(["init", FR, "--lang", "fr", "--published", "2023-03", "--out", out]);
    expect([r.code, r.out]).toEqual([0, ""]);
    expect(r.err).toMatch(new RegExp(`^storygraph init: wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(13 sentences; suggested: 5 names, \\d+ cues, \\d+ dates, \\d+ amounts; no claims yet\\)\n$`));
    expect(readdirSync(dir)).toEqual(["draft.json"]);
    const validate = await runCli(["validate", out]);
    expect(validate.code).toBe(0);
    expect(validate.out).toContain(`${out}: valid story: 13 sentences, 0 entities, 0 relations, 0 events (0 citations)`);
    expect((JSON.parse(readFileSync(out, "utf8")) as Json).article.published).toBe("2023-03");
  });

  test("init reads standard input for -", async () => {
    let out = "";
    const bytes = new TextEncoder().encode("Acme Corp a racheté Globex. Selon Acme Corp, la vente pourrait échouer.");
    const code = await main(["init", "-", "--lang", "fr"], { ...processIO, out: (t) => void (out += t), err: () => {}, readStdin: async () => bytes });
    expect(code).toBe(0);
    const json: Json = JSON.parse(out);
    expect(json.suggestions.mentions.map((m: Json) => m.name)).toEqual(["Acme Corp", "Globex"]);
    expect(json.suggestions.sentences[1].cues.map((c: Json) => c.kind)).toEqual(["source", "possible"]);
  });

  test("init refuses an --out that is not a regular file, and writes nothing", async () => {
    const dir = fresh();
    for (const out of [dir, "/dev/null"]) {
      const r = await runCli(["init", EN, "--lang", "en", "--out", out]);
      expect([out, r.code, r.out]).toEqual([out, 1, ""]);
      expect(r.err).toMatch(/^storygraph init: storygraph init: cannot write .*(directory|not a regular file).*nothing written\n$/);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  test("init fails with exit 1 for a missing file, a directory, a non-UTF-8 or UTF-16 file, an empty article", async () => {
    const dir = fresh();
    const latin1 = join(dir, "latin1.txt");
    writeFileSync(latin1, Buffer.from("Le café\nest fermé à Paris.", "latin1"));
    const utf16 = join(dir, "utf16.txt");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Hello there.", "utf16le")]));
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "  \n");
    const cases: [string, RegExp][] = [
      [join(dir, "missing.txt"), /cannot read .*missing\.txt: no such file/],
      [dir, /it is a directory/],
      [latin1, /latin1\.txt:1:7 \(document\): the file is not valid UTF-8 \(byte 0xE9 at offset 6\).*\[EncodingError\]/],
      [utf16, /utf16\.txt:1:1 \(document\): the file is UTF-16.*\[EncodingError\]/],
      [empty, /draftStory: text: the article holds no sentence/],
    ];
    for (const [file, message] of cases) {
      const r = await runCli(["init", file, "--lang", "fr", "--out", join(dir, "out.json")]);
      expect([file, r.code, r.out]).toEqual([file, 1, ""]);
      expect(r.err).toMatch(message);
    }
    expect(readdirSync(dir).sort()).toEqual(["empty.txt", "latin1.txt", "utf16.txt"]);
  });

  test("init exits 2 for a usage error: no ARTICLE, no or a bad --lang, a bad --published, an unknown flag", async () => {
    const cases: [string[], RegExp][] = [
      [["init", "--lang", "fr"], /init takes exactly one ARTICLE file/],
      [["init", EN], /--lang is required \(fr or en\)/],
      [["init", EN, "--lang", "de"], /--lang: "de" is not a language init reads \(fr, en\)/],
      [["init", EN, "--lang", "en", "--published", "2024-02-30"], /--published: "2024-02-30" is not a date/],
      [["init", EN, "--lang", "en", "--tilte", "T"], /unknown option --tilte \(did you mean "--title"\?\)/],
      [["init", EN, "--lang", "en", "--out", EN], /--out names the ARTICLE itself/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(args);
      expect([args, r.code, r.out]).toEqual([args, 2, ""]);
      expect(r.err).toMatch(message);
      expect(r.err).toContain('Run "storygraph init --help" for its usage.');
    }
  });
});
