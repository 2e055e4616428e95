/**
 * `storygraph query`: the story's claims (relations and events) filtered by type, kind, the
 * entities they involve, how their citations state them (modality, certainty, polarity, source)
 * and when they hold or happen, as a table or JSON. Runs `queryClaims`, or `queryRelations` /
 * `queryEvents` when a flag of one type only is given.
 */
import { parseDate } from "../../graph/dates.ts";
import { InvalidArgumentError, NotFoundError } from "../../graph/errors.ts";
import type { Claim, Story } from "../../graph/model.ts";
import { queryClaims } from "../../graph/queries/claims.ts";
import type { CitationFilter, TimeFilter } from "../../graph/queries/claim-filter.ts";
import { queryEvents } from "../../graph/queries/events.ts";
import { queryRelations } from "../../graph/queries/relations.ts";
import { CERTAINTIES, MODALITIES, POLARITIES, type Certainty, type Modality, type Polarity } from "../../graph/values.ts";
import { parseFlags } from "../args.ts";
import { claimCount, claimJson, claimTable, printable } from "../format.ts";
import { EXIT, UsageError, type Command } from "../io.ts";
import { DEFAULT_STORY_NAME, storyFromOption } from "../story-option.ts";

const TYPES = ["relation", "event"] as const;
type ClaimType = (typeof TYPES)[number];

const RELATION_FLAGS = ["source", "target"] as const;
const EVENT_FLAGS = ["participant", "role", "about"] as const;

/** The library's argument names and the flags that set them. */
const FLAG_OF: Readonly<Record<string, string>> = {
  type: "--type",
  kind: "--kind",
  role: "--role",
  modality: "--modality",
  certainty: "--certainty",
  polarity: "--polarity",
  accordingTo: "--according-to",
  at: "--at",
  to: "--to",
};

function checkValues(flag: string, values: readonly string[] | undefined, known: readonly string[]): void {
  for (const v of values ?? []) {
    if (!known.includes(v)) throw new UsageError(`--${flag}: unknown ${flag} "${v}" (known: ${known.join(", ")})`);
  }
}

/** The known kinds of the story, for a `--kind` usage error. */
function knownKinds(story: Story, type: ClaimType | undefined): string {
  const relations = story.vocabulary.relationKinds.map((k) => k.id).join(", ");
  const events = story.vocabulary.eventKinds.map((k) => k.id).join(", ");
  if (type === "relation") return `relation kinds: ${relations}`;
  if (type === "event") return `event kinds: ${events}`;
  return `relation kinds: ${relations}; event kinds: ${events}`;
}

/** A library argument error turned into the usage error of the flag that caused it (exit 2). */
function asUsageError(e: InvalidArgumentError, story: Story, type: ClaimType | undefined): UsageError | null {
  const flag = FLAG_OF[e.argument];
  if (flag === undefined) return null;
  const detail = e.message.replace(/^\w+: [\w.]+: /, "");
  // the story's kinds grouped by type, in place of the library's flat list
  if (e.argument === "kind") return new UsageError(`${flag}: ${detail.replace(/ \(known: [^)]*\)$/, "")}; ${knownKinds(story, type)}`);
  if (e.argument === "role") {
    const roles = [...new Set(story.vocabulary.eventKinds.flatMap((k) => k.roles.map((r) => r.id)))];
    return new UsageError(`${flag}: ${detail} (known roles: ${roles.join(", ")})`);
  }
  return new UsageError(`${flag}: ${detail}`);
}

/** The flags of `storygraph query`. */
const FLAGS = {
    type: { type: "string" },
    kind: { type: "string", multiple: true },
    source: { type: "string" },
    target: { type: "string" },
    involving: { type: "string" },
    participant: { type: "string" },
    role: { type: "string" },
    about: { type: "string" },
    modality: { type: "string", multiple: true },
    certainty: { type: "string", multiple: true },
    polarity: { type: "string" },
    "according-to": { type: "string", multiple: true },
    at: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    story: { type: "string", multiple: true },
    json: { type: "boolean" },
} as const;

function parseQueryFlags(args: string[]) {
  return parseFlags(args, FLAGS);
}

/** The flags that name an entity. */
const ENTITY_FLAGS = ["involving", "source", "target", "participant"] as const;

/** The id of the entity `name` names in `story`: its own id, or the one carrying Wikidata id `name`; null when none. */
function entityIn(story: Story, name: string): string | null {
  if (story.entities.some((e) => e.id === name)) return name;
  if (/^Q[1-9][0-9]*$/.test(name)) return story.entities.find((e) => e.wikidata === name)?.id ?? null;
  return null;
}

