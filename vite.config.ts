/**
 * Vite builds the viewer (index.html → dist/viewer/, relative paths so any static server works) and
 * configures vitest. Browser tests (tests/browser/) run against the built site in dist/viewer/.
 *
 * The `storygraph-first-frame` plugin serves `virtual:storygraph-first-frame`: the default
 * story's render graph, legend and title computed here, at build time (src/viewer/first-frame.ts),
 * so that the page's first script holds sigma and that data and none of the story code (the
 * story is built and checked in the browser by the second script).
 */
import type { ViteDevServer } from "vite";
import { defineConfig, type Plugin } from "vitest/config";

const FIRST_FRAME_MODULE = "virtual:storygraph-first-frame";

function firstFramePlugin(): Plugin {
  const resolved = "\0" + FIRST_FRAME_MODULE;
  let server: ViteDevServer | null = null;
  return {
    name: "storygraph-first-frame",
    configureServer(s) {
      server = s;
    },
    resolveId: (id) => (id === FIRST_FRAME_MODULE ? resolved : null),
    // The story code is imported when the module is first asked for, not when vitest reads this
    // config. The dev server loads it through its module graph, so that an edit of the story or
    // of the viewer's drawing code gives a fresh first frame on the next reload.
    async load(id) {
      if (id !== resolved) return null;
      const [{ defaultStory }, { firstFrameData, firstFrameModuleSource }] = server
        ? await Promise.all([server.ssrLoadModule("/src/data/story.ts"), server.ssrLoadModule("/src/viewer/first-frame.ts")])
        : await Promise.all([import("./src/data/story.ts"), import("./src/viewer/first-frame.ts")]);
      return firstFrameModuleSource(firstFrameData(defaultStory()));
    },
    handleHotUpdate({ file, server: s }) {
      if (!file.includes("/src/")) return;
      const mod = s.moduleGraph.getModuleById(resolved);
      if (mod) s.moduleGraph.invalidateModule(mod);
    },
  };
}

export default defineConfig({
  base: "./",
  plugins: [firstFramePlugin()],
  server: { host: "127.0.0.1" },
  // the dev server pre-bundles what the viewer's page imports (not the benchmark's bare page,
  // whose data module exists only in the benchmark's own build)
  optimizeDeps: { entries: ["index.html"] },
  preview: { host: "127.0.0.1" },
  // Error classes keep their names through minification by nameErrorClasses (src/graph/errors.ts),
  // not by keepNames (which costs 7 kB gzip).
  build: { outDir: "dist/viewer", emptyOutDir: true, sourcemap: true },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
