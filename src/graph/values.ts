/**
 * The closed value sets of the story model: how sure a citation says a claim is (certainty and
 * polarity, after FactBank), the display words derived from them (modalities), the time
 * qualifiers a claim may carry, date precisions and amount scopes.
 *
 * Kinds of entity, relation and event are not here: they are open, declared by a vocabulary
 * (`vocabulary/`), which a story may extend.
 */

/**
 * How certain the cited words make a claim, as the article renders it (FactBank's CT / PR / PS /
 * U): `certain` ("a annoncé", "was founded"), `probable` ("semble", "seems", the French reporting
 * conditional "auraient", "souhaiterait"), `possible` ("pourrait", "could", "may",
 * "d’éventuelles"), `unknown` (the article entertains it without committing: "si elle se
 * concrétise", "en cas de", "if").
 */
export const CERTAINTIES = ["certain", "probable", "possible", "unknown"] as const;
/** How certain the article says a claim is (see `CERTAINTIES`). */
export type Certainty = (typeof CERTAINTIES)[number];

/** Whether the cited words say the claim holds (`positive`) or does not (`negative`: "n’a pas", "denied"). */
export const POLARITIES = ["positive", "negative"] as const;
/** Whether the article says a claim holds or does not (see `POLARITIES`). */
export type Polarity = (typeof POLARITIES)[number];

/**
 * The five display words, derived from a citation's factuality and sources (never authored):
 * - `asserted`: certain and positive, said by the author on their own account;
 * - `hedged`: probable;
 * - `reported`: said by a source the article names (the source chain goes beyond the author);
 * - `hypothetical`: possible, or entertained without commitment (certainty `unknown`);
 * - `negated`: negative polarity.
 * A citation has one or more of them ("reported, hypothetical" for s3's "pourrait prendre fin").
 */
export const MODALITIES = ["asserted", "hedged", "reported", "hypothetical", "negated"] as const;
/** The derived display word of a citation (see `MODALITIES`). */
export type Modality = (typeof MODALITIES)[number];

/**
 * Time qualifiers of a claim (after Wikidata's P580 start time, P582 end time, P585 point in
 * time): `start` and `end` bound a state or a lasting event, `pointInTime` dates something that
 * happened at once, `announced` is when it was announced (the article's "annonçait", "announced").
 */
export const TIME_QUALIFIERS = ["start", "end", "pointInTime", "announced"] as const;
/** The name of a time qualifier (see `TIME_QUALIFIERS`). */
export type TimeQualifierName = (typeof TIME_QUALIFIERS)[number];

/** Whether an amount is one tranche (a single payment) or a cumulative total. */
export const AMOUNT_SCOPES = ["tranche", "total"] as const;
/** Whether an amount is one tranche or the total (see `AMOUNT_SCOPES`). */
export type AmountScope = (typeof AMOUNT_SCOPES)[number];

/** Precision of a date: `2015` is a year, `2019-07` a month, `2019-07-22` a day. */
export const DATE_PRECISIONS = ["year", "month", "day"] as const;
/** How precise a date is: a year, a month or a day (see `DATE_PRECISIONS`). */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
