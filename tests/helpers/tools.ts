/**
 * Real clients for the GEXF tests: xmllint with the GEXF 1.3 RelaxNG schema, and python3 with
 * networkx. When one is missing the helper throws (so the test fails) with how to install it.
 * Also the stories the GEXF tests export beside the default one (fixtures, an edge-case story).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defaultStoryInput } from "../../src/data/story.ts";
import { parseStoryJson } from "../../src/graph/input/load.ts";
import type { StoryInput } from "../../src/graph/input/schema.ts";
import { buildStory } from "../../src/graph/input/validate.ts";
import type { Story } from "../../src/graph/model.ts";

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The GEXF 1.3 RelaxNG schema (shared/ beside the repository). */
export const GEXF_RNG = path.resolve(REPO_ROOT, "../shared/gexf/1.3/gexf.rng");
/** The minimal GEXF 1.3 sample of shared/. */
export const MINIMAL_GEXF = path.resolve(REPO_ROOT, "../shared/gexf/examples/minimal-1.3.gexf");

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
