/**
 * Vite builds the viewer (index.html → dist/, relative paths so any static server works) and
 * configures vitest. Browser tests (tests/browser/) run against the built site in dist/.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  base: "./",
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  // keepNames: error classes name themselves from `new.target.name`; the viewer lists problems by
  // that name (QuoteNotFoundError, …), so minification must not rename classes.
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true, rolldownOptions: { output: { keepNames: true } } },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
