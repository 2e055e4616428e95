/** `storygraph entity NAME`: resolve a name, label or alias to the entities it names. */
import { findEntities } from "../../graph/queries/entities.ts";
import { queryRelations } from "../../graph/queries/relations.ts";
import { NotFoundError } from "../../graph/errors.ts";
import { parseFlags } from "../args.ts";
import { entityCard } from "../format.ts";
import { EXIT, UsageError, type Command } from "../io.ts";
import { storyFromOption } from "../story-option.ts";

export const entityCommand: Command = {
  name: "entity",
  summary: "resolve a name or alias to its entity, with its relations",
  help: `Usage: storygraph entity NAME [--json] [--story FILE]

Resolve NAME (an id, label or alias; case, accents and apostrophe style do not matter)
to the entities it names, and list their relations. A shared mention such as
"les deux entreprises" names several entities. Exit code 1 when nothing matches.

Options:
  --story FILE  a story JSON file instead of the built-in story
  --json        print a JSON array of {entity, relations}
  -h, --help    show this help

Examples:
  storygraph entity "le geant de l'informatique"
  storygraph entity "sam altman" --json
`,
  run(args, io) {
    const { values, positionals } = parseFlags(args, { story: { type: "string" }, json: { type: "boolean" } }, true);
    if (values.help) {
      io.out(this.help);
      return EXIT.ok;
    }
    if (positionals.length !== 1) throw new UsageError("entity takes exactly one NAME (quote it if it has spaces)");
    const name = positionals[0]!;
    const story = storyFromOption(values.story, io);
    const found = findEntities(story, name);
    if (found.length === 0) throw new NotFoundError("findEntities", "entity", name, "try an id, a label or an alias; storygraph query lists the relations");
    const results = found.map((entity) => ({ entity, relations: queryRelations(story, { involving: entity.id }) }));
    if (values.json) io.out(JSON.stringify(results, null, 2) + "\n");
    else io.out(results.map((r) => entityCard(r.entity, r.relations, story)).join("\n"));
    return EXIT.ok;
  },
};
