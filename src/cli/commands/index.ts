/**
 * The registry of `storygraph` subcommands, in the order `--help` lists them. Each command's
 * module (and what it imports: the GEXF writer, the story file loader, …) is loaded only when
 * that command runs, so that starting the CLI costs little more than starting Node.
 */
import type { Command } from "../io.ts";

/** A command as the registry knows it before loading it. */
export interface CommandEntry {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: "query",
    summary: "list claims (relations and events), filtered by kind, entity, certainty, source and date",
    load: async () => (await import("./query.ts")).queryCommand,
  },
  {
    name: "entity",
    summary: "resolve a name or alias to its entity, with its relations and events",
    load: async () => (await import("./entity.ts")).entityCommand,
  },
  {
    name: "init",
    summary: "draft a story file from a plain-text article: no claims, suggested names, cues, dates and amounts",
    load: async () => (await import("./init.ts")).initCommand,
  },
  {
    name: "validate",
    summary: "check story files and list every problem and notice with its line and column",
    load: async () => (await import("./validate.ts")).validateCommand,
  },
  {
    name: "migrate",
    summary: "convert a storygraph/1 story file to storygraph/2",
    load: async () => (await import("./migrate.ts")).migrateCommand,
  },
  {
    name: "anchor",
    summary: "find where a quote stands in the article, to write a citation",
    load: async () => (await import("./anchor.ts")).anchorCommand,
  },
  {
    name: "export",
    summary: "write the story as GEXF (Gephi, networkx), story JSON or RDF (Turtle, N-Quads, JSON-LD)",
    load: async () => (await import("./export.ts")).exportCommand,
  },
  {
    name: "sparql",
    summary: "run a SPARQL 1.1 query over stories (in process) or at an endpoint",
    load: async () => (await import("./sparql.ts")).sparqlCommand,
  },
  {
    name: "publish",
    summary: "load stories into a SPARQL 1.1 store (Graph Store protocol or SPARQL Update)",
    load: async () => (await import("./publish.ts")).publishCommand,
  },
  {
    name: "view",
    summary: "open the viewer on a story or GEXF file (a local web server on 127.0.0.1)",
    load: async () => (await import("./view.ts")).viewCommand,
  },
];
