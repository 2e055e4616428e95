/** Plain-text rendering of query results for the terminal (the `--json` output needs none). */
import type { Entity, Relation, Story } from "../graph/model.ts";
import { groupDigits, relationLine } from "../graph/describe.ts";

/** `1 000 000 000 USD (tranche)`: thin grouping that reads the same in French and English. */
export function formatAmount(a: NonNullable<Relation["amount"]>): string {
  return `${groupDigits(a.value)} ${a.currency} (${a.scope})`;
}

/** A fixed-width table; the last column is left unpadded. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n") + "\n";
}

/** The relations as a readable table with one row per relation. */
export function relationTable(relations: readonly Relation[]): string {
  return table(
    ["id", "kind", "source", "target", "date", "amount", "modalities", "cites"],
    relations.map((r) => [
      r.id,
      r.kind,
      r.source,
      r.target,
      r.date?.value ?? "",
      r.amount ? formatAmount(r.amount) : "",
      r.modalities.join(","),
      String(r.citations.length),
    ]),
  );
}

/** A short card for an entity. */
export function entityCard(e: Entity, relations: readonly Relation[], story: Story): string {
  const lines = [`${e.label} (${e.id}, ${e.kind})`];
  if (e.aliases.length) lines.push(`  aliases: ${e.aliases.join("; ")}`);
  if (e.wikidata) lines.push(`  wikidata: ${e.wikidata} https://www.wikidata.org/wiki/${e.wikidata}`);
  if (e.description) lines.push(`  ${e.description}`);
  lines.push(`  relations (${relations.length}):`);
  for (const r of relations) lines.push(`    ${relationLine(r, (id) => story.entities.find((e) => e.id === id)?.label)}  [${r.id}; ${r.modalities.join(", ")}]`);
  return lines.join("\n") + "\n";
}
