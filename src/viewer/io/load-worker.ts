/**
 * The Web Worker that reads and checks a file the user opens (story JSON or GEXF), so that a large
 * or hostile file never freezes the page: the page posts `{ name, bytes }` (the bytes
 * transferred), the worker posts `{ type: "checking" }` when it starts, then `{ type: "done",
 * result }` with the `LoadResult` of `loadStoryBytes` (plain data: it crosses by structured clone).
 */
import { loadStoryBytes, type LoadResult } from "./load-file.ts";

/** What the page sends the worker. */
export interface LoadRequest {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What the worker sends back. */
export type LoadMessage = { readonly type: "checking" } | { readonly type: "done"; readonly result: LoadResult };

const scope = self as unknown as { onmessage: ((e: MessageEvent<LoadRequest>) => void) | null; postMessage(m: LoadMessage): void };

scope.onmessage = (e) => {
  scope.postMessage({ type: "checking" });
  scope.postMessage({ type: "done", result: loadStoryBytes(e.data.name, e.data.bytes) });
};
