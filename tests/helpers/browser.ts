/**
 * Browser test helpers: a static file server for dist/viewer/ on 127.0.0.1 (free port), Debian's
 * Chromium through playwright-core (fresh profile per launch), and a page that records console
 * errors, page errors, failed requests, CSP violations and dialogs.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { startViewServer } from "../../src/cli/serve.ts";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = path.join(REPO_ROOT, "dist", "viewer");
export const CHROMIUM = "/usr/bin/chromium";
export const ARTIFACTS = path.join(REPO_ROOT, "test-artifacts");

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serve `root` (dist/viewer/ by default) on 127.0.0.1 at a free port, with the server `storygraph view` uses. */
export async function serveStatic(root = DIST): Promise<StaticServer> {
  if (!existsSync(path.join(root, "index.html"))) {
    throw new Error(`serveStatic: ${root}/index.html is missing; build the viewer first: npm run build`);
  }
  const server = await startViewServer({ root, host: "127.0.0.1", port: 0 });
  return { url: server.url, close: () => server.close() };
}

/**
 * A static server for dist/viewer/ and a Chromium, started before the tests of the calling file
 * and stopped after them (vitest's beforeAll/afterAll); read them through the getters.
 */
export function viewerTestSession(viewport = { width: 1280, height: 800 }, device: Device = {}): { readonly server: StaticServer; readonly browser: Browser } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic();
    browser = await launchChromium(viewport, device);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error("viewerTestSession: the server is not started yet (use it inside a test)");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("viewerTestSession: the browser is not started yet (use it inside a test)");
      return browser;
    },
  };
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** How the browser presents itself: a phone has a touch screen and a mobile viewport (both off by default). */
export interface Device {
  readonly hasTouch?: boolean;
  readonly isMobile?: boolean;
}

/** Launch Debian's Chromium headless with a fresh profile. Fails with an install hint when missing. */
export async function launchChromium(viewport = { width: 1440, height: 900 }, device: Device = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}: install it: apt-get install -y chromium`);
  const profile = mkdtempSync(path.join(tmpdir(), "storygraph-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    hasTouch: device.hasTouch ?? false,
    isMobile: device.isMobile ?? false,
    acceptDownloads: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--enable-unsafe-swiftshader",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface WatchedPage {
  readonly page: Page;
  /** Console errors, page errors, failed requests and CSP violations seen so far. */
  readonly errors: string[];
  /** Messages of dialogs (alert, confirm, prompt) that opened. */
  readonly dialogs: string[];
  /**
   * Reload the page. A worker script still loading from a `blob:` URL (the layout's worker of the
   * previous load) is aborted by the navigation itself: that one failure, seen while reloading,
   * is not recorded as an error; every other is.
   */
  reload(): Promise<void>;
}

/** A new page that records errors and dialogs (dialogs are dismissed). */
export async function watchedPage(browser: Browser): Promise<WatchedPage> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  let reloading = false;
  page.on("requestfailed", (r) => {
    const text = r.failure()?.errorText ?? "";
    if (reloading && r.url().startsWith("blob:") && text === "net::ERR_ABORTED") return;
    errors.push(`requestfailed: ${r.url()} ${text}`);
  });
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const reload = async (): Promise<void> => {
    reloading = true;
    try {
      await page.reload();
    } finally {
      reloading = false;
    }
  };
  return { page, errors, dialogs, reload };
}

/** Open the viewer at `url` and wait for its ready flag (and, by default, for the layout to settle). */
export async function openViewer(page: Page, url: string, options: { settled?: boolean } = {}): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__storygraph?.ready === true, null, { timeout: 30_000 });
  if (options.settled ?? true) {
    await page.waitForFunction(() => window.__storygraph!.layoutRunning === false && window.__storygraph!.layoutSettled > 0, null, { timeout: 30_000 });
  }
}

/**
 * Stories the viewer's tests open (kept here, not in tests/fixtures/, so that the viewer's tests
 * say exactly what they load): a storygraph/1 file, which the loader converts with notices, and a
 * storygraph/2 file with kinds of its own (an entity kind refining `organization`, a relation
 * kind, an event kind with two roles).
 */
export const STORY_1_FILE = {
  format: "storygraph/1",
  article: {
    text: "Tidewater was founded in 2021 by Maya Okafor.\nAccording to two people familiar with the talks, Tidewater is negotiating with the Harbour City Port Authority.",
    language: "en",
    title: "Tidewater Energy talks to the port",
  },
  entities: [
    { id: "tidewater-energy", kind: "organization", label: "Tidewater Energy", aliases: ["Tidewater"] },
    { id: "maya-okafor", kind: "person", label: "Maya Okafor" },
    { id: "port-authority", kind: "organization", label: "Harbour City Port Authority" },
  ],
  relations: [
    {
      id: "okafor-founded-tidewater",
      kind: "founded",
      source: "maya-okafor",
      target: "tidewater-energy",
      date: "2021",
      citations: [{ sentence: "s1", quote: "Tidewater was founded in 2021 by Maya Okafor", modality: "asserted", gloss: "Maya Okafor founded Tidewater in 2021." }],
    },
    {
      id: "tidewater-seeks-port-authority",
      kind: "seeks",
      source: "tidewater-energy",
      target: "port-authority",
      citations: [
        {
          sentence: "s2",
          quote: "Tidewater is negotiating with the Harbour City Port Authority",
          modality: "reported",
          attribution: "two people familiar with the talks",
          gloss: "Tidewater is negotiating with the port authority, say two people familiar with the talks.",
        },
      ],
    },
  ],
};

export const OWN_VOCABULARY_STORY = {
  format: "storygraph/2",
  article: {
    text: "Acme Tools recalled its Widget after a court order. Acme Tools licenses the Widget design to Bolt Works.",
    language: "en",
    title: "Acme recalls the Widget",
  },
  vocabulary: {
    entityKinds: [{ id: "workshop", label: "workshop", description: "A small manufacturer.", parent: "organization" }],
    relationKinds: [{ id: "licenses", label: "licenses to", description: "The source lets the target use its design.", domain: ["organization"], range: ["organization"], symmetric: false }],
    eventKinds: [
      {
        id: "recall",
        label: "recall",
        description: "A maker takes a product back.",
        roles: [
          { id: "maker", label: "maker", kinds: ["organization"], required: true },
          { id: "item", label: "recalled item", kinds: ["product"] },
        ],
      },
    ],
  },
  entities: [
    { id: "acme", kind: "workshop", label: "Acme Tools" },
    { id: "widget", kind: "product", label: "Widget" },
    { id: "bolt", kind: "organization", label: "Bolt Works" },
  ],
  relations: [
    {
      id: "acme-licenses-bolt",
      kind: "licenses",
      source: "acme",
      target: "bolt",
      citations: [{ sentence: "s2", quote: "Acme Tools licenses the Widget design to Bolt Works", factuality: { polarity: "positive", certainty: "certain" }, gloss: "Acme licenses the Widget's design to Bolt Works." }],
    },
  ],
  events: [
    {
      id: "widget-recall",
      kind: "recall",
      label: "Recall of the Widget",
      participants: [
        { role: "maker", entity: "acme" },
        { role: "item", entity: "widget" },
      ],
      citations: [{ sentence: "s1", quote: "Acme Tools recalled its Widget", factuality: { polarity: "positive", certainty: "certain" }, gloss: "Acme Tools recalled its Widget." }],
    },
  ],
};
