#!/usr/bin/env node
// Command-line entry of storygraph: the compiled CLI (dist/cli/, built by `npm run build`, which
// `npm install` in a clone and `npm pack` run). No TypeScript is compiled at run time.
try {
  await import("../dist/cli/bin.js");
} catch (e) {
  if (e?.code === "ERR_MODULE_NOT_FOUND" && String(e.message).includes("dist/cli/bin.js")) {
    process.stderr.write("storygraph: the CLI is not built in this checkout; run: npm run build\n");
    process.exitCode = 70;
  } else throw e;
}
