/**
 * Short descriptions of relations shared by every output (CLI tables, GEXF edge labels, the
 * viewer's edge labels and lists): the one-line name of a relation, digit grouping, and the
 * modality note that keeps a claim the article never asserts from reading like a fact once it is
 * reduced to one label.
 */
import { RELATION_RULES } from "./kinds.ts";
import type { Relation } from "./model.ts";

/**
 * `Microsoft — invested in → OpenAI` (`↔` for a symmetric kind): one line naming a relation, for
 * lists, headings and tables. `label` gives an entity's label; its id stands when it gives none.
 */
export function relationLine(relation: Pick<Relation, "kind" | "source" | "target" | "symmetric">, label: (id: string) => string | undefined): string {
  const arrow = relation.symmetric ? "↔" : "→";
  return `${label(relation.source) ?? relation.source} — ${RELATION_RULES[relation.kind].label} ${arrow} ${label(relation.target) ?? relation.target}`;
}

/** "1 000 000 000": the integer part grouped by three with spaces (exponent forms left as they are). */
export function groupDigits(value: number): string {
  const s = Object.is(value, -0) ? "-0" : String(value);
  if (/e/i.test(s)) return s;
  const [int, frac] = s.split(".");
  return int!.replace(/\B(?=(\d{3})+(?!\d))/g, " ") + (frac ? "." + frac : "");
}

/**
 * How the article states a relation it never asserts outright: its modalities joined by "/"
 * (`reported`, `hedged/hypothetical`, `negated`); `""` when one citation asserts it.
 */
export function modalityNote(relation: Pick<Relation, "modalities">): string {
  return relation.modalities.includes("asserted") ? "" : relation.modalities.join("/");
}