type QueryValues = ReturnType<typeof parseQueryFlags>["values"];

/**
 * The claims of `story` the flags select (`entity` maps an entity flag's value to the story's id).
 *
 * @throws {UsageError} for a kind of the other type or a value the library refuses.
 * @throws {NotFoundError} for an unknown entity.
 */
function select(story: Story, values: QueryValues, only: ClaimType | undefined, entity: (name: string) => string): readonly Claim[] {
  const kinds = values.kind;
  const relationFlag = RELATION_FLAGS.find((f) => values[f] !== undefined);
  const eventFlag = EVENT_FLAGS.find((f) => values[f] !== undefined);
  if (only && kinds) {
    const other = only === "relation" ? story.vocabulary.eventKinds : story.vocabulary.relationKinds;
    const wrong = kinds.find((k) => other.some((x) => x.id === k));
    const why = relationFlag ? `--${relationFlag} lists relations` : eventFlag ? `--${eventFlag} lists events` : `--type is ${only}`;
    if (wrong !== undefined) throw new UsageError(`--kind: "${wrong}" is ${only === "relation" ? "an event" : "a relation"} kind, and ${why}`);
  }
  const involving = values.involving === undefined ? undefined : entity(values.involving);
  if (involving !== undefined && only === "event" && !story.entities.some((e) => e.id === involving)) {
    throw new NotFoundError("queryClaims", "entity", involving, "filter involving");
  }
  const shared: CitationFilter & TimeFilter = {
    ...(values.modality && { modality: values.modality as Modality[] }),
    ...(values.certainty && { certainty: values.certainty as Certainty[] }),
    ...(values.polarity !== undefined && { polarity: values.polarity as Polarity }),
    ...(values["according-to"] && { accordingTo: values["according-to"] }),
    ...(values.at !== undefined && { at: values.at }),
    ...(values.from !== undefined && { from: values.from }),
    ...(values.to !== undefined && { to: values.to }),
  };
  const kind = kinds && { kind: kinds };
  let claims: readonly Claim[];
  try {
    if (only === "relation") {
      claims = queryRelations(story, {
        ...shared,
        ...kind,
        ...(values.source !== undefined && { source: entity(values.source) }),
        ...(values.target !== undefined && { target: entity(values.target) }),
        ...(involving !== undefined && { involving }),
      });
    } else if (only === "event") {
      const participant = values.participant === undefined ? involving : entity(values.participant);
      let events = queryEvents(story, {
        ...shared,
        ...kind,
        ...(participant !== undefined && { participant }),
        ...(values.role !== undefined && { role: values.role }),
        ...(values.about !== undefined && { about: values.about }),
      });
      if (values.participant !== undefined && involving !== undefined) {
        events = events.filter((e) => e.participants.some((p) => p.id === involving));
      }
      claims = events;
    } else {
      claims = queryClaims(story, { ...shared, ...kind, ...(involving !== undefined && { involving }) });
    }
  } catch (e) {
    if (e instanceof InvalidArgumentError) throw asUsageError(e, story, only) ?? e;
    throw e;
  }
  return claims;
}

