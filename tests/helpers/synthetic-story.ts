/**
 * Helpers for scale and property tests: a big synthetic story of cited investments
 * (`syntheticStory`), and what the claim filters mean written as a plain scan of every citation
 * (`citationPasses`, `timePasses`), the reference the indexed queries are compared with.
 */
import { parseDate } from "../../src/graph/dates.ts";
import { groupDigits } from "../../src/graph/describe.ts";
import { buildStory } from "../../src/graph/input/validate.ts";
import type { Citation, Claim, Story } from "../../src/graph/model.ts";
import type { CitationFilter, TimeFilter } from "../../src/graph/queries/claim-filter.ts";
import { foldName } from "../../src/graph/text.ts";

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/**
 * `entities` organisations and `relations` investments, one sentence each, cited by its relation
 * ("Org 3 a investi 12 000 euros dans Org 7 en mars 2014 (n° 12)."): one in three has a start and
 * one in two an amount, both stated by the quote.
 */
export function syntheticStory(entities: number, relations: number): Story {
  const sentences: string[] = [];
  const rels = [];
  for (let i = 0; i < relations; i++) {
    const s = i % entities;
    const t = (i * 7 + 1) % entities === s ? (s + 1) % entities : (i * 7 + 1) % entities;
    const month = 1 + (i % 9);
    const start = i % 3 === 0 ? `20${10 + (i % 10)}-0${month}` : undefined;
    const amount = i % 2 === 0 && i > 0 ? 1000 * i : undefined;
    const quote = `Org ${s} a investi${amount ? ` ${groupDigits(amount)} euros` : ""} dans Org ${t}${start ? ` en ${MONTHS[month - 1]} 20${10 + (i % 10)}` : ""} (n° ${i})`;
    sentences.push(quote + ".");
    rels.push({
      id: `r${i}`,
      kind: "invested",
      source: `org-${s}`,
      target: `org-${t}`,
      ...(start && { start }),
      ...(amount && { amount: { value: amount, currency: "EUR", scope: "tranche" } }),
      citations: [{ sentence: `s${i + 1}`, quote, factuality: { polarity: "positive", certainty: "certain" }, gloss: `Org ${s} invested in Org ${t}.` }],
    });
  }
  return buildStory({
    format: "storygraph/2",
    article: { text: sentences.join("\n"), language: "fr", title: "Synthetic" },
    entities: Array.from({ length: entities }, (_, i) => ({ id: `org-${i}`, kind: "organization", label: `Org ${i}`, aliases: [`O${i}`] })),
    relations: rels,
  });
}

const list = <T>(v: T | readonly T[] | undefined): readonly T[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? (v as readonly T[]) : [v as T]);

/** Whether one citation passes every citation filter given (the reference: a scan of its fields). */
export function citationPasses(c: Citation, f: CitationFilter): boolean {
  const modalities = list(f.modality);
  const certainties = list(f.certainty);
  const sources = list(f.accordingTo);
  if (modalities && !modalities.some((m) => c.modalities.includes(m))) return false;
  if (certainties && !certainties.includes(c.factuality.certainty)) return false;
  if (f.polarity !== undefined && c.factuality.polarity !== f.polarity) return false;
  if (sources) {
    const says = (s: string) =>
      s === "author" ? c.sources.every((x) => x.kind === "author") : c.sources.some((x) => x.kind === "source" && (foldName(x.name) === foldName(s) || x.entity === s));
    if (!sources.some(says)) return false;
  }
  return true;
}

/** Whether a claim passes the time filters given: its period overlaps each day range asked (the reference). */
export function timePasses(claim: Claim, f: TimeFilter): boolean {
  if (f.at === undefined && f.from === undefined && f.to === undefined) return true;
  const p = claim.period;
  if (!p) return false;
  const overlaps = (from: string | null, to: string | null) => (p.from === null || to === null || p.from <= to) && (p.to === null || from === null || from <= p.to);
  if (f.at !== undefined && !overlaps(parseDate(f.at)!.first, parseDate(f.at)!.last)) return false;
  if ((f.from !== undefined || f.to !== undefined) && !overlaps(f.from ? parseDate(f.from)!.first : null, f.to ? parseDate(f.to)!.last : null)) return false;
  return true;
}

/** Whether a claim passes the citation filters (one citation passing them all) and the time filters. */
export function claimPasses(claim: Claim, f: CitationFilter & TimeFilter): boolean {
  const citationFilters = f.modality !== undefined || f.certainty !== undefined || f.polarity !== undefined || f.accordingTo !== undefined;
  return (!citationFilters || claim.citations.some((c) => citationPasses(c, f))) && timePasses(claim, f);
}
