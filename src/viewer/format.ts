/**
 * Human-readable text for the viewer: relation lines ("Microsoft — invested in → OpenAI"), edge
 * labels (kind and key qualifier), amounts, dates, modality and attribution. Pure functions.
 */
import { modalityNote } from "../graph/describe.ts";
import { RELATION_RULES } from "../graph/kinds.ts";
import type { Amount, Citation, DateQualifier, Relation } from "../graph/model.ts";
import { formatMonth } from "./state/timeline.ts";

/** `$13B`, `€1.5M`, … (compact, English). */
export function formatAmountShort(amount: Amount): string {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: amount.currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(amount.value);
  } catch {
    return `${amount.value} ${amount.currency}`;
  }
}

/** `1,000,000,000 USD (one tranche)` / `13,000,000,000 USD (total)`. */
export function formatAmountLong(amount: Amount): string {
  const n = new Intl.NumberFormat("en").format(amount.value);
  return `${n} ${amount.currency} (${amount.scope === "total" ? "cumulative total" : "one tranche"})`;
}

/** `2015`, `Jul 2019`, `22 Jul 2019`: a date at the precision the article gives. */
export function formatDate(date: DateQualifier): string {
  if (date.precision === "year") return date.value;
  if (date.precision === "month") return formatMonth(date.value);
  return `${Number(date.value.slice(8, 10))} ${formatMonth(date.value.slice(0, 7))}`;
}

/**
 * The key qualifier of a relation, for its edge label: the amount (with "total" for a
 * cumulative one), else the date; then, whenever the article never asserts the relation, how it
 * states it (`reported`, `hypothetical`…), so no edge label reads a claim as a fact.
 */
export function keyQualifier(relation: Relation): string {
  const main = relation.amount
    ? formatAmountShort(relation.amount) + (relation.amount.scope === "total" ? " total" : "")
    : relation.date
      ? formatDate(relation.date)
      : "";
  return [main, modalityNote(relation)].filter(Boolean).join(" · ");
}

/** The edge label: the relation kind's verb and its key qualifier (`invested in · $1B`). */
export function edgeLabel(relation: Relation): string {
  const q = keyQualifier(relation);
  return q ? `${RELATION_RULES[relation.kind].label} · ${q}` : RELATION_RULES[relation.kind].label;
}

/** Who the claim comes from: `the author`, the author's name, or the source the article names. */
export function attributionText(citation: Citation): string {
  const a = citation.attribution;
  if (a.kind === "source") return a.name;
  return a.name ? `${a.name} (author)` : "the author";
}

/** `reported by: des sources proches du dossier`, `asserted by: the author`. */
export function modalityLine(citation: Citation): string {
  return `${citation.modality} by: ${attributionText(citation)}`;
}