export const queryCommand: Command = {
  name: "query",
  help: `Usage: storygraph query [options]

List the story's claims: relations (lasting states between two entities: a partnership,
an investment stake) and events (things that happen or may happen, with participants in
roles: a founding, a possible break-up). Filters combine (AND); a repeated flag matches
any of its values. Each claim is printed with its time (an inferred date is marked *)
and amount, then one line per citation: its sentence, who says it and how sure, and its
quote.

Claims:
  --type T            relation or event
  --kind K            a relation or event kind of the story's vocabulary; repeatable
  --involving ID      an entity at either end of a relation or among an event's participants
Relations (these flags list relations only):
  --source ID         entity id at the source (either end for symmetric kinds: partnered)
  --target ID         entity id at the target (either end for symmetric kinds)
Events (these flags list events only):
  --participant ID    an entity or event among the participants
  --role R            with --participant or --involving: in this role; alone: events with
                      a participant in this role (founder, party, investor, ...)
  --about ID          events about this relation or event (a break-up about a partnership)
Citations (one citation must pass them all):
  --modality M        ${MODALITIES.join(", ")}; repeatable
  --certainty C       ${CERTAINTIES.join(", ")}; repeatable
  --polarity P        ${POLARITIES.join(" or ")}
  --according-to S    a source as the article words it ("des sources proches du dossier";
                      case and accents do not matter), an entity id, or author (what the
                      author states on their own account); repeatable
Time (claims with a date; dates are YYYY, YYYY-MM or YYYY-MM-DD):
  --at DATE           claims that hold or happen at some day of DATE
  --from DATE         claims whose time ends on or after DATE (ongoing ones reach the article's date)
  --to DATE           claims whose time starts on or before DATE
Output:
  --story FILE        a story JSON file instead of the built-in story; given several times
                      (@default names the built-in story), the claims of every story, each
                      with its file: an entity flag then takes an entity id or a Wikidata id
                      (Q2283), which finds the entity in each story that carries it
  --json              print a JSON array of claims: id, type, kind, kindLabel, source, target
                      and symmetric (relations), label, participants and about (events),
                      start, end, pointInTime, announced, period, amount, modalities, and
                      citations with sentence, quote, offsets, factuality, sources, modalities, gloss
  -h, --help          show this help

Examples:
  storygraph query --type event
  storygraph query --kind invested --kind investment
  storygraph query --involving openai --modality hypothetical
  storygraph query --certainty possible --according-to "des sources proches du dossier"
  storygraph query --participant microsoft --role party --json
  storygraph query --about microsoft-partnered-openai
  storygraph query --from 2020
  storygraph query --story tests/fixtures/lawsuit-story.json --kind ruling
  storygraph query --story @default --story tests/fixtures/partnership-followup-story.json --kind invested
`,
  async run(args, io) {
    const { values, positionals } = parseQueryFlags(args);
    if (values.help) {
      io.out(this.help);
      return EXIT.ok;
    }
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);

    // What can be checked without the story: closed value sets, dates, flags that contradict.
    const type = values.type as ClaimType | undefined;
    checkValues("type", type === undefined ? undefined : [type], TYPES);
    checkValues("modality", values.modality, MODALITIES);
    checkValues("certainty", values.certainty, CERTAINTIES);
    checkValues("polarity", values.polarity === undefined ? undefined : [values.polarity], POLARITIES);
    if (values["according-to"]?.some((s) => s.trim() === "")) throw new UsageError("--according-to: the source name is empty");
    for (const flag of ["at", "from", "to"] as const) {
      const value = values[flag];
      if (value !== undefined && !parseDate(value)) throw new UsageError(`--${flag}: "${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    }
    const relationFlag = RELATION_FLAGS.find((f) => values[f] !== undefined);
    const eventFlag = EVENT_FLAGS.find((f) => values[f] !== undefined);
    if (relationFlag && eventFlag) throw new UsageError(`--${relationFlag} lists relations and --${eventFlag} lists events: use flags of one type`);
    if (relationFlag && type === "event") throw new UsageError(`--${relationFlag} lists relations, but --type is event`);
    if (eventFlag && type === "relation") throw new UsageError(`--${eventFlag} lists events, but --type is relation`);
    const only: ClaimType | undefined = relationFlag ? "relation" : eventFlag ? "event" : type;

    const files = values.story ?? [];
    if (files.length <= 1) {
      const story = await storyFromOption(files[0], io);
      const claims = select(story, values, only, (id) => id);
      io.out(values.json ? printable(JSON.stringify(claims.map((c) => claimJson(c, story)), null, 2)) + "\n" : claimTable(claims, story) + claimCount(claims) + "\n");
      return EXIT.ok;
    }
    // Several stories: each queried alone with the same filters; an entity flag names an entity
    // id or a Wikidata id, found in each story that has it (a story without it gives no claims).
    const results: { file: string; story: Story; claims: readonly Claim[] }[] = [];
    let anyEntity = false;
    const entityFlags = ENTITY_FLAGS.filter((f) => values[f] !== undefined);
    for (const file of files) {
      const story = await storyFromOption(file, io);
      const ids = new Map<string, string | null>();
      for (const f of entityFlags) ids.set(values[f]!, entityIn(story, values[f]!));
      if (entityFlags.length === 0 || [...ids.values()].every((id) => id !== null)) {
        anyEntity = true;
        results.push({ file, story, claims: select(story, values, only, (v) => ids.get(v) ?? v) });
      } else results.push({ file, story, claims: [] });
    }
    if (!anyEntity) throw new NotFoundError("queryClaims", "entity", values[entityFlags[0]!]!, "no story has it (an entity id or a Wikidata id)");
    const name = (file: string) => (file === DEFAULT_STORY_NAME ? "(built-in story)" : file);
    if (values.json) {
      const all = results.flatMap((r) => r.claims.map((c) => ({ story: name(r.file), ...claimJson(c, r.story) })));
      io.out(printable(JSON.stringify(all, null, 2)) + "\n");
    } else {
      io.out(results.map((r) => `== ${printable(name(r.file), true)}\n` + claimTable(r.claims, r.story) + claimCount(r.claims) + "\n").join("\n"));
    }
    return EXIT.ok;
  },
};
