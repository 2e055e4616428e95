/**
 * Opening a file the user picked or dropped, off the page's thread: the bytes are read with
 * progress (`File.stream()`), then checked by `load-worker.ts` in a Web Worker (the parse of a
 * 20 MB GEXF or of a hostile story runs there, and the page keeps answering). The story that
 * comes back (a structured clone) is frozen again, as the loader leaves it. When a worker cannot
 * start (an old browser, a stricter CSP), the file is checked on the page's thread instead.
 */
import type { LoadMessage, LoadRequest } from "./load-worker.ts";
import type { LoadResult } from "./load-file.ts";

/** How far the opening of a file is: bytes read of the total, then checking. */
export type OpenProgress = { readonly phase: "reading"; readonly read: number; readonly total: number } | { readonly phase: "checking" };

/** Deep-freeze what a worker sent (its objects are fresh copies, none frozen). */
function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== "object" || seen.has(v)) continue;
    seen.add(v);
    Object.freeze(v);
    for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
  }
  return value;
}

/** The bytes of `file`, reporting progress as they come. */
async function readWithProgress(file: File, onProgress: (p: OpenProgress) => void): Promise<Uint8Array> {
  const total = file.size;
  if (typeof file.stream !== "function") return new Uint8Array(await file.arrayBuffer());
  const out = new Uint8Array(total);
  let read = 0;
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out.set(value.subarray(0, Math.max(0, total - read)), read);
    read += value.length;
    onProgress({ phase: "reading", read: Math.min(read, total), total });
  }
  return read === total ? out : out.subarray(0, Math.min(read, total));
}

/** Check `bytes` named `name` in a Web Worker; rejects when no worker can run. */
function checkInWorker(name: string, bytes: Uint8Array, onProgress: (p: OpenProgress) => void): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./load-worker.ts", import.meta.url), { type: "module" });
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    worker.onmessage = (e: MessageEvent<LoadMessage>) => {
      if (e.data.type === "checking") onProgress({ phase: "checking" });
      else {
        worker.terminate();
        resolve(e.data.result);
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || "the file checker could not start"));
    };
    const request: LoadRequest = { name, bytes };
    worker.postMessage(request, [bytes.buffer]);
  });
}

/** Where the last file was checked: in a worker, or on the page's thread (no worker could run). */
export let lastCheckedIn: "worker" | "page" | null = null;

/**
 * Read and check `file` (see the header). Never throws: a file that cannot be used gives its problems.
 *
 * @param onProgress - told of the bytes read, then of the check starting.
 */
export async function openFile(file: File, onProgress: (p: OpenProgress) => void = () => {}): Promise<LoadResult> {
  const { loadStoryFile, tooLargeResult } = await import("./load-file.ts");
  const refused = tooLargeResult(file.name, file.size);
  if (refused) return refused;
  const bytes = await readWithProgress(file, onProgress);
  let result: LoadResult;
  try {
    result = await checkInWorker(file.name, bytes.slice(), onProgress);
    lastCheckedIn = "worker";
  } catch (e) {
    console.info(`storygraph: the file checker could not run in a worker (${(e as Error).message}); checking on the page`);
    lastCheckedIn = "page";
    return loadStoryFile(file);
  }
  if (result.ok && result.kind === "story") deepFreeze(result.story);
  if (result.ok && result.kind === "graph") deepFreeze(result.graph);
  return result;
}
