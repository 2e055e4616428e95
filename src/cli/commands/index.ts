/** The registry of `storygraph` subcommands, in the order `--help` lists them. */
import type { Command } from "../io.ts";
import { entityCommand } from "./entity.ts";
import { queryCommand } from "./query.ts";

export const COMMANDS: readonly Command[] = [queryCommand, entityCommand];
