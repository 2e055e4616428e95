/** `storygraph query`: relations filtered by kind, endpoints, modality and dates, as a table or JSON. */
import { queryRelations, type RelationFilter } from "../../graph/queries/relations.ts";
import type { Modality, RelationKind } from "../../graph/kinds.ts";
import { MODALITIES, RELATION_KINDS } from "../../graph/kinds.ts";
import { parseDate } from "../../graph/dates.ts";
import { parseFlags } from "../args.ts";
import { relationTable } from "../format.ts";
import { EXIT, UsageError, type Command } from "../io.ts";
import { storyFromOption } from "../story-option.ts";

export const queryCommand: Command = {
  name: "query",
  summary: "list relations, filtered by kind, entity, modality and date",
  help: `Usage: storygraph query [options]

List the story's relations. Filters combine (AND). For symmetric kinds (partnered,
diverges-from) --source and --target match either end.

Options:
  --kind K        relation kind (${RELATION_KINDS.join(", ")}); repeatable
  --source ID     entity id at the source
  --target ID     entity id at the target
  --involving ID  entity id at either end
  --modality M    relations with a citation of this modality (${MODALITIES.join(", ")}); repeatable
  --from DATE     dated relations ending on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE       dated relations starting on or before DATE
  --story FILE    a story JSON file instead of the built-in story
  --json          print a JSON array of relations with their qualifiers and citations
  -h, --help      show this help

Examples:
  storygraph query --kind invested --source microsoft
  storygraph query --involving openai --modality hypothetical --json
  storygraph query --from 2015 --to 2018
`,
  run(args, io) {
    const { values, positionals } = parseFlags(args, {
      kind: { type: "string", multiple: true },
      source: { type: "string" },
      target: { type: "string" },
      involving: { type: "string" },
      modality: { type: "string", multiple: true },
      from: { type: "string" },
      to: { type: "string" },
      story: { type: "string" },
      json: { type: "boolean" },
    });
    if (values.help) {
      io.out(this.help);
      return EXIT.ok;
    }
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    for (const k of values.kind ?? []) {
      if (!(RELATION_KINDS as readonly string[]).includes(k)) throw new UsageError(`--kind: unknown relation kind "${k}" (known: ${RELATION_KINDS.join(", ")})`);
    }
    for (const m of values.modality ?? []) {
      if (!(MODALITIES as readonly string[]).includes(m)) throw new UsageError(`--modality: unknown modality "${m}" (known: ${MODALITIES.join(", ")})`);
    }
    for (const flag of ["from", "to"] as const) {
      const value = values[flag];
      if (value !== undefined && !parseDate(value)) throw new UsageError(`--${flag}: "${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    }
    const story = storyFromOption(values.story, io);
    const filter: RelationFilter = {
      ...(values.kind && { kind: values.kind as RelationKind[] }),
      ...(values.modality && { modality: values.modality as Modality[] }),
      ...(values.source !== undefined && { source: values.source }),
      ...(values.target !== undefined && { target: values.target }),
      ...(values.involving !== undefined && { involving: values.involving }),
      ...(values.from !== undefined && { from: values.from }),
      ...(values.to !== undefined && { to: values.to }),
    };
    const relations = queryRelations(story, filter);
    io.out(values.json ? JSON.stringify(relations, null, 2) + "\n" : relationTable(relations) + `${relations.length} relation(s)\n`);
    return EXIT.ok;
  },
};
