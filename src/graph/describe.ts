/**
 * Short descriptions of claims shared by every output (CLI tables, GEXF labels, the viewer's
 * labels, lists and evidence pane): the one-line name of a relation or event, its time in words,
 * digit grouping, how certain a citation makes a claim and according to whom, and the modality
 * note that keeps a claim the article never asserts from reading like a fact once it is reduced
 * to one label.
 */
import type { Citation, Claim, Relation, StoryEvent } from "./model.ts";
import type { Vocabulary } from "./vocabulary/types.ts";
import { vocabularyIndex } from "./vocabulary/resolve.ts";

/** The label of a relation, event or entity kind in `vocabulary` (its id when it has none). */
export function kindLabel(vocabulary: Vocabulary, kind: string): string {
  const v = vocabularyIndex(vocabulary);
  return (v.relationKinds.get(kind) ?? v.eventKinds.get(kind) ?? v.entityKinds.get(kind))?.label ?? kind;
}

/** The label of role `role` of event kind `kind` (the role id when unknown). */
export function roleLabel(vocabulary: Vocabulary, kind: string, role: string): string {
  return vocabularyIndex(vocabulary).eventKinds.get(kind)?.roles.find((r) => r.id === role)?.label ?? role;
}

/**
 * `Microsoft — invested in → OpenAI` (`↔` for a symmetric kind): one line naming a relation, for
 * lists, headings and tables. `label` gives an entity's label; its id stands when it gives none.
 */
export function relationLine(
  relation: Pick<Relation, "kind" | "source" | "target" | "symmetric">,
  label: (id: string) => string | undefined,
  vocabulary: Vocabulary,
): string {
  const arrow = relation.symmetric ? "↔" : "→";
  return `${label(relation.source) ?? relation.source} — ${kindLabel(vocabulary, relation.kind)} ${arrow} ${label(relation.target) ?? relation.target}`;
}

/**
 * `Founding of OpenAI (founding: founder Elon Musk, Sam Altman; founded OpenAI)`: one line naming
 * an event with its kind and participants by role. `label` gives an entity's or event's label.
 */
export function eventLine(event: Pick<StoryEvent, "kind" | "label" | "participants">, label: (id: string) => string | undefined, vocabulary: Vocabulary): string {
  const roles = new Map<string, string[]>();
  for (const p of event.participants) {
    const list = roles.get(p.role) ?? [];
    list.push(label(p.id) ?? p.id);
    roles.set(p.role, list);
  }
  const parts = [...roles].map(([role, names]) => `${roleLabel(vocabulary, event.kind, role)} ${names.join(", ")}`);
  return `${event.label} (${kindLabel(vocabulary, event.kind)}${parts.length ? ": " + parts.join("; ") : ""})`;
}

/** `relationLine` or `eventLine`, whichever the claim is. */
export function claimLine(claim: Claim, label: (id: string) => string | undefined, vocabulary: Vocabulary): string {
  return claim.type === "relation" ? relationLine(claim, label, vocabulary) : eventLine(claim, label, vocabulary);
}

/**
 * A claim's time in words: `2015`, `announced 2019-07`, `since 2019-07`, `2019-07 – 2021`,
 * `until 2021` (the qualifiers as written; inferred ones marked with `*`); `""` when it has none.
 */
export function timePhrase(claim: Pick<Claim, "start" | "end" | "pointInTime" | "announced">): string {
  const v = (q: { value: string; inferred?: string } | undefined) => (q ? q.value + (q.inferred !== undefined ? "*" : "") : "");
  const parts: string[] = [];
  if (claim.pointInTime) parts.push(v(claim.pointInTime));
  else if (claim.start && claim.end) parts.push(`${v(claim.start)} – ${v(claim.end)}`);
  else if (claim.start) parts.push(`since ${v(claim.start)}`);
  else if (claim.end) parts.push(`until ${v(claim.end)}`);
  if (claim.announced) parts.push(`announced ${v(claim.announced)}`);
  return parts.join(", ");
}

/** "1 000 000 000": the integer part grouped by three with spaces (exponent forms left as they are). */
export function groupDigits(value: number): string {
  const s = Object.is(value, -0) ? "-0" : String(value);
  if (/e/i.test(s)) return s;
  const [int, frac] = s.split(".");
  return int!.replace(/\B(?=(\d{3})+(?!\d))/g, " ") + (frac ? "." + frac : "");
}

/**
 * How the article states a claim it never asserts outright: its display words joined by "/"
 * (`reported`, `hedged/hypothetical`, `negated`); `""` when one citation asserts it.
 */
export function modalityNote(claim: Pick<Claim, "modalities">): string {
  return claim.modalities.includes("asserted") ? "" : claim.modalities.join("/");
}

/** `certain`, `probably not`, `entertained, not asserted` (certainty unknown: an "if"): a factuality in words. */
export function factualityWords(factuality: Citation["factuality"]): string {
  const { certainty, polarity } = factuality;
  if (certainty === "unknown") return "entertained, not asserted";
  if (polarity === "positive") return certainty;
  return certainty === "certain" ? "certainly not" : certainty === "probable" ? "probably not" : "possibly not";
}

/**
 * Who says it and how sure: `the author: certain`, `according to des sources proches du dossier:
 * possible`, `according to Maya Okafor, according to two people familiar with the talks: probable`.
 */
export function factualityPhrase(citation: Pick<Citation, "factuality" | "sources">): string {
  const named = citation.sources.filter((s) => s.kind === "source");
  const who = named.length === 0 ? (citation.sources[0]?.name ? `the author (${citation.sources[0].name})` : "the author") : named.map((s) => `according to ${s.name}`).join(", ");
  return `${who}: ${factualityWords(citation.factuality)}`;
}
