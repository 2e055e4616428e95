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

/** An open object or array. Paths are built only when needed, so deep nesting stays linear. */
interface Frame {
  readonly array: boolean;
  /** Where this container sits in its parent (undefined for the document). */
  readonly segment: string | number | undefined;
  /** The container's path when some wanted path lies inside it, else null. */
  readonly tracked: string | null;
  index: number;
  /** The object's keys so far and their offsets (null for an array): a small object's are searched in a list, a big one's in `map`. */
  readonly keys: ObjectKeys | null;
}

/** Keys seen in one object. A list for the first few (a Map per object cost a tenth of a big story's scan), then a Map. */
class ObjectKeys {
  private readonly names: string[] = [];
  private readonly offsets: number[] = [];
  private map: Map<string, number> | null = null;
  /** The offset of `key`'s first occurrence, or -1 after recording it at `offset`. */
  firstOrAdd(key: string, offset: number): number {
    if (this.map) {
      const first = this.map.get(key);
      if (first !== undefined) return first;
      this.map.set(key, offset);
      return -1;
    }
    const k = this.names.indexOf(key);
    if (k !== -1) return this.offsets[k]!;
    this.names.push(key);
    this.offsets.push(offset);
    if (this.names.length > 16) this.map = new Map(this.names.map((n, j) => [n, this.offsets[j]!]));
    return -1;
  }
}

/** The characters a string may hold as they are (no quote, backslash or control character): skipped by one native match. */
const PLAIN = /[^"\\\u0000-\u001f]*/y;

function describeChar(ch: string | undefined): string {
  if (ch === undefined) return "end of file";
  const code = ch.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f) return `control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return `'${ch}'`;
}

function append(path: string, segment: string | number): string {
  return typeof segment === "number" ? childIndexPath(path, segment) : childKeyPath(path, segment);
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
  const stack: Frame[] = [];
  let i = 0;
  let error: JsonSyntaxIssue | null = null;
  /** The segment of the value being read in the innermost open container (undefined: the document or a container itself). */
  let segment: string | number | undefined;

  /** Path of the open containers, plus `last` when given. O(depth): only for errors and repeated keys. */
  const pathOf = (last?: string | number): string => {
    let path = "";
    for (let k = 1; k < stack.length; k++) path = append(path, stack[k]!.segment!);
    return last === undefined ? path : append(path, last);
  };
  const fail = (offset: number, message: string, kind: JsonSyntaxIssue["kind"] = "syntax"): false => {
    const path = segment === undefined ? pathOf() : stack.length ? pathOf(segment) : "";
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
    for (;;) {
      PLAIN.lastIndex = j;
      PLAIN.test(text);
      j = PLAIN.lastIndex;
      if (j >= n) return fail(open, "unterminated string: the closing '\"' is missing");
      const c = text.charCodeAt(j);
      if (c === 0x22) break;
      if (c === 0x5c) {
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
    const raw = text.slice(at + 1, i - 1);
    const key = raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
    skipWhitespace();
    if (text[i] !== ":") return fail(i, `expected ':' after the property name "${key}", found ${describeChar(text[i])}`);
    i++;
    segment = key;
    const first = frame.keys!.firstOrAdd(key, at);
    if (first !== -1 && duplicateKeys.length < MAX_DUPLICATE_KEYS) duplicateKeys.push({ path: pathOf(key), key, offset: at, firstOffset: first });
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
      const parent = stack[stack.length - 1];
      let path: string | null = null;
      if (!parent) path = "";
      else if (parent.tracked !== null) path = append(parent.tracked, segment!);
      if (path !== null && want.has(path)) positions.set(path, i);
      const ch = text[i];
      if (ch === "{" || ch === "[") {
        if (stack.length >= maxDepth) {
          fail(i, `objects and arrays nest deeper than ${maxDepth} levels`, "depth");
          break;
        }
        const array = ch === "[";
        i++;
        skipWhitespace();
        if (text[i] === (array ? "]" : "}")) i++;
        else {
          const tracked = path !== null && (inside.has(path) || (path === "" && want.size > 0)) ? path : null;
          const frame: Frame = { array, segment, tracked, index: 0, keys: array ? null : new ObjectKeys() };
          stack.push(frame);
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
        const top = stack[stack.length - 1];
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
          stack.pop();
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
