/**
 * `storygraph entity NAME`: resolve a name, label or alias to the entities it names, each with its
 * relations and the events it takes part in (with its roles there).
 */
import { NotFoundError } from "../../graph/errors.ts";
import { findEntities } from "../../graph/queries/entities.ts";
import { queryEvents } from "../../graph/queries/events.ts";
import { queryRelations } from "../../graph/queries/relations.ts";
import { parseFlags } from "../args.ts";
import { claimJson, entityCard, printable, type Participation } from "../format.ts";
import { EXIT, UsageError, type Command } from "../io.ts";
import { storyFromOption } from "../story-option.ts";

export const entityCommand: Command = {
  name: "entity",
  help: `Usage: storygraph entity NAME [--json] [--story FILE]

Resolve NAME (an id, label or alias; case, accents and apostrophe style do not matter)
to the entities it names, and list their relations and the events they take part in,
with their role in each (founder, investor, party, ...). A shared mention such as
"les deux entreprises" names several entities. Exit code 1 when nothing matches.

Options:
  --story FILE  a story JSON file instead of the built-in story
  --json        print a JSON array of {entity, relations, events}: relations and events
                as storygraph query --json prints them, each event with the entity's roles
  -h, --help    show this help

Examples:
  storygraph entity "le geant de l'informatique"
  storygraph entity "sam altman" --json
  storygraph entity "les deux entreprises"
  storygraph entity "the court" --story tests/fixtures/lawsuit-story.json
`,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { story: { type: "string" }, json: { type: "boolean" } }, true);
    if (values.help) {
      io.out(this.help);
      return EXIT.ok;
    }
    if (positionals.length !== 1) throw new UsageError("entity takes exactly one NAME (quote it if it has spaces)");
    const name = positionals[0]!;
    const story = await storyFromOption(values.story, io);
    const found = findEntities(story, name);
    if (found.length === 0) {
      if (values.json) io.out("[]\n"); // --json output stays JSON: no entity
      throw new NotFoundError("findEntities", "entity", name, "try an id, a label or an alias; storygraph query lists the claims");
    }
    const results = found.map((entity) => ({
      entity,
      relations: queryRelations(story, { involving: entity.id }),
      events: queryEvents(story, { participant: entity.id }).map(
        (event): Participation => ({ event, roles: [...new Set(event.participants.filter((p) => p.id === entity.id).map((p) => p.role))] }),
      ),
    }));
    if (values.json) {
      const json = results.map((r) => ({
        entity: r.entity,
        relations: r.relations.map((c) => claimJson(c, story)),
        events: r.events.map((p) => ({ ...claimJson(p.event, story), roles: p.roles })),
      }));
      io.out(printable(JSON.stringify(json, null, 2)) + "\n");
    } else io.out(results.map((r) => entityCard(r.entity, r.relations, r.events, story)).join("\n"));
    return EXIT.ok;
  },
};
