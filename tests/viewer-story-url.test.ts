// storyUrlRefusal and fetchStoryFile (src/viewer/io/story-url.ts): which ?story= addresses the
// page may fetch (as its CSP connect-src allows), and failures that name their cause.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { fetchStoryFile, storyUrlRefusal, StoryUrlError } from "../src/viewer/io/story-url.ts";
import { REPO_ROOT } from "./helpers/browser.ts";

const PAGE = "https://news.example/viewer/?story=x";

describe("storyUrlRefusal", () => {
  test("storyUrlRefusal allows the page's origin, https: anywhere and http: on this machine, and says why it refuses the rest", () => {
    for (const ok of ["story.json", "/data/s.json", "https://other.example/s.json", "http://localhost:8080/s.json", "http://127.0.0.1:5173/s.json"]) expect([ok, storyUrlRefusal(ok, PAGE)]).toEqual([ok, null]);
    expect(storyUrlRefusal("http://other.example/s.json", PAGE)).toMatch(/only from its own server, https: addresses and http: servers on this machine/);
    expect(storyUrlRefusal("file:///home/me/s.json", PAGE)).toMatch(/a file: address cannot be fetched/);
    expect(storyUrlRefusal("http://[", PAGE)).toBe("it is not a URL");
  });
  test("storyUrlRefusal allows an http: page's own origin", () => {
    expect(storyUrlRefusal("s.json", "http://intranet.example/viewer/")).toBeNull();
  });
});

describe("fetchStoryFile", () => {
  const body = readFileSync(path.join(REPO_ROOT, "tests/fixtures/lawsuit-story.json"));
  test("fetchStoryFile gives the file named after the URL's last segment, fetched without the cache", async () => {
    let asked: [string, RequestInit | undefined] | null = null;
    const file = await fetchStoryFile("data/my%20story.json", PAGE, (async (u: string, init?: RequestInit) => {
      asked = [u, init];
      return new Response(body, { status: 200 });
    }) as typeof fetch);
    expect(asked).toEqual(["https://news.example/viewer/data/my%20story.json", { cache: "no-store" }]);
    expect(file.name).toBe("my story.json");
    expect(Buffer.from(await file.arrayBuffer()).equals(body)).toBe(true);
  });
  test("fetchStoryFile names the HTTP status, a cross-origin server without CORS, an unreachable server, a refused address", async () => {
    const status = (n: number, text: string) => (async () => new Response("", { status: n, statusText: text })) as unknown as typeof fetch;
    const network = (async () => {
      throw new TypeError("Failed to fetch");
    }) as unknown as typeof fetch;
    await expect(fetchStoryFile("s.json", PAGE, status(404, "Not Found"))).rejects.toThrow(/^fetchStoryFile: could not fetch the story s\.json: the server answered 404 Not Found$/);
    await expect(fetchStoryFile("https://other.example/s.json", PAGE, network)).rejects.toThrow(/the server at https:\/\/other\.example did not let this page read the file \(it sends no Access-Control-Allow-Origin header/);
    await expect(fetchStoryFile("s.json", PAGE, network)).rejects.toThrow(/the server cannot be reached/);
    const refused = fetchStoryFile("http://other.example/s.json", PAGE, network);
    await expect(refused).rejects.toBeInstanceOf(StoryUrlError);
    await expect(refused).rejects.toMatchObject({ url: "http://other.example/s.json", reason: expect.stringMatching(/serve the file over https/) });
  });
});
