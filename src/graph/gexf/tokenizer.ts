/**
 * A small streaming XML 1.0 tokenizer with namespaces, written for the GEXF reader.
 *
 * Why our own: the reader must run in Node and in the browser without @xmldom or DOMParser, and
 * must not build a DOM tree (graphology-gexf's DOM-based parser needs about 50× the file's size in
 * memory). This tokenizer scans the input with `indexOf`, hands each start tag, end tag and piece
 * of text to a sink, and keeps only the open-element stack: memory stays near the size of the
 * data the sink keeps. Input may arrive in chunks (`write` many times, then `end`).
 *
 * It checks well-formedness as far as GEXF needs: matching tags, one root, quoted and unique
 * attributes, no `<` in attribute values, known entity and valid character references, no
 * characters XML 1.0 forbids, bound namespace prefixes, comments without `--`, no `]]>` in text.
 * It refuses DOCTYPE declarations (no DTD, so no entity expansion). Line ends are normalised
 * (CRLF and CR → LF) and attribute values normalised (TAB, LF, CR → space) as XML requires.
 * Every failure is a `GexfParseError` with the line and column (and the file, when given).
 *
 * Locations for the sink: `tagOffset` is where the start tag being reported stands (one store
 * per tag), and `locate(offset)` turns such an offset into a line and column, scanning forward
 * from the last position it located (so locating the tags of a document in order costs one pass).
 * An offset can be located while its text is still buffered: always for the last piece given to
 * `end(last)`, never for pieces `write` has consumed (their text is dropped to bound memory).
 */
import { GexfParseError } from "./errors.ts";
import { XML_FORBIDDEN, isXmlChar } from "./xml.ts";

/** The attributes of one start tag (namespace declarations excluded). Reused between tags: read it in `start`. */
export class XmlAttributes {
  /** Qualified names, as written (`label`, `xsi:schemaLocation`). */
  readonly names: string[] = [];
  /** Decoded, normalised values, same order as `names`. */
  readonly values: string[] = [];
  /** The value of attribute `name` (qualified name as written), or `undefined`. */
  get(name: string): string | undefined {
    const names = this.names;
    for (let i = 0; i < names.length; i++) if (names[i] === name) return this.values[i];
    return undefined;
  }
  get length(): number {
    return this.names.length;
  }
}

/** A line and column (both 1-based; columns in UTF-16 code units). */
export interface XmlPosition {
  readonly line: number;
  readonly column: number;
}

/** What the tokenizer reports to. */
export interface XmlSink {
  /** A start tag (a self-closing tag gives `start` then `end`). `uri` is `""` when the element has no namespace. */
  start(uri: string, local: string, attributes: XmlAttributes): void;
  end(uri: string, local: string): void;
  /** Character data inside the root element, decoded (may come in several pieces). */
  text(data: string): void;
}

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const NAME_RE = /^[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800-\uDBFF][A-Za-z0-9_:.\-\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800-\uDFFF]*$/;
/** Decodes the code units `decode` gathers (see there why this is exact). */
const UTF16 = new TextDecoder("utf-16le", { ignoreBOM: true });
const INCOMPLETE = -1;
/** Up to this many attributes (or declarations) per tag, duplicates are found by a scan; beyond, by a set. */
const SCAN_LIMIT = 8;
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

/** A checked element or attribute name, split once for every tag that repeats it. */
interface NameInfo {
  /** The qualified name as written. */
  readonly qname: string;
  /** The prefix (`""` when none) and the local part. */
  readonly prefix: string;
  readonly local: string;
  /** `xmlns` or `xmlns:…`: a namespace declaration. */
  readonly xmlns: boolean;
  /** A QName of Namespaces in XML: at most one colon, with a name on each side. */
  readonly qualified: boolean;
}

function nameInfo(qname: string): NameInfo {
  const colon = qname.indexOf(":");
  return {
    qname,
    prefix: colon === -1 ? "" : qname.slice(0, colon),
    local: colon === -1 ? qname : qname.slice(colon + 1),
    xmlns: qname === "xmlns" || qname.startsWith("xmlns:"),
    qualified: colon === -1 || (colon > 0 && colon < qname.length - 1 && qname.indexOf(":", colon + 1) === -1),
  };
}

