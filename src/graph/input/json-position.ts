/**
 * A small JSON scanner that knows where things are in the source text, for error messages.
 *
 * `JSON.parse` builds the values (it is fast and exact) but says little about where a problem is:
 * V8 names no position for many syntax errors, and nothing maps a JSON path back to the text.
 * `scanJson` walks the text once, without building values, and reports
 * - the first syntax error, with its offset and a plain explanation (trailing comma, comment,
 *   raw line break inside a string, …);
 * - the offset of the value at each JSON path asked for (`relations[3].citations[0].quote`);
 * - keys that appear twice in one object (`JSON.parse` silently keeps the last one).
 * It is iterative (an explicit stack), so deeply nested input cannot overflow the call stack.
 * Offsets, lines and columns count UTF-16 code units. No Node or DOM API: runs in the browser.
 */
import { childIndexPath, childKeyPath, parentPath } from "./json-path.ts";

/** A syntax error: where it is (UTF-16 offset in the text) and what is wrong. */
export interface JsonSyntaxIssue {
  readonly offset: number;
  readonly message: string;
  /** Path of the value (or the object or array) being read where the error stands; `""` at top level. */
  readonly path: string;
  /** `depth` when the text is valid so far but nests deeper than `maxDepth`. */
  readonly kind: "syntax" | "depth";
}

/** A key that appears more than once in the same object. */
export interface DuplicateKey {
  /** Path of the value of the repeated key (the one `JSON.parse` keeps). */
  readonly path: string;
  readonly key: string;
  /** Offset of the repeated key. */
  readonly offset: number;
  /** Offset of the first occurrence of the key. */
  readonly firstOffset: number;
}

export interface JsonScanResult {
  /** The first syntax error, or `null` when the text is valid JSON. */
  readonly syntaxError: JsonSyntaxIssue | null;
  /** Offset of the first character of the value at each wanted path that exists. */
  readonly positions: ReadonlyMap<string, number>;
  /** Keys repeated within one object, in text order (only up to the first syntax error). */
  readonly duplicateKeys: readonly DuplicateKey[];
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const HEX4 = /^[0-9A-Fa-f]{4}$/;
/** At most this many repeated keys are reported (a pathological file could repeat millions). */
export const MAX_DUPLICATE_KEYS = 100;

/**
 * Where a value sits in its container: an array index (≥ 0), or the key written at offset `o` of
 * the text, encoded `-(o + 1)`. Keys are read as strings only when a path or a message needs them
 * (a big story has a million keys: slicing each cost a tenth of the scan).
 */
type Segment = number;

/** An open object or array. Paths are built only when needed, so deep nesting stays linear. */
interface Frame {
  array: boolean;
  /** Where this container sits in its parent (undefined for the document). */
  segment: Segment | undefined;
  /** The container's path when some wanted path lies inside it, else null. */
  tracked: string | null;
  index: number;
  /** The object's keys so far (for an array: unused). */
  readonly keys: ObjectKeys;
}

/**
 * Keys seen in one object, to find repeated ones. The first few are kept as offsets of their raw
 * text and compared in place (no string per key); past 16 keys, or once a key holds an escape
 * (`"\u0061"` is `"a"`), the object's keys are decoded into a Map.
 */
class ObjectKeys {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** How many of `starts`/`ends` are this object's (the arrays are reused, never shrunk). */
  private count = 0;
  private map: Map<string, number> | null = null;

  constructor(private readonly text: string) {}

  reset(): void {
    this.count = 0;
    this.map = null;
  }

