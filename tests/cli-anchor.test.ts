// storygraph anchor: where a quote stands, to write a citation; exit 0 found, 1 not usable, 2 usage.
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { runCli } from "./helpers/cli.ts";

const ENGLISH = fileURLToPath(new URL("./fixtures/english-story.json", import.meta.url));

describe("storygraph anchor", () => {
  test("anchor prints the sentence, offsets, match kind, ambiguity and the citation to paste", async () => {
    const r = await runCli(["anchor", "--story", ENGLISH, "founded in 2021"]);
    expect(r.code).toBe(0);
    const [header, , row, citation] = r.out.trimEnd().split("\n");
    expect(header!.split(/\s+/)).toEqual(["sentence", "start", "end", "match", "ambiguous", "occurrence"]);
    const start = row!.split(/\s+/);
    expect(start[0]).toBe("s2");
    expect(Number(start[2]) - Number(start[1])).toBe("founded in 2021".length);
    expect(start.slice(3)).toEqual(["exact", "no", "1"]);
    expect(citation).toBe('citation: {"sentence":"s2","quote":"founded in 2021"}');
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
    expect(data.citation).toEqual({ sentence: "s6", quote: "the port authority" });
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
