/**
 * Edit mode: the article sentence by sentence as selectable words, "Cite" anchoring the selected
 * words (src/graph/edit/selection.ts), entities and aliases made from selected mentions, relation
 * claims whose kinds follow the vocabulary's domain/range rules, the library's validator after
 * every edit with a link to what each problem names, undo/redo, autosave to IndexedDB and the
 * story JSON download. All edits are the pure functions of src/graph/edit/; this file only
 * renders them and reads the user's input. zod-config comes first: the validator brings zod, which
 * must never probe for `eval` (the CSP forbids it).
 */
import "../zod-config.ts";
import "./editor.css";
import { checkDraft, draftJson, type DraftCheck } from "../../graph/edit/check.ts";
import { draftFromArticle, draftFromStory, draftSentences, type StoryDraft } from "../../graph/edit/draft.ts";
import { EditError } from "../../graph/edit/errors.ts";
import { canRedo, canUndo, record, redo, startHistory, undo, type History } from "../../graph/edit/history.ts";
import { entityKindsOf } from "../../graph/edit/kinds.ts";
import { addAlias, addEntity, addNoClaim, removeCitation, removeEntity, removeEvent, removeNoClaim, removeRelation, slugId, uniqueId } from "../../graph/edit/operations.ts";
import { anchorSelection, sentenceTokens, type SelectionAnchor, type Token } from "../../graph/edit/selection.ts";
import { StorygraphError } from "../../graph/errors.ts";
import type { Story } from "../../graph/model.ts";
import { el } from "../dom.ts";
import { downloadBlob, fileNameFor } from "../io/download.ts";
import { loadHistory, saveHistory } from "./autosave.ts";
import { createClaimForm } from "./claim-form.ts";
import { button, field, options } from "./controls.ts";

/** What the browser tests read. */
export interface EditorHook {
  ready: boolean;
  /** Autosaves done. */
  saves: number;
  draft(): StoryDraft;
  check(): DraftCheck;
}

declare global {
  interface Window {
    __storygraphEditor?: EditorHook;
  }
}

/** Options of `openEditor`. */
export interface OpenEditorOptions {
  /** The story the viewer shows: what "Edit the current story" (and a first visit) edits. */
  readonly story: () => Story;
}

let mounted: HTMLElement | null = null;

/** Make the viewer's page inert (no focus, hidden from assistive technology) while the editor is open, or active again. */
function setViewerInert(inert: boolean): void {
  for (const child of document.body.children) {
    if (child.id === "editor" || child.id === "status" || child.tagName === "SCRIPT") continue;
    (child as HTMLElement).inert = inert;
  }
}

/**
 * Open edit mode (once; again shows it): the saved draft when there is one, else the current
 * story. Adds `?edit` to the page's address so that a reload comes back to it.
 *
 * @param opts - the viewer's current story.
 */
