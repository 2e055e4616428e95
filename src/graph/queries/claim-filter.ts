/**
 * The filters every claim query shares, checked once and compiled into one test per claim:
 * - **citation filters** (`modality`, `certainty`, `polarity`, `accordingTo`): a claim passes when one
 *   of its citations passes all of them together (`--certainty possible --source "des sources
 *   proches du dossier"` finds claims those sources say are possible);
 * - **time filters** (`at`, `from`, `to`): a claim passes when its period (see `claimPeriod`)
 *   overlaps the days asked; a claim without a period never passes a time filter.
 */
import { parseDate, periodsOverlap } from "../dates.ts";
import { InvalidArgumentError } from "../errors.ts";
import type { Citation, Claim, DateValue } from "../model.ts";
import { foldName } from "../text.ts";
import { CERTAINTIES, MODALITIES, POLARITIES, type Certainty, type Modality, type Polarity } from "../values.ts";

/** Filters on how a claim is cited: one of its citations must pass all the given ones. */
export interface CitationFilter {
  /** Citations with this display word (or any of these). */
  readonly modality?: Modality | readonly Modality[];
  /** Citations with this certainty (or any of these). */
  readonly certainty?: Certainty | readonly Certainty[];
  /** Citations with this polarity (or either of these). */
  readonly polarity?: Polarity | readonly Polarity[];
  /**
   * Citations whose source chain names this source (its name as the article words it,
   * insensitive to case, accents and apostrophes, or the id of the entity it is), or any of
   * these; `"author"` matches citations the author states on their own account. (Named
   * `accordingTo` because `source` is a relation's source entity.)
   */
  readonly accordingTo?: string | readonly string[];
}

/** Filters on when a claim holds or happens (dates `YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export interface TimeFilter {
  /** Claims that hold or happen at some day of this date. */
  readonly at?: string;
  /** Claims whose period ends on or after this date. */
  readonly from?: string;
  /** Claims whose period starts on or before this date. */
  readonly to?: string;
}

/** `value` as a list (`undefined` stays `undefined`). */
export function asList<T>(value: T | readonly T[] | undefined): readonly T[] | undefined {
  return value === undefined ? undefined : Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

function checkValues<T extends string>(fn: string, argument: string, values: readonly T[] | undefined, known: readonly string[]): void {
  for (const v of values ?? []) {
    if (!known.includes(v)) throw new InvalidArgumentError(fn, argument, `unknown ${argument} "${v}" (known: ${known.join(", ")})`);
  }
}

function checkDate(fn: string, value: string | undefined, argument: string): DateValue | undefined {
  if (value === undefined) return undefined;
  const d = parseDate(value);
  if (!d) throw new InvalidArgumentError(fn, argument, `"${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return d;
}

/**
 * The test of the citation and time filters of `filter`, or `null` when it has none.
 *
 * @param fn - the query's name, for errors.
 * @throws {InvalidArgumentError} for an unknown modality, certainty or polarity, a date that is
 *   not a date, or `from` after `to`.
 */
export function compileClaimFilter(fn: string, filter: CitationFilter & TimeFilter): ((claim: Claim) => boolean) | null {
  const modalities = asList(filter.modality);
  const certainties = asList(filter.certainty);
  const polarities = asList(filter.polarity);
  checkValues(fn, "modality", modalities, MODALITIES);
  checkValues(fn, "certainty", certainties, CERTAINTIES);
  checkValues(fn, "polarity", polarities, POLARITIES);
  const sources = asList(filter.accordingTo)?.map((s) => (s === "author" ? s : foldName(s)));
  if (sources?.some((s) => s === "")) throw new InvalidArgumentError(fn, "accordingTo", "a source name cannot be empty");
  const at = checkDate(fn, filter.at, "at");
  const from = checkDate(fn, filter.from, "from");
  const to = checkDate(fn, filter.to, "to");
  if (from && to && from.first > to.last) throw new InvalidArgumentError(fn, "from", `"${filter.from}" is after "to" (${filter.to})`);

  const tests: ((c: Claim) => boolean)[] = [];
  if (modalities || certainties || polarities || sources) {
    const folded = new Map<string, string>();
    const fold = (name: string) => {
      let f = folded.get(name);
      if (f === undefined) folded.set(name, (f = foldName(name)));
      return f;
    };
    const passes = (c: Citation): boolean => {
      if (modalities && !c.modalities.some((m) => modalities.includes(m))) return false;
      if (certainties && !certainties.includes(c.factuality.certainty)) return false;
      if (polarities && !polarities.includes(c.factuality.polarity)) return false;
      if (sources) {
        const ok = sources.some((s) =>
          s === "author" ? c.sources.length === 1 : c.sources.some((x) => x.kind === "source" && (fold(x.name) === s || x.entity === s)),
        );
        if (!ok) return false;
      }
      return true;
    };
    tests.push((claim) => claim.citations.some(passes));
  }
  for (const d of [at, from || to ? { first: from?.first ?? null, last: to?.last ?? null } : undefined]) {
    if (!d) continue;
    const days = { from: d.first, to: d.last };
    tests.push((claim) => claim.period !== undefined && periodsOverlap(claim.period, days));
  }
  if (tests.length === 0) return null;
  if (tests.length === 1) return tests[0]!;
  return (claim) => tests.every((t) => t(claim));
}
