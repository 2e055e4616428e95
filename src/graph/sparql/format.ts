/**
 * SPARQL results for people and spreadsheets: a text table (one column per variable, terms
 * written short: IRIs under a known prefix as `prefix:local`, literals as their text with `@lang`
 * or `^^type`), and CSV as the W3C "SPARQL 1.1 Query Results CSV and TSV Formats" writes it
 * (a header of variable names, CRLF line ends, IRIs and literal values bare, RFC 4180 quoting).
 */
import { PREFIXES } from "../rdf/namespaces.ts";
import { isAsk, isGraph, type SparqlResults, type SparqlTerm } from "./results.ts";

const BY_LENGTH = Object.entries(PREFIXES).sort((a, b) => b[1].length - a[1].length);

/** An IRI as `prefix:local` when it stands under one of the export's prefixes, else `<iri>`. */
export function shortIri(iri: string): string {
  for (const [p, ns] of BY_LENGTH) if (iri.startsWith(ns) && /^[\w.-]+$/.test(iri.slice(ns.length))) return `${p}:${iri.slice(ns.length)}`;
  return `<${iri}>`;
}

/** A term as the table shows it. */
export function termText(t: SparqlTerm | undefined): string {
  if (!t) return "";
  switch (t.type) {
    case "uri":
      return shortIri(t.value);
    case "bnode":
      return `_:${t.value}`;
    case "literal":
      if (t["xml:lang"]) return `${t.value}@${t["xml:lang"]}`;
      if (t.datatype && t.datatype !== PREFIXES.xsd + "string" && t.datatype !== PREFIXES.xsd + "integer" && t.datatype !== PREFIXES.xsd + "decimal") return `${t.value}^^${shortIri(t.datatype)}`;
      return t.value;
    default:
      return JSON.stringify(t.value);
  }
}

/**
 * The results as a text table (`ASK`: `true` / `false`; a graph: its N-Triples), ending with a
 * count line. Cell text is one line (line breaks shown as `\n`).
 */
export function sparqlTable(results: SparqlResults): string {
  if (isAsk(results)) return `${results.boolean}\n`;
  if (isGraph(results)) return results.graph;
  const vars = results.head.vars;
  const rows = results.results.bindings.map((b) => vars.map((v) => termText(b[v]).replace(/\r?\n/g, "\\n")));
  const widths = vars.map((v, i) => Math.max(v.length, ...rows.map((r) => [...r[i]!].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c + " ".repeat(widths[i]! - [...c].length))).join("  ").trimEnd();
  const out = [line(vars), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
  out.push(`${rows.length} ${rows.length === 1 ? "result" : "results"}`);
  return out.join("\n") + "\n";
}

const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The results as SPARQL 1.1 CSV: header of variable names, then one line per solution, each
 * term's value (IRIs bare, literals without language or datatype, blank nodes `_:id`), CRLF line
 * ends. ASK gives one `_askResult` column, as stores commonly write it.
 */
export function sparqlCsv(results: SparqlResults): string {
  if (isAsk(results)) return `_askResult\r\n${results.boolean}\r\n`;
  if (isGraph(results)) return results.graph;
  const vars = results.head.vars;
  const value = (t: SparqlTerm | undefined) => (!t ? "" : t.type === "bnode" ? `_:${t.value}` : typeof t.value === "string" ? t.value : JSON.stringify(t.value));
  const lines = [vars.map(csvField).join(","), ...results.results.bindings.map((b) => vars.map((v) => csvField(value(b[v]))).join(","))];
  return lines.join("\r\n") + "\r\n";
}

/** The values of one variable of SELECT results (`""` where unbound), in result order. */
export function sparqlColumn(results: SparqlResults, variable: string): string[] {
  if (!("results" in results)) return [];
  return results.results.bindings.map((b) => (b[variable] ? String(b[variable]!.value) : ""));
}
