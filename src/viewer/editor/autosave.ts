/**
 * Autosave of the edit mode's history (drafts, undo and redo included) to IndexedDB, so that a
 * reload, a closed tab or a crash loses nothing. The history is one record under one key; the
 * articles and suggestions its drafts share are a table under a second key, rewritten only when
 * they change, so that an edit of a long article does not write its megabytes again.
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

/** Where a saved draft's article and suggestions are: indexes in the table saved under `PARTS_KEY`. */
const ARTICLE_REF = "articleRef";
const SUGGESTIONS_REF = "suggestionsRef";
const PARTS_KEY = "parts";

/** The articles and suggestions objects last written under `PARTS_KEY`, in table order (this page's writes). */
let savedTable: readonly object[] = [];

type SavedDraft = Omit<StoryDraft, "article" | "suggestions"> & {
  article?: StoryDraft["article"];
  suggestions?: StoryDraft["suggestions"];
  [ARTICLE_REF]?: number;
  [SUGGESTIONS_REF]?: number;
};

/**
 * Save the history (replacing the last save). The drafts' articles and suggestions (megabytes for
 * a long article, and the same objects in every draft of it) are saved apart, in a table written
 * only when it changed; each saved draft keeps their indexes in it. An edit then writes a few
 * kilobytes, not the article again.
 *
 * @throws {AutosaveError} when IndexedDB refuses.
 */
export async function saveHistory(history: History<StoryDraft>): Promise<void> {
  const table: object[] = [];
  const indexOf = new Map<object, number>();
  const ref = (part: object) => {
    let i = indexOf.get(part);
    if (i === undefined) {
      i = table.length;
      table.push(part);
      indexOf.set(part, i);
    }
    return i;
  };
  const strip = (d: StoryDraft): SavedDraft => {
    const { article, suggestions, ...rest } = d;
    return { ...rest, [ARTICLE_REF]: ref(article), ...(suggestions && { [SUGGESTIONS_REF]: ref(suggestions) }) };
  };
  const record = { past: history.past.map(strip), present: strip(history.present), future: history.future.map(strip) };
  const tableChanged = table.length !== savedTable.length || table.some((t, i) => t !== savedTable[i]);
  const db = await open("saveHistory");
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, "readwrite");
      const store = tx.objectStore(STORE);
      if (tableChanged) store.put(table, PARTS_KEY);
      store.put(record, KEY);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new AutosaveError("saveHistory", tx.error?.message ?? "write failed"));
    });
    savedTable = table;
  } finally {
    db.close();
  }
}

/**
 * The last saved history, or null when there is none (or when its articles are missing: the
 * table deleted meanwhile). A draft whose suggestions are missing comes back without them: they
 * are hints, never claims. A record saved whole (before the table) loads as it is.
 *
 * @throws {AutosaveError} when IndexedDB refuses.
 */
export async function loadHistory(): Promise<History<StoryDraft> | null> {
  const db = await open("loadHistory");
  try {
    const [record, table] = await new Promise<[History<SavedDraft> | undefined, object[] | undefined]>((resolve, reject) => {
      const tx = db.transaction(STORE, "readonly");
      const store = tx.objectStore(STORE);
      const history = store.get(KEY);
      const parts = store.get(PARTS_KEY);
      tx.oncomplete = () => resolve([history.result as History<SavedDraft> | undefined, parts.result as object[] | undefined]);
      tx.onerror = () => reject(new AutosaveError("loadHistory", tx.error?.message ?? "read failed"));
    });
    if (!record) return null;
    savedTable = table ?? [];
    const restore = (d: SavedDraft): StoryDraft | null => {
      const { [ARTICLE_REF]: articleRef, [SUGGESTIONS_REF]: suggestionsRef, ...rest } = d;
      const article = articleRef === undefined ? rest.article : (table?.[articleRef] as StoryDraft["article"] | undefined);
      if (!article) return null;
      const suggestions = suggestionsRef === undefined ? rest.suggestions : (table?.[suggestionsRef] as StoryDraft["suggestions"]);
      const { suggestions: _, ...base } = rest;
      return { ...base, article, ...(suggestions && { suggestions }) };
    };
    const present = restore(record.present);
    if (!present) return null;
    const all = (ds: readonly SavedDraft[]) => ds.map(restore).filter((d): d is StoryDraft => d !== null);
    return { past: all(record.past), present, future: all(record.future) };
  } finally {
    db.close();
  }
}