  /**
   * The offset of the first occurrence of the key whose raw text is `text[start, end)` (its
   * opening quote at `start - 1`), or -1 after recording it.
   */
  firstOrAdd(start: number, end: number, escaped: boolean): number {
    if (!this.map && escaped) this.toMap();
    if (this.map) {
      const name = decodeKey(this.text, start, end);
      const first = this.map.get(name);
      if (first !== undefined) return first;
      this.map.set(name, start - 1);
      return -1;
    }
    const text = this.text;
    const length = end - start;
    for (let k = 0; k < this.count; k++) {
      const s = this.starts[k]!;
      if (this.ends[k]! - s !== length) continue;
      let same = true;
      for (let c = 0; c < length && same; c++) same = text.charCodeAt(s + c) === text.charCodeAt(start + c);
      if (same) return s - 1;
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    if (++this.count > 16) this.toMap();
    return -1;
  }

  private toMap(): void {
    const map = new Map<string, number>();
    for (let k = 0; k < this.count; k++) map.set(this.text.slice(this.starts[k]!, this.ends[k]!), this.starts[k]! - 1);
    this.map = map;
  }
}

/** The key whose raw (still escaped) text is `text[start, end)`. */
function decodeKey(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  return raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
}

/** The characters a string may hold as they are (no quote, backslash or control character): skipped by one native match. */
const PLAIN = /[^"\\\u0000-\u001f]*/y;

function describeChar(ch: string | undefined): string {
  if (ch === undefined) return "end of file";
  const code = ch.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f) return `control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return `'${ch}'`;
}

function appendName(path: string, name: string | number): string {
  return typeof name === "number" ? childIndexPath(path, name) : childKeyPath(path, name);
}

/**
 * Scan `text` as JSON (RFC 8259, as `JSON.parse` reads it; no BOM). Linear in the text length,
 * whatever the nesting depth.
 *
 * @param want - paths whose value offsets to record in `positions`.
 * @param maxDepth - deepest nesting of objects and arrays accepted; deeper is reported as an
 *   error of kind `depth` at the first container past the limit.
 */
export function scanJson(text: string, want: ReadonlySet<string> = new Set(), maxDepth = Number.POSITIVE_INFINITY): JsonScanResult {
  const n = text.length;
  const positions = new Map<string, number>();
  const duplicateKeys: DuplicateKey[] = [];
  // Every ancestor of a wanted path: only inside those are paths built and looked up.
  const inside = new Set<string>();
  for (const w of want) for (let q = parentPath(w); q !== null && !inside.has(q); q = parentPath(q)) inside.add(q);
  /** The open containers: `stack[0]` … `stack[depth - 1]`; frames are reused by depth (no object per container). */
  const stack: Frame[] = [];
  let depth = 0;
  let i = 0;
  let error: JsonSyntaxIssue | null = null;
  /** The segment of the value being read in the innermost open container (undefined: the document or a container itself). */
  let segment: Segment | undefined;
  /** Whether the last string skipped held a backslash. */
  let escaped = false;

  /** The key (string) or index (number) a segment stands for. */
  const nameOf = (seg: Segment): string | number => {
    if (seg >= 0) return seg;
    const open = -seg - 1;
    // the key was scanned already: it is a valid string, its end is the next unescaped quote
    let j = open + 1;
    for (;;) {
      PLAIN.lastIndex = j;
      PLAIN.test(text);
      j = PLAIN.lastIndex;
      if (text.charCodeAt(j) === 0x5c) j += 2;
      else break;
    }
    return decodeKey(text, open + 1, j);
  };
  const append = (path: string, seg: Segment): string => appendName(path, nameOf(seg));
  /** Path of the open containers, plus `last` when given. O(depth): only for errors and repeated keys. */
  const pathOf = (last?: Segment): string => {
    let path = "";
    for (let k = 1; k < depth; k++) path = append(path, stack[k]!.segment!);
    return last === undefined ? path : append(path, last);
  };
  const fail = (offset: number, message: string, kind: JsonSyntaxIssue["kind"] = "syntax"): false => {
    const path = segment === undefined ? pathOf() : depth ? pathOf(segment) : "";
    error = { offset, message, path, kind };
    return false;
  };
  const skipWhitespace = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  /** Skip a string starting at `i` (on its opening quote); `i` ends after the closing quote. */
  const skipString = (): boolean => {
    const open = i;
    let j = i + 1;
    escaped = false;
    for (;;) {
      // short runs (keys, ids) by hand; a long one (a quote, the article) by one native match,
      // whose call costs more than a few characters by hand
      let c = 0;
      for (let k = 0; k < 24 && j < n; k++, j++) {
        c = text.charCodeAt(j);
        if (c === 0x22 || c === 0x5c || c < 0x20) break;
      }
      if (j < n && !(c === 0x22 || c === 0x5c || c < 0x20)) {
        PLAIN.lastIndex = j;
        PLAIN.test(text);
        j = PLAIN.lastIndex;
      }
      if (j >= n) return fail(open, "unterminated string: the closing '\"' is missing");
      c = text.charCodeAt(j);
      if (c === 0x22) break;
      if (c === 0x5c) {
        escaped = true;
        const e = text[j + 1];
        if (e === "u") {
          if (!HEX4.test(text.slice(j + 2, j + 6))) return fail(j, "invalid \\u escape: four hex digits must follow \\u");
          j += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j += 2;
        else return fail(j, `invalid escape '\\${e ?? ""}' in a string (valid: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`);
        continue;
      }
      if (c < 0x20) {
        const hint = c === 0x0a || c === 0x0d ? " (a line break inside a string must be written \\n)" : c === 0x09 ? " (write a tab as \\t)" : "";
        return fail(j, `${describeChar(text[j])} inside a string${hint}`);
      }
      j++;
    }
    i = j + 1;
    return true;
  };
  /** Read `"key":` at `i` inside the object `frame`; returns false on error. Sets `segment`. */
  const readKey = (frame: Frame): boolean => {
    segment = undefined;
    skipWhitespace();
    const at = i;
    const ch = text[i];
    if (ch !== '"') {
      if (ch === undefined) return fail(i, "unexpected end of file: a property name or '}' is missing");
      if (ch === "'") return fail(i, "property names must be in double quotes, not single quotes");
      if (ch === "/") return fail(i, "comments are not allowed in JSON");
      if (ch === "}") return fail(i, "trailing comma before '}'");
      WORD.lastIndex = i;
      return fail(i, WORD.test(text) ? "property names must be in double quotes" : `expected a property name in double quotes, found ${describeChar(ch)}`);
    }
    if (!skipString()) return false;
    const keyEnd = i - 1;
    const keyEscaped = escaped;
    skipWhitespace();
    if (text[i] !== ":") return fail(i, `expected ':' after the property name "${decodeKey(text, at + 1, keyEnd)}", found ${describeChar(text[i])}`);
    i++;
    segment = -at - 1;
    const first = frame.keys.firstOrAdd(at + 1, keyEnd, keyEscaped);
    if (first !== -1 && duplicateKeys.length < MAX_DUPLICATE_KEYS) {
      duplicateKeys.push({ path: pathOf(segment), key: decodeKey(text, at + 1, keyEnd), offset: at, firstOffset: first });
    }
    return true;
  };
  /** Scan a scalar at `i`; containers are handled by the main loop. */
  const scalar = (): boolean => {
    const ch = text[i]!;
    if (ch === '"') return skipString();
    if (ch === "-" || (ch >= "0" && ch <= "9")) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return fail(i, "invalid number");
      const next = text[NUMBER.lastIndex];
      if (next !== undefined && /[0-9.eE+\-]/.test(next)) return fail(i, "invalid number (no leading zeros, a digit on each side of '.')");
      i = NUMBER.lastIndex;
      return true;
    }
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return true;
      }
    }
    if (ch === "'") return fail(i, "strings must be in double quotes, not single quotes");
    if (ch === "/") return fail(i, "comments are not allowed in JSON");
    WORD.lastIndex = i;
    if (WORD.test(text)) {
      const word = text.slice(i, WORD.lastIndex);
      return fail(i, `${word} is not a JSON value (values are strings in double quotes, numbers, true, false, null, objects and arrays)`);
    }
    return fail(i, `unexpected ${describeChar(ch)}: a value is expected here`);
  };

  skipWhitespace();
  if (i >= n) {
    fail(i, n === 0 ? "the file is empty" : "the file holds only whitespace, no JSON value");
  } else {
    // Each turn scans one value (at `segment` in the innermost container), then closes finished
    // containers and moves on to the next member.
    value: for (;;) {
      skipWhitespace();
      if (i >= n) {
        fail(i, "unexpected end of file: a value is missing");
        break;
      }
      const parent = depth > 0 ? stack[depth - 1] : undefined;
      let path: string | null = null;
      if (!parent) path = "";
      else if (parent.tracked !== null) path = append(parent.tracked, segment!);
      if (path !== null && want.has(path)) positions.set(path, i);
      const ch = text[i];
      if (ch === "{" || ch === "[") {
        if (depth >= maxDepth) {
          fail(i, `objects and arrays nest deeper than ${maxDepth} levels`, "depth");
          break;
        }
        const array = ch === "[";
        i++;
        skipWhitespace();
        if (text[i] === (array ? "]" : "}")) i++;
        else {
          const tracked = path !== null && (inside.has(path) || (path === "" && want.size > 0)) ? path : null;
          let frame = stack[depth];
          if (!frame) stack.push((frame = { array, segment, tracked, index: 0, keys: new ObjectKeys(text) }));
          else {
            frame.array = array;
            frame.segment = segment;
            frame.tracked = tracked;
            frame.index = 0;
          }
          if (!array) frame.keys.reset();
          depth++;
          if (array) {
            segment = 0;
            if (text[i] === ",") {
              fail(i, "unexpected ',': a value is expected here");
              break;
            }
          } else if (!readKey(frame)) break;
          continue value;
        }
      } else if (!scalar()) break;
      // The value is complete: close containers or go on to the next member.
      for (;;) {
        skipWhitespace();
        segment = undefined;
        const top = depth > 0 ? stack[depth - 1] : undefined;
        if (!top) {
          if (i < n) {
            fail(i, text[i] === "/" ? "comments are not allowed in JSON" : `unexpected ${describeChar(text[i])} after the end of the JSON value`);
          }
          break value;
        }
        const close = top.array ? "]" : "}";
        const c = text[i];
        if (c === ",") {
          i++;
          skipWhitespace();
          if (top.array) {
            if (text[i] === "]") {
              fail(i, "trailing comma before ']'");
              break value;
            }
            top.index++;
            segment = top.index;
          } else if (!readKey(top)) break value;
          continue value;
        }
        if (c === close) {
          i++;
          depth--;
          continue;
        }
        if (c === undefined) fail(i, `unexpected end of file: '${close}' is missing (or the file was cut short)`);
        else if (c === "/") fail(i, "comments are not allowed in JSON");
        else fail(i, `expected ',' or '${close}' after a ${top.array ? "value in an array" : "property value"}, found ${describeChar(c)} (a comma may be missing)`);
        break value;
      }
    }
  }
  return { syntaxError: error, positions, duplicateKeys };
}

/**
 * Where the values at `paths` start in `text`: for each path, the offset of its value, or of its
 * nearest ancestor that exists (a missing field points at the object that lacks it), or of the
 * document. Paths are in `formatPath` notation. The text must be valid JSON.
 */
export function locateJsonPaths(text: string, paths: Iterable<string>): Map<string, number> {
  const wanted = new Set<string>();
  const list = [...paths];
  for (const p of list) {
    for (let q: string | null = p; q !== null && !wanted.has(q); q = parentPath(q)) wanted.add(q);
  }
  const { positions } = scanJson(text, wanted);
  const located = new Map<string, number>();
  for (const p of list) {
    let q: string | null = p;
    while (q !== null && !positions.has(q)) q = parentPath(q);
    located.set(p, q === null ? firstNonSpace(text) : positions.get(q)!);
  }
  return located;
}

function firstNonSpace(text: string): number {
  const m = /[^ \t\r\n]/.exec(text);
  return m ? m.index : text.length;
}

/**
 * Maps offsets in `text` to 1-based line and column. Lines end at LF, CRLF or a lone CR (as
 * editors count them); columns count UTF-16 code units.
 */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
