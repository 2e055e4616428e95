// Shareable views in real Chromium: a story opened from `?story=URL` keeps its deep link (the
// selection and the filters) through a reload; a story on another origin opens when its server
// allows it by CORS; a URL that cannot be fetched (404, another origin without CORS) is a message
// in the page naming the URL and the cause, and the built-in story stays shown. The link note
// follows the opened document: a ?story= link's ignored parts, a local file's note, none for a plain GEXF.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startViewServer, type ViewServer } from "../../src/cli/serve.ts";
import { DIST, REPO_ROOT, launchChromium, watchedPage, type Browser } from "../helpers/browser.ts";

const LAWSUIT = path.join(REPO_ROOT, "tests/fixtures/lawsuit-story.json");
const lawsuit = JSON.parse(readFileSync(LAWSUIT, "utf8")) as { article: { title: string }; relations: { id: string }[] };
const T = 120_000;
let server: ViewServer;
let browser: Browser;
/** Another origin (another port): the story with a CORS header at /cors/, without at /nocors/. */
let other: { server: Server; url: string };

beforeAll(async () => {
  const body = readFileSync(LAWSUIT);
  const s = createServer((req, res) => {
    const cors = req.url === "/cors/lawsuit.json";
    if (!cors && req.url !== "/nocors/lawsuit.json") {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": "application/json", ...(cors ? { "Access-Control-Allow-Origin": "*" } : {}) }).end(body);
  });
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  other = { server: s, url: `http://127.0.0.1:${(s.address() as AddressInfo).port}` };
  server = await startViewServer({ root: DIST, host: "127.0.0.1", port: 0, story: { urlPath: "/story/lawsuit.json", file: LAWSUIT } });
  browser = await launchChromium({ width: 1280, height: 800 });
}, T);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((r) => other?.server.close(r));
});

describe("?story=URL", () => {
  test(
    "a deep link (selection and filters) to a story opened from ?story= survives a reload",
    async () => {
      const w = await watchedPage(browser);
      const id = lawsuit.relations[0]!.id;
      await w.page.goto(`${server.url}?story=story/lawsuit.json#sel=relation:${encodeURIComponent(id)}&cert=certain,probable`);
      for (let load = 0; load < 2; load++) {
        if (load === 1) await w.reload();
        await w.page.waitForFunction(() => window.__storygraph?.storyUrl === "loaded", null, { timeout: 60_000 });
        expect(await w.page.textContent("#story-title")).toBe(lawsuit.article.title);
        const state = await w.page.evaluate(() => window.__storygraph!.store.getState());
        expect(state.selection).toEqual({ type: "relation", id });
        expect(state.filters.certainties).toEqual(["certain", "probable"]);
        expect(new URL(w.page.url()).searchParams.get("story")).toBe("story/lawsuit.json");
      }
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );

  test(
    "mountLinkNote: the ignored parts of a ?story= link are listed in the page once its story is shown",
    async () => {
      const w = await watchedPage(browser);
      await w.page.goto(`${server.url}?story=story/lawsuit.json#kinds=bogus`);
      await w.page.waitForFunction(() => window.__storygraph?.storyUrl === "loaded", null, { timeout: 60_000 });
      const note = w.page.locator("#link-note");
      await note.waitFor({ state: "visible" });
      expect(await note.locator("li").allInnerTexts()).toEqual(['kinds: unknown value "bogus"']);
      expect(await w.page.evaluate(() => window.__storygraph!.appState().linkIgnored)).toEqual(['kinds: unknown value "bogus"']);
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );

  test(
    "a ?story= URL answering 404 is a message in the page naming the URL and the status",
    async () => {
      const w = await watchedPage(browser);
      await w.page.goto(`${server.url}?story=story/missing.json`);
      await w.page.waitForFunction(() => window.__storygraph?.storyUrl === "failed", null, { timeout: 60_000 });
      const problems = w.page.locator("#problems");
      await problems.waitFor({ state: "visible" });
      const text = await problems.innerText();
      expect(text).toContain("story/missing.json");
      expect(text).toContain("404");
      expect(await w.page.textContent("#status")).toContain("Showing the built-in story instead");
      await w.page.close();
    },
    T,
  );

  test(
    "showLocalFileNote: a story opened from a local file says in the page that its link cannot reopen it, and drops ?story= from the address; a plain GEXF opened next hides the note",
    async () => {
      const w = await watchedPage(browser);
      await w.page.goto(`${server.url}?story=story/lawsuit.json`);
      await w.page.waitForFunction(() => window.__storygraph?.storyUrl === "loaded", null, { timeout: 60_000 });
      await w.page.setInputFiles("#file-input", { name: "my-story.json", mimeType: "application/json", buffer: readFileSync(LAWSUIT) });
      await w.page.waitForFunction(() => window.__storygraph!.storiesLoaded === 3, null, { timeout: 60_000 });
      const note = w.page.locator("#link-note");
      await note.waitFor({ state: "visible" });
      expect(await note.innerText()).toContain("my-story.json was opened from this computer: the page's link cannot reopen it.");
      expect(new URL(w.page.url()).search).toBe("");
      // a plain GEXF graph opened next has no link note: the story's note goes
      await w.page.setInputFiles("#file-input", path.join(REPO_ROOT, "tests/fixtures/gexf-real/gephi-basic.gexf"));
      await w.page.waitForFunction(() => window.__storygraph!.storiesLoaded === 4, null, { timeout: 60_000 });
      expect(await w.page.evaluate(() => window.__storygraph!.plainGraph() !== null)).toBe(true);
      await note.waitFor({ state: "hidden" });
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );
  test(
    "fetchStoryFile: a story on another origin opens when its server allows CORS, and without CORS the page names the cause",
    async () => {
      const w = await watchedPage(browser);
      await w.page.goto(`${server.url}?story=${encodeURIComponent(`${other.url}/cors/lawsuit.json`)}`);
      await w.page.waitForFunction(() => window.__storygraph?.storyUrl === "loaded", null, { timeout: 60_000 });
      expect(await w.page.textContent("#story-title")).toBe(lawsuit.article.title);
      expect(w.errors).toEqual([]);
      await w.page.close();

      const n = await watchedPage(browser);
      await n.page.goto(`${server.url}?story=${encodeURIComponent(`${other.url}/nocors/lawsuit.json`)}`);
      await n.page.waitForFunction(() => window.__storygraph?.storyUrl === "failed", null, { timeout: 60_000 });
      const text = await n.page.locator("#problems").innerText();
      expect(text).toContain(`${other.url}/nocors/lawsuit.json`);
      expect(text).toContain(`the server at ${other.url} did not let this page read the file`);
      // the browser reports the CORS refusal itself (console and failed request): that is the cause shown, not a fault of the page
      const refusal = (e: string) => e.includes("/nocors/lawsuit.json") || /CORS|Access-Control-Allow-Origin/.test(e) || e === "console: Failed to load resource: net::ERR_FAILED";
      expect(n.errors.filter((e) => !refusal(e))).toEqual([]);
      expect(n.errors.length).toBeGreaterThan(0); // the browser did refuse it
      await n.page.close();
    },
    T,
  );
});
