// storygraph migrate: a storygraph/1 (or /2) story file written as storygraph/2, to stdout or atomically to --out.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { checkStoryJson, parseStoryJson } from "../src/graph/input/load.ts";
import { UNGROUNDED_1_REASON } from "../src/graph/input/format1.ts";
import { toStoryJson } from "../src/graph/input/story-json.ts";
import { runBin, runCli, story1Input } from "./helpers/cli.ts";

const LAWSUIT = fileURLToPath(new URL("./fixtures/lawsuit-story.json", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "storygraph-migrate-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const fresh = () => mkdtempSync(join(root, "case-"));

function oldFile(dir: string, input: Record<string, unknown> = story1Input()): string {
  const file = join(dir, "old.json");
  writeFileSync(file, JSON.stringify(input, null, 2));
  return file;
}

type Json = Record<string, any>;

describe("storygraph migrate", () => {
  test("migrate --out writes a storygraph/2 file that validate accepts with no notice, with the claims of the loaded old file", async () => {
    const dir = fresh();
    const old = oldFile(dir);
    const out = join(dir, "new.json");
    const r = await runCli(["migrate", old, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(r.err).toContain(`notice: ${old}:1:1 (document): converted from storygraph/1 to storygraph/2`);
    expect(r.err).toContain(`storygraph migrate: wrote ${out} (storygraph/2, converted from storygraph/1, 4 notices)`);
    expect(readdirSync(dir).sort()).toEqual(["new.json", "old.json"]);

    const validate = await runCli(["validate", out]);
    expect(validate.code).toBe(0);
    expect(validate.out).not.toContain("notice");
    expect(validate.out).toBe(`${out}: valid story: 4 sentences, 3 entities, 3 relations, 0 events (4 citations), 0 no-claim notes\n`);

    const before = checkStoryJson(readFileSync(old));
    const after = checkStoryJson(readFileSync(out));
    expect(before.ok && after.ok).toBe(true);
    expect(after.notices).toEqual([]);
    expect(after.story!.relations).toEqual(before.story!.relations);
    expect(after.story!.events).toEqual(before.story!.events);
    expect(after.story!.entities).toEqual(before.story!.entities);
    expect(after.story!.article).toEqual(before.story!.article);
  });

  test("migrate writes factuality and sources for modality and attribution, start for date, and keeps an unstated date as inferred", async () => {
    const dir = fresh();
    const r = await runCli(["migrate", oldFile(dir)]);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as Json;
    expect(data.format).toBe("storygraph/2");
    expect(data.$schema).toBe("../../schema/story.schema.json");
    const [invested, founded, seeks] = data.relations as Json[];
    expect(invested!.start).toEqual({ value: "2024-03-04", inferred: UNGROUNDED_1_REASON });
    expect(founded!.start).toBe("2021");
    expect(founded).not.toHaveProperty("date");
    expect(seeks!.citations[0]).toMatchObject({ factuality: { polarity: "positive", certainty: "certain" }, sources: ["two people familiar with the talks"] });
    expect(seeks!.citations[1]).toMatchObject({ factuality: { polarity: "positive", certainty: "possible" } });
    for (const c of (data.relations as Json[]).flatMap((x) => x.citations as Json[])) {
      expect(c).not.toHaveProperty("modality");
      expect(c).not.toHaveProperty("attribution");
    }
    // the notices go to stderr only: stdout is the story file
    expect(r.err.trimEnd().split("\n")).toHaveLength(4);
    expect(r.err.split("\n").filter(Boolean).every((l) => l.startsWith("notice: "))).toBe(true);
  });

  test("migrate rebases a relative $schema on the output's folder, and points a storygraph/1 schema at the storygraph/2 one", async () => {
    const dir = fresh();
    const input = { ...story1Input(), $schema: "../schema/story-1.schema.json" };
    const old = oldFile(dir, input);
    expect(JSON.parse((await runCli(["migrate", old])).out).$schema).toBe("../schema/story.schema.json");
    const out = join(dir, "new.json");
    await runCli(["migrate", old, "--out", out]);
    expect(JSON.parse(readFileSync(out, "utf8")).$schema).toBe("../schema/story.schema.json");
    mkdirSync(join(dir, "sub"));
    const deeper = join(dir, "sub", "new.json");
    await runCli(["migrate", old, "--out", deeper]);
    expect(JSON.parse(readFileSync(deeper, "utf8")).$schema).toBe("../../schema/story.schema.json");
  });

  test("migrate of a storygraph/2 file writes it as toStoryJson does, with no notice", async () => {
    const r = await runCli(["migrate", LAWSUIT]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const story = parseStoryJson(readFileSync(LAWSUIT));
    expect(r.out).toBe(toStoryJson(story, { schema: "../../schema/story.schema.json" }));
    const dir = fresh();
    const out = join(dir, "lawsuit.json");
    expect((await runCli(["migrate", LAWSUIT, "--out", out])).err).toContain("already storygraph/2, 0 notices");
    expect(parseStoryJson(readFileSync(out))).toEqual(story);
  });

  test("migrate --out may replace the file it reads", async () => {
    const dir = fresh();
    const old = oldFile(dir);
    const before = checkStoryJson(readFileSync(old)).story!;
    expect((await runCli(["migrate", old, "--out", old])).code).toBe(0);
    const after = checkStoryJson(readFileSync(old));
    expect(after.notices).toEqual([]);
    expect(after.story!.relations).toEqual(before.relations);
    expect(readdirSync(dir)).toEqual(["old.json"]);
  });

  test("migrate exits 1 for a file that does not validate, prints its problems as validate does, and writes nothing", async () => {
    const dir = fresh();
    const input = story1Input() as { relations: Json[] };
    input.relations[0]!.citations[0].quote = "Northwind invested";
    const old = oldFile(dir, input);
    const out = join(dir, "new.json");
    writeFileSync(out, "previous");
    const r = await runCli(["migrate", old, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    const expected = checkStoryJson(readFileSync(old), { file: old }).problems.map((p) => p.describe());
    expect(expected.length).toBeGreaterThan(0);
    const lines = r.err.trimEnd().split("\n").filter((l) => !l.startsWith("notice: "));
    expect(lines).toEqual([...expected, `${old}: ${expected.length} problem${expected.length === 1 ? "" : "s"}; nothing written`]);
    expect(readFileSync(out, "utf8")).toBe("previous");
    expect(readdirSync(dir).sort()).toEqual(["new.json", "old.json"]);
  });

  test("migrate exits 1 for a missing file or an unwritable output, 2 for usage errors, 0 for --help", async () => {
    const dir = fresh();
    const missing = await runCli(["migrate", join(dir, "missing.json")]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("no such file");
    const unwritable = await runCli(["migrate", oldFile(dir), "--out", join(dir, "no", "such", "dir.json")]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.err).toContain("cannot write");
    for (const args of [[], ["a.json", "b.json"], [LAWSUIT, "--out", ""], [LAWSUIT, "--format", "json"]]) {
      const r = await runCli(["migrate", ...args]);
      expect([args, r.code]).toEqual([args, 2]);
      expect(r.err).toContain(`Run "storygraph migrate --help" for its usage.`);
    }
    const help = await runCli(["migrate", "--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("Examples:");
  });

  test("migrate runs through the real bin: the story on stdout, the notices on stderr", () => {
    const dir = fresh();
    const r = runBin(["migrate", oldFile(dir)]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).format).toBe("storygraph/2");
    expect(r.err).toMatch(/^notice: .*converted from storygraph\/1/);
  });
});
