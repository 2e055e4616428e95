/** Flag parsing shared by the commands: `node:util` parseArgs in strict mode, errors as `UsageError`. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./io.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parse `args` against `options` (plus `-h/--help`).
 *
 * @throws {UsageError} for an unknown flag, a missing value or an unexpected positional argument.
 */
export function parseFlags<O extends Options>(args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" } }, strict: true, allowPositionals });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
