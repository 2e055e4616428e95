/**
 * XML 1.0 text rules shared by the GEXF writer and reader: which characters XML forbids, the one
 * replacement rule storygraph applies to them, and escaping for text content and attribute values.
 *
 * The replacement rule (documented in README/docs): every code point that XML 1.0 does not allow,
 * that is U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF and every lone surrogate
 * (U+D800–U+DFFF not part of a valid pair), becomes U+FFFD REPLACEMENT CHARACTER. Each of them is
 * one UTF-16 code unit and so is U+FFFD: the replacement keeps every string's length, so the
 * citation offsets (UTF-16 code units into the article) stay valid after export.
 * TAB, LF and CR are allowed and kept; in attribute values they are written as character
 * references (`&#9;`, `&#10;`, `&#13;`) so that XML attribute normalisation does not turn them into
 * spaces; in text content CR is written as `&#13;` so that line-end normalisation keeps it.
 */

/** Matches one character XML 1.0 forbids (code-unit regex: lone surrogates included). */
export const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const XML_FORBIDDEN_G = new RegExp(XML_FORBIDDEN.source, "g");

/** The character every forbidden code point becomes. */
export const XML_REPLACEMENT = "\uFFFD";

/**
 * Apply the replacement rule: every code point XML 1.0 forbids (C0 controls other than TAB, LF and
 * CR, U+FFFE, U+FFFF, lone surrogates) becomes U+FFFD. The result has the same length as `value`.
 *
 * @example xmlSafe("a\u0000b\uD800") // "a\uFFFDb\uFFFD"
 */
export function xmlSafe(value: string): string {
  return mayHoldForbidden(value) && XML_FORBIDDEN.test(value) ? value.replace(XML_FORBIDDEN_G, XML_REPLACEMENT) : value;
}

/**
 * False when `value` holds no C0 control but TAB, LF and CR, no U+FFFE or U+FFFF and no surrogate
 * (so nothing to replace): one pass of `charCodeAt`, several times faster than the regex with its
 * look-arounds, which then only runs on strings that may need it.
 */
function mayHoldForbidden(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe)) return true;
  }
  return false;
}

/** True when XML 1.0 allows code point `cp` (the `Char` production). */
export function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

const ATTR_SPECIAL = /[&<>"\t\n\r]/;
const TEXT_SPECIAL = /[&<>\r]/;
const TEXT_SPECIAL_G = /[&<>\r]/g;
const ENTITY: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};
const entity = (ch: string): string => ENTITY[ch]!;

/**
 * `value` made XML-safe (replacement rule) and escaped for a double-quoted attribute value. One
 * native `replaceAll` per character present rather than a callback per match: the citations
 * attribute is JSON, with a `"` every few characters.
 */
export function escapeAttribute(value: string): string {
  let out = xmlSafe(value);
  if (!ATTR_SPECIAL.test(out)) return out;
  if (out.includes("&")) out = out.replaceAll("&", "&amp;");
  if (out.includes('"')) out = out.replaceAll('"', "&quot;");
  if (out.includes("<")) out = out.replaceAll("<", "&lt;");
  if (out.includes(">")) out = out.replaceAll(">", "&gt;");
  if (out.includes("\t")) out = out.replaceAll("\t", "&#9;");
  if (out.includes("\n")) out = out.replaceAll("\n", "&#10;");
  if (out.includes("\r")) out = out.replaceAll("\r", "&#13;");
  return out;
}

/** `value` made XML-safe (replacement rule) and escaped for element text content (`]]>` included). */
export function escapeText(value: string): string {
  const safe = xmlSafe(value);
  return TEXT_SPECIAL.test(safe) ? safe.replace(TEXT_SPECIAL_G, entity) : safe;
}
