// The viewer's page (index.html) and its build (dist/viewer/): CSP without 'unsafe-inline' scripts,
// worker-src blob: for the layout worker, relative asset paths and no inline script or style.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { DIST, REPO_ROOT } from "./helpers/browser.ts";

function csp(html: string): Map<string, string[]> {
  const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!m) throw new Error("no CSP meta in the page");
  return new Map(m[1]!.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
}

function built(): string {
  const file = path.join(DIST, "index.html");
  if (!existsSync(file)) throw new Error("dist/viewer/index.html is missing: build the viewer first (npm run build; npm test does it)");
  return readFileSync(file, "utf8");
}

describe("index.html", () => {
  test("the CSP allows scripts from the page's origin only and the layout worker from blob:", () => {
    const p = csp(readFileSync(path.join(REPO_ROOT, "index.html"), "utf8"));
    expect(p.get("script-src")).toEqual(["'self'"]);
    expect(p.get("worker-src")).toEqual(["'self'", "blob:"]);
    expect(p.get("style-src")).toEqual(["'self'"]);
    expect(p.get("object-src")).toEqual(["'none'"]);
    expect(p.get("base-uri")).toEqual(["'none'"]);
    // ?story=URL: the page's server, https: servers that allow it by CORS, and servers on this machine
    expect(p.get("connect-src")).toEqual(["'self'", "https:", "http://localhost:*", "http://127.0.0.1:*"]);
    for (const values of p.values()) expect(values).not.toContain("'unsafe-inline'");
    for (const values of p.values()) expect(values).not.toContain("'unsafe-eval'");
  });
});

describe("dist/viewer/", () => {
  test("the built page keeps the CSP and loads only relative assets, with no inline script or style", () => {
    const html = built();
    expect(csp(html).get("script-src")).toEqual(["'self'"]);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/src="\.\/assets\/[^"]+\.js"/);
      expect(body!.trim()).toBe("");
    }
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\s(src|href)="\/(?!\/)/);
  });
  test("the built assets exist", () => {
    const assets = readdirSync(path.join(DIST, "assets"));
    expect(assets.some((f) => f.endsWith(".js"))).toBe(true);
    expect(assets.some((f) => f.endsWith(".css"))).toBe(true);
  });
});
