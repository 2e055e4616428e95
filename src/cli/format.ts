/**
 * Plain-text and JSON renderings of claims and entities for the terminal: the claim list of
 * `query`, the entity card of `entity`, the `--json` shape of a claim, and the one-line form of
 * a loader notice.
 */
import { MAX_LISTED_PROBLEMS, describeLocated, problemLines, type StoryProblem } from "../graph/errors.ts";
import type { Amount, Citation, Claim, Entity, Story, StoryEvent } from "../graph/model.ts";
import type { StoryNotice } from "../graph/input/problems.ts";
import { claimLine, factualityPhrase, groupDigits, kindLabel, roleLabel, timePhrase } from "../graph/describe.ts";

/**
 * Characters a story file may hold that a terminal would act on instead of showing: C0 and C1
 * controls (ESC starts the sequences that clear the screen, set the title, write the
 * clipboard; CR overwrites a line) and the bidirectional controls that reorder what is shown
 * (the "Trojan Source" trick: a label that reads other than it is). Tab and line feed are not
 * in it (`printable` escapes them on request).
 */
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const UNPRINTABLE_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` safe to write to a terminal: every character of `UNPRINTABLE` (and, with
 * `oneLine`, tab and line feed too) written as a JSON-style `\u001b` escape. Inside JSON
 * strings the escape means the same character, so JSON output stays the same data.
 */
export function printable(text: string, oneLine = false): string {
  return text.replace(oneLine ? UNPRINTABLE_OR_BREAK : UNPRINTABLE, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

/** `1 000 000 000 USD (tranche)`: thin grouping that reads the same in French and English; `*` marks an inferred amount. */
export function formatAmount(a: Amount): string {
  return `${groupDigits(a.value)} ${a.currency}${a.scope !== undefined ? ` (${a.scope})` : ""}${a.inferred !== undefined ? "*" : ""}`;
}

/** The lines of a fixed-width table: the header, a rule, then one line per row; the last column is left unpadded. */
export function tableLines(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

/** A fixed-width table (see `tableLines`), as text. */
export function table(header: string[], rows: string[][]): string {
  return tableLines(header, rows).join("\n") + "\n";
}

/** How many problems the CLI lists for one file before it only counts the rest. */
export const DEFAULT_MAX_PROBLEMS = MAX_LISTED_PROBLEMS;

/** The problems as bare lines (`problemLines` of the library), the first `max` (all when `max` is 0), then how many more. */
export function problemList(problems: readonly StoryProblem[], max = DEFAULT_MAX_PROBLEMS): string[] {
  return problemLines(problems, max > 0 ? max : Infinity, "");
}

/** `notice: FILE:LINE:COL PATH: message`: one loader notice (a storygraph/1 file converted, …). */
export function noticeLine(n: StoryNotice): string {
  return printable("notice: " + describeLocated(n, `${n.path || "(document)"}: ${n.message}`), true);
}

/** A label lookup for `claimLine`: entities and events of `story` by id. */
export function labelsOf(story: Story): (id: string) => string | undefined {
  const labels = new Map<string, string>();
  for (const e of story.entities) labels.set(e.id, e.label);
  for (const e of story.events) labels.set(e.id, e.label);
  return (id) => labels.get(id);
}

/** At most `max` characters of `text`, cut at a word with `…` when longer. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut) + "…";
}

/** A claim's time in words (`timePhrase`), with `ongoing` for a state that holds up to the article's date. */
export function claimTime(c: Claim): string {
  const phrase = timePhrase(c);
  return c.period?.ongoing ? `${phrase}, ongoing` : phrase;
}

/** `s3   according to des sources proches du dossier: possible  “leur collaboration pourrait prendre fin”` (the sentence id padded to `width`). */
export function citationLine(c: Citation, width = 0): string {
  return printable(`${c.sentence.padEnd(width)}  ${factualityPhrase(c)}  “${clip(c.quote, 70)}”`, true);
}

/**
 * The claims as a table (id, time, amount, claim: the long column last), each followed by one
 * indented line per citation: its sentence, who says it and how sure, and the start of its
 * quote. Inferred qualifiers are marked `*`, ongoing states `ongoing`; what the story file
 * says is made `printable`, one line each.
 */
export function claimTable(claims: readonly Claim[], story: Story): string {
  const label = labelsOf(story);
  const rows = claims.map((c) => [c.id, claimTime(c), c.amount ? formatAmount(c.amount) : "", printable(claimLine(c, label, story.vocabulary), true)]);
  const [head, rule, ...lines] = tableLines(["id", "time", "amount", "claim"], rows);
  const sentenceWidth = Math.max(0, ...claims.flatMap((c) => c.citations.map((x) => x.sentence.length)));
  const out = [head!, rule!];
  claims.forEach((c, i) => {
    out.push(lines[i]!);
    for (const x of c.citations) out.push("    " + citationLine(x, sentenceWidth));
  });
  return out.join("\n") + "\n";
}

/** `3 claims (2 relations, 1 event)`. */
export function claimCount(claims: readonly Claim[]): string {
  const relations = claims.filter((c) => c.type === "relation").length;
  const events = claims.length - relations;
  return `${plural(claims.length, "claim")} (${plural(relations, "relation")}, ${plural(events, "event")})`;
}

/** `1 claim`, `2 claims`; `entity` → `entities`. */
export function plural(n: number, word: string): string {
  if (n === 1) return `${n} ${word}`;
  return `${n} ${word.endsWith("y") ? word.slice(0, -1) + "ies" : word + "s"}`;
}

/**
 * A claim as `query --json` prints it: the model's fields, with `kindLabel` (the kind's label
 * in the story's vocabulary) after `kind`.
 */
export function claimJson(claim: Claim, story: Story): Record<string, unknown> {
  const { id, type, kind, ...rest } = claim;
  return { id, type, kind, kindLabel: kindLabel(story.vocabulary, kind), ...rest };
}

/** An event an entity takes part in, with the roles it has there. */
export interface Participation {
  readonly event: StoryEvent;
  readonly roles: readonly string[];
}

/** A short card for an entity: its names, its relations, and the events it takes part in (with its roles); `printable`, one line each. */
export function entityCard(e: Entity, relations: readonly Claim[], events: readonly Participation[], story: Story): string {
  const label = labelsOf(story);
  const note = (c: Claim) => {
    const parts = [c.id, claimTime(c), c.modalities.join(", ")].filter((s) => s !== "");
    return `[${parts.join("; ")}]`;
  };
  const lines = [`${e.label} (${e.id}, ${e.kind})`];
  if (e.aliases.length) lines.push(`  aliases: ${e.aliases.join("; ")}`);
  if (e.wikidata) lines.push(`  wikidata: ${e.wikidata} https://www.wikidata.org/wiki/${e.wikidata}`);
  if (e.description) lines.push(`  ${e.description}`);
  lines.push(`  relations (${relations.length}):`);
  for (const r of relations) lines.push(`    ${claimLine(r, label, story.vocabulary)}  ${note(r)}`);
  lines.push(`  events (${events.length}):`);
  for (const { event, roles } of events) {
    const as = roles.map((r) => roleLabel(story.vocabulary, event.kind, r)).join(", ");
    lines.push(`    as ${as}: ${claimLine(event, label, story.vocabulary)}  ${note(event)}`);
  }
  return lines.map((l) => printable(l, true)).join("\n") + "\n";
}
