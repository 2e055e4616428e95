/**
 * Numbers kept or refused, never silently changed: whether the double `JSON.parse` read is the
 * number the file's text writes.
 *
 * `JSON.parse` rounds every number to the nearest double without a word: `9007199254740993`
 * becomes …992, `1e-400` becomes 0, `1.00000000000000001` becomes 1. The text of the value (found
 * by its offset, see json-position.ts) is compared with the double written back (`String`, the
 * shortest text that reads as the same double): both are reduced to sign, significant digits
 * and exponent, so `12.50`, `1.25e1` and `12.5` are the same number, and `0.1` (which no double
 * holds exactly, but which reads and writes back as `0.1`) is kept, while a number whose digits
 * the double cannot hold is not.
 */

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The JSON number token at `offset` of `text`, or `undefined` when none starts there. */
export function numberTextAt(text: string, offset: number): string | undefined {
  NUMBER_RE.lastIndex = offset;
  return NUMBER_RE.exec(text)?.[0];
}

/** `raw` (a JSON or JavaScript number text) as sign, significant digits (no leading or trailing zeros) and exponent of the last digit. */
function decimalParts(raw: string): { negative: boolean; digits: string; exponent: bigint } {
  let s = raw.trim();
  const negative = s.startsWith("-");
  if (negative || s.startsWith("+")) s = s.slice(1);
  let exponent = 0n;
  const e = s.search(/[eE]/);
  if (e !== -1) {
    exponent = BigInt(s.slice(e + 1));
    s = s.slice(0, e);
  }
  const dot = s.indexOf(".");
  if (dot !== -1) {
    exponent -= BigInt(s.length - dot - 1);
    s = s.slice(0, dot) + s.slice(dot + 1);
  }
  s = s.replace(/^0+/, "");
  const trimmed = s.replace(/0+$/, "");
  exponent += BigInt(s.length - trimmed.length);
  return { negative, digits: trimmed, exponent: trimmed ? exponent : 0n };
}

/**
 * True when the double `value` is the number `raw` writes (same sign, digits and exponent once
 * written back; zero equals zero whatever its digits, the sign of a zero is the caller's rule).
 *
 * @example sameNumber("12.50", 12.5) // true
 * @example sameNumber("9007199254740993", 9007199254740992) // false
 * @example sameNumber("1e-400", 0) // false
 */
export function sameNumber(raw: string, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const a = decimalParts(raw);
  const b = decimalParts(String(value));
  if (!a.digits && !b.digits) return true;
  return a.negative === b.negative && a.digits === b.digits && a.exponent === b.exponent;
}

/** True for a subnormal double: below 2^-1022 in magnitude but not zero (its precision is lost bit by bit). */
export function isSubnormal(value: number): boolean {
  return value !== 0 && Math.abs(value) < 2.2250738585072014e-308;
}
