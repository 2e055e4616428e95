/**
 * `storygraph` command line: dispatches to the subcommands and turns errors into exit codes and
 * readable messages (never a bare stack trace): 0 success, 1 data failure, 2 usage error.
 */
import { readFileSync } from "node:fs";
import { StoryValidationError, StorygraphError } from "../graph/errors.ts";
import { COMMANDS } from "./commands/index.ts";
import { printable } from "./format.ts";
import { EXIT, UsageError, processIO, type CliIO } from "./io.ts";

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: storygraph <command> [options]

Turn a news story into a typed knowledge graph of entities, relations and events
whose every claim cites the exact words of the article.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Options:
  -h, --help     show this help (or a command's: storygraph query --help)
  -v, --version  print the version

Examples:
  storygraph query --certainty possible --json
  storygraph entity "le géant de l’informatique"
  storygraph validate tests/fixtures/lawsuit-story.json
`;
}

/** Run the CLI with `argv` (without node and script). Returns the exit code. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    io.out(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "-v" || name === "--version") {
    io.out(version() + "\n");
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`storygraph: unknown command "${printable(name)}"\n\n${usage()}`);
    return EXIT.usage;
  }
  // What reaches stderr quotes story files (problems, notices): never let it drive the terminal.
  const safe: CliIO = { ...io, err: (text) => io.err(printable(text)) };
  try {
    return await command.run(rest, safe);
  } catch (e) {
    if (e instanceof UsageError) {
      safe.err(`storygraph ${command.name}: ${e.message}\n\n${command.help}`);
      return EXIT.usage;
    }
    if (e instanceof StoryValidationError) {
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
