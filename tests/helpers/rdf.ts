/**
 * Helpers of the RDF tests: the stories every export test covers, N3.js parsing, quads as
 * comparable N-Quads lines, and the independent readers (Debian's rdflib through /usr/bin/python3,
 * oxigraph). When rdflib is missing the helper throws (so the test fails) with how to install it.
 */
import { spawnSync } from "node:child_process";
import { Parser, Writer, type Quad } from "n3";
import { defaultStory } from "../../src/data/story.ts";
import type { Story } from "../../src/graph/model.ts";
import { fixtureStory } from "./tools.ts";

/** The stories each export test runs on: the default story and the two complete fixtures. */
export function exportStories(): readonly (readonly [string, Story])[] {
  return [
    ["default story", defaultStory()],
    ["english-story.json", fixtureStory("english-story")],
    ["lawsuit-story.json", fixtureStory("lawsuit-story")],
  ];
}

/** Parse Turtle, TriG or N-Quads with N3.js. */
export function parseN3(text: string, format: "Turtle" | "TriG" | "N-Quads"): Quad[] {
  return new Parser({ format }).parse(text);
}

/** One quad as an N-Quads line (canonical enough to compare sets: no blank nodes in our exports). */
export function quadLine(q: Quad, withGraph = true): string {
  const w = new Writer({ format: "N-Quads" });
  return w.quadToString(q.subject, q.predicate, q.object, withGraph ? q.graph : undefined).trim();
}

/** The quads as a sorted, de-duplicated list of N-Quads lines. */
export function quadSet(quads: Iterable<Quad>, withGraph = true): string[] {
  return [...new Set([...quads].map((q) => quadLine(q, withGraph)))].sort();
}

/** Debian's rdflib, run by /usr/bin/python3 (its site-packages has python3-rdflib). */
export const PYTHON_RDFLIB = "/usr/bin/python3";

/**
 * Run a Python script with rdflib; returns its stdout.
 *
 * @throws when /usr/bin/python3 cannot import rdflib: the message says how to install it.
 */
export function runRdflib(script: string, args: readonly string[] = [], input?: string): string {
  const probe = spawnSync(PYTHON_RDFLIB, ["-c", "import rdflib"], { encoding: "utf8" });
  if (probe.status !== 0) throw new Error("python3-rdflib is missing for /usr/bin/python3; install it with: apt-get install -y python3-rdflib");
  const r = spawnSync(PYTHON_RDFLIB, ["-c", script, ...args], { encoding: "utf8", input, maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`rdflib script failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}
