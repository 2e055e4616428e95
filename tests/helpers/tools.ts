/**
 * Real clients for the GEXF tests: xmllint with the GEXF 1.3 RelaxNG schema, and python3 with
 * networkx. When one is missing the helper throws (so the test fails) with how to install it.
 * Also the stories the GEXF tests export beside the default one (fixtures, an edge-case story).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defaultStoryInput } from "../../src/data/story.ts";
import { parseStoryJson } from "../../src/graph/input/load.ts";
import type { StoryInput } from "../../src/graph/input/schema.ts";
import { buildStory } from "../../src/graph/input/validate.ts";
import type { Story } from "../../src/graph/model.ts";

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The GEXF 1.3 RelaxNG schema files (gephi/gexf at ce89bb7, specs/1.3) and their SHA-256. */
export const GEXF_SCHEMA_SHA256: Readonly<Record<string, string>> = {
  "gexf.rng": "5a85333472901a3f273f850110a0946db25102e325e3eeb89ff54c00df554cc8",
  "viz.rng": "6861be325570b522e79e892493b306bea3baacef16287a134f7772803b87aa5d",
  "dynamics.rng": "7238a17f37e4e7b692face9f44cc25f07a93615eb2021b34308b007d483cb1b6",
};

/** The copy vendored in the repository (tests/fixtures/gexf-schema/SOURCE.md says where it comes from). */
const VENDORED_SCHEMA_DIR = path.join(REPO_ROOT, "tests/fixtures/gexf-schema");

/**
 * The folder holding the GEXF 1.3 schema (its `1.3/` subfolder): `$STORYGRAPH_GEXF_SCHEMA_DIR`,
 * then `../shared/gexf` beside the repository, then the copy vendored in tests/fixtures/ — the
 * first that has the three files, each checked against its SHA-256.
 *
 * @throws {Error} naming each place tried and what was wrong there.
 */
export function gexfSchemaDir(): string {
  const tried: string[] = [];
  const candidates = [
    ...(process.env.STORYGRAPH_GEXF_SCHEMA_DIR ? [["$STORYGRAPH_GEXF_SCHEMA_DIR", process.env.STORYGRAPH_GEXF_SCHEMA_DIR] as const] : []),
    ["../shared/gexf", path.resolve(REPO_ROOT, "../shared/gexf")] as const,
    ["the vendored copy", VENDORED_SCHEMA_DIR] as const,
  ];
  for (const [name, dir] of candidates) {
    const wrong = Object.entries(GEXF_SCHEMA_SHA256).flatMap(([file, sha]) => {
      const full = path.join(dir, "1.3", file);
      if (!existsSync(full)) return [`${file} missing`];
      const got = createHash("sha256").update(readFileSync(full)).digest("hex");
      return got === sha ? [] : [`${file} has SHA-256 ${got}, expected ${sha}`];
    });
    if (wrong.length === 0) return dir;
    tried.push(`${name} (${dir}): ${wrong.join(", ")}`);
  }
  throw new Error(
    `the GEXF 1.3 schema was not found: ${tried.join("; ")}. Set STORYGRAPH_GEXF_SCHEMA_DIR to a folder holding 1.3/gexf.rng, viz.rng and dynamics.rng from https://github.com/gephi/gexf/tree/ce89bb7fb5a63901677916b0770e52b29a613e01/specs/1.3`,
  );
}

/** The GEXF 1.3 RelaxNG schema (see `gexfSchemaDir`). */
export const GEXF_RNG = path.join(gexfSchemaDir(), "1.3", "gexf.rng");
/** storygraph's minimal GEXF 1.3 sample. */
export const MINIMAL_GEXF = path.join(VENDORED_SCHEMA_DIR, "minimal-1.3.gexf");

function need(ok: boolean, what: string, install: string): void {
  if (!ok) throw new Error(`${what} is missing; install it with: ${install}`);
}