/** `s.indexOf(ch, from)`, or `s.length` when `ch` does not follow. */
function nextOf(s: string, ch: string, from: number): number {
  const at = s.indexOf(ch, from);
  return at === -1 ? s.length : at;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/**
 * A push tokenizer: `write(chunk)` as data arrives, then `end()`.
 *
 * @example
 *   const t = new XmlTokenizer(sink, "fromGexf"); t.write(xml); t.end();
 */
export class XmlTokenizer {
  private buf = "";
  private pos = 0;
  /** Absolute offset of `buf[0]` in the whole input. */
  private bufOffset = 0;
  /** Line number (1-based) at `buf[0]`, and absolute offset where that line starts. */
  private bufLine = 1;
  private bufLineStart = 0;
  /** A high surrogate held back from the end of the last chunk (its pair may come next). */
  private held = "";
  private readonly qnames: string[] = [];
  private readonly uris: string[] = [];
  private readonly locals: string[] = [];
  /** For each open element, the prefixes it declares (`null`: none), to unbind when it closes. */
  private readonly scopes: (string[] | null)[] = [];
  /**
   * Every prefix in scope (`""`: the default namespace) with its bindings, innermost last: a
   * declaration pushes, the end of its element pops, so a lookup and a declaration cost O(1)
   * whatever the number of prefixes in scope (copying the scope per declaring element did not).
   */
  private readonly ns = new Map<string, string[]>([["xml", [XML_NS]]]);
  /** The namespace of unprefixed elements in scope (top of `ns.get("")`, kept at hand: every element needs it). */
  private defaultUri = "";
  private readonly attrs = new XmlAttributes();
  /** The namespace declarations of the tag being read: qualified names and values. */
  private readonly declNames: string[] = [];
  private readonly declValues: string[] = [];
  /**
   * Names already read in the tag, once it has more than `SCAN_LIMIT` attributes (a scan of the
   * few before is cheaper than a set below that): duplicates found in O(1) each, so a tag costs
   * time linear in its size (a scan per attribute made 200,000 attributes take 88 s).
   */
  private readonly tagNames = new Set<string>();
  /** Expanded names (`uri local`) of the tag's prefixed attributes, for the Namespaces rule that no two are equal. */
  private readonly expanded = new Set<string>();
  /** When the last run stopped inside a construct: the buffer length to wait for before scanning again (amortises a tag split over many chunks). */
  private waitFor = 0;
  private readonly names = new Set<string>();
  /** Element and attribute names seen, by length and first, second and last code unit (see `nameAt`). */
  private readonly interned = new Map<number, NameInfo>();
  /**
   * Where the next '<', '&', LF, TAB and CR stand in the buffer, at or after some earlier position
   * (`buf.length` when there is none; -1 when not searched yet). Attribute values are checked
   * against them instead of being searched one by one: one search serves every value up to that
   * character (a tag's attributes stand on one line, before the next '<').
   */
  /** The buffer `decode` gathers code units in (grown as needed, reused). */
  private scratch = new Uint16Array(1024);
  private ltAt = -1;
  private ampAt = -1;
  private lfAt = -1;
  private tabAt = -1;
  private crAt = -1;
  private seenRoot = false;
  private rootClosed = false;
  private started = false;
  /** Offset of the first character after a byte-order mark. */
  private docStart = 0;
  private ended = false;
  /** Absolute offset of the '<' of the start tag reported last. */
  private tagAt = 0;
  /** Where `locate` stopped: absolute offset, its line, and where that line starts. */
  private locAt = -1;
  private locLine = 1;
  private locLineStart = 0;

  constructor(
    private readonly sink: XmlSink,
    /** Function name that starts error messages. */
    private readonly fn: string,
    /** File name given to every error, when known. */
    private readonly file?: string,
  ) {}

  /** Absolute offset (UTF-16 code units from the start of the input) of the start tag being reported, or reported last. */
  get tagOffset(): number {
    return this.tagAt;
  }

  /**
   * The line and column of absolute offset `offset` (a `tagOffset`), or `undefined` when its text
   * is no longer buffered.
   */
  locate(offset: number): XmlPosition | undefined {
    const base = this.bufOffset;
    if (offset < base || offset > base + this.buf.length) return undefined;
    let line: number;
    let lineStart: number;
    let from: number;
    if (this.locAt >= base && this.locAt <= offset) {
      line = this.locLine;
      lineStart = this.locLineStart;
      from = this.locAt - base;
    } else {
      line = this.bufLine;
      lineStart = this.bufLineStart;
      from = 0;
    }
    const s = this.buf;
    const stop = offset - base;
    for (let i = s.indexOf("\n", from); i !== -1 && i < stop; i = s.indexOf("\n", i + 1)) {
      line++;
      lineStart = base + i + 1;
    }
    this.locAt = offset;
    this.locLine = line;
    this.locLineStart = lineStart;
    return { line, column: offset - lineStart + 1 };
  }

  /**
   * Feed the next piece of the document.
   *
   * @throws {GexfParseError} as soon as the input is known to be malformed.
   */
  write(chunk: string): void {
    this.append(chunk);
    // a construct left incomplete is scanned again once the buffer has doubled, not on every
    // chunk: a tag of n code units given in k pieces costs O(n), not O(n·k)
    if (this.buf.length - this.pos < this.waitFor) return;
    this.run(false);
  }

  /** Add `chunk` to the buffer (checking its characters). */
  private append(chunk: string): void {
    if (this.ended) throw new Error(`${this.fn}: write after end`);
    let data = this.held + chunk;
    this.held = "";
    const last = data.charCodeAt(data.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.held = data.slice(-1);
      data = data.slice(0, -1);
    }
    if (!this.started && data.length > 0) {
      this.started = true;
      if (data.charCodeAt(0) === 0xfeff) {
        data = data.slice(1);
        this.bufOffset = 1;
        this.bufLineStart = 1;
        this.docStart = 1;
      }
    }
    const at = this.buf.length;
    this.buf = at === 0 ? data : this.buf + data;
    this.checkChars(data, at);
  }

  /**
   * The document is complete: checks that every element is closed.
   *
   * @param last - the last piece of the document, if not given to `write`: its text stays
   *   buffered, so `locate` can place its tags afterwards (`fromGexf` gives the whole document here).
   * @throws {GexfParseError} when the document is truncated or has no root element.
   */
  end(last?: string): void {
    if (this.ended) return;
    if (last !== undefined) this.append(last);
    if (this.held) {
      const at = this.buf.length;
      this.buf += this.held;
      this.held = "";
      this.checkChars(this.buf.slice(at), at);
    }
    this.run(true);
    this.ended = true;
    if (this.qnames.length > 0) this.fail(this.buf.length, `the document ends inside <${this.qnames[this.qnames.length - 1]}> (missing end tag)`);
    if (!this.seenRoot) this.fail(this.buf.length, "the document has no root element");
  }

  private checkChars(data: string, at: number): void {
    const m = XML_FORBIDDEN.exec(data);
    if (m) {
      const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
      this.fail(at + m.index, `character U+${code} is not allowed in XML 1.0`);
    }
  }

  private fail(bufPos: number, detail: string): never {
    let line = this.bufLine;
    let lineStart = this.bufLineStart;
    const s = this.buf;
    const stop = Math.min(bufPos, s.length);
    for (let i = s.indexOf("\n"); i !== -1 && i < stop; i = s.indexOf("\n", i + 1)) {
      line++;
      lineStart = this.bufOffset + i + 1;
    }
    throw new GexfParseError(this.fn, line, this.bufOffset + stop - lineStart + 1, detail, this.file);
  }

  /** Drop the consumed part of the buffer, keeping line accounting. */
  private compact(): void {
    const s = this.buf;
    const consumed = this.pos;
    if (consumed === 0) return;
    for (let i = s.indexOf("\n"); i !== -1 && i < consumed; i = s.indexOf("\n", i + 1)) {
      this.bufLine++;
      this.bufLineStart = this.bufOffset + i + 1;
    }
    this.bufOffset += consumed;
    this.buf = s.slice(consumed);
    this.pos = 0;
  }

  private run(final: boolean): void {
    const s = this.buf;
    const n = s.length;
    let i = this.pos;
    this.ltAt = this.ampAt = this.lfAt = this.tabAt = this.crAt = -1;
    while (i < n) {
      if (s.charCodeAt(i) !== 0x3c) {
        const lt = s.indexOf("<", i);
        if (lt === -1 && !final) break;
        const stop = lt === -1 ? n : lt;
        this.onText(s.slice(i, stop), i);
        i = stop;
        continue;
      }
      if (i + 1 >= n) {
        if (final) this.fail(i, "the document ends inside a tag");
        break;
      }
      const c = s.charCodeAt(i + 1);
      let next: number;
      if (c === 0x2f) next = this.endTag(s, i);
      else if (c === 0x21) next = this.bang(s, i, final);
      else if (c === 0x3f) next = this.pi(s, i);
      else next = this.startTag(s, i);
      if (next === INCOMPLETE) {
        if (final) this.fail(i, "the document ends inside a tag");
        break;
      }
      i = next;
    }
    this.pos = i;
    if (!final) {
      this.compact();
      this.waitFor = 2 * this.buf.length;
    }
  }

  private onText(raw: string, at: number): void {
    if (this.qnames.length === 0) {
      for (let k = 0; k < raw.length; k++) {
        if (!isSpace(raw.charCodeAt(k))) this.fail(at + k, this.seenRoot ? "text after the root element" : "text before the root element");
      }
      return;
    }
    if (raw.includes("]]>")) this.fail(at + raw.indexOf("]]>"), "']]>' is not allowed in text");
    let text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
    if (text.includes("&")) text = this.decode(text, at);
    this.sink.text(text);
  }

  /**
   * The checked name written at `s[from…to)`, reusing what was found for the same name before:
   * a GEXF file repeats a dozen names millions of times, and a fresh string (and its checks)
   * for each made the import allocation-bound.
   *
   * @throws {GexfParseError} when the name is not an XML name.
   */
  private nameAt(s: string, from: number, to: number): NameInfo {
    const length = to - from;
    if (length === 0 || length > 64) {
      const name = s.slice(from, to);
      this.checkName(name, from);
      return this.qualified(nameInfo(name), from);
    }
    // a small integer key (length, and the low bits of the first, second and last code units):
    // the name is compared in place on a hit, so a collision only costs a fresh string
    const key = (length & 63) | ((s.charCodeAt(from) & 0xff) << 6) | ((s.charCodeAt(from + 1) & 0xff) << 14) | ((s.charCodeAt(to - 1) & 0xff) << 22);
    const known = this.interned.get(key);
    if (known !== undefined && known.qname.length === length && s.startsWith(known.qname, from)) return known;
    const name = s.slice(from, to);
    this.checkName(name, from);
    const info = this.qualified(nameInfo(name), from);
    if (known === undefined && this.interned.size < 10_000) this.interned.set(key, info);
    return info;
  }

  /** `info`, when its name is a QName (Namespaces in XML 1.0 §4). */
  private qualified(info: NameInfo, at: number): NameInfo {
    if (!info.qualified) this.fail(at, `"${info.qname}" is not a qualified name (one colon at most, between a prefix and a local name)`);
    return info;
  }

  private checkName(name: string, at: number): void {
    if (this.names.has(name)) return;
    if (!NAME_RE.test(name)) this.fail(at, name ? `"${name}" is not a valid XML name` : "a name is missing");
    if (this.names.size < 10_000) this.names.add(name);
  }

  /**
   * `raw` with its entity and character references decoded (`at`: where `raw` starts, for
   * messages). One pass copies the code units into a reused buffer, which one native call turns
   * into the string: attribute values holding JSON carry dozens of &quot; each, and V8's
   * global replace on a slice of a large document cost microseconds and kilobytes of garbage
   * per value (the import was GC-bound).
   *
   * @throws {GexfParseError} for a lone '&', an unknown entity or a character reference to a
   *   character XML 1.0 does not allow.
   */
  private decode(raw: string, at: number): string {
    const n = raw.length;
    let out = this.scratch;
    if (out.length < n) out = this.scratch = new Uint16Array(Math.max(n, 2 * out.length));
    let o = 0;
    let i = 0;
    while (i < n) {
      const c = raw.charCodeAt(i);
      if (c !== 0x26) {
        out[o++] = c;
        i++;
        continue;
      }
      const semi = raw.indexOf(";", i + 1);
      if (semi === -1) this.fail(at + i, "'&' must start a reference such as &amp;");
      const length = semi - i - 1;
      const first = raw.charCodeAt(i + 1);
      if (length === 4 && first === 0x71 && raw.startsWith("quot", i + 1)) out[o++] = 0x22;
      else if (length === 3 && first === 0x61 && raw.startsWith("amp", i + 1)) out[o++] = 0x26;
      else if (length === 2 && first === 0x6c && raw.charCodeAt(i + 2) === 0x74) out[o++] = 0x3c;
      else if (length === 2 && first === 0x67 && raw.charCodeAt(i + 2) === 0x74) out[o++] = 0x3e;
      else if (length === 4 && first === 0x61 && raw.startsWith("apos", i + 1)) out[o++] = 0x27;
      else {
        const ref = raw.slice(i + 1, semi);
        let cp = NaN;
        if (/^#x[0-9A-Fa-f]{1,6}$/.test(ref)) cp = parseInt(ref.slice(2), 16);
        else if (/^#[0-9]{1,7}$/.test(ref)) cp = parseInt(ref.slice(1), 10);
        else this.fail(at + i, `unknown entity "&${ref.slice(0, 20)};" (only &amp; &lt; &gt; &quot; &apos; and character references)`);
        if (!isXmlChar(cp)) this.fail(at + i, `character reference "&${ref};" names a character XML 1.0 does not allow`);
        if (cp > 0xffff) {
          out[o++] = 0xd800 + ((cp - 0x10000) >> 10);
          out[o++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
        } else out[o++] = cp;
      }
      i = semi + 1;
    }
    // utf-16le of code units is exact here: the document has no lone surrogate (checkChars) and
    // references name only characters XML allows; ignoreBOM keeps a leading U+FEFF
    return UTF16.decode(out.subarray(0, o));
  }

  /** `<!--…-->`, `<![CDATA[…]]>` or `<!DOCTYPE` (refused). */
  private bang(s: string, i: number, final: boolean): number {
    if (!final && s.length - i < 9) {
      const rest = s.slice(i);
      if ("<!--".startsWith(rest) || "<![CDATA[".startsWith(rest) || "<!DOCTYPE".startsWith(rest)) return INCOMPLETE;
    }
    if (s.startsWith("<!--", i)) {
      const close = s.indexOf("-->", i + 4);
      if (close === -1) return INCOMPLETE;
      const dash = s.indexOf("--", i + 4);
      if (dash < close || (close > i + 4 && s.charCodeAt(close - 1) === 0x2d)) this.fail(Math.min(dash, close - 1), "'--' is not allowed inside a comment");
      return close + 3;
    }
    if (s.startsWith("<![CDATA[", i)) {
      if (this.qnames.length === 0) this.fail(i, "CDATA section outside the root element");
      const close = s.indexOf("]]>", i + 9);
      if (close === -1) return INCOMPLETE;
      const data = s.slice(i + 9, close);
      this.sink.text(data.includes("\r") ? data.replace(/\r\n?/g, "\n") : data);
      return close + 3;
    }
    if (s.startsWith("<!DOCTYPE", i)) this.fail(i, "DOCTYPE declarations are not supported");
    return this.fail(i, "'<!' must start a comment or a CDATA section");
  }

  /** `<?target …?>`: the XML declaration (only at the very start) or a processing instruction (skipped). */
  private pi(s: string, i: number): number {
    const close = s.indexOf("?>", i + 2);
    if (close === -1) return INCOMPLETE;
    let k = i + 2;
    while (k < close && !isSpace(s.charCodeAt(k))) k++;
    const target = s.slice(i + 2, k);
    this.checkName(target, i + 2);
    if (target.toLowerCase() === "xml") {
      if (target !== "xml" || this.bufOffset + i !== this.docStart) {
        this.fail(i, "the XML declaration must come first in the document");
      }
      const version = /version\s*=\s*["']([^"']*)["']/.exec(s.slice(k, close))?.[1];
      if (version !== "1.0" && version !== "1.1") this.fail(i, `unsupported XML version "${version ?? ""}"`);
    }
    return close + 2;
  }

  private endTag(s: string, i: number): number {
    const gt = s.indexOf(">", i + 2);
    if (gt === -1) return INCOMPLETE;
    let k = gt;
    while (k > i + 2 && isSpace(s.charCodeAt(k - 1))) k--;
    const depth = this.qnames.length;
    if (depth === 0) this.fail(i, `end tag </${s.slice(i + 2, k)}> without a start tag`);
    const open = this.qnames[depth - 1]!;
    // compared in place: no string for the name of every end tag
    if (open.length !== k - (i + 2) || !s.startsWith(open, i + 2)) this.fail(i, `end tag </${s.slice(i + 2, k)}> does not match <${open}>`);
    this.closeElement();
    return gt + 1;
  }

  private closeElement(): void {
    const uri = this.uris.pop()!;
    const local = this.locals.pop()!;
    this.qnames.pop();
    const scope = this.scopes.pop();
    if (scope) {
      for (const prefix of scope) {
        const bindings = this.ns.get(prefix)!;
        bindings.pop();
        if (bindings.length === 0) this.ns.delete(prefix);
      }
      this.defaultUri = this.uriOf("") ?? "";
    }
    if (this.qnames.length === 0) this.rootClosed = true;
    this.sink.end(uri, local);
  }

  /** The namespace bound to `prefix` in scope (`""`: the default namespace), or `undefined`. */
  private uriOf(prefix: string): string | undefined {
    const bindings = this.ns.get(prefix);
    if (bindings === undefined) return undefined;
    const uri = bindings[bindings.length - 1]!;
    // `xmlns=""` undeclares the default namespace
    return uri === "" && prefix === "" ? undefined : uri;
  }

  /**
   * Whether `name` is already in `list` (the attributes or the namespace declarations of the tag
   * being read): a scan while the list is short, then a set of every name of the tag.
   */
  private repeated(list: readonly string[], name: string): boolean {
    const count = list.length;
    if (count < SCAN_LIMIT) {
      for (let a = 0; a < count; a++) if (list[a] === name) return true;
      return false;
    }
    const seen = this.tagNames;
    if (count === SCAN_LIMIT || seen.size === 0) {
      // the set takes over: it holds the names of both lists (xmlns names never equal others)
      seen.clear();
      for (const n of this.attrs.names) seen.add(n);
      for (const n of this.declNames) seen.add(n);
    }
    const size = seen.size;
    seen.add(name);
    return seen.size === size;
  }

  /**
   * The rules of Namespaces in XML 1.0 (§3) for a declaration of `prefix` (`""`: the default
   * namespace) to `uri`: `xml` only to its own namespace, which no other prefix may take;
   * `xmlns` never declared, nor its namespace bound; no prefix undeclared (`xmlns:p=""`).
   *
   * @throws {GexfParseError} for a declaration the rules forbid.
   */
  private checkBinding(prefix: string, uri: string, at: number): void {
    if (prefix === "xml") {
      if (uri !== XML_NS) this.fail(at, `the prefix "xml" is bound to "${XML_NS}" and cannot be declared to another namespace`);
      return;
    }
    if (prefix === "xmlns") this.fail(at, `the prefix "xmlns" cannot be declared`);
    if (uri === XML_NS) this.fail(at, `the namespace "${XML_NS}" belongs to the prefix "xml" only`);
    if (uri === XMLNS_NS) this.fail(at, `the namespace "${XMLNS_NS}" cannot be bound to a prefix`);
    if (prefix && !uri) this.fail(at, `namespace prefix "${prefix}" cannot be bound to an empty URI`);
  }

  private startTag(s: string, i: number): number {
    const n = s.length;
    let j = i + 1;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (isSpace(c) || c === 0x3e || c === 0x2f) break;
      j++;
    }
    if (j >= n) return INCOMPLETE;
    const element = this.nameAt(s, i + 1, j);
    const qname = element.qname;
    if (this.rootClosed) this.fail(i, `element <${qname}> after the root element`);
    const attrs = this.attrs;
    const names = attrs.names;
    const values = attrs.values;
    // emptied by pops: setting `length` is a runtime call, and this runs for every tag
    while (names.length > 0) names.pop();
    while (values.length > 0) values.pop();
    const declNames = this.declNames;
    const declValues = this.declValues;
    while (declNames.length > 0) declNames.pop();
    while (declValues.length > 0) declValues.pop();
    const seen = this.tagNames;
    if (seen.size > 0) seen.clear();
    let prefixed = false;
    let selfClosing = false;
    for (;;) {
      const before = j;
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return INCOMPLETE;
      const c = s.charCodeAt(j);
      if (c === 0x3e) {
        j++;
        break;
      }
      if (c === 0x2f) {
        if (j + 1 >= n) return INCOMPLETE;
        if (s.charCodeAt(j + 1) !== 0x3e) this.fail(j, "expected '>' after '/'");
        selfClosing = true;
        j += 2;
        break;
      }
      if (j === before) this.fail(j, "attributes must be separated by white space");
      let k = j;
      while (k < n) {
        const d = s.charCodeAt(k);
        if (d === 0x3d || isSpace(d) || d === 0x3e || d === 0x2f) break;
        k++;
      }
      if (k >= n) return INCOMPLETE;
      const attribute = this.nameAt(s, j, k);
      const name = attribute.qname;
      while (k < n && isSpace(s.charCodeAt(k))) k++;
      if (k >= n) return INCOMPLETE;
      if (s.charCodeAt(k) !== 0x3d) this.fail(k, `attribute "${name}" has no value`);
      k++;
      while (k < n && isSpace(s.charCodeAt(k))) k++;
      if (k >= n) return INCOMPLETE;
      const q = s.charCodeAt(k);
      if (q !== 0x22 && q !== 0x27) this.fail(k, `the value of attribute "${name}" must be quoted`);
      const from = k + 1;
      const close = s.indexOf(q === 0x22 ? '"' : "'", from);
      if (close === -1) return INCOMPLETE;
      if (this.ltAt < from) this.ltAt = nextOf(s, "<", from);
      if (this.ltAt < close) this.fail(this.ltAt, `'<' is not allowed in the value of attribute "${name}"`);
      let value = s.slice(from, close);
      if (this.lfAt < from) this.lfAt = nextOf(s, "\n", from);
      if (this.tabAt < from) this.tabAt = nextOf(s, "\t", from);
      if (this.crAt < from) this.crAt = nextOf(s, "\r", from);
      if (this.lfAt < close || this.tabAt < close || this.crAt < close) value = value.replace(/\r\n|[\t\n\r]/g, " ");
      if (this.ampAt < from) this.ampAt = nextOf(s, "&", from);
      if (this.ampAt < close) value = this.decode(value, from);
      const list = attribute.xmlns ? declNames : names;
      if (this.repeated(list, name)) this.fail(j, `attribute "${name}" appears twice`);
      list.push(name);
      if (attribute.xmlns) declValues.push(value);
      else {
        values.push(value);
        if (attribute.prefix) prefixed = true;
      }
      j = close + 1;
    }
    // namespaces
    let scope: string[] | null = null;
    if (declNames.length > 0) {
      scope = [];
      for (let d = 0; d < declNames.length; d++) {
        const name = declNames[d]!;
        const value = declValues[d]!;
        const prefix = name === "xmlns" ? "" : name.slice(6);
        this.checkBinding(prefix, value, i);
        const bindings = this.ns.get(prefix);
        if (bindings) bindings.push(value);
        else this.ns.set(prefix, [value]);
        scope.push(prefix);
      }
      this.defaultUri = this.uriOf("") ?? "";
    }
    const prefix = element.prefix;
    let uri = this.defaultUri;
    if (prefix) {
      const bound = this.uriOf(prefix);
      if (bound === undefined) this.fail(i, `namespace prefix "${prefix}" of <${qname}> is not declared`);
      uri = bound;
    }
    if (prefixed) {
      const expanded = this.expanded;
      if (expanded.size > 0) expanded.clear();
      for (const name of names) {
        const c2 = name.indexOf(":");
        if (c2 === -1) continue;
        const bound = this.uriOf(name.slice(0, c2));
        if (bound === undefined) this.fail(i, `namespace prefix "${name.slice(0, c2)}" of attribute "${name}" is not declared`);
        // Namespaces in XML 1.0 §6.3: no two attributes with the same namespace name and local part
        const key = `${bound} ${name.slice(c2 + 1)}`;
        const size = expanded.size;
        expanded.add(key);
        if (expanded.size === size) this.fail(i, `attribute "${name}" repeats another attribute of <${qname}>: the same local name "${name.slice(c2 + 1)}" in the same namespace "${bound}"`);
      }
    }
    this.seenRoot = true;
    this.tagAt = this.bufOffset + i;
    this.qnames.push(qname);
    this.uris.push(uri);
    this.locals.push(element.local);
    this.scopes.push(scope);
    this.sink.start(uri, element.local, attrs);
    if (selfClosing) this.closeElement();
    return j;
  }
}
