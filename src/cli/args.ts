/**
 * Flag parsing shared by the commands: `node:util` parseArgs in strict mode, errors as
 * `UsageError`, with a "did you mean" for a mistyped flag (`--knd` → `--kind`).
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { didYouMean } from "../graph/suggest.ts";
import { UsageError } from "./io.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;
type WithHelp<O extends Options> = O & { help: { type: "boolean"; short: "h" } };

/** What `parseFlags` returns: the flags' values and the positional arguments. */
export type ParsedFlags<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: WithHelp<O>; strict: true; allowPositionals: boolean }>>;

/**
 * Parse `args` against `options` (plus `-h/--help`).
 *
 * @throws {UsageError} for an unknown flag (with the closest known one), a missing value or an
 *   unexpected positional argument.
 */
export function parseFlags<O extends Options>(args: string[], options: O, allowPositionals = false): ParsedFlags<O> {
  const all = { ...options, help: { type: "boolean", short: "h" } } as WithHelp<O>;
  try {
    return parseArgs({ args, options: all, strict: true, allowPositionals });
  } catch (e) {
    const err = e as Error & { code?: string };
    const unknown = err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'(--?[^'=]+)/.exec(err.message)?.[1] : undefined;
    if (unknown !== undefined) {
      const flags = Object.keys(all).map((k) => `--${k}`);
      throw new UsageError(`unknown option ${unknown}${didYouMean(unknown, flags)}`);
    }
    throw new UsageError(err.message);
  }
}
