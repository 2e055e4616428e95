/**
 * A claim's qualifiers: its time qualifiers (`start`, `end`, `pointInTime`, `announced`) and its
 * amount, checked, and **grounded**: each must be stated by one of the claim's quotes.
 *
 * Grounding reads the dates and amounts each quote writes (`findDates`, `findAmounts`, in the
 * article's language: "en juillet 2019" → 2019-07, "1 milliard de dollars" → 1000000000 USD):
 * - a date qualifier is stated when a quote writes that date, or a more precise one inside it
 *   (a quote saying "en juillet 2019" states `2019-07` and `2019`, never `2019-07-22`);
 * - an amount is stated when a quote writes the same value in the same currency (its `scope` is
 *   the annotator's reading, as the kind is, and is not grounded);
 * - a qualifier marked `inferred` (with the reason) is the author's reading and is not grounded.
 * One that is neither stated nor marked is an `UngroundedQualifierError` saying what the quotes do
 * state. Grounding is skipped for a claim whose citations did not all anchor (their own problems
 * are the ones to fix first).
 *
 * Consistency: a point in time excludes a start and an end; an end may not come before the start.
 */
import { parseDate, periodOf } from "../dates.ts";
import { ISO_4217_CODES } from "../currencies.ts";
import { groupDigits } from "../describe.ts";
import { InexactNumberError, InvalidAmountError, InvalidDateError, TimeQualifierError, UngroundedQualifierError, UnknownCurrencyError } from "../errors.ts";
import { findAmounts, findDates, type AmountExpression, type DateExpression } from "../expressions/index.ts";
import type { Amount, Citation, DateValue, Period, TimeQualifier } from "../model.ts";
import type { TimeQualifierName } from "../values.ts";
import { isSubnormal } from "./exact-numbers.ts";
import type { ProblemList } from "./problems.ts";
import type { AmountInput, TimeQualifierInput } from "./schema.ts";

/** What a claim's input may qualify it with. */
export type QualifierInput = { readonly [K in TimeQualifierName]?: TimeQualifierInput } & { readonly amount?: AmountInput };

/** The checked qualifiers of a claim (`undefined` for each it does not have). */
export type Qualifiers = { -readonly [K in TimeQualifierName]?: TimeQualifier | undefined } & { amount?: Amount | undefined; period?: Period | undefined };

/** The qualifiers of a claim that has none (shared: never written to). */
const NO_QUALIFIERS: Qualifiers = Object.freeze({});

/** What the loader does with a qualifier no quote states: fail (default), or keep it marked inferred with a notice. */
export interface UngroundedPolicy {
  /** The `inferred` reason given to such a qualifier (a storygraph/1 file's qualifiers were never grounded). */
  readonly reason: string;
}

/**
 * The dates and amounts a claim's quotes state, each read on first use (a claim with only an
 * amount never pays for reading dates), once per claim.
 */
class Stated {
  private d?: DateExpression[];
  private a?: AmountExpression[];
  constructor(
    private readonly citations: readonly Citation[],
    private readonly language: string,
  ) {}
  get dates(): readonly DateExpression[] {
    if (!this.d) {
      this.d = [];
      // appended one by one: a spread of a long quote's many dates would overflow the call stack
      for (const c of this.citations) for (const d of findDates(c.quote, this.language)) this.d.push(d);
    }
    return this.d;
  }
  get amounts(): readonly AmountExpression[] {
    if (!this.a) {
      this.a = [];
      for (const c of this.citations) for (const a of findAmounts(c.quote, this.language)) this.a.push(a);
    }
    return this.a;
  }
}

/** True when a date the quotes state is `value` or lies inside it (`2019-07` states `2019`). */
function statesDate(dates: readonly DateExpression[], value: string): boolean {
  for (const d of dates) if (d.value === value || (d.value.length > value.length && d.value.startsWith(value) && d.value.charCodeAt(value.length) === 0x2d)) return true;
  return false;
}

/** True when the quotes state this value in this currency. */
function statesAmount(amounts: readonly AmountExpression[], value: number, currency: string): boolean {
  for (const x of amounts) if (x.value === value && x.currency === currency) return true;
  return false;
}

export class QualifierChecker {
  private readonly dates = new Map<string, DateValue | null>();

  /**
   * @param language - the article's language (how dates and amounts are read).
   * @param published - the article's date, which bounds ongoing states.
   * @param problems - where problems and notices go.
   * @param ungrounded - keep ungrounded qualifiers (marked inferred) instead of failing.
   */
  constructor(
    private readonly language: string,
    private readonly published: DateValue | null,
    private readonly problems: ProblemList,
    private readonly ungrounded?: UngroundedPolicy,
  ) {}

