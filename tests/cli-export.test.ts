import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.ts";
import type { CliIO } from "../src/cli/io.ts";
import { defaultStory } from "../src/data/story.ts";
import { fromGexf } from "../src/graph/gexf/reader.ts";
import { toGexf } from "../src/graph/gexf/writer.ts";
import { parseStoryJson } from "../src/graph/input/load.ts";
import { toStoryJson } from "../src/graph/input/story-json.ts";
import { story1Input } from "./helpers/cli.ts";
import { REPO_ROOT, xmllintRelaxng } from "./helpers/tools.ts";

function run(args: string[]) {
  let out = "";
  let err = "";
  const io: CliIO = { out: (t) => void (out += t), err: (t) => void (err += t), readFile: (p) => readFileSync(p) };
  return main(args, io).then((code) => ({ code, out, err }));
}

const story = defaultStory();
const LAWSUIT = path.join(REPO_ROOT, "tests/fixtures/lawsuit-story.json");
const fresh = () => mkdtempSync(path.join(tmpdir(), "storygraph-export-"));

describe("storygraph export", () => {
  it("export --format gexf writes the GEXF of the default story to stdout", async () => {
    const r = await run(["export", "--format", "gexf"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(toGexf(story));
  });
  it("export defaults to gexf and passes --dates, --seed and --iterations to the writer", async () => {
    const r = await run(["export", "--dates", "onward", "--seed", "9", "--iterations", "0"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(toGexf(story, { dates: "onward", seed: 9, layoutIterations: 0 }));
  });
  it("export --format json writes the story JSON the loader reads", async () => {
    const r = await run(["export", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(toStoryJson(story));
    expect(parseStoryJson(r.out)).toEqual(story);
  });
  it("export --out writes the file atomically, valid for xmllint and readable back", async () => {
    const dir = fresh();
    const file = path.join(dir, "story.gexf");
    const r = await run(["export", "--format", "gexf", "--out", file]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(r.err).toContain(file);
    expect(readdirSync(dir)).toEqual(["story.gexf"]);
    expect(xmllintRelaxng([file]).status).toBe(0);
    const back = fromGexf(readFileSync(file));
    expect(back.kind === "story" && back.story).toEqual(story);
  });
  it("export --story reads another story file", async () => {
    const dir = fresh();
    const src = path.join(dir, "in.json");
    const input = JSON.parse(toStoryJson(story)) as { article: { title: string } };
    input.article.title = "Autre titre";
    writeFileSync(src, JSON.stringify(input));
    const r = await run(["export", "--format", "json", "--story", src]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).article.title).toBe("Autre titre");
  });
  it("export writes a story with its own vocabulary as JSON that loads back equal, and as GEXF that xmllint accepts", async () => {
    const lawsuit = parseStoryJson(readFileSync(LAWSUIT));
    const json = await run(["export", "--format", "json", "--story", LAWSUIT]);
    expect(json.code).toBe(0);
    expect(json.err).toBe("");
    expect(JSON.parse(json.out).vocabulary.entityKinds.map((k: { id: string }) => k.id)).toEqual(["court"]);
    expect(parseStoryJson(json.out)).toEqual(lawsuit);
    const dir = fresh();
    const file = path.join(dir, "lawsuit.gexf");
    const gexf = await run(["export", "--story", LAWSUIT, "--out", file]);
    expect(gexf.code).toBe(0);
    expect(gexf.err).toBe(`storygraph export: wrote ${file} (gexf, 6 entities, 2 relations, 5 events)\n`);
    expect(readFileSync(file, "utf8")).toBe(toGexf(lawsuit));
    expect(xmllintRelaxng([file]).status).toBe(0);
  });
  it("export --story of a storygraph/1 file prints the notices to stderr and the storygraph/2 story to stdout", async () => {
    const dir = fresh();
    const src = path.join(dir, "old.json");
    writeFileSync(src, JSON.stringify(story1Input()));
    const r = await run(["export", "--format", "json", "--story", src]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^notice: .*old\.json:1:1 \(document\): converted from storygraph\/1 to storygraph\/2/);
    expect(JSON.parse(r.out).format).toBe("storygraph/2");
    const gexf = await run(["export", "--story", src]);
    expect(gexf.out.startsWith("<?xml")).toBe(true);
    expect(gexf.out).not.toContain("notice:");
  });
  it("export with an invalid --story fails (exit 1), leaves an existing --out file untouched and no temporary file", async () => {
    const dir = fresh();
    const out = path.join(dir, "story.gexf");
    writeFileSync(out, "previous export");
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, '{"article": {"text": ""}}');
    const r = await run(["export", "--story", bad, "--out", out]);
    expect(r.code).toBe(1);
    expect(readFileSync(out, "utf8")).toBe("previous export");
    expect(readdirSync(dir).sort()).toEqual(["bad.json", "story.gexf"]);
  });
  it("export into a missing directory fails with exit 1 and writes nothing", async () => {
    const dir = fresh();
    const r = await run(["export", "--out", path.join(dir, "missing", "x.gexf")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("cannot write");
    expect(readdirSync(dir)).toEqual([]);
  });
  it("export rejects bad flags with a usage error (exit 2)", async () => {
    for (const args of [
      ["--format", "graphml"],
      ["--dates", "sometimes"],
      ["--seed", "-3"],
      ["--iterations", "many"],
      ["--iterations", "100001"],
      ["--format", "json", "--seed", "2"],
      ["--out", ""],
      ["extra"],
      ["--unknown"],
    ]) {
      const r = await run(["export", ...args]);
      expect([args, r.code]).toEqual([args, 2]);
    }
  });
  it("export --help prints the usage", async () => {
    const r = await run(["export", "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Usage: storygraph export");
  });
  it("npx storygraph export runs through the real bin and writes GEXF to stdout", () => {
    const out = execFileSync("node", [path.join(REPO_ROOT, "bin/storygraph.js"), "export", "--format", "gexf"], { encoding: "utf8", cwd: REPO_ROOT });
    expect(out).toBe(toGexf(story));
  });
});
