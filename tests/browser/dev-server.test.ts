// The dev server (npm start) in real Chromium: a first visit with a cold dependency cache loads
// the page once. Vite's dependency scan used to crawl bench/bare-sigma/main.ts, trip on its
// build-time alias, skip pre-bundling and then reload the page for each dependency it found late;
// vite.config.ts limits the scan to index.html (optimizeDeps.entries).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { REPO_ROOT, launchChromium, watchedPage, type Browser } from "../helpers/browser.ts";

const T = 120_000;
let server: ViteDevServer;
let browser: Browser;
const cacheDir = mkdtempSync(path.join(tmpdir(), "storygraph-vite-cache-"));

beforeAll(async () => {
  server = await createServer({
    configFile: path.join(REPO_ROOT, "vite.config.ts"),
    root: REPO_ROOT,
    cacheDir,
    logLevel: "silent",
    server: { host: "127.0.0.1", port: 0, strictPort: false },
    optimizeDeps: { force: true },
  });
  await server.listen();
  browser = await launchChromium({ width: 1280, height: 800 });
}, T);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

describe("dev server", () => {
  test(
    "optimizeDeps.entries: the first visit on a cold cache loads the page once and starts the viewer",
    async () => {
      const url = server.resolvedUrls!.local[0]!;
      const w = await watchedPage(browser);
      let loads = 0;
      w.page.on("load", () => void loads++);
      await w.page.goto(url);
      await w.page.waitForFunction(() => window.__storygraph?.ready === true, null, { timeout: 90_000 });
      // a late dependency makes Vite reload the page: wait for the optimizer to finish its work
      // (its pending list empties), then check that no second load came
      await expect.poll(() => server.environments.client.depsOptimizer?.metadata.discovered, { timeout: 30_000 }).toEqual({});
      expect(await w.page.evaluate(() => window.__storygraph!.ready)).toBe(true);
      expect(loads).toBe(1);
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );
});
