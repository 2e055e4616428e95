/**
 * Opening another document: a story or GEXF file from the picker (`#open-story`), dropped on the
 * page, or fetched from the page's `?story=URL`. The file is read and checked (in a Web Worker
 * when one can run: io/open-file.ts), its problems or the loader's notes shown in the page, and
 * the document it holds handed to `open` with the view state of the link it came with and the
 * parts of that link that were ignored. A local file cannot be reopened by a link: the page says
 * so instead of silently dropping the link (the link note derives from the opened document's
 * origin and those ignored parts: models/link-note.ts, drawn by panels/link-note.ts).
 */
import { byId } from "../dom.ts";
import { hideNotices, hideProblems, showNotices, showProblems } from "../panels/problems.ts";
import { decodeHash } from "../state/hash.ts";
import { graphDocument, storyDocument, type ViewerDocument } from "../state/document.ts";
import { INITIAL_STATE, type ViewState } from "../state/types.ts";
import type { LoadResult } from "./load-file.ts";
import { fetchStoryFile, StoryUrlError } from "./story-url.ts";

const openFileIo = () => import("./open-file.ts");

export interface OpeningContext {
  /** Show `document` with view state `view`; `linkIgnored`: the parts of its link that were ignored (none without a link). */
  open(document: ViewerDocument, view: ViewState, linkIgnored?: readonly string[]): void;
  /** Tell the user (the status line). */
  say(message: string): void;
}

export interface Opening {
  /** Open the local `file` (no link applies to it); resolves to whether it opened. */
  openFile(file: File): Promise<boolean>;
  /** Fetch and open the story of `url` with the link's `hash`; resolves to whether it opened. */
  openUrl(url: string, hash: string): Promise<boolean>;
  /** Where the last opened file was read and checked. */
  checkedIn(): "worker" | "page" | null;
}

/** Bind the file picker and drag-and-drop (`#file-input`, `#drop-overlay`) and return the openers. */
export function mountOpening(ctx: OpeningContext): Opening {
  const problems = byId("problems");
  const notices = byId("notices");
  let checkedIn: "worker" | "page" | null = null;

  /** Open `file`: a local one, or the story of `link.url` (a `?story=URL` page) with that link's hash. */
  const openFile = async (file: File, link?: { readonly url: string; readonly hash: string }): Promise<boolean> => {
    ctx.say(`Opening ${file.name}…`);
    let result: LoadResult;
    try {
      const io = await openFileIo();
      result = await io.openFile(file, (p) =>
        ctx.say(p.phase === "reading" ? `Opening ${file.name}… read ${Math.round((100 * p.read) / Math.max(1, p.total))} %` : `Opening ${file.name}… checking it`),
      );
      checkedIn = io.lastCheckedIn;
    } catch (e) {
      ctx.say(`Could not open ${file.name}: ${(e as Error).message}`);
      return false;
    }
    if (!result.ok) {
      showProblems(problems, result.file, result.problems);
      ctx.say(`Could not open ${result.file}: ${result.problems.length} problem(s).`);
      return false;
    }
    hideProblems(problems);
    // a local file: the link (which keeps ?story= of a story opened before) cannot reopen it
    if (!link) history.replaceState(null, "", location.pathname);
    if (result.kind === "graph") {
      hideNotices(notices);
      history.replaceState(null, "", location.pathname + location.search);
      ctx.open(graphDocument(result.graph, result.file), INITIAL_STATE);
      ctx.say(`Opened ${result.file}: a plain graph of ${result.graph.nodes.length} nodes and ${result.graph.edges.length} edges, without article.`);
      return true;
    }
    const decoded = link ? decodeHash(link.hash, result.story) : null;
    if (decoded?.ignored.length) console.info(`storygraph: parts of the link were ignored: ${decoded.ignored.join("; ")}`);
    const doc = storyDocument(result.story, link ? { from: "url", url: link.url } : { from: "file", file: result.file });
    ctx.open(doc, decoded ? decoded.state : INITIAL_STATE, decoded?.ignored);
    showNotices(notices, result.file, result.notices);
    const notes = result.notices.length ? ` The loader left ${result.notices.length} note${result.notices.length === 1 ? "" : "s"} (shown above the graph).` : "";
    ctx.say(`Opened ${result.file}: ${result.story.entities.length} entities, ${result.story.relations.length} relations, ${result.story.events.length} events.${notes}`);
    return true;
  };

  const openUrl = async (url: string, hash: string): Promise<boolean> => {
    let file: File;
    try {
      file = await fetchStoryFile(url, location.href);
    } catch (e) {
      const why = e instanceof StoryUrlError ? e.reason : (e as Error).message;
      const reason = `Could not fetch the story ${url}: ${why}. Showing the built-in story instead.`;
      showProblems(problems, url, [{ path: "(document)", where: "", detail: reason, kind: "FetchError" }]);
      ctx.say(reason);
      return false;
    }
    return openFile(file, { url, hash });
  };

  const fileInput = byId<HTMLInputElement>("file-input");
  byId("open-story").addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (file) void openFile(file);
  });
  const overlay = byId("drop-overlay");
  let dragDepth = 0;
  document.addEventListener("dragenter", (e) => {
    if (!e.dataTransfer?.types.includes("Files")) return;
    dragDepth++;
    overlay.hidden = false;
  });
  document.addEventListener("dragleave", () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) overlay.hidden = true;
  });
  document.addEventListener("dragover", (e) => {
    if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
  });
  document.addEventListener("drop", (e) => {
    dragDepth = 0;
    overlay.hidden = true;
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void openFile(file);
  });

  return { openFile: (file) => openFile(file), openUrl, checkedIn: () => checkedIn };
}
