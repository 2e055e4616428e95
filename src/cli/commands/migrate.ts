/**
 * `storygraph migrate OLD.json [--out NEW.json]`: read a story file (storygraph/1 or /2) and
 * write it as a storygraph/2 story file (`toStoryJson`), to standard output or atomically to a
 * file. The loader's notices (what the conversion read) go to standard error; a file that does
 * not validate is refused with its problems, as `validate` prints them.
 */
import path from "node:path";
import { isStory1 } from "../../graph/input/format1.ts";
import { checkStoryJson } from "../../graph/input/load.ts";
import { STORY_FORMAT, STORY_FORMAT_1 } from "../../graph/input/story-format.ts";
import { toStoryJson } from "../../graph/input/story-json.ts";
import { parseFlags } from "../args.ts";
import { writeFileAtomic } from "../atomic-write.ts";
import { noticeLine, plural, printable, problemList } from "../format.ts";
import { EXIT, UsageError, type Command } from "../io.ts";
import { displayName, readStoryFile } from "../read-story.ts";
import { StoryValidationError } from "../../graph/errors.ts";

/**
 * The `$schema` of the input file for the output: pointed at the storygraph/2 schema, and, when
 * it is a relative path and the output goes to another folder, rebased on that folder (editors
 * resolve it from the file's own folder). Undefined when the input has none.
 */
function schemaFor(data: unknown, input: string, output: string | undefined): string | undefined {
  const schema = data !== null && typeof data === "object" ? (data as { $schema?: unknown }).$schema : undefined;
  if (typeof schema !== "string") return undefined;
  const own = schema.replace(/story-1\.schema\.json$/, "story.schema.json");
  if (output === undefined || /^[a-z][a-z0-9+.-]*:/i.test(own) || path.isAbsolute(own)) return own;
  const from = path.dirname(path.resolve(output));
  const target = path.resolve(path.dirname(path.resolve(input)), own);
  const rebased = path.relative(from, target).split(path.sep).join("/");
  return rebased.startsWith(".") ? rebased : `./${rebased}`;
}

export const migrateCommand: Command = {
  name: "migrate",
  help: `Usage: storygraph migrate FILE [--out NEW_FILE]

Read a story file (${STORY_FORMAT_1} or ${STORY_FORMAT}) and write it as a ${STORY_FORMAT} story file,
to standard output or, with --out, to NEW_FILE atomically (a temporary file is written,
then renamed over NEW_FILE; --out may name FILE itself). The conversion:
  - a citation's modality becomes its factuality: asserted and reported -> certain,
    hedged -> probable, hypothetical -> possible (all positive), negated -> certain and
    negative; its attribution becomes its one source ("sources": [...]);
  - a relation's date becomes its start (check it: a point in time or an announcement
    date belongs in "pointInTime" or "announced");
  - a date or amount its quotes do not state is kept, marked inferred (with the reason
    "storygraph/1 qualifier, not stated by its quotes"): state it or give your own reason.
What the conversion did is printed to standard error as notices
(notice: FILE:LINE:COLUMN PATH: message). The file written loads with no notice.

Exit code 0 when the file was converted, 1 when it does not validate (its problems are
printed as storygraph validate prints them, and nothing is written) or cannot be read or
written, 2 for a usage error.

Options:
  --out NEW_FILE  write to NEW_FILE instead of standard output
  -h, --help      show this help

Examples:
  storygraph migrate tests/fixtures/english-story.json
  storygraph migrate tests/fixtures/story-1.json --out story.json
`,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { out: { type: "string" } }, true);
    if (values.help) {
      io.out(this.help);
      return EXIT.ok;
    }
    if (positionals.length !== 1) throw new UsageError("migrate takes exactly one FILE");
    if (values.out === "") throw new UsageError("--out: the file name is empty");
    const path = positionals[0]!;
    const file = displayName(path);
    const read = await readStoryFile(path, io);
    if (!read.ok) throw new StoryValidationError("parseStoryJson", [read.problem], file);
    const check = checkStoryJson(read.bytes, { file });
    for (const n of check.notices) io.err(noticeLine(n) + "\n");
    if (!check.ok) {
      for (const line of problemList(check.problems)) io.err(printable(line, true) + "\n");
      io.err(`${file}: ${plural(check.problems.length, "problem")}; nothing written\n`);
      return EXIT.failure;
    }
    const data: unknown = JSON.parse(new TextDecoder().decode(read.bytes).replace(/^\uFEFF/, ""));
    const schema = schemaFor(data, file, values.out);
    const json = toStoryJson(check.story, schema === undefined ? {} : { schema });
    const from = isStory1(data) ? `converted from ${STORY_FORMAT_1}` : `already ${STORY_FORMAT}`;
    if (values.out === undefined) io.out(json);
    else {
      await writeFileAtomic(values.out, [json]);
      io.err(`storygraph migrate: wrote ${values.out} (${STORY_FORMAT}, ${from}, ${plural(check.notices.length, "notice")})\n`);
    }
    return EXIT.ok;
  },
};