  /**
   * Check and ground the qualifiers of one claim.
   *
   * @param input - the claim as written.
   * @param at - its path (`relations[3]`).
   * @param type - relations are states (ongoing without an end), events happen.
   * @param citations - its anchored citations, or `null` when some did not anchor (no grounding).
   */
  check(input: QualifierInput, at: string, type: "relation" | "event", citations: readonly Citation[] | null): Qualifiers {
    if (input.start === undefined && input.end === undefined && input.pointInTime === undefined && input.announced === undefined && input.amount === undefined) return NO_QUALIFIERS;
    // what the quotes state, read on first need (no closure: this runs once per claim)
    const stated = citations === null ? null : new Stated(citations, this.language);
    // one object shape for every claim (keys added by name in a loop made V8 fall back to slow objects)
    const out: Qualifiers = {
      start: input.start === undefined ? undefined : this.time(input.start, at, "start", stated),
      end: input.end === undefined ? undefined : this.time(input.end, at, "end", stated),
      pointInTime: input.pointInTime === undefined ? undefined : this.time(input.pointInTime, at, "pointInTime", stated),
      announced: input.announced === undefined ? undefined : this.time(input.announced, at, "announced", stated),
      amount: input.amount === undefined ? undefined : this.amount(input.amount, `${at}.amount`, stated),
      period: undefined,
    };
    if (out.pointInTime && (out.start || out.end)) {
      this.problems.add(TimeQualifierError, `${at}.pointInTime`, `a point in time excludes "start" and "end": it says when the claim happened at once, they say how long it lasted`);
    } else if (out.start && out.end && out.start.first > out.end.last) {
      this.problems.add(TimeQualifierError, `${at}.end`, `the end (${out.end.value}) comes before the start (${out.start.value})`);
    }
    out.period = periodOf(type, out, this.published);
    return out;
  }

  /** One time qualifier checked and grounded, or `undefined` after a problem. */
  private time(q: TimeQualifierInput, at: string, name: TimeQualifierName, stated: Stated | null): TimeQualifier | undefined {
    const value = typeof q === "string" ? q : q.value;
    let inferred = typeof q === "string" ? undefined : q.inferred;
    const date = this.date(value);
    if (!date) {
      this.problems.add(InvalidDateError, typeof q === "string" ? `${at}.${name}` : `${at}.${name}.value`, `"${value}" is not a real date`);
      return undefined;
    }
    if (inferred === undefined && stated && !statesDate(stated.dates, value)) inferred = this.refuse(`${at}.${name}`, `${name} ${value}`, stated);
    return inferred === undefined ? date : { ...date, inferred };
  }

  private amount(a: AmountInput, path: string, stated: Stated | null): Amount | undefined {
    let ok = true;
    if (!Number.isFinite(a.value) || a.value < 0) {
      this.problems.add(InvalidAmountError, `${path}.value`, `amount must be a finite number ≥ 0, got ${a.value}`);
      ok = false;
    } else if (Object.is(a.value, -0)) {
      this.problems.add(InvalidAmountError, `${path}.value`, "amount must be a finite number ≥ 0, got -0 (write 0)");
      ok = false;
    } else if (isSubnormal(a.value)) {
      this.problems.add(InexactNumberError, `${path}.value`, `the amount ${a.value} is too small for a double to hold exactly (subnormal)`);
      ok = false;
    }
    if (!ISO_4217_CODES.has(a.currency)) {
      this.problems.add(UnknownCurrencyError, `${path}.currency`, `"${a.currency}" is not an ISO 4217 currency code`);
      ok = false;
    }
    if (!ok) return undefined;
    let inferred = a.inferred;
    if (inferred === undefined) {
      if (stated && !statesAmount(stated.amounts, a.value, a.currency)) inferred = this.refuse(path, `the amount ${groupDigits(a.value)} ${a.currency}`, stated);
    }
    const out: { -readonly [K in keyof Amount]: Amount[K] } = { value: a.value, currency: a.currency };
    if (a.scope !== undefined) out.scope = a.scope;
    if (inferred !== undefined) out.inferred = inferred;
    return out;
  }

  /** Report an ungrounded qualifier; under the storygraph/1 policy, return the reason to keep it with instead. */
  private refuse(path: string, what: string, stated: Stated): string | undefined {
    const said = [...stated.amounts.map((x) => `${groupDigits(x.value)} ${x.currency}`), ...stated.dates.map((d) => d.value)];
    const they = said.length ? `they state ${[...new Set(said)].join(", ")}` : "they state no date or amount";
    if (this.ungrounded) {
      this.problems.notice(path, `${what} is not stated by the claim's quotes (${they}); kept, marked inferred`);
      return this.ungrounded.reason;
    }
    this.problems.add(
      UngroundedQualifierError,
      path,
      `${what} is not stated by the claim's quotes (${they}); quote the words that state it, or mark it "inferred" with the reason`,
    );
    return undefined;
  }

  /** `parseDate`, once per distinct value (a story repeats its few dates many times). */
  private date(value: string): DateValue | null {
    let d = this.dates.get(value);
    if (d === undefined) this.dates.set(value, (d = parseDate(value)));
    return d;
  }
}
