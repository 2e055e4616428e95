/**
 * JSON paths as storygraph writes them in problems: JavaScript notation, `relations[3].citations[0].quote`,
 * `[0]` for an array index, `["odd key"]` for a key that is not an identifier, `""` for the document.
 * One module so that the validator (which builds paths from zod issues) and the JSON position
 * scanner (which builds them while walking the source text) always spell a path the same way.
 */

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `path` extended by one object key. */
export function childKeyPath(path: string, key: string): string {
  if (IDENTIFIER.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/** `path` extended by one array index. */
export function childIndexPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** Format a path array (as zod reports it) as `relations[3].citations[0].quote`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) out = typeof key === "number" ? childIndexPath(out, key) : childKeyPath(out, String(key));
  return out;
}

const LAST_SEGMENT = /(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/;

/**
 * The path of the value holding the value at `path`: `relations[3].citations` for
 * `relations[3].citations[0]`, `""` for a top-level key, `null` for the document itself.
 */
export function parentPath(path: string): string | null {
  if (path === "") return null;
  const m = LAST_SEGMENT.exec(path);
  if (m) return path.slice(0, m.index);
  return IDENTIFIER.test(path) ? "" : null;
}
