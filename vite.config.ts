/**
 * Vite builds the viewer (index.html → dist/, relative paths so any static server works) and
 * configures vitest. Browser tests (tests/browser/) run against the built site in dist/.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  base: "./",
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  // Error classes keep their names through minification by nameErrorClasses (src/graph/errors.ts),
  // not by keepNames (which costs 7 kB gzip).
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
