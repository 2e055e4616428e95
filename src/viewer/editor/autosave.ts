/**
 * Autosave of the edit mode's history (drafts, undo and redo included) to IndexedDB, so that a
 * reload, a closed tab or a crash loses nothing. One record under one key; structured clone keeps
 * the article that the drafts share as one object.
 */
import type { History } from "../../graph/edit/history.ts";
import type { StoryDraft } from "../../graph/edit/draft.ts";

const DB = "storygraph-editor";
const STORE = "drafts";
const KEY = "current";

/** IndexedDB refused to open, read or write. */
export class AutosaveError extends Error {
  constructor(fn: string, detail: string) {
    super(`${fn}: IndexedDB ${DB}/${STORE}: ${detail}`);
    this.name = "AutosaveError";
  }
}

function open(fn: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new AutosaveError(fn, request.error?.message ?? "cannot open"));
  });
}

/**
 * Save the history (replacing the last save).
 *
 * @throws {AutosaveError} when IndexedDB refuses.
 */
export async function saveHistory(history: History<StoryDraft>): Promise<void> {
  const db = await open("saveHistory");
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, "readwrite");
      tx.objectStore(STORE).put(history, KEY);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new AutosaveError("saveHistory", tx.error?.message ?? "write failed"));
    });
  } finally {
    db.close();
  }
}

/**
 * The last saved history, or null when there is none.
 *
 * @throws {AutosaveError} when IndexedDB refuses.
 */
export async function loadHistory(): Promise<History<StoryDraft> | null> {
  const db = await open("loadHistory");
  try {
    return await new Promise((resolve, reject) => {
      const request = db.transaction(STORE, "readonly").objectStore(STORE).get(KEY);
      request.onsuccess = () => resolve((request.result as History<StoryDraft> | undefined) ?? null);
      request.onerror = () => reject(new AutosaveError("loadHistory", request.error?.message ?? "read failed"));
    });
  } finally {
    db.close();
  }
}
