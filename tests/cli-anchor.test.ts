// storygraph anchor: where a quote stands, to write a storygraph/2 citation; exit 0 found, 1 not usable, 2 usage.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { StoryValidationError } from "../src/graph/errors.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import { runCli, story1Input } from "./helpers/cli.ts";

const ENGLISH = fileURLToPath(new URL("./fixtures/english-story.json", import.meta.url));
const LAWSUIT = fileURLToPath(new URL("./fixtures/lawsuit-story.json", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "storygraph-anchor-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const TO_FILL = { polarity: "positive|negative", certainty: "certain|probable|possible|unknown" };

describe("storygraph anchor", () => {
  test("anchor prints the sentence, offsets, match kind, ambiguity and the citation to paste", async () => {
    const r = await runCli(["anchor", "--story", ENGLISH, "founded in 2021"]);
    expect(r.code).toBe(0);
    const [header, , row, citation, hint] = r.out.trimEnd().split("\n");
    expect(header!.split(/\s+/)).toEqual(["sentence", "start", "end", "match", "ambiguous", "occurrence"]);
    const start = row!.split(/\s+/);
    expect(start[0]).toBe("s2");
    expect(Number(start[2]) - Number(start[1])).toBe("founded in 2021".length);
    expect(start.slice(3)).toEqual(["exact", "no", "1"]);
    expect(citation).toBe(`citation: ${JSON.stringify({ sentence: "s2", quote: "founded in 2021", factuality: TO_FILL, gloss: "" })}`);
    expect(citation).not.toContain("modality");
    expect(hint).toBe('fill in its factuality and gloss; add "sources" when the article attributes the words');
  });

  test("anchor's citation loads once its factuality and gloss are filled in, and not before", async () => {
    const r = await runCli(["anchor", "--json", "--story", LAWSUIT, "the accusations"]);
    expect(r.code).toBe(0);
    const { citation } = JSON.parse(r.out);
    const withCitation = (c: unknown) => {
      const story = JSON.parse(readFileSync(LAWSUIT, "utf8"));
      story.relations[1].citations.push(c);
      return story;
    };
    let error: unknown;
    try {
      buildStory(withCitation(citation));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoryValidationError);
    const paths = (error as StoryValidationError).problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["relations[1].citations[1].factuality.polarity", "relations[1].citations[1].factuality.certainty", "relations[1].citations[1].gloss"]));
    const filled = { ...citation, factuality: { polarity: "positive", certainty: "certain" }, gloss: "The article refers back to Brightline's accusations." };
    const story = buildStory(withCitation(filled));
    expect(story.relations[1]!.citations[1]).toMatchObject({ sentence: "s3", quote: "the accusations", modalities: ["asserted"] });
  });

  test("anchor --json --story of a storygraph/1 file keeps stdout clean JSON, the notices on stderr", async () => {
    const file = join(tmp, "old.json");
    writeFileSync(file, JSON.stringify(story1Input()));
    const r = await runCli(["anchor", "--json", "--story", file, "Maya Okafor"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).citation).toEqual({ sentence: "s2", quote: "Maya Okafor", factuality: TO_FILL, gloss: "" });
    expect(r.err).toMatch(/^notice: .*converted from storygraph\/1/);
  });

  test("anchor marks a repeated quote as ambiguous and offers the occurrence", async () => {
    const r = await runCli(["anchor", "--sentence", "s1", " de "]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^s1\s+\d+\s+\d+\s+exact\s+yes\s+2$/m);
    expect(r.out).toContain('"occurrence":1');
  });

  test("anchor --json gives the matches and the citation", async () => {
    const r = await runCli(["anchor", "--json", "--story", ENGLISH, "the port authority"]);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out);
    expect(data.matches.map((m: { sentence: string }) => m.sentence)).toEqual(["s6", "s7"]);
    expect(data.citation).toEqual({ sentence: "s6", quote: "the port authority", factuality: TO_FILL, gloss: "" });
  });

  test("anchor exits 1 for a quote found only folded, showing the article's words", async () => {
    const r = await runCli(["anchor", "--story", ENGLISH, "TIDEWATER WAS FOUNDED"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("folded");
    expect(r.out).toContain('the article writes "Tidewater was founded"');
  });

  test("anchor exits 1 for a quote across sentences or absent", async () => {
    const across = await runCli(["anchor", "--story", ENGLISH, "harbour.\nThe project"]);
    expect(across.code).toBe(1);
    expect(across.out).toContain("s4+s5 (across)");
    expect(across.err).toContain("across sentences");
    const absent = await runCli(["anchor", "Google"]);
    expect(absent.code).toBe(1);
    expect(absent.err).toContain("not in the article");
  });

  test("anchor exits 1 for an unknown sentence and 2 for usage errors", async () => {
    expect((await runCli(["anchor", "--sentence", "s99", "Microsoft"])).code).toBe(1);
    expect((await runCli(["anchor", "--sentence", "two", "Microsoft"])).code).toBe(2);
    expect((await runCli(["anchor"])).code).toBe(2);
    expect((await runCli(["anchor", "a", "b"])).code).toBe(2);
    expect((await runCli(["anchor", ""])).code).toBe(2);
    expect((await runCli(["anchor", "--nope", "x"])).code).toBe(2);
    const help = await runCli(["anchor", "--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("Examples:");
  });
});
