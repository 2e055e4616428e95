/**
 * `storygraph validate FILE…`: check story files with the same validator as the library and the
 * viewer (`checkStoryJson`) and list every problem as `FILE:LINE:COL PATH: message [ErrorClass]`.
 */
import { checkStoryJson } from "../../graph/input/load.ts";
import { FileReadError, readStoryFile } from "../read-story.ts";
import type { Story } from "../../graph/model.ts";
import { sentenceCoverage } from "../../graph/queries/timeline.ts";
import type { StoryProblem } from "../../graph/errors.ts";
import { parseFlags } from "../args.ts";
import { EXIT, UsageError, type CliIO, type Command } from "../io.ts";

/** One problem in `--json` output. */
interface ProblemReport {
  readonly name: string;
  readonly path: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/** One file in `--json` output. */
interface FileReport {
  readonly file: string;
  readonly valid: boolean;
  readonly problems: readonly ProblemReport[];
  /** Counts of a valid story. */
  readonly summary?: { sentences: number; entities: number; relations: number; citations: number; noClaims: number };
  /** Sentences of a valid story neither cited nor declared in `noClaims` (a note, not a problem). */
  readonly uncovered?: readonly string[];
}

function problemReport(p: StoryProblem): ProblemReport {
  return { name: p.name, path: p.path, ...(p.line !== undefined && { line: p.line, column: p.column }), message: p.detail };
}

function summaryOf(story: Story): NonNullable<FileReport["summary"]> {
  return {
    sentences: story.sentences.length,
    entities: story.entities.length,
    relations: story.relations.length,
    citations: story.relations.reduce((n, r) => n + r.citations.length, 0),
    noClaims: story.noClaims.length,
  };
}

function readAndCheck(file: string, io: CliIO): { report: FileReport; problems: readonly StoryProblem[] } {
  let bytes: Uint8Array;
  try {
    const read = readStoryFile(file, io);
    if (!read.ok) return { report: { file, valid: false, problems: [problemReport(read.problem)] }, problems: [read.problem] };
    bytes = read.bytes;
  } catch (e) {
    if (!(e instanceof FileReadError)) throw e;
    return { report: { file, valid: false, problems: [{ name: e.name, path: "", message: e.message }] }, problems: [] };
  }
  const check = checkStoryJson(bytes, { file });
  if (!check.ok) return { report: { file, valid: false, problems: check.problems.map(problemReport) }, problems: check.problems };
  const uncovered = sentenceCoverage(check.story)
    .filter((c) => c.citations === 0 && c.noClaim === undefined)
    .map((c) => c.sentence.id);
  return { report: { file, valid: true, problems: [], summary: summaryOf(check.story), uncovered }, problems: [] };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export const validateCommand: Command = {
  name: "validate",
  summary: "check story files and list every problem with its line and column",
  help: `Usage: storygraph validate FILE... [--json]

Check story JSON files with the validator the library and the viewer use: encoding
(UTF-8; a leading BOM is dropped), size (10 MiB at most), JSON syntax, shape (the JSON
Schema in schema/story.schema.json) and meaning (entities that exist, relation kinds
allowed between their entity kinds, quotes found in the sentences they cite, offsets,
real dates, amounts, ISO 4217 currencies, attributions, no-claim notes).

Every problem is one line:
  FILE:LINE:COLUMN PATH: message [ErrorClass]
Shape problems come first; meaning is checked once the shape is right. A valid story
gets a one-line summary, and a note for sentences neither cited nor in noClaims.

Exit code 0 when every file is a valid story, 1 when one is not (or cannot be read),
2 for a usage error.

Options:
  --json      print a JSON array, one report per file:
              {file, valid, problems: [{name, path, line, column, message}], summary, uncovered}
  -h, --help  show this help

Examples:
  storygraph validate my-story.json
  storygraph validate tests/fixtures/english-story.json tests/fixtures/invalid/*.json
  storygraph validate my-story.json --json
`,
  run(args, io) {
    const { values, positionals } = parseFlags(args, { json: { type: "boolean" } }, true);
    if (values.help) {
      io.out(this.help);
      return EXIT.ok;
    }
    if (positionals.length === 0) throw new UsageError("validate needs at least one FILE");
    const results = positionals.map((file) => readAndCheck(file, io));
    if (values.json) {
      io.out(JSON.stringify(results.map((r) => r.report), null, 2) + "\n");
    } else {
      for (const { report, problems } of results) {
        if (report.valid) {
          const s = report.summary!;
          io.out(
            `${report.file}: valid story: ${plural(s.sentences, "sentence")}, ${plural(s.entities, "entity").replace("entitys", "entities")}, ` +
              `${plural(s.relations, "relation")} (${plural(s.citations, "citation")}), ${plural(s.noClaims, "no-claim note")}\n`,
          );
          if (report.uncovered!.length > 0) {
            io.out(`${report.file}: note: sentences neither cited nor declared in noClaims: ${report.uncovered!.join(", ")}\n`);
          }
          continue;
        }
        if (problems.length === 0) {
          io.out(`${report.file}: ${report.problems[0]!.message} [${report.problems[0]!.name}]\n`);
          continue;
        }
        for (const p of problems) io.out(p.describe() + "\n");
        io.out(`${report.file}: ${plural(problems.length, "problem")}\n`);
      }
    }
    return results.every((r) => r.report.valid) ? EXIT.ok : EXIT.failure;
  },
};
