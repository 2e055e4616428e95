/**
 * Human-readable text for the viewer: edge labels (kind and key qualifier), event node labels,
 * amounts, dates at their precision, the time qualifiers of a claim, an entity's names to show
 * and a claim's citations in article order. Claim lines, time
 * phrases, kind and role labels and the factuality phrases come from the library
 * (graph/describe.ts), so the viewer words a claim as the CLI and the GEXF export do. Pure.
 */
import { kindLabel, modalityNote, timePhrase } from "../graph/describe.ts";
import type { Amount, Citation, Claim, DateValue, Relation, StoryEvent, TimeQualifier } from "../graph/model.ts";
import type { Vocabulary } from "../graph/vocabulary/types.ts";


const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `2019-07` → `Jul 2019`. */
export function formatMonth(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? "?"} ${month.slice(0, 4)}`;
}

/** `$13B`, `€1.5M`, … (compact, English). */
export function formatAmountShort(amount: Amount): string {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: amount.currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(amount.value);
  } catch {
    return `${amount.value} ${amount.currency}`;
  }
}

/**
 * `1,000,000,000 USD (one tranche)` / `13,000,000,000 USD (cumulative total)`, and the reason when
 * the amount is the author's reading (`; inferred: …`).
 */
export function formatAmountLong(amount: Amount): string {
  const n = new Intl.NumberFormat("en").format(amount.value);
  const scope = amount.scope === "total" ? "cumulative total" : amount.scope === "tranche" ? "one tranche" : "";
  const notes = [scope, amount.inferred !== undefined ? `inferred: ${amount.inferred}` : ""].filter(Boolean);
  return `${n} ${amount.currency}${notes.length ? ` (${notes.join("; ")})` : ""}`;
}

/** `2015`, `Jul 2019`, `22 Jul 2019`: a date at the precision the article gives. */
export function formatDate(date: DateValue): string {
  if (date.precision === "year") return date.value;
  if (date.precision === "month") return formatMonth(date.value);
  return `${Number(date.value.slice(8, 10))} ${formatMonth(date.value.slice(0, 7))}`;
}

const TIME_NAMES = [
  ["start", "start"],
  ["end", "end"],
  ["pointInTime", "point in time"],
  ["announced", "announced"],
] as const;

/**
 * The time qualifiers of a claim as rows for a details list: `["announced", "Jul 2019 (month
 * precision)"]`, with `; inferred: reason` when the date is the author's reading. Empty when the
 * claim has none.
 */
export function timeRows(claim: Pick<Claim, "start" | "end" | "pointInTime" | "announced">): [string, string][] {
  const rows: [string, string][] = [];
  for (const [key, name] of TIME_NAMES) {
    const q: TimeQualifier | undefined = claim[key];
    if (!q) continue;
    rows.push([name, `${formatDate(q)} (${q.precision} precision${q.inferred !== undefined ? `; inferred: ${q.inferred}` : ""})`]);
  }
  return rows;
}

/**
 * The key qualifier of a claim, for its label on the canvas: the amount (with "total" for a
 * cumulative one), else its time (`timePhrase`: `2015`, `announced 2019-07`); then, whenever the
 * article never asserts it, how it states it (`reported/hypothetical`), so no label reads a claim
 * as a fact.
 */
export function keyQualifier(claim: Claim): string {
  const main = claim.amount ? formatAmountShort(claim.amount) + (claim.amount.scope === "total" ? " total" : "") : timePhrase(claim);
  return [main, modalityNote(claim)].filter(Boolean).join(" · ");
}

/** The edge label of a relation: its kind's verb and its key qualifier (`invested in · $13B total`). */
export function edgeLabel(relation: Relation, vocabulary: Vocabulary): string {
  const q = keyQualifier(relation);
  const verb = kindLabel(vocabulary, relation.kind);
  return q ? `${verb} · ${q}` : verb;
}

/** The node label of an event: its label and key qualifier (`Founding of OpenAI · 2015`). */
export function eventNodeLabel(event: StoryEvent): string {
  const q = keyQualifier(event);
  return q ? `${event.label} · ${q}` : event.label;
}

/** `1 quote`, `5 quotes`. */
export function quoteCount(n: number): string {
  return `${n} quote${n === 1 ? "" : "s"}`;
}

/** A leading article (French or English) that a name may be written with or without. */
const LEADING_ARTICLE = /^(?:le|la|les|un|une|des|the|a|an)\s+|^l[’']/iu;

/**
 * The aliases to show for an entity: each once, an alias that is another one without its leading
 * article left out ("géant de l’informatique" beside "le géant de l’informatique": the story lists
 * both so that either form is found as a mention, but they are one name to a reader).
 */
export function displayAliases(aliases: readonly string[]): string[] {
  const withArticle = new Set(aliases.filter((a) => LEADING_ARTICLE.test(a)).map((a) => a.replace(LEADING_ARTICLE, "").toLowerCase()));
  const seen = new Set<string>();
  return aliases.filter((a) => {
    const key = a.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return LEADING_ARTICLE.test(a) || !withArticle.has(key);
  });
}

/** A claim's citations in the order they stand in the article (a claim lists them in the order it was annotated). */
export function citationsInArticleOrder(citations: readonly Citation[]): Citation[] {
  return [...citations].sort((a, b) => a.start - b.start || a.end - b.end);
}
