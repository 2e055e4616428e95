/**
 * Which Unicode encoding a file's first bytes show: a byte-order mark (UTF-8, UTF-16 LE/BE,
 * UTF-32 LE/BE), else the pattern of zero bytes around a first ASCII character (`<` or `{`), as
 * XML 1.0 Appendix F detects it. Shared by the story loader (which reads UTF-8 only, and names
 * what it got) and the GEXF reader (which decodes UTF-16 and the encodings TextDecoder knows).
 */

/** An encoding `sniffEncoding` can tell from the first bytes. */
export type SniffedEncoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "UTF-32LE" | "UTF-32BE";

/** What the first bytes say: the encoding, and the length of its byte-order mark (0 when there is none). */
export interface Sniffed {
  readonly encoding: SniffedEncoding;
  readonly bom: number;
  /** True when the encoding was told by zero bytes rather than a mark or plain ASCII. */
  readonly guessed: boolean;
}

/**
 * The encoding the first bytes of `bytes` show (UTF-8 when nothing says otherwise). UTF-32 is
 * told before UTF-16: its little-endian mark starts with the UTF-16 one (FF FE 00 00).
 */
export function sniffEncoding(bytes: Uint8Array): Sniffed {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return { encoding: "UTF-32BE", bom: 4, guessed: false };
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return { encoding: "UTF-32LE", bom: 4, guessed: false };
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "UTF-8", bom: 3, guessed: false };
  if (a === 0xfe && b === 0xff) return { encoding: "UTF-16BE", bom: 2, guessed: false };
  if (a === 0xff && b === 0xfe) return { encoding: "UTF-16LE", bom: 2, guessed: false };
  if (bytes.length >= 4) {
    if (a === 0x00 && b === 0x00 && c === 0x00 && d !== 0x00) return { encoding: "UTF-32BE", bom: 0, guessed: true };
    if (a !== 0x00 && b === 0x00 && c === 0x00 && d === 0x00) return { encoding: "UTF-32LE", bom: 0, guessed: true };
    if (a === 0x00 && b !== 0x00 && c === 0x00 && d !== 0x00) return { encoding: "UTF-16BE", bom: 0, guessed: true };
    if (a !== 0x00 && b === 0x00 && c !== 0x00 && d === 0x00) return { encoding: "UTF-16LE", bom: 0, guessed: true };
  }
  return { encoding: "UTF-8", bom: 0, guessed: false };
}

/**
 * The `encoding` of an XML declaration at the start of `bytes` (read as ASCII: the declaration
 * of an ASCII-compatible encoding), lower-cased, or `undefined` when there is none.
 */
export function declaredXmlEncoding(bytes: Uint8Array, from = 0): string | undefined {
  let head = "";
  for (let i = from; i < Math.min(bytes.length, from + 200); i++) head += String.fromCharCode(bytes[i]!);
  const m = /^<\?xml\s[^?]*?encoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(head);
  return m?.[1]?.toLowerCase();
}
