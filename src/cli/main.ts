/**
 * `storygraph` command line: dispatches to the subcommands and turns errors into exit codes and
 * readable messages (never a bare stack trace): 0 success, 1 data failure, 2 usage error.
 * Conventions: `storygraph help CMD` is `storygraph CMD --help`; a mistyped command or flag gets
 * a "did you mean"; a usage error prints its message and one line saying where the help is.
 */
import { StoryValidationError, StorygraphError } from "../graph/errors.ts";
import { didYouMean } from "../graph/suggest.ts";
import { COMMANDS } from "./commands/index.ts";
import { printable } from "./format.ts";
import { EXIT, UsageError, processIO, type CliIO } from "./io.ts";
import { packageVersion } from "./package-info.ts";

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: storygraph <command> [options]

Turn a news story into a typed knowledge graph of entities, relations and events
whose every claim cites the exact words of the article.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Options:
  -h, --help     show this help (or a command's: storygraph query --help,
                 storygraph help query)
  -v, --version  print the version

A FILE argument of - reads standard input (storygraph validate -, --story -).

Examples:
  storygraph query --certainty possible --json
  storygraph entity "le géant de l’informatique"
  storygraph validate tests/fixtures/lawsuit-story.json
`;
}

/** Run the CLI with `argv` (without node and script). Returns the exit code. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  let [name, ...rest] = argv;
  if (name === "help" && rest.length > 0) {
    // storygraph help CMD [...]: the command's own help
    [name, ...rest] = [rest[0]!, "--help"];
  }
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    io.out(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "-v" || name === "--version") {
    io.out(packageVersion() + "\n");
    return EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    const hint = didYouMean(name, COMMANDS.map((c) => c.name));
    io.err(printable(`storygraph: unknown command "${name}"${hint}\nRun "storygraph --help" for the list of commands.\n`));
    return EXIT.usage;
  }
  const command = await entry.load();
  // What reaches stderr quotes story files (problems, notices): never let it drive the terminal.
  const safe: CliIO = { ...io, err: (text) => io.err(printable(text)) };
  try {
    return await command.run(rest, safe);
  } catch (e) {
    if (e instanceof UsageError) {
      safe.err(`storygraph ${command.name}: ${e.message}\nRun "storygraph ${command.name} --help" for its usage.\n`);
      return EXIT.usage;
    }
    if (e instanceof StoryValidationError) {
      // its message lists the first MAX_LISTED_PROBLEMS problems, then how many more
      safe.err(e.message + "\n");
      return EXIT.failure;
    }
    if (e instanceof StorygraphError) {
      safe.err(`storygraph ${command.name}: ${e.message}\n`);
      return EXIT.failure;
    }
    if (e && typeof e === "object" && "code" in e && typeof (e as { code: unknown }).code === "string" && "path" in e) {
      const err = e as NodeJS.ErrnoException;
      safe.err(`storygraph ${command.name}: cannot read ${err.path}: ${err.code}\n`);
      return EXIT.failure;
    }
    throw e;
  }
}
