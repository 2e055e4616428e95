/**
 * `storygraph init ARTICLE.txt --lang fr|en [--title T] [--url U] [--published DATE] [--out story.json]`:
 * a draft story file from a plain-text article (`draftStory`): the article, no claims, and the
 * suggestions read in its text. Written to standard output, or atomically to `--out` (never over
 * something that is not a regular file). The article is read as strict UTF-8, up to the story
 * size limit; `-` reads standard input.
 */
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { parseDate } from "../../graph/dates.ts";
import { DRAFT_LANGUAGES } from "../../graph/draft/language.ts";
import { draftStory } from "../../graph/draft/story.ts";
import { sniffEncoding } from "../../graph/encoding.ts";
import { encodingProblem } from "../../graph/input/load.ts";
import { toStoryJson } from "../../graph/input/story-json.ts";
import { buildStory } from "../../graph/input/validate.ts";
import { parseFlags } from "../args.ts";
import { FileWriteError, writeFileAtomic } from "../atomic-write.ts";
import { plural } from "../format.ts";
import { EXIT, UsageError, type CliIO, type Command } from "../io.ts";
import { displayName, readStoryFile } from "../read-story.ts";

const FN = "storygraph init";

/** The article's text: strict UTF-8 (a leading BOM dropped); otherwise the `EncodingError` to print. */
function decodeArticle(bytes: Uint8Array, file: string): string | { problem: ReturnType<typeof encodingProblem> } {
  if (sniffEncoding(bytes).encoding !== "UTF-8") return { problem: encodingProblem(bytes, file, "readArticle") };
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { problem: encodingProblem(bytes, file, "readArticle") };
  }
}

/**
 * Refuse an `--out` that exists and is not a regular file (a directory, a device, a pipe): a draft
 * is a file to keep and edit, never a stream.
 *
 * @throws {FileWriteError} with code `ENOTREG` or `EISDIR`.
 */
function checkOutput(out: string, io: CliIO): void {
  let st: { isFile: boolean; isDirectory: boolean } | undefined;
  try {
    st = io.stat?.(out);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return; // a new file
    throw e;
  }
  if (st && !st.isFile)
    throw new FileWriteError(FN, out, st.isDirectory ? "EISDIR" : "ENOTREG", `${st.isDirectory ? "it is a directory" : "it is not a regular file (a device, pipe or socket)"}; nothing written`);
}

/** The same file, links followed (a path that does not exist is only itself). */
function sameFile(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}

export const initCommand: Command = {
  name: "init",
  help: `Usage: storygraph init ARTICLE.txt --lang fr|en [--title T] [--url U] [--published DATE] [--out story.json]

Draft a story file from a plain-text article (UTF-8; - reads standard input): the article,
no claims yet, and suggestions read in its text alone — candidate entity mentions (proper
names, repeated names grouped, a kind guess where the text gives one), and for each
sentence its factuality cues (selon, d'après, semble, pourrait, auraient, si, en cas de;
according to, reportedly, could, may, if, said, declined to…) and its dates and amounts
as the qualifier parser reads them. Suggestions are never claims. The file validates
as it is (storygraph validate); add entities and claims to it, citing the article's
words (storygraph anchor finds them).

The story file goes to standard output, or with --out to FILE atomically (a temporary
file, then a rename). --out never replaces what is not a regular file (a directory,
/dev/null, a pipe).

Exit code 0 when the draft was written, 1 when the article cannot be read (missing, a
directory, not UTF-8, too large) or the output cannot be written, 2 for a usage error
(no ARTICLE, --lang missing or not fr/en, --published not a date, --out naming the
ARTICLE itself).

Options:
  --lang fr|en        the article's language (required)
  --title T           the article's title
  --url U             where it was published
  --published DATE    when: YYYY, YYYY-MM or YYYY-MM-DD
  --out FILE          write to FILE instead of standard output
  -h, --help          show this help

Examples:
  storygraph init src/data/article.fr.txt --lang fr --published 2023-03 --out draft.json
  storygraph init tests/fixtures/english-article.txt --lang en --title "Tidewater Energy raises 12 million euros"
`,
  async run(args, io) {
    const { values, positionals } = parseFlags(
      args,
      { lang: { type: "string" }, title: { type: "string" }, url: { type: "string" }, published: { type: "string" }, out: { type: "string" } },
      true,
    );
    if (values.help) {
      io.out(this.help);
      return EXIT.ok;
    }
    if (positionals.length !== 1) throw new UsageError("init takes exactly one ARTICLE file");
    if (values.lang === undefined) throw new UsageError(`--lang is required (${DRAFT_LANGUAGES.join(" or ")})`);
    if (!(DRAFT_LANGUAGES as readonly string[]).includes(values.lang)) throw new UsageError(`--lang: ${JSON.stringify(values.lang)} is not a language init reads (${DRAFT_LANGUAGES.join(", ")})`);
    if (values.published !== undefined && parseDate(values.published) === null) throw new UsageError(`--published: ${JSON.stringify(values.published)} is not a date YYYY, YYYY-MM or YYYY-MM-DD`);
    if (values.out === "") throw new UsageError("--out: the file name is empty");
    if (values.out !== undefined) checkOutput(values.out, io);
    const path = positionals[0]!;
    if (values.out !== undefined && path !== "-" && sameFile(path, values.out)) throw new UsageError("--out names the ARTICLE itself: write the draft to another file");
    const file = displayName(path);
    const read = await readStoryFile(path, io);
    if (!read.ok) {
      io.err(read.problem.describe() + "\n");
      return EXIT.failure;
    }
    const text = decodeArticle(read.bytes, file);
    if (typeof text !== "string") {
      io.err(text.problem.describe() + "\n");
      return EXIT.failure;
    }
    const draft = draftStory({
      text,
      lang: values.lang,
      ...(values.title !== undefined && { title: values.title }),
      ...(values.url !== undefined && { url: values.url }),
      ...(values.published !== undefined && { published: values.published }),
    });
    const story = buildStory(draft); // the draft must load as it is: what validate will say
    const json = toStoryJson(story);
    if (values.out === undefined) io.out(json);
    else {
      await writeFileAtomic(values.out, [json]);
      const s = story.suggestions!;
      const cues = s.sentences.reduce((n, x) => n + x.cues.length, 0);
      const dates = s.sentences.reduce((n, x) => n + x.dates.length, 0);
      const amounts = s.sentences.reduce((n, x) => n + x.amounts.length, 0);
      io.err(
        `storygraph init: wrote ${values.out} (${plural(story.sentences.length, "sentence")}; suggested: ${plural(s.mentions.length, "name")}, ${plural(cues, "cue")}, ` +
          `${plural(dates, "date")}, ${plural(amounts, "amount")}; no claims yet)\n`,
      );
    }
    return EXIT.ok;
  },
};
