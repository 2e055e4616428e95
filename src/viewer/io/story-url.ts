/**
 * The page's `?story=URL`: which addresses the page may fetch a story from (its own server, any
 * https: address that allows it by CORS, and http: on this machine, as the CSP's `connect-src`
 * says), and the fetch itself, whose failures say what happened in words a reader can act on
 * (the status the server answered, a server on another origin that does not allow this page to
 * read it, a server that cannot be reached) instead of the browser's bare "Failed to fetch".
 */

/** Why a story could not be fetched from its URL. */
export class StoryUrlError extends Error {
  /**
   * @param url - the URL as the page's address gave it.
   * @param reason - what happened, in words (no trailing full stop).
   */
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`fetchStoryFile: could not fetch the story ${url}: ${reason}`);
    this.name = "StoryUrlError";
  }
}

/** Hosts an http: story may come from (the CSP's `connect-src` allows them: a server on this machine). */
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1"]);

/**
 * Why the page may not fetch `url`, or null when it may: same origin as the page, an https:
 * address, or http: on this machine (what the page's CSP `connect-src` allows).
 *
 * @param url - the `?story=` value, absolute or relative to `page`.
 * @param page - the page's address (`location.href`).
 */
export function storyUrlRefusal(url: string, page: string): string | null {
  let u: URL;
  try {
    u = new URL(url, page);
  } catch {
    return "it is not a URL";
  }
  const here = new URL(page);
  if (u.origin === here.origin) return null;
  if (u.protocol === "https:") return null;
  if (u.protocol === "http:" && LOCAL_HOSTS.has(u.hostname)) return null;
  if (u.protocol === "http:") return "this page fetches stories only from its own server, https: addresses and http: servers on this machine (localhost); serve the file over https";
  return `a ${u.protocol} address cannot be fetched by this page; use an http(s) URL`;
}

/**
 * Fetch the story file at `url` for the page at `page`.
 *
 * @param fetchImpl - the fetch to use (the browser's by default; tests pass their own).
 * @returns the file, named after the URL's last path segment.
 * @throws {StoryUrlError} (rejects) naming the cause: refused address, HTTP status, CORS or network.
 */
export async function fetchStoryFile(url: string, page: string, fetchImpl: typeof fetch = fetch): Promise<File> {
  const refusal = storyUrlRefusal(url, page);
  if (refusal) throw new StoryUrlError(url, refusal);
  const u = new URL(url, page);
  const name = decodeURIComponent(u.pathname.split("/").pop() || "") || "story.json";
  let response: Response;
  try {
    response = await fetchImpl(u.href, { cache: "no-store" });
  } catch {
    // the browser says only "Failed to fetch": what it can be depends on where the file is
    const crossOrigin = u.origin !== new URL(page).origin;
    throw new StoryUrlError(
      url,
      crossOrigin
        ? `the server at ${u.origin} did not let this page read the file (it sends no Access-Control-Allow-Origin header for this page), or it cannot be reached`
        : "the server cannot be reached (is it still running?)",
    );
  }
  if (!response.ok) throw new StoryUrlError(url, `the server answered ${response.status} ${response.statusText}`.trim());
  return new File([await response.blob()], name);
}
