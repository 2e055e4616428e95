// storygraph query / entity: claims (relations and events), their filters, output, JSON shape, notices, exit codes.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { defaultStory, defaultStoryInput } from "../src/data/story.ts";
import { factualityPhrase } from "../src/graph/describe.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import { toStoryJson } from "../src/graph/input/story-json.ts";
import { TIME_QUALIFIERS } from "../src/graph/values.ts";
import { runBin, runCli, story1Input } from "./helpers/cli.ts";

const story = defaultStory();
const LAWSUIT = fileURLToPath(new URL("./fixtures/lawsuit-story.json", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "storygraph-query-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Json = Record<string, any>;
async function ids(...args: string[]): Promise<string[]> {
  const r = await runCli(["query", ...args, "--json"]);
  expect([args, r.code, r.err]).toEqual([args, 0, ""]);
  return (JSON.parse(r.out) as Json[]).map((c) => c.id as string);
}

describe("storygraph query", () => {
  test("query prints every claim, relations then events, with its line, time, amount and one line per citation", async () => {
    const r = await runCli(["query"]);
    expect(r.code).toBe(0);
    for (const c of [...story.relations, ...story.events]) expect(r.out).toContain(c.id);
    expect(r.out).toContain(`${story.relations.length + story.events.length} claims (${story.relations.length} relations, ${story.events.length} events)`);
    expect(r.out.split("\n")[0]!.split(/\s+/)).toEqual(["id", "time", "amount", "claim"]);
    expect(r.out).toMatch(/^microsoft-partnered-openai +announced 2019-07, ongoing +Microsoft — partnered with ↔ OpenAI$/m);
    expect(r.out).toMatch(/^microsoft-investment-2019 +announced 2019-07 +1 000 000 000 USD \(tranche\) +Microsoft's 1 billion dollar investment \(investment: investor Microsoft; recipient OpenAI\)$/m);
    expect(r.out).toMatch(/^openai-founding +2015 .*founder Elon Musk, Sam Altman/m);
    expect(r.out).toMatch(/^ {4}s3 +according to des sources proches du dossier: possible +“leur collaboration pourrait prendre fin”$/m);
    const s9 = story.events.find((e) => e.id === "partnership-break-up")!.citations.find((c) => c.sentence === "s9")!;
    expect(r.out.split("\n")).toContain(`    s9   ${factualityPhrase(s9)}  “en cas de départ d’OpenAI”`);
  });

  test("query --from 2020 lists the partnership, ongoing since its announcement", async () => {
    const found = await ids("--from", "2020");
    expect(found).toContain("microsoft-partnered-openai");
    expect(found).not.toContain("openai-founding");
  });

  test("query --modality hypothetical lists the possible break-up, not the partnership (its trouble and end are events)", async () => {
    const found = await ids("--modality", "hypothetical");
    expect(found).toContain("partnership-break-up");
    expect(found).toContain("break-up-consequences");
    expect(found).not.toContain("microsoft-partnered-openai");
  });

  test("query --certainty possible --according-to the article's words for the sources lists partnership-break-up", async () => {
    expect(await ids("--certainty", "possible", "--according-to", "des sources proches du dossier")).toEqual(["partnership-break-up"]);
    // case, accents and apostrophes do not matter; author = the author's own account
    expect(await ids("--certainty", "possible", "--according-to", "DES SOURCES PROCHES DU DOSSIER")).toEqual(["partnership-break-up"]);
    expect(await ids("--according-to", "author", "--certainty", "probable")).toEqual(["partnership-strain"]);
    expect(await ids("--according-to", "les sources", "--according-to", "des sources proches du dossier", "--type", "relation")).toEqual([
      "microsoft-diverges-from-openai",
      "openai-seeks-microsoft",
      "microsoft-seeks-openai",
    ]);
  });

  test("query --json prints each claim's kind label, time qualifiers, period and amount, and each citation's factuality and sources", async () => {
    const r = await runCli(["query", "--json"]);
    expect(r.code).toBe(0);
    const claims = JSON.parse(r.out) as Json[];
    const model = [...story.relations, ...story.events];
    expect(claims.map((c) => c.id)).toEqual(model.map((c) => c.id));
    claims.forEach((c, i) => {
      const m = model[i]!;
      expect(Object.keys(c).slice(0, 4)).toEqual(["id", "type", "kind", "kindLabel"]);
      for (const q of TIME_QUALIFIERS) expect([c.id, q, c[q]]).toEqual([c.id, q, m[q]]);
      expect(c.period).toEqual(m.period);
      expect(c.amount).toEqual(m.amount);
      expect(c.modalities).toEqual(m.modalities);
      for (const x of c.citations as Json[]) {
        expect(Object.keys(x)).toEqual(["sentence", "quote", "start", "end", "sentenceStart", "sentenceEnd", "factuality", "sources", "modalities", "gloss"]);
        expect(Object.keys(x.factuality).sort()).toEqual(["certainty", "polarity"]);
        expect(x.sources[0]).toEqual({ kind: "author" });
        expect(story.article.text.slice(x.start, x.end)).toBe(x.quote);
        expect(x).not.toHaveProperty("modality");
        expect(x).not.toHaveProperty("attribution");
      }
    });
    const byId = new Map(claims.map((c) => [c.id, c]));
    expect(byId.get("openai-founding")).toMatchObject({
      type: "event",
      kind: "founding",
      kindLabel: "founding",
      label: "Founding of OpenAI",
      participants: [
        { role: "founded", id: "openai", type: "entity" },
        { role: "founder", id: "elon-musk", type: "entity" },
        { role: "founder", id: "sam-altman", type: "entity" },
      ],
      about: [],
      pointInTime: { value: "2015", precision: "year", first: "2015-01-01", last: "2015-12-31" },
      period: { from: "2015-01-01", to: "2015-12-31", ongoing: false },
    });
    expect(byId.get("microsoft-investment-2019")).toMatchObject({
      announced: { value: "2019-07", precision: "month", first: "2019-07-01", last: "2019-07-31" },
      amount: { value: 1e9, currency: "USD", scope: "tranche" },
    });
    expect(byId.get("microsoft-partnered-openai")).toMatchObject({ type: "relation", kindLabel: "partnered with", source: "microsoft", target: "openai", symmetric: true });
    expect(byId.get("break-up-consequences")!.participants[0]).toEqual({ role: "cause", id: "partnership-break-up", type: "event" });
    expect(byId.get("partnership-break-up")!.about).toEqual(["microsoft-partnered-openai"]);
    expect(byId.get("partnership-break-up")!.citations[0]).toMatchObject({
      factuality: { polarity: "positive", certainty: "possible" },
      sources: [{ kind: "author" }, { kind: "source", name: "des sources proches du dossier" }],
      modalities: ["reported", "hypothetical"],
    });
  });

  test("query --json prints start and end, with inferred, and the table marks inferred dates with *", async () => {
    const input = defaultStoryInput() as Json;
    const partnership = input.relations.find((r: Json) => r.id === "microsoft-partnered-openai");
    delete partnership.announced;
    partnership.start = "2019-07";
    partnership.end = { value: "2024", inferred: "the article's date: it speaks of the break-up as coming" };
    const file = join(tmp, "dated.json");
    writeFileSync(file, toStoryJson(buildStory(input)));
    const r = await runCli(["query", "--story", file, "--kind", "partnered", "--json"]);
    expect(r.code).toBe(0);
    const c = (JSON.parse(r.out) as Json[])[0]!;
    expect(c.start).toEqual({ value: "2019-07", precision: "month", first: "2019-07-01", last: "2019-07-31" });
    expect(c.end).toEqual({ value: "2024", precision: "year", first: "2024-01-01", last: "2024-12-31", inferred: "the article's date: it speaks of the break-up as coming" });
    expect(c.period).toEqual({ from: "2019-07-01", to: "2024-12-31", ongoing: false });
    expect((await runCli(["query", "--story", file, "--kind", "partnered"])).out).toMatch(/^microsoft-partnered-openai +2019-07 – 2024\* +Microsoft/m);
  });

  test("query --type and repeated --kind take relation and event kinds of the vocabulary", async () => {
    expect(await ids("--type", "event")).toEqual(story.events.map((e) => e.id));
    expect(await ids("--type", "relation")).toEqual(story.relations.map((r) => r.id));
    expect(await ids("--kind", "invested", "--kind", "investment")).toEqual(["microsoft-invested-openai-13bn", "microsoft-investment-2019"]);
    expect(await ids("--kind", "termination", "--kind", "impact", "--type", "event")).toEqual(["partnership-break-up", "break-up-consequences"]);
  });

  test("query --involving matches relation ends and event participants; --source and --target list relations", async () => {
    expect(await ids("--involving", "elon-musk")).toEqual(["openai-founding"]);
    expect(await ids("--involving", "openai", "--type", "event")).toEqual(story.events.filter((e) => e.participants.some((p) => p.id === "openai")).map((e) => e.id));
    expect(await ids("--kind", "partnered", "--target", "microsoft")).toEqual(["microsoft-partnered-openai"]);
    const fromOpenai = story.relations.filter((r) => r.source === "openai" || (r.symmetric && r.target === "openai")).map((r) => r.id);
    expect(fromOpenai).toContain("microsoft-partnered-openai");
    expect(await ids("--source", "openai")).toEqual(fromOpenai);
  });

  test("query --participant, --role and --about list events", async () => {
    expect(await ids("--participant", "microsoft", "--role", "investor")).toEqual(["microsoft-investment-2019"]);
    expect(await ids("--involving", "openai", "--role", "founded")).toEqual(["openai-founding"]);
    expect(await ids("--role", "cause")).toEqual(["break-up-consequences"]);
    expect(await ids("--participant", "partnership-break-up")).toEqual(["break-up-consequences"]);
    expect(await ids("--about", "microsoft-partnered-openai")).toEqual(["partnership-strain", "partnership-break-up"]);
    expect(await ids("--participant", "microsoft", "--involving", "openai", "--kind", "strain")).toEqual(["partnership-strain"]);
  });

  test("query --at, --to and --polarity", async () => {
    expect(await ids("--at", "2015")).toEqual(["openai-founding"]);
    expect(await ids("--at", "2019-07-22")).toEqual(["microsoft-partnered-openai", "microsoft-investment-2019"]);
    expect(await ids("--to", "2018")).toEqual(["openai-founding"]);
    expect(await ids("--polarity", "negative")).toEqual([]);
    expect((await ids("--polarity", "positive")).length).toBe(story.relations.length + story.events.length);
  });

  test("query exits 2 with the usage for an unknown flag, value, kind or role, naming the known values", async () => {
    const cases: [string[], string][] = [
      [["--nope"], "unknown option --nope"],
      [["extra"], "Unexpected argument 'extra'"],
      [["--certainty", "sure"], '--certainty: unknown certainty "sure" (known: certain, probable, possible, unknown)'],
      [["--modality", "sure"], "(known: asserted, hedged, reported, hypothetical, negated)"],
      [["--polarity", "yes"], "(known: positive, negative)"],
      [["--type", "claim"], '--type: unknown type "claim" (known: relation, event)'],
      [["--kind", "foundd"], '--kind: unknown kind "foundd" (did you mean "founded"?); relation kinds: founded, invested'],
      [["--kind", "acquired"], "event kinds: announcement, statement, founding"],
      [["--type", "event", "--kind", "foundng"], 'did you mean "founding"?'],
      [["--role", "partyy"], '--role: no event kind has the role "partyy" (did you mean "party"?)'],
      [["--source", "microsoft", "--participant", "openai"], "--source lists relations and --participant lists events"],
      [["--type", "event", "--target", "openai"], "--target lists relations, but --type is event"],
      [["--type", "relation", "--about", "microsoft-partnered-openai"], "--about lists events, but --type is relation"],
      [["--source", "microsoft", "--kind", "investment"], '--kind: "investment" is an event kind, and --source lists relations'],
      [["--role", "party", "--kind", "partnered"], '--kind: "partnered" is a relation kind, and --role lists events'],
      [["--from", "2019-13"], '--from: "2019-13" is not a date'],
      [["--at", "soon"], '--at: "soon" is not a date'],
      [["--according-to", " "], "--according-to: the source name is empty"],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(["query", ...args]);
      expect([args, r.code]).toEqual([args, 2]);
      expect(r.err).toContain(message);
      expect(r.err).toContain(`Run "storygraph query --help" for its usage.`);
      expect(r.out).toBe("");
    }
  });

  test("query exits 1 with a clear message for an unknown entity, event or claim, or an empty date range", async () => {
    for (const [args, name] of [
      [["--source", "apple"], '"apple"'],
      [["--involving", "apple"], '"apple"'],
      [["--involving", "apple", "--type", "event"], '"apple"'],
      [["--participant", "apple"], '"apple"'],
      [["--about", "nothing"], '"nothing"'],
      [["--from", "2020", "--to", "2010"], '"2020" is after'],
    ] as const) {
      const r = await runCli(["query", ...args]);
      expect([args, r.code]).toEqual([args, 1]);
      expect(r.err).toContain(name);
      expect(r.err).not.toContain("Usage:");
    }
  });

  test("query --help prints usage with every flag and examples, exit 0", async () => {
    const r = await runCli(["query", "--help"]);
    expect(r.code).toBe(0);
    for (const flag of ["--type", "--kind", "--source", "--target", "--involving", "--participant", "--role", "--about", "--modality", "--certainty", "--polarity", "--according-to", "--at", "--from", "--to", "--story", "--json"]) {
      expect(r.out).toContain(`  ${flag} `);
    }
    expect(r.out).toContain("Relations (these flags list relations only)");
    expect(r.out).toContain("Examples:");
  });
});

describe("storygraph query --story", () => {
  test("query on a story with its own vocabulary takes its own kinds and entity ids as sources", async () => {
    const all = JSON.parse((await runCli(["query", "--story", LAWSUIT, "--json"])).out) as Json[];
    expect(all.find((c) => c.kind === "accuses")).toMatchObject({ id: "brightline-accuses-corvex", kindLabel: "accuses", source: "brightline-robotics" });
    expect(await ids("--story", LAWSUIT, "--kind", "appeal")).toEqual(["corvex-appeal"]);
    expect(await ids("--story", LAWSUIT, "--kind", "lawsuit", "--kind", "ruling")).toEqual(["design-lawsuit", "design-ruling"]);
    expect(await ids("--story", LAWSUIT, "--participant", "northern-district-court", "--role", "court")).toEqual(["design-lawsuit"]);
    expect(await ids("--story", LAWSUIT, "--according-to", "corvex-systems")).toEqual(["corvex-appeal"]);
    expect(await ids("--story", LAWSUIT, "--according-to", "a person close to the company", "--certainty", "possible")).toEqual(["hauler-withdrawal"]);
    expect(await ids("--story", LAWSUIT, "--at", "2023-10")).toEqual(["design-ruling"]);
    const table = (await runCli(["query", "--story", LAWSUIT, "--kind", "ruling"])).out;
    expect(table).toMatch(/^design-ruling +2023-10-03 +4 500 000 USD +The court rules for Brightline \(ruling: authority Northern District Court;/m);
    const unknown = await runCli(["query", "--story", LAWSUIT, "--kind", "apeal"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('did you mean "appeal"?');
  });

  test("query --story prints the loader's notices to stderr, never to stdout", async () => {
    const file = join(tmp, "old.json");
    writeFileSync(file, JSON.stringify(story1Input(), null, 2));
    const r = await runCli(["query", "--story", file, "--json"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Json[]).map((c) => c.id)).toEqual(["northwind-invested-tidewater", "okafor-founded-tidewater", "tidewater-seeks-northwind"]);
    const notices = r.err.trimEnd().split("\n");
    expect(notices[0]).toBe(`notice: ${file}:1:1 (document): converted from storygraph/1 to storygraph/2; \`storygraph migrate FILE\` writes the converted file`);
    expect(notices.every((l) => /^notice: .+:\d+:\d+ \S+: /.test(l))).toBe(true);
    expect(r.err).toMatch(new RegExp(`^notice: ${file}:\\d+:\\d+ relations\\[0\\]\\.date: start 2024-03-04 is not stated by the claim's quotes .*kept, marked inferred$`, "m"));
    const table = await runCli(["query", "--story", file, "--kind", "invested"]);
    expect(table.out).not.toContain("notice:");
    expect(table.out).toMatch(/^northwind-invested-tidewater +since 2024-03-04\*, ongoing +12 000 000 EUR \(tranche\)/m);
  });
});

describe("storygraph query and entity on a hostile story", () => {
  test("terminal controls and bidirectional overrides of a story file are printed as escapes, and --json still holds the same strings", async () => {
    const input = defaultStoryInput() as Json;
    const label = "Micro\u001b[2J\u001b]0;pwned\u0007soft \u202eepyT\u009b31m";
    input.entities.find((e: Json) => e.id === "microsoft").label = label;
    const file = join(tmp, "hostile.json");
    writeFileSync(file, JSON.stringify(input));
    const printed = "Micro\\u001b[2J\\u001b]0;pwned\\u0007soft \\u202eepyT\\u009b31m";
    for (const args of [["query", "--kind", "partnered"], ["entity", "microsoft"]]) {
      const r = await runCli([...args, "--story", file]);
      expect(r.code).toBe(0);
      expect(r.out).toContain(printed);
      expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
    const json = await runCli(["entity", "microsoft", "--story", file, "--json"]);
    expect(json.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(JSON.parse(json.out)[0].entity.label).toBe(label);
    const q = await runCli(["query", "--story", file, "--kind", "partnered", "--json"]);
    expect(JSON.parse(q.out)[0].source).toBe("microsoft");
  });
});

describe("storygraph entity", () => {
  test("entity resolves an alias whatever its accents and apostrophes, with its relations and its events and roles", async () => {
    const r = await runCli(["entity", "le geant de l'informatique", "--json"]);
    expect(r.code).toBe(0);
    const [hit] = JSON.parse(r.out) as Json[];
    expect(hit!.entity).toMatchObject({ id: "microsoft", wikidata: "Q2283" });
    expect(hit!.relations.map((x: Json) => x.id)).toEqual(story.relations.filter((x) => x.source === "microsoft" || x.target === "microsoft").map((x) => x.id));
    expect(hit!.relations[0]).toMatchObject({ type: "relation", kindLabel: "partnered with" });
    expect(hit!.events.map((e: Json) => [e.id, e.roles])).toEqual([
      ["microsoft-investment-2019", ["investor"]],
      ["partnership-strain", ["party"]],
      ["partnership-break-up", ["party"]],
      ["break-up-consequences", ["affected"]],
    ]);
    expect(hit!.events[0]).toMatchObject({ type: "event", kind: "investment", announced: { value: "2019-07" } });
  });

  test("entity prints the card: names, relations, and events with the entity's role", async () => {
    const r = await runCli(["entity", "sam altman"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Sam Altman (sam-altman, person)");
    expect(r.out).toContain("  relations (0):");
    expect(r.out).toContain("  events (1):");
    expect(r.out).toMatch(/^ {4}as founder: Founding of OpenAI \(founding: founded OpenAI; founder Elon Musk, Sam Altman\) {2}\[openai-founding; 2015; asserted\]$/m);
  });

  test("entity prints every entity a shared mention names", async () => {
    const r = await runCli(["entity", "les deux entreprises"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Microsoft (microsoft, organization)");
    expect(r.out).toContain("OpenAI (openai, organization)");
    expect(r.out).toMatch(/as party: Possible break-up of the partnership .*\[partnership-break-up; reported, hypothetical\]/);
  });

  test("entity finds an entity of a story's own kind, with its roles", async () => {
    const r = await runCli(["entity", "the court", "--story", LAWSUIT]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Northern District Court (northern-district-court, court)");
    expect(r.out).toMatch(/as court: Brightline sues Corvex/);
    expect(r.out).toMatch(/as authority: The court rules for Brightline/);
  });

  test("entity exits 1 with a message for an unknown name, 2 without a name", async () => {
    const unknown = await runCli(["entity", "Google"]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('"Google"');
    expect(unknown.err).not.toMatch(/entity: entity:/);
    expect((await runCli(["entity"])).code).toBe(2);
    expect((await runCli(["entity", "a", "b"])).code).toBe(2);
  });
});

describe("storygraph", () => {
  test("storygraph --help lists the commands, --version prints the package version", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/query[\s\S]*entity[\s\S]*validate[\s\S]*migrate[\s\S]*anchor[\s\S]*export/);
    const v = await runCli(["--version"]);
    expect(v.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test("storygraph exits 2 for an unknown command", async () => {
    expect((await runCli(["frobnicate"])).code).toBe(2);
  });

  test("bin/storygraph.js runs the CLI as a real process", () => {
    const r = runBin(["query", "--kind", "founding", "--kind", "founded", "--json"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Json[]).map((c) => c.id)).toEqual(["openai-founding"]);
  });
});

describe("storygraph query over several stories", () => {
  test("query --story A --story B lists each story's claims with its file; an entity flag takes a Wikidata id; --json gives each claim its story", async () => {
    const followup = "tests/fixtures/partnership-followup-story.json";
    const args = ["query", "--story", "@default", "--story", followup, "--kind", "invested", "--involving", "Q2283"];
    const text = await runCli(args);
    expect(text.code).toBe(0);
    expect(text.out).toContain("== (built-in story)\n");
    expect(text.out).toContain(`== ${followup}\n`);
    const json = JSON.parse((await runCli([...args, "--json"])).out) as { story: string; id: string; citations: { sources: { kind: string }[] }[] }[];
    expect(json.map((c) => c.story)).toEqual(["(built-in story)", followup]);
    // stated by the author of one article, only reported (by a named source) in the other
    expect(json[0]!.citations[0]!.sources.map((s) => s.kind)).toEqual(["author"]);
    expect(json[1]!.citations[0]!.sources.length).toBeGreaterThan(1);
    const none = await runCli(["query", "--story", "@default", "--story", followup, "--involving", "Q1"]);
    expect(none.code).toBe(1);
    expect(none.err).toContain('no entity matches "Q1"');
  });
});
