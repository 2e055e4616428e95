/** Amount and date expressions in French and English news text. Re-exports only. */
export { findAmounts, type AmountExpression } from "./amounts.ts";
export { findDates, type DateExpression } from "./dates.ts";
export { SUPPORTED_EXPRESSION_LANGUAGES } from "./numbers.ts";
