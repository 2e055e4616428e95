/** The registry of `storygraph` subcommands, in the order `--help` lists them. */
import type { Command } from "../io.ts";
import { anchorCommand } from "./anchor.ts";
import { entityCommand } from "./entity.ts";
import { exportCommand } from "./export.ts";
import { migrateCommand } from "./migrate.ts";
import { publishCommand } from "./publish.ts";
import { queryCommand } from "./query.ts";
import { sparqlCommand } from "./sparql.ts";
import { validateCommand } from "./validate.ts";

export const COMMANDS: readonly Command[] = [queryCommand, entityCommand, validateCommand, migrateCommand, anchorCommand, exportCommand, sparqlCommand, publishCommand];
