/**
 * `storygraph validate FILE…`: check story files with the same validator as the library and the
 * viewer (`checkStoryJson`) and list every problem as `FILE:LINE:COL PATH: message [ErrorClass]`,
 * and every notice (a storygraph/1 file converted, a qualifier kept as inferred) as
 * `notice: FILE:LINE:COL PATH: message`.
 */
import type { StoryProblem } from "../../graph/errors.ts";
import { checkStoryJson } from "../../graph/input/load.ts";
import type { StoryNotice } from "../../graph/input/problems.ts";
import type { Story } from "../../graph/model.ts";
import { sentenceCoverage } from "../../graph/queries/timeline.ts";
import { parseFlags } from "../args.ts";
import { noticeLine, plural, printable } from "../format.ts";
import { EXIT, UsageError, type CliIO, type Command } from "../io.ts";
import { FileReadError, displayName, readStoryFile } from "../read-story.ts";
import { DEFAULT_MAX_PROBLEMS, problemList } from "../format.ts";

/** One problem in `--json` output. */
interface ProblemReport {
  readonly name: string;
  readonly path: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/** One notice in `--json` output. */
interface NoticeReport {
  readonly path: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/** Counts of a valid story. */
interface Summary {
  readonly sentences: number;
  readonly entities: number;
  readonly relations: number;
  readonly events: number;
  readonly citations: number;
  readonly noClaims: number;
}

/** One file in `--json` output. */
interface FileReport {
  readonly file: string;
  readonly valid: boolean;
  /** The first `--max-problems` problems (all with 0). */
  readonly problems: readonly ProblemReport[];
  /** How many problems the file has in all. */
  readonly problemCount: number;
  readonly notices: readonly NoticeReport[];
  readonly summary?: Summary;
  /** Sentences of a valid story neither cited nor declared in `noClaims` (a note, not a problem). */
  readonly uncovered?: readonly string[];
}

/** What checking one file gave: its report, and the problems and notices to print. */
interface FileCheck {
  readonly report: FileReport;
  readonly problems: readonly StoryProblem[];
  readonly notices: readonly StoryNotice[];
}

function problemReport(p: StoryProblem): ProblemReport {
  return { name: p.name, path: p.path, ...(p.line !== undefined && { line: p.line, column: p.column }), message: p.detail };
}

function noticeReport(n: StoryNotice): NoticeReport {
  return { path: n.path, ...(n.line !== undefined && { line: n.line, column: n.column }), message: n.message };
}

function summaryOf(story: Story): Summary {
  const citations = (list: readonly { citations: readonly unknown[] }[]) => list.reduce((n, c) => n + c.citations.length, 0);
  return {
    sentences: story.sentences.length,
    entities: story.entities.length,
    relations: story.relations.length,
    events: story.events.length,
    citations: citations(story.relations) + citations(story.events),
    noClaims: story.noClaims.length,
  };
}

/**
 * Read and check story file `file`: the report `--json` prints and the problems and notices the
 * text output prints. A file that cannot be read is an invalid report with one `FileReadError`.
 */
export async function checkStoryFile(path: string, io: CliIO, maxProblems = DEFAULT_MAX_PROBLEMS): Promise<FileCheck> {
  const first = <T,>(list: readonly T[]) => (maxProblems > 0 ? list.slice(0, maxProblems) : list);
  const file = displayName(path);
  let bytes: Uint8Array;
  try {
    const read = await readStoryFile(path, io);
    if (!read.ok) return { report: { file, valid: false, problems: [problemReport(read.problem)], problemCount: 1, notices: [] }, problems: [read.problem], notices: [] };
    bytes = read.bytes;
  } catch (e) {
    if (!(e instanceof FileReadError)) throw e;
    return { report: { file, valid: false, problems: [{ name: e.name, path: "", message: e.message }], problemCount: 1, notices: [] }, problems: [], notices: [] };
  }
  const check = checkStoryJson(bytes, { file });
  const notices = check.notices.map(noticeReport);
  if (!check.ok) {
    const shown = first(check.problems);
    return { report: { file, valid: false, problems: shown.map(problemReport), problemCount: check.problems.length, notices }, problems: check.problems, notices: check.notices };
  }
  const uncovered = sentenceCoverage(check.story)
    .filter((c) => c.citations === 0 && c.noClaim === undefined)
    .map((c) => c.sentence.id);
  return { report: { file, valid: true, problems: [], problemCount: 0, notices, summary: summaryOf(check.story), uncovered }, problems: [], notices: check.notices };
}

/**
 * The text lines of a file check: notices, then problems and their count, or the summary of a
 * valid story and its uncovered sentences.
 */
export function checkLines({ report, problems, notices }: FileCheck, maxProblems = DEFAULT_MAX_PROBLEMS): string[] {
  const lines = notices.map(noticeLine);
  const noted = notices.length > 0 ? `, ${plural(notices.length, "notice")}` : "";
  if (report.valid) {
    const s = report.summary!;
    lines.push(
      `${report.file}: valid story: ${plural(s.sentences, "sentence")}, ${plural(s.entities, "entity")}, ` +
        `${plural(s.relations, "relation")}, ${plural(s.events, "event")} (${plural(s.citations, "citation")}), ${plural(s.noClaims, "no-claim note")}${noted}`,
    );
    if (report.uncovered!.length > 0) lines.push(`${report.file}: note: sentences neither cited nor declared in noClaims: ${report.uncovered!.join(", ")}`);
    return lines;
  }
  if (problems.length === 0) {
    // a file that could not be read: its one problem has no location
    lines.push(`${report.file}: ${report.problems[0]!.message} [${report.problems[0]!.name}]`);
    return lines;
  }
  lines.push(...problemList(problems, maxProblems));
  lines.push(`${report.file}: ${plural(problems.length, "problem")}${noted}`);
  return lines;
}

export const validateCommand: Command = {
  name: "validate",
  help: `Usage: storygraph validate FILE... [--json]

Check story JSON files with the validator the library and the viewer use: encoding
(UTF-8; a leading BOM is dropped), size (10 MiB at most), JSON syntax, shape (the JSON
Schema in schema/story.schema.json) and meaning (the vocabulary's kinds, entities that
exist, relation kinds allowed between their entity kinds, event roles and who may fill
them, quotes found in the sentences they cite, offsets, dates and amounts stated by the
quotes, ISO 4217 currencies, sources, no-claim notes).

Every problem is one line:
  FILE:LINE:COLUMN PATH: message [ErrorClass]
Shape problems come first; meaning is checked once the shape is right. A valid story
gets a one-line summary, and a note for sentences neither cited nor in noClaims.
A storygraph/1 file still loads, converted to storygraph/2: what the conversion did
(a relation's date read as its start, a qualifier its quotes do not state kept as
inferred) is printed as notices, one line each:
  notice: FILE:LINE:COLUMN PATH: message
storygraph migrate FILE writes the converted file.

Exit code 0 when every file is a valid story (notices or not), 1 when one is not (or
cannot be read), 2 for a usage error.

Options:
  --json              print a JSON array, one report per file: {file, valid,
                      problems: [{name, path, line, column, message}], problemCount,
                      notices: [{path, line, column, message}], summary, uncovered}
  --max-problems N    list at most N problems per file, then how many more there
                      are (default ${DEFAULT_MAX_PROBLEMS}; 0 lists them all); problemCount is the total
  -h, --help          show this help

Examples:
  storygraph validate tests/fixtures/lawsuit-story.json
  storygraph validate tests/fixtures/english-story.json tests/fixtures/lawsuit-story.json
  storygraph validate tests/fixtures/lawsuit-story.json --json
`,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { json: { type: "boolean" }, "max-problems": { type: "string" } }, true);
    if (values.help) {
      io.out(this.help);
      return EXIT.ok;
    }
    if (positionals.length === 0) throw new UsageError("validate needs at least one FILE");
    const max = values["max-problems"] ?? String(DEFAULT_MAX_PROBLEMS);
    if (!/^\d+$/.test(max)) throw new UsageError(`--max-problems: expected a non-negative integer, got "${max}"`);
    const results: FileCheck[] = [];
    for (const file of positionals) results.push(await checkStoryFile(file, io, Number(max)));
    if (values.json) io.out(printable(JSON.stringify(results.map((r) => r.report), null, 2)) + "\n");
    else for (const r of results) io.out(checkLines(r, Number(max)).map((l) => printable(l, true) + "\n").join(""));
    return results.every((r) => r.report.valid) ? EXIT.ok : EXIT.failure;
  },
};
