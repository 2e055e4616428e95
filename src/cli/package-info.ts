/**
 * Where the installed package is and what version it is: found by walking up from this module
 * to storygraph's package.json, which works from the sources (src/cli/) and from the build
 * (dist/cli.js) alike. Read only when asked (`--version`, `view`), never at start-up.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding storygraph's package.json. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = path.join(dir, "package.json");
    if (existsSync(file) && (JSON.parse(readFileSync(file, "utf8")) as { name?: unknown }).name === "storygraph") return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error("packageRoot: storygraph's package.json not found above " + fileURLToPath(import.meta.url));
    dir = up;
  }
}

/** The package's version, from its package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
}