/** Result of validating files with xmllint. */
export interface XmllintResult {
  readonly status: number;
  /** xmllint's stderr: one "FILE validates" line per valid file, errors otherwise. */
  readonly output: string;
}

/** Validate `files` against gexf.rng with `xmllint --noout --relaxng` (one process for all files). */
export function xmllintRelaxng(files: readonly string[]): XmllintResult {
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  need(probe.error === undefined, "xmllint", "sudo apt-get install -y libxml2-utils (npm test installs it when run as root)");
  const r = spawnSync("xmllint", ["--noout", "--relaxng", GEXF_RNG, ...files], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status ?? -1, output: (r.stderr ?? "") + (r.stdout ?? "") };
}

/** Run a Python script with python3 (networkx required); returns its stdout. */
export function runNetworkx(script: string, args: readonly string[] = []): string {
  const probe = spawnSync("python3", ["-c", "import networkx"], { encoding: "utf8" });
  need(probe.status === 0, "python3 with networkx", "pip install 'networkx==3.6.*' (or: sudo apt-get install -y python3-networkx)");
  return execFileSync("python3", ["-c", script, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

// ---------------------------------------------------------------------------------------------
// Stories the GEXF tests export (beside the default story)

/** A story fixture of tests/fixtures/, loaded and validated (`english-story`, `lawsuit-story`). */
export function fixtureStory(name: "english-story" | "lawsuit-story" | "mini-story" | "partnership-followup-story"): Story {
  return parseStoryJson(readFileSync(path.join(REPO_ROOT, "tests/fixtures", `${name}.json`)), { file: `${name}.json` });
}

/**
 * The default story with claims that use what it does not: a publication date (ongoing claims
 * end there), inferred qualifiers and amount, a relation with a start and an end, one with only
 * an end, an ongoing event (a start, no end), a negative citation, a source that is an entity, a
 * quote that stands twice in its sentence (`occurrence`).
 */
export function edgeCaseInput(): StoryInput {
  const input = defaultStoryInput();
  input.article.published = "2024-06-30";
  input.relations.push(
    {
      id: "microsoft-depends-on-openai",
      kind: "depends-on",
      source: "microsoft",
      target: "openai",
      start: { value: "2019-07", inferred: "the dependence began with the 2019 partnership" },
      end: { value: "2021", inferred: "a test date" },
      amount: { value: 5.5, currency: "EUR", inferred: "a test amount" },
      citations: [
        {
          sentence: "s9",
          quote: "le géant de l’informatique pourrait perdre l’accès à des technologies",
          factuality: { polarity: "positive", certainty: "possible" },
          sources: [{ name: "Microsoft", entity: "microsoft" }],
          gloss: "Microsoft could lose access to technologies.",
        },
      ],
    },
    {
      id: "openai-opposes-microsoft",
      kind: "opposes",
      source: "openai",
      target: "microsoft",
      end: { value: "2020-02-29", inferred: "a test date" },
      citations: [
        {
          sentence: "s6",
          quote: "ses",
          occurrence: 2,
          factuality: { polarity: "negative", certainty: "probable" },
          sources: ["les sources"],
          gloss: "A test citation of a quote that stands twice in its sentence.",
        },
      ],
    },
  );
  input.events!.push({
    id: "openai-research",
    kind: "meeting",
    label: "OpenAI's research programme",
    participants: [
      { role: "participant", entity: "openai" },
      { role: "participant", entity: "elon-musk" },
    ],
    start: { value: "2020", inferred: "a test date" },
    announced: { value: "2019-12-15", inferred: "a test date" },
    citations: [
      {
        sentence: "s6",
        quote: "financer ses recherches et ses projets",
        factuality: { polarity: "positive", certainty: "probable" },
        sources: ["les sources"],
        gloss: "OpenAI would use the funds for its research.",
      },
    ],
  });
  return input;
}

/** `edgeCaseInput()`, validated. */
export function edgeCaseStory(): Story {
  return buildStory(edgeCaseInput());
}