export async function openEditor(opts: OpenEditorOptions): Promise<EditorHook> {
  document.body.classList.add("editing");
  setViewerInert(true);
  const url = new URL(location.href);
  if (!url.searchParams.has("edit")) {
    url.searchParams.set("edit", "");
    history.replaceState(history.state, "", url);
  }
  if (mounted && window.__storygraphEditor) {
    mounted.hidden = false;
    return window.__storygraphEditor;
  }
  let saved: History<StoryDraft> | null = null;
  try {
    saved = await loadHistory();
  } catch (e) {
    console.warn(`storygraph: ${(e as Error).message}; starting from the current story`);
  }
  let hist = saved ?? startHistory(draftFromStory(opts.story()));
  let check = checkDraft(hist.present);
  let selection: { start: number; end: number } | null = null;
  const hook: EditorHook = { ready: false, saves: 0, draft: () => hist.present, check: () => check };
  window.__storygraphEditor = hook;

  const say = (text: string) => (byId("status") ?? document.body).replaceChildren(text);
  const byId = (id: string) => document.getElementById(id);

  // --- the bar ---
  const fileInput = el("input", { attrs: { type: "file", id: "editor-file", accept: ".txt,text/plain", hidden: true, "aria-label": "Article text file" } });
  const undoButton = button("editor-undo", "Undo", () => go(undo(hist), "Undone."), { "aria-keyshortcuts": "Control+Z" });
  const redoButton = button("editor-redo", "Redo", () => go(redo(hist), "Redone."), { "aria-keyshortcuts": "Control+Shift+Z" });
  const downloadButton = button("editor-download", "Download story JSON", () => {
    const name = fileNameFor(hist.present.article.title, "json");
    downloadBlob(new Blob([draftJson(hist.present)], { type: "application/json" }), check.valid ? name : name.replace(/\.json$/, ".draft.json"));
    say(check.valid ? "Story JSON downloaded." : `Draft downloaded with ${check.problems.length} problem(s): it is not a valid story yet.`);
  });
  const validity = el("p", { class: "editor-validity", attrs: { id: "editor-validity", role: "status" } });
  const bar = el("header", { class: "editor-bar" }, [
    el("h1", { text: "Edit mode" }),
    button("editor-back", "Back to viewer", () => {
      document.body.classList.remove("editing");
      setViewerInert(false);
      const u = new URL(location.href);
      u.searchParams.delete("edit");
      history.replaceState(history.state, "", u);
      root.hidden = true;
    }),
    button("editor-open-txt", "Open article (.txt)…", () => fileInput.click()),
    fileInput,
    button("editor-edit-current", "Edit the current story", () => go(record(hist, draftFromStory(opts.story())), "Editing the viewer's story.")),
    undoButton,
    redoButton,
    downloadButton,
    validity,
  ]);

  // --- the new-article form ---
  const langSelect = el("select", { attrs: { id: "editor-lang" } });
  options(langSelect, [
    { value: "en", label: "English (en)" },
    { value: "fr", label: "French (fr)" },
  ]);
  const titleInput = el("input", { attrs: { id: "editor-title", type: "text" } });
  const authorInput = el("input", { attrs: { id: "editor-author", type: "text" } });
  const urlInput = el("input", { attrs: { id: "editor-url", type: "url" } });
  const publishedInput = el("input", { attrs: { id: "editor-published", type: "text", placeholder: "YYYY-MM-DD", pattern: "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?" } });
  let pendingText = "";
  const newForm = el("form", { attrs: { id: "editor-new", hidden: true, "aria-label": "New story from an article" } }, [
    el("p", { attrs: { id: "editor-new-file" } }),
    field("Language of the article", langSelect),
    field("Title (optional)", titleInput),
    field("Author (optional: the first source of every citation)", authorInput),
    field("Where it was published (optional URL)", urlInput),
    field("When it was published (optional: YYYY, YYYY-MM or YYYY-MM-DD)", publishedInput),
    el("button", { attrs: { type: "submit", id: "editor-start" }, text: "Start editing" }),
  ]);
  newForm.addEventListener("submit", (e) => {
    e.preventDefault();
    const meta = { language: langSelect.value, ...(titleInput.value.trim() && { title: titleInput.value.trim() }), ...(authorInput.value.trim() && { author: authorInput.value.trim() }), ...(urlInput.value.trim() && { url: urlInput.value.trim() }), ...(publishedInput.value.trim() && { published: publishedInput.value.trim() }) };
    newForm.hidden = true;
    go(record(hist, draftFromArticle(pendingText, meta)), "New story: select words in the article to cite them.");
  });
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (!file) return;
    void file.text().then((text) => {
      pendingText = text;
      byId("editor-new-file")!.textContent = `${file.name}: ${text.length} characters.`;
      titleInput.value = file.name.replace(/\.txt$/i, "");
      newForm.hidden = false;
      langSelect.focus();
    });
  });

  // --- the article ---
  const article = el("div", { class: "editor-article", attrs: { id: "editor-article", "aria-describedby": "editor-article-hint" } });
  const selectionLine = el("p", { class: "editor-selection", attrs: { id: "editor-selection", "aria-live": "polite" } });
  const articlePane = el("section", { attrs: { "aria-labelledby": "editor-article-heading" } }, [
    el("h2", { attrs: { id: "editor-article-heading" }, text: "Article" }),
    el("p", {
      class: "hint",
      attrs: { id: "editor-article-hint" },
      text: "Select words with the mouse, or Tab to a sentence: ← → move between its words, Shift+← → select, ↑ ↓ move between sentences, N (Shift+N) selects the next (previous) suggested mention. Underlined dotted words are suggested mentions (not claims): a click selects one.",
    }),
    article,
    selectionLine,
    el("div", { attrs: { role: "group", "aria-label": "Use the selected words" } }, [
      button("editor-cite", "Cite", () => cite()),
      button("editor-new-entity", "New entity from selection", () => startEntity()),
      button("editor-add-alias", "Add as alias", () => startAlias()),
      button("editor-no-claim", "No claim in this sentence…", () => startNoClaim()),
    ]),
  ]);

  // --- forms: entity, alias, claim ---
  const entityLabel = el("input", { attrs: { id: "editor-entity-label", type: "text" } });
  const entityKind = el("select", { attrs: { id: "editor-entity-kind" } });
  const entityForm = el("form", { attrs: { id: "editor-entity-form", hidden: true, "aria-label": "New entity" } }, [
    field("Name", entityLabel),
    field("Kind", entityKind),
    el("button", { attrs: { type: "submit", id: "editor-entity-add" }, text: "Add entity" }),
  ]);
  entityForm.addEventListener("submit", (e) => {
    e.preventDefault();
    const label = entityLabel.value.trim();
    if (!label) return say("An entity needs a name.");
    const id = uniqueId(hist.present, slugId(label));
    if (apply(() => addEntity(hist.present, { id, kind: entityKind.value, label }), `Entity ${label} added.`)) entityForm.hidden = true;
  });
  const aliasText = el("input", { attrs: { id: "editor-alias-text", type: "text" } });
  const aliasEntity = el("select", { attrs: { id: "editor-alias-entity" } });
  const aliasForm = el("form", { attrs: { id: "editor-alias-form", hidden: true, "aria-label": "New alias" } }, [
    field("Alias (the selected words; edit them for a name the article writes otherwise)", aliasText),
    field("Of entity", aliasEntity),
    el("button", { attrs: { type: "submit", id: "editor-alias-add" }, text: "Add alias" }),
  ]);
  aliasForm.addEventListener("submit", (e) => {
    e.preventDefault();
    const alias = aliasText.value.trim();
    if (!alias) return showRefusal("An alias needs a name.");
    if (apply(() => addAlias(hist.present, aliasEntity.value, alias), `Alias ${alias} added.`)) aliasForm.hidden = true;
  });

  const claim = createClaimForm({
    draft: () => hist.present,
    apply: (edit, done) => apply(edit, done),
    refuse: (text) => showRefusal(text),
    selectedQuote: () => currentAnchor()?.quote ?? null,
  });
  const claimForm = claim.form;

  const noClaimSentence = el("strong", { attrs: { id: "editor-noclaim-sentence" } });
  const noClaimReason = el("textarea", { attrs: { id: "editor-noclaim-reason", rows: 2 } });
  let noClaimFor = "";
  const noClaimForm = el("form", { attrs: { id: "editor-noclaim-form", hidden: true, "aria-label": "Sentence without a claim" } }, [
    el("p", {}, ["No claim in ", noClaimSentence]),
    field("Reason (why the sentence holds no claim about the graph)", noClaimReason),
    el("button", { attrs: { type: "submit", id: "editor-noclaim-add" }, text: "Mark as holding no claim" }),
  ]);
  noClaimForm.addEventListener("submit", (e) => {
    e.preventDefault();
    if (apply(() => addNoClaim(hist.present, noClaimFor, noClaimReason.value), `${noClaimFor} marked as holding no claim.`)) {
      noClaimForm.hidden = true;
      noClaimReason.value = "";
    }
  });

  // --- lists and problems ---
  const entityList = el("ul", { attrs: { id: "editor-entities", "aria-labelledby": "editor-entities-heading" } });
  const claimList = el("ul", { attrs: { id: "editor-claims", "aria-labelledby": "editor-claims-heading" } });
  const noClaimList = el("ul", { attrs: { id: "editor-noclaims", "aria-labelledby": "editor-noclaims-heading" } });
  const problemList = el("ul", { attrs: { id: "editor-problems", "aria-labelledby": "editor-problems-heading" } });
  const side = el("section", { attrs: { "aria-label": "Entities, claims and problems" } }, [
    entityForm,
    aliasForm,
    claimForm,
    noClaimForm,
    el("h2", { attrs: { id: "editor-problems-heading" }, text: "Problems" }),
    problemList,
    el("h2", { attrs: { id: "editor-entities-heading" }, text: "Entities" }),
    entityList,
    el("h2", { attrs: { id: "editor-claims-heading" }, text: "Claims" }),
    claimList,
    el("h2", { attrs: { id: "editor-noclaims-heading" }, text: "Sentences without a claim" }),
    noClaimList,
  ]);
  const root = el("section", { class: "editor", attrs: { id: "editor", "aria-label": "Edit mode" } }, [bar, newForm, el("div", { class: "editor-main" }, [articlePane, side])]);
  document.body.appendChild(root);
  mounted = root;
  setViewerInert(true);

  // --- article rendering and selection ---
  let renderedArticle: StoryDraft["article"] | null = null;
  let tokensOf: Token[][] = [];
  let cursor = { sentence: 0, token: 0, anchor: 0 };
  let suggested: { start: number; end: number; name: string; kind: string | undefined }[] = [];
  const renderArticle = () => {
    if (renderedArticle === hist.present.article) return;
    renderedArticle = hist.present.article;
    const text = renderedArticle.text;
    const sentences = draftSentences(hist.present);
    tokensOf = sentences.map((s) => sentenceTokens(s));
    // suggested mentions (storygraph init's, never claims): the word spans each covers
    suggested = [];
    for (const m of hist.present.suggestions?.mentions ?? []) for (const o of m.occurrences) suggested.push({ start: o.start, end: o.end, name: m.name, kind: m.kind });
    suggested.sort((a, b) => a.start - b.start);
    // tokens and mentions are both in article order: one walk, not a search per token
    let next = 0;
    const mentionAt = (t: Token) => {
      while (next < suggested.length && suggested[next]!.end <= t.start) next++;
      const m = suggested[next];
      return m && m.start <= t.start && t.end <= m.end ? m : undefined;
    };
    marked = [];
    flagged = new Map();
    article.lang = renderedArticle.language;
    article.replaceChildren(
      ...sentences.map((s, i) => {
        const p = el("p", { attrs: { id: `editor-${s.id}`, tabindex: i === 0 ? 0 : -1, "data-sentence": s.id, "aria-label": `Sentence ${s.id}: ${s.text}` } });
        p.append(el("span", { class: "sid", attrs: { "aria-hidden": "true" }, text: s.id }));
        let at = s.start;
        tokensOf[i]!.forEach((t, j) => {
          if (t.start > at) p.append(el("span", { attrs: { "data-s": at, "data-e": t.start }, text: text.slice(at, t.start) }));
          const m = mentionAt(t);
          p.append(el("span", { class: m ? "w is-suggested" : "w", attrs: { "data-s": t.start, "data-e": t.end, "data-t": j, ...(m && { "data-ms": m.start, "data-me": m.end, title: "Suggested mention: click to select it" }) }, text: text.slice(t.start, t.end) }));
          at = t.end;
        });
        return p;
      }),
    );
    cursor = { sentence: 0, token: 0, anchor: 0 };
    selection = null;
  };
  // only the words of the selection's sentences are restyled (a 1 MB article has some 200 000 words)
  let marked: Element[] = [];
  const mark = () => {
    for (const w of marked) w.classList.remove("is-selected", "is-cursor");
    marked = [];
    if (!selection) return;
    const sentences = draftSentences(hist.present);
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.end <= selection.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sentences.length && sentences[i]!.start < selection.end; i++)
      for (const w of article.children[i]?.querySelectorAll<HTMLElement>(".w") ?? []) {
        if (Number(w.dataset.s) >= selection.start && Number(w.dataset.e) <= selection.end) {
          w.classList.add("is-selected");
          marked.push(w);
        }
      }
  };
  /** Mark the cursor's word (keyboard selection). */
  const markCursor = (sentence: number, token: number) => {
    const w = article.children[sentence]?.querySelector(`[data-t="${token}"]`);
    if (w) {
      w.classList.add("is-cursor");
      marked.push(w);
    }
  };
  // the sentences marked as cited or as holding no claim, by id: only those that change are restyled
  let flagged = new Map<string, string>();
  const flagSentences = (d: StoryDraft) => {
    const next = new Map<string, string>();
    for (const c of [...d.relations, ...(d.events ?? [])]) for (const x of c.citations) next.set(x.sentence, "is-cited");
    for (const n of d.noClaims ?? []) if (!next.has(n.sentence)) next.set(n.sentence, "is-noclaim");
    for (const [id, cls] of flagged) if (next.get(id) !== cls) article.querySelector(`#editor-${id}`)?.classList.remove(cls);
    for (const [id, cls] of next) if (flagged.get(id) !== cls) article.querySelector(`#editor-${id}`)?.classList.add(cls);
    flagged = next;
  };
  const currentAnchor = (): SelectionAnchor | null => {
    if (!selection) {
      showRefusal("Select words of the article first.");
      return null;
    }
    try {
      return anchorSelection(hist.present.article.text, draftSentences(hist.present), selection.start, selection.end);
    } catch (e) {
      if (!(e instanceof EditError)) throw e;
      showRefusal(`Refused: ${e.message.replace(/^anchorSelection: article\[\d+…\d+\]: /, "")}.`);
      return null;
    }
  };
  const showRefusal = (text: string) => {
    selectionLine.className = "editor-selection editor-refusal";
    selectionLine.setAttribute("role", "alert");
    selectionLine.textContent = text;
  };
  const showSelection = () => {
    selectionLine.className = "editor-selection";
    selectionLine.removeAttribute("role");
    if (!selection) return void (selectionLine.textContent = "");
    const text = hist.present.article.text.slice(selection.start, selection.end);
    selectionLine.textContent = `Selected: “${text}” (${selection.start}–${selection.end})`;
  };
  const offsetOf = (node: Node, offset: number, atEnd: boolean): number | null => {
    if (!article.contains(node)) return null;
    if (node.nodeType === Node.TEXT_NODE) {
      const span = node.parentElement?.closest<HTMLElement>("[data-s]");
      if (span) return Number(span.dataset.s) + offset;
      return null;
    }
    const elem = node as Element;
    const spans = (n: Node) => (n instanceof Element ? (n.matches("[data-s]") ? [n as HTMLElement] : [...n.querySelectorAll<HTMLElement>("[data-s]")]) : n.parentElement?.closest<HTMLElement>("[data-s]") ? [n.parentElement.closest<HTMLElement>("[data-s]")!] : []);
    const child = elem.childNodes[offset];
    if (child && !atEnd) {
      const s = spans(child)[0];
      if (s) return Number(s.dataset.s);
    }
    const before = [...elem.childNodes].slice(0, offset).flatMap(spans);
    const last = before[before.length - 1];
    if (last) return Number(last.dataset.e);
    const first = spans(elem)[0];
    return first ? Number(first.dataset.s) : null;
  };
  /** Select a suggested mention (article offsets of its occurrence), said as a suggestion. */
  const selectSuggestion = (start: number, end: number) => {
    selection = { start, end };
    mark();
    showSelection();
    const m = suggested.find((x) => x.start === start && x.end === end);
    selectionLine.textContent += ` — a suggested mention${m?.kind ? ` (kind guessed: ${m.kind})` : ""}, not a claim: make it an entity or an alias.`;
  };
  const readMouseSelection = (e: MouseEvent) => {
    const sel = document.getSelection();
    const word = (e.target as HTMLElement).closest<HTMLElement>(".is-suggested");
    if (word && (!sel || sel.isCollapsed)) return selectSuggestion(Number(word.dataset.ms), Number(word.dataset.me));
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const range = sel.getRangeAt(0);
    const start = offsetOf(range.startContainer, range.startOffset, false);
    const end = offsetOf(range.endContainer, range.endOffset, true);
    if (start === null || end === null) return;
    selection = { start: Math.min(start, end), end: Math.max(start, end) };
    mark();
    showSelection();
  };
  article.addEventListener("mouseup", readMouseSelection);
  const setKeyboardSelection = () => {
    const tokens = tokensOf[cursor.sentence]!;
    if (tokens.length === 0) return;
    const a = tokens[Math.min(cursor.anchor, cursor.token)]!;
    const b = tokens[Math.max(cursor.anchor, cursor.token)]!;
    selection = { start: a.start, end: b.end };
    mark();
    markCursor(cursor.sentence, cursor.token);
    showSelection();
  };
  article.addEventListener("keydown", (e) => {
    const p = (e.target as HTMLElement).closest<HTMLElement>("p[data-sentence]");
    if (!p) return;
    const index = Number(p.dataset.sentence!.slice(1)) - 1;
    if (index !== cursor.sentence) cursor = { sentence: index, token: 0, anchor: 0 };
    const count = tokensOf[index]!.length;
    const moveTo = (sentence: number) => {
      const next = article.querySelector<HTMLElement>(`#editor-s${sentence + 1}`);
      if (!next) return;
      p.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
      cursor = { sentence, token: 0, anchor: 0 };
      setKeyboardSelection();
    };
    if (e.key === "ArrowDown") moveTo(index + 1);
    else if (e.key === "ArrowUp") moveTo(index - 1);
    else if (e.key === "ArrowRight" || e.key === "ArrowLeft" || e.key === "Home" || e.key === "End") {
      const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
      cursor.token = e.key === "Home" ? 0 : e.key === "End" ? count - 1 : Math.max(0, Math.min(count - 1, cursor.token + step));
      if (!e.shiftKey) cursor.anchor = cursor.token;
      setKeyboardSelection();
    } else if (e.key === "n" || e.key === "N") {
      // the next (Shift: previous) suggested mention of the sentence, after (before) the cursor
      const tokens = tokensOf[index]!;
      const s = draftSentences(hist.present)[index]!;
      const here = tokens[cursor.token]?.start ?? s.start;
      const inSentence = suggested.filter((m) => m.start >= s.start && m.end <= s.end);
      const next = e.shiftKey ? inSentence.filter((m) => m.start < here).pop() : (inSentence.find((m) => m.start > here) ?? (selection?.start === here ? undefined : inSentence.find((m) => m.start === here)));
      if (!next) {
        selectionLine.textContent = `No ${e.shiftKey ? "earlier" : "further"} suggested mention in ${s.id}.`;
      } else {
        cursor.token = cursor.anchor = Math.max(0, tokens.findIndex((t) => t.start === next.start));
        selectSuggestion(next.start, next.end);
        markCursor(index, cursor.token);
      }
    } else if (e.key === "Escape") {
      selection = null;
      mark();
      showSelection();
    } else return;
    e.preventDefault();
  });
  article.addEventListener("focusin", (e) => {
    const p = (e.target as HTMLElement).closest<HTMLElement>("p[data-sentence]");
    if (p && selection === null) {
      cursor = { sentence: Number(p.dataset.sentence!.slice(1)) - 1, token: 0, anchor: 0 };
      setKeyboardSelection();
    }
  });

  // --- actions ---
  const cite = () => {
    const a = currentAnchor();
    if (!a) return;
    claim.open(a);
    selectionLine.textContent = `Cited “${a.quote}” in ${a.sentence}. Now say what the words claim.`;
  };
  const startNoClaim = () => {
    const a = currentAnchor();
    if (!a) return;
    noClaimFor = a.sentence;
    noClaimSentence.textContent = a.sentence;
    noClaimForm.hidden = false;
    noClaimReason.focus();
  };
  const startEntity = () => {
    const a = currentAnchor();
    if (!a) return;
    entityLabel.value = a.quote;
    options(entityKind, entityKindsOf(hist.present).map((k) => ({ value: k.id, label: k.label })));
    const guess = suggested.find((m) => m.start === a.start && m.end === a.end)?.kind;
    if (guess && [...entityKind.options].some((o) => o.value === guess)) entityKind.value = guess;
    entityForm.hidden = false;
    entityKind.focus();
  };
  const startAlias = () => {
    const a = currentAnchor();
    if (!a) return;
    if (hist.present.entities.length === 0) return showRefusal("Add an entity first: an alias is another name of one.");
    aliasText.value = a.quote;
    refreshEntities();
    aliasForm.hidden = false;
    aliasEntity.focus();
  };
  /** Apply an edit; false (and the reason said) when it throws. */
  function apply(edit: () => StoryDraft, done: string): boolean {
    try {
      go(record(hist, edit()), done);
      return true;
    } catch (e) {
      if (!(e instanceof StorygraphError)) throw e;
      showRefusal(e.message);
      return false;
    }
  }
  function go(next: History<StoryDraft>, done: string): void {
    if (next === hist) return;
    hist = next;
    // timings in the page's performance timeline (what the 1 MB browser test reports)
    const t0 = performance.now();
    check = checkDraft(hist.present);
    const t1 = performance.now();
    render();
    const t2 = performance.now();
    performance.measure("editor check", { start: t0, end: t1 });
    performance.measure("editor render", { start: t1, end: t2 });
    say(`${done} ${check.valid ? "The story is valid." : `The draft has ${check.problems.length} problem(s).`}`);
    const saving = hist;
    void saveHistory(saving)
      .then(() => {
        performance.measure("editor autosave", { start: t2 });
        hook.saves++;
      })
      .catch((e: Error) => say(`Autosave failed: ${e.message}`));
  }
  const refreshEntities = () => {
    options(aliasEntity, hist.present.entities.map((e) => ({ value: e.id, label: `${e.label} (${e.kind})` })));
  };
  const render = () => {
    const d = hist.present;
    renderArticle();
    mark();
    undoButton.disabled = !canUndo(hist);
    redoButton.disabled = !canRedo(hist);
    validity.className = `editor-validity ${check.valid ? "is-valid" : "is-draft"}`;
    validity.textContent = check.valid ? "Valid story" : `Draft: ${check.problems.length} problem${check.problems.length === 1 ? "" : "s"}, not a valid story`;
    downloadButton.textContent = check.valid ? "Download story JSON" : "Download draft JSON";
    entityList.replaceChildren(
      ...d.entities.map((e, i) =>
        el("li", { attrs: { id: `editor-entity-${i}`, tabindex: -1 }, data: { id: e.id } }, [
          `${e.label} (${e.kind})${e.aliases?.length ? `, also: ${e.aliases.join("; ")}` : ""} `,
          button(`editor-remove-entity-${i}`, "Remove", () => apply(() => removeEntity(hist.present, e.id), `Entity ${e.label} removed.`), { "aria-label": `Remove entity ${e.label}` }),
        ]),
      ),
    );
    const label = (id: string) => d.entities.find((e) => e.id === id)?.label ?? `${id} (missing)`;
    const citationItems = (claimId: string, list: "relation" | "event", i: number, citations: StoryDraft["relations"][number]["citations"]) =>
      el(
        "ul",
        {},
        citations.map((c, j) =>
          el("li", {}, [
            `“${c.quote}” (${c.sentence}; ${c.factuality.certainty}, ${c.factuality.polarity}${c.sources?.length ? `, according to ${c.sources.map((s) => (typeof s === "string" ? s : s.name)).join(", ")}` : ""}) `,
            citations.length > 1 && button(`editor-remove-citation-${list}-${i}-${j}`, "Remove citation", () => apply(() => removeCitation(hist.present, claimId, j), "Citation removed."), { "aria-label": `Remove citation ${j + 1} of ${claimId}` }),
          ]),
        ),
      );
    const qualifierText = (c: Pick<StoryDraft["relations"][number], "pointInTime" | "start" | "end" | "announced" | "amount">) =>
      [
        ...(["pointInTime", "start", "end", "announced"] as const).flatMap((k) => (c[k] ? [`${k} ${typeof c[k] === "string" ? c[k] : c[k].value}`] : [])),
        ...(c.amount ? [`amount ${c.amount.value} ${c.amount.currency}${c.amount.scope ? ` (${c.amount.scope})` : ""}`] : []),
      ].join(", ");
    claimList.replaceChildren(
      ...d.relations.map((r, i) =>
        el("li", { attrs: { id: `editor-relation-${i}`, tabindex: -1 }, data: { id: r.id } }, [
          `${label(r.source)} — ${r.kind} → ${label(r.target)}${qualifierText(r) ? ` [${qualifierText(r)}]` : ""} `,
          button(`editor-remove-relation-${i}`, "Remove", () => apply(() => removeRelation(hist.present, r.id), "Claim removed."), { "aria-label": `Remove claim ${r.id}` }),
          citationItems(r.id, "relation", i, r.citations),
        ]),
      ),
      ...(d.events ?? []).map((ev, i) =>
        el("li", { attrs: { id: `editor-event-${i}`, tabindex: -1 }, data: { id: ev.id } }, [
          `Event “${ev.label}” (${ev.kind}): ${ev.participants.map((p) => `${p.role} ${p.entity !== undefined ? label(p.entity) : `event ${p.event}`}`).join(", ")}${ev.about?.length ? `; about ${ev.about.join(", ")}` : ""}${qualifierText(ev) ? ` [${qualifierText(ev)}]` : ""} `,
          button(`editor-remove-event-${i}`, "Remove", () => apply(() => removeEvent(hist.present, ev.id), `Event ${ev.label} removed.`), { "aria-label": `Remove event ${ev.label}` }),
          citationItems(ev.id, "event", i, ev.citations),
        ]),
      ),
    );
    noClaimList.replaceChildren(
      ...(d.noClaims ?? []).map((n, i) =>
        el("li", { attrs: { id: `editor-noclaim-${i}` } }, [
          `${n.sentence}: ${n.reason} `,
          button(`editor-remove-noclaim-${i}`, "Remove", () => apply(() => removeNoClaim(hist.present, n.sentence), `${n.sentence} may hold claims again.`), { "aria-label": `Remove the no-claim mark of ${n.sentence}` }),
        ]),
      ),
    );
    flagSentences(d);
    problemList.replaceChildren(
      ...(check.valid ? [el("li", { text: "None: the story is valid." })] : check.problems.map((p) => {
        const t = p.target;
        const target = t.kind === "entity" || t.kind === "relation" || t.kind === "event" ? `editor-${t.kind}-${t.index}` : t.kind === "sentence" ? `editor-${t.sentence}` : t.kind === "article" ? "editor-article" : "editor-validity";
        const link = el("a", { attrs: { href: `#${target}` }, text: p.path || "(story)" });
        link.addEventListener("click", (e) => {
          e.preventDefault();
          const node = document.getElementById(target);
          for (const f of root.querySelectorAll(".is-flagged")) f.classList.remove("is-flagged");
          node?.classList.add("is-flagged");
          node?.focus();
        });
        return el("li", {}, [link, `: ${p.detail} `, el("span", { class: "problem-name", text: `[${p.name}]` })]);
      })),
    );
  };
  document.addEventListener("keydown", (e) => {
    if (!document.body.classList.contains("editing") || !(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== "z") return;
    if ((e.target as HTMLElement).closest("input, textarea")) return;
    e.preventDefault();
    go(e.shiftKey ? redo(hist) : undo(hist), e.shiftKey ? "Redone." : "Undone.");
  });
  render();
  root.hidden = false;
  hook.ready = true;
  return hook;
}
