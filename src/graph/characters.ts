/**
 * Names of characters for messages: `U+200B ZERO WIDTH SPACE`, so that a problem caused by a
 * character nobody can see (a zero-width space inside a word, a soft hyphen, a no-break space,
 * a bidirectional control) or by half of one (a lone surrogate, a combining mark cut from its
 * letter) says which it is.
 *
 * JavaScript has no Unicode name table and a full one is large; only the characters such
 * messages need are named: the invisible and format characters an article may hold without
 * anyone seeing them, and a few common combining marks. Others get their code point and, where
 * the regex engine knows it, their kind (`a combining mark`, `a control character`).
 */

/** The invisible or easily confused characters named in messages. */
const NAMES: ReadonlyMap<number, string> = new Map([
  [0x0009, "CHARACTER TABULATION"],
  [0x000a, "LINE FEED"],
  [0x000d, "CARRIAGE RETURN"],
  [0x00a0, "NO-BREAK SPACE"],
  [0x00ad, "SOFT HYPHEN"],
  [0x034f, "COMBINING GRAPHEME JOINER"],
  [0x061c, "ARABIC LETTER MARK"],
  [0x115f, "HANGUL CHOSEONG FILLER"],
  [0x1160, "HANGUL JUNGSEONG FILLER"],
  [0x180e, "MONGOLIAN VOWEL SEPARATOR"],
  [0x2000, "EN QUAD"],
  [0x2001, "EM QUAD"],
  [0x2002, "EN SPACE"],
  [0x2003, "EM SPACE"],
  [0x2004, "THREE-PER-EM SPACE"],
  [0x2005, "FOUR-PER-EM SPACE"],
  [0x2006, "SIX-PER-EM SPACE"],
  [0x2007, "FIGURE SPACE"],
  [0x2008, "PUNCTUATION SPACE"],
  [0x2009, "THIN SPACE"],
  [0x200a, "HAIR SPACE"],
  [0x200b, "ZERO WIDTH SPACE"],
  [0x200c, "ZERO WIDTH NON-JOINER"],
  [0x200d, "ZERO WIDTH JOINER"],
  [0x200e, "LEFT-TO-RIGHT MARK"],
  [0x200f, "RIGHT-TO-LEFT MARK"],
  [0x2028, "LINE SEPARATOR"],
  [0x2029, "PARAGRAPH SEPARATOR"],
  [0x202a, "LEFT-TO-RIGHT EMBEDDING"],
  [0x202b, "RIGHT-TO-LEFT EMBEDDING"],
  [0x202c, "POP DIRECTIONAL FORMATTING"],
  [0x202d, "LEFT-TO-RIGHT OVERRIDE"],
  [0x202e, "RIGHT-TO-LEFT OVERRIDE"],
  [0x202f, "NARROW NO-BREAK SPACE"],
  [0x205f, "MEDIUM MATHEMATICAL SPACE"],
  [0x2060, "WORD JOINER"],
  [0x2061, "FUNCTION APPLICATION"],
  [0x2062, "INVISIBLE TIMES"],
  [0x2063, "INVISIBLE SEPARATOR"],
  [0x2064, "INVISIBLE PLUS"],
  [0x2066, "LEFT-TO-RIGHT ISOLATE"],
  [0x2067, "RIGHT-TO-LEFT ISOLATE"],
  [0x2068, "FIRST STRONG ISOLATE"],
  [0x2069, "POP DIRECTIONAL ISOLATE"],
  [0x3000, "IDEOGRAPHIC SPACE"],
  [0x3164, "HANGUL FILLER"],
  [0xfe0e, "VARIATION SELECTOR-15"],
  [0xfe0f, "VARIATION SELECTOR-16"],
  [0xfeff, "ZERO WIDTH NO-BREAK SPACE"],
  [0xfffd, "REPLACEMENT CHARACTER"],
  [0x0300, "COMBINING GRAVE ACCENT"],
  [0x0301, "COMBINING ACUTE ACCENT"],
  [0x0302, "COMBINING CIRCUMFLEX ACCENT"],
  [0x0303, "COMBINING TILDE"],
  [0x0308, "COMBINING DIAERESIS"],
  [0x0327, "COMBINING CEDILLA"],
]);

/** Characters a reader cannot see, or cannot tell from a plain space: format characters (Cf), spaces other than U+0020, fillers. */
const INVISIBLE_RE = /(?! )[\p{Cf}\p{Zs}\u034f\u115f\u1160\u3164\u2028\u2029\ufe0e\ufe0f]/u;

/** True when the character `ch` (one code point) is invisible or looks like a plain space, but is not U+0020. */
export function isInvisible(ch: string): boolean {
  return INVISIBLE_RE.test(ch);
}

/**
 * The character `ch` (one code point, or a lone surrogate) for a message: `U+200B ZERO WIDTH
 * SPACE`, `U+D83D (half of a surrogate pair)`, `U+0301 COMBINING ACUTE ACCENT`, `U+0489 (a
 * combining mark)`, `U+0065 "e"`.
 */
export function describeChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = NAMES.get(cp);
  if (name !== undefined) return `${code} ${name}`;
  if (cp >= 0xd800 && cp <= 0xdfff) return `${code} (half of a surrogate pair)`;
  if (/\p{M}/u.test(ch)) return `${code} (a combining mark)`;
  if (/\p{Cc}/u.test(ch)) return `${code} (a control character)`;
  if (isInvisible(ch)) return `${code} (an invisible character)`;
  return `${code} ${JSON.stringify(ch)}`;
}

/**
 * The first invisible character of `text` (see `isInvisible`), with its offset (UTF-16 code
 * units), or `undefined`.
 */
export function firstInvisible(text: string): { readonly offset: number; readonly char: string } | undefined {
  const m = INVISIBLE_RE.exec(text);
  if (!m) return undefined;
  return { offset: m.index, char: text.slice(m.index, m.index + m[0].length) };
}
