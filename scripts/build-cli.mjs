// Builds the command line: src/cli/bin.ts and what it imports bundled by esbuild into dist/cli/
// (ESM for Node 20, one chunk per command so each loads only what it needs; the package's
// dependencies stay imports from node_modules). One file per command instead of ~70 modules is
// what keeps start-up near `node -e 0` (see README "CLI start-up").
import { build } from "esbuild";
import { rmSync } from "node:fs";

rmSync("dist/cli", { recursive: true, force: true });
await build({
  entryPoints: { bin: "src/cli/bin.ts" },
  outdir: "dist/cli",
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  chunkNames: "chunks/[name]-[hash]",
  logLevel: "warning",
});
