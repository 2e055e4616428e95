// storygraph query / entity / --help / --version: output, JSON shape, exit codes.
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { runBin, runCli } from "./helpers/cli.ts";

const story = defaultStory();

describe("storygraph query", () => {
  test("query prints a table of every relation by default", async () => {
    const r = await runCli(["query"]);
    expect(r.code).toBe(0);
    for (const rel of story.relations) expect(r.out).toContain(rel.id);
    expect(r.out).toContain(`${story.relations.length} relation(s)`);
  });

  test("query --json prints relations with qualifiers and citations", async () => {
    const r = await runCli(["query", "--kind", "invested", "--source", "microsoft", "--json"]);
    expect(r.code).toBe(0);
    const rels = JSON.parse(r.out) as Array<Record<string, any>>;
    expect(rels.map((x) => x.amount.value)).toEqual([1e9, 13e9]);
    expect(rels[0]).toMatchObject({ id: "microsoft-invested-openai-2019", kind: "invested", source: "microsoft", target: "openai", date: { value: "2019-07", precision: "month" } });
    for (const c of rels.flatMap((x) => x.citations)) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(["sentence", "quote", "start", "end", "modality", "attribution", "gloss"]));
      expect(story.article.text.slice(c.start, c.end)).toBe(c.quote);
    }
  });

  test("query filters by involving, modality and dates", async () => {
    const musk = JSON.parse((await runCli(["query", "--involving", "elon-musk", "--json"])).out);
    expect(musk.map((x: { id: string }) => x.id)).toEqual(["elon-musk-founded-openai"]);
    const hyp = JSON.parse((await runCli(["query", "--modality", "hypothetical", "--json"])).out);
    expect(hyp.every((x: { modalities: string[] }) => x.modalities.includes("hypothetical"))).toBe(true);
    const early = JSON.parse((await runCli(["query", "--from", "2015", "--to", "2018", "--json"])).out);
    expect(early.map((x: { kind: string }) => x.kind)).toEqual(["founded", "founded"]);
    const partner = JSON.parse((await runCli(["query", "--kind", "partnered", "--target", "microsoft", "--json"])).out);
    expect(partner).toHaveLength(1);
  });

  test("query exits 2 with usage for an unknown flag, kind or modality", async () => {
    for (const args of [["query", "--nope"], ["query", "--kind", "acquired"], ["query", "--modality", "sure"], ["query", "extra"], ["query", "--from", "2019-13"]]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.err).toContain("Usage: storygraph query");
    }
  });

  test("query exits 1 with a clear message for an unknown entity or an empty date range", async () => {
    const r = await runCli(["query", "--source", "apple"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('"apple"');
    expect((await runCli(["query", "--from", "2020", "--to", "2010"])).code).toBe(1);
  });

  test("query --help prints usage with examples and exits 0", async () => {
    const r = await runCli(["query", "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Examples:");
  });
});

describe("storygraph entity", () => {
  test("entity resolves an alias whatever its accents and apostrophes", async () => {
    const r = await runCli(["entity", "le geant de l'informatique", "--json"]);
    expect(r.code).toBe(0);
    const [hit] = JSON.parse(r.out);
    expect(hit.entity).toMatchObject({ id: "microsoft", wikidata: "Q2283" });
    expect(hit.relations.length).toBe(story.relations.filter((x) => x.source === "microsoft" || x.target === "microsoft").length);
  });

  test("entity prints every entity a shared mention names", async () => {
    const r = await runCli(["entity", "les deux entreprises"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Microsoft (microsoft, organization)");
    expect(r.out).toContain("OpenAI (openai, organization)");
  });

  test("entity exits 1 with a message for an unknown name, 2 without a name", async () => {
    const unknown = await runCli(["entity", "Google"]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('"Google"');
    expect(unknown.err).not.toMatch(/entity: entity:/);
    expect((await runCli(["entity"])).code).toBe(2);
  });
});

describe("storygraph", () => {
  test("storygraph --help lists the commands, --version prints the package version", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/query[\s\S]*entity/);
    const v = await runCli(["--version"]);
    expect(v.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test("storygraph exits 2 for an unknown command", async () => {
    expect((await runCli(["frobnicate"])).code).toBe(2);
  });

  test("bin/storygraph.js runs the CLI as a real process", () => {
    const r = runBin(["query", "--kind", "founded", "--json"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toHaveLength(2);
  });
});
