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
import { entityKindsOf, relationKindsBetween } from "../../graph/edit/kinds.ts";
import { addAlias, addEntity, addRelation, citationFromAnchor, removeEntity, removeRelation, slugId, uniqueId } from "../../graph/edit/operations.ts";
import { anchorSelection, sentenceTokens, type SelectionAnchor, type Token } from "../../graph/edit/selection.ts";
import { StorygraphError } from "../../graph/errors.ts";
import type { Story } from "../../graph/model.ts";
import { CERTAINTIES, POLARITIES } from "../../graph/values.ts";
import { el } from "../dom.ts";
import { downloadBlob, fileNameFor } from "../io/download.ts";
import { loadHistory, saveHistory } from "./autosave.ts";

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

function field(label: string, control: HTMLElement): HTMLLabelElement {
  return el("label", {}, [label, " ", control]);
}

function options(select: HTMLSelectElement, items: readonly { value: string; label: string }[], keep = true): void {
  const before = select.value;
  select.replaceChildren(...items.map((i) => el("option", { attrs: { value: i.value }, text: i.label })));
  if (keep && items.some((i) => i.value === before)) select.value = before;
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
  let cited: SelectionAnchor | null = null;
  const hook: EditorHook = { ready: false, saves: 0, draft: () => hist.present, check: () => check };
  window.__storygraphEditor = hook;

  const button = (id: string, text: string, onClick: () => void, attrs: Record<string, string> = {}) => {
    const b = el("button", { attrs: { type: "button", id, ...attrs }, text });
    b.addEventListener("click", onClick);
    return b;
  };
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
  let pendingText = "";
  const newForm = el("form", { attrs: { id: "editor-new", hidden: true, "aria-label": "New story from an article" } }, [
    el("p", { attrs: { id: "editor-new-file" } }),
    field("Language of the article", langSelect),
    field("Title (optional)", titleInput),
    field("Author (optional: the first source of every citation)", authorInput),
    el("button", { attrs: { type: "submit", id: "editor-start" }, text: "Start editing" }),
  ]);
  newForm.addEventListener("submit", (e) => {
    e.preventDefault();
    const meta = { language: langSelect.value, ...(titleInput.value.trim() && { title: titleInput.value.trim() }), ...(authorInput.value.trim() && { author: authorInput.value.trim() }) };
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
      text: "Select words with the mouse, or Tab to a sentence: ← → move between its words, Shift+← → select, ↑ ↓ move between sentences.",
    }),
    article,
    selectionLine,
    el("div", { attrs: { role: "group", "aria-label": "Use the selected words" } }, [
      button("editor-cite", "Cite", () => cite()),
      button("editor-new-entity", "New entity from selection", () => startEntity()),
      button("editor-add-alias", "Add as alias", () => startAlias()),
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
  const aliasText = el("strong", { attrs: { id: "editor-alias-text" } });
  const aliasEntity = el("select", { attrs: { id: "editor-alias-entity" } });
  const aliasForm = el("form", { attrs: { id: "editor-alias-form", hidden: true, "aria-label": "New alias" } }, [
    el("p", {}, ["Alias: ", aliasText]),
    field("Of entity", aliasEntity),
    el("button", { attrs: { type: "submit", id: "editor-alias-add" }, text: "Add alias" }),
  ]);
  let aliasValue = "";
  aliasForm.addEventListener("submit", (e) => {
    e.preventDefault();
    if (apply(() => addAlias(hist.present, aliasEntity.value, aliasValue), `Alias ${aliasValue} added.`)) aliasForm.hidden = true;
  });

  const claimQuote = el("p", { attrs: { id: "editor-claim-quote" } });
  const claimSource = el("select", { attrs: { id: "editor-claim-source" } });
  const claimTarget = el("select", { attrs: { id: "editor-claim-target" } });
  const claimKind = el("select", { attrs: { id: "editor-claim-kind" } });
  const claimCertainty = el("select", { attrs: { id: "editor-claim-certainty" } });
  options(claimCertainty, CERTAINTIES.map((c) => ({ value: c, label: c })));
  const claimPolarity = el("select", { attrs: { id: "editor-claim-polarity" } });
  options(claimPolarity, POLARITIES.map((p) => ({ value: p, label: p })));
  const saidBy = el("select", { attrs: { id: "editor-claim-said-by" } });
  options(saidBy, [
    { value: "author", label: "the author" },
    { value: "named", label: "a source the article names" },
  ]);
  const sourceName = el("input", { attrs: { id: "editor-claim-source-name", type: "text", disabled: true } });
  const gloss = el("textarea", { attrs: { id: "editor-claim-gloss", rows: 2 } });
  const claimForm = el("form", { attrs: { id: "editor-claim-form", hidden: true, "aria-label": "New claim" } }, [
    claimQuote,
    field("Source entity", claimSource),
    field("Target entity", claimTarget),
    field("Kind (allowed between these entities)", claimKind),
    field("Certainty", claimCertainty),
    field("Polarity", claimPolarity),
    field("Said by", saidBy),
    field("Named source, as the article writes it", sourceName),
    button("editor-claim-source-from-selection", "Use selected words as the source", () => {
      const a = currentAnchor();
      if (a) {
        saidBy.value = "named";
        sourceName.disabled = false;
        sourceName.value = a.quote;
      }
    }),
    field("Gloss (one English sentence)", gloss),
    el("button", { attrs: { type: "submit", id: "editor-claim-add" }, text: "Add claim" }),
  ]);
  saidBy.addEventListener("change", () => (sourceName.disabled = saidBy.value !== "named"));
  const refreshKinds = () => {
    const kinds = relationKindsBetween(hist.present, claimSource.value, claimTarget.value);
    options(claimKind, kinds.map((k) => ({ value: k.id, label: `${k.label} (${k.id})` })));
    claimKind.disabled = kinds.length === 0;
    glossDefault();
  };
  let glossTouched = false;
  gloss.addEventListener("input", () => (glossTouched = true));
  const glossDefault = () => {
    if (glossTouched) return;
    const label = (id: string) => hist.present.entities.find((e) => e.id === id)?.label ?? id;
    const kind = claimKind.selectedOptions[0]?.textContent?.replace(/ \(.*\)$/, "") ?? "";
    gloss.value = claimSource.value && claimTarget.value ? `${label(claimSource.value)} ${kind} ${label(claimTarget.value)}.` : "";
  };
  claimSource.addEventListener("change", refreshKinds);
  claimTarget.addEventListener("change", refreshKinds);
  claimKind.addEventListener("change", glossDefault);
  claimForm.addEventListener("submit", (e) => {
    e.preventDefault();
    if (!cited) return say("Cite words of the article first.");
    if (claimKind.disabled || !claimKind.value) return say("No relation kind of the vocabulary joins these two entities.");
    const anchor = cited;
    const sources = saidBy.value === "named" && sourceName.value.trim() ? [sourceName.value.trim()] : [];
    const citation = citationFromAnchor(anchor, {
      factuality: { certainty: claimCertainty.value as (typeof CERTAINTIES)[number], polarity: claimPolarity.value as (typeof POLARITIES)[number] },
      sources,
      gloss: gloss.value.trim() || "(no gloss)",
    });
    const id = uniqueId(hist.present, `${claimSource.value}-${claimKind.value}-${claimTarget.value}`);
    if (apply(() => addRelation(hist.present, { id, kind: claimKind.value, source: claimSource.value, target: claimTarget.value, citations: [citation] }), "Claim added.")) {
      claimForm.hidden = true;
      cited = null;
      glossTouched = false;
    }
  });

  // --- lists and problems ---
  const entityList = el("ul", { attrs: { id: "editor-entities", "aria-labelledby": "editor-entities-heading" } });
  const claimList = el("ul", { attrs: { id: "editor-claims", "aria-labelledby": "editor-claims-heading" } });
  const problemList = el("ul", { attrs: { id: "editor-problems", "aria-labelledby": "editor-problems-heading" } });
  const side = el("section", { attrs: { "aria-label": "Entities, claims and problems" } }, [
    entityForm,
    aliasForm,
    claimForm,
    el("h2", { attrs: { id: "editor-problems-heading" }, text: "Problems" }),
    problemList,
    el("h2", { attrs: { id: "editor-entities-heading" }, text: "Entities" }),
    entityList,
    el("h2", { attrs: { id: "editor-claims-heading" }, text: "Claims" }),
    claimList,
  ]);
  const root = el("section", { class: "editor", attrs: { id: "editor", "aria-label": "Edit mode" } }, [bar, newForm, el("div", { class: "editor-main" }, [articlePane, side])]);
  document.body.appendChild(root);
  mounted = root;
  setViewerInert(true);

  // --- article rendering and selection ---
  let renderedArticle: StoryDraft["article"] | null = null;
  let tokensOf: Token[][] = [];
  let cursor = { sentence: 0, token: 0, anchor: 0 };
  const renderArticle = () => {
    if (renderedArticle === hist.present.article) return;
    renderedArticle = hist.present.article;
    const text = renderedArticle.text;
    const sentences = draftSentences(hist.present);
    tokensOf = sentences.map((s) => sentenceTokens(s));
    article.lang = renderedArticle.language;
    article.replaceChildren(
      ...sentences.map((s, i) => {
        const p = el("p", { attrs: { id: `editor-${s.id}`, tabindex: i === 0 ? 0 : -1, "data-sentence": s.id, "aria-label": `Sentence ${s.id}: ${s.text}` } });
        p.append(el("span", { class: "sid", attrs: { "aria-hidden": "true" }, text: s.id }));
        let at = s.start;
        tokensOf[i]!.forEach((t, j) => {
          if (t.start > at) p.append(el("span", { attrs: { "data-s": at, "data-e": t.start }, text: text.slice(at, t.start) }));
          p.append(el("span", { class: "w", attrs: { "data-s": t.start, "data-e": t.end, "data-t": j }, text: text.slice(t.start, t.end) }));
          at = t.end;
        });
        return p;
      }),
    );
    cursor = { sentence: 0, token: 0, anchor: 0 };
    selection = null;
  };
  const mark = () => {
    for (const w of article.querySelectorAll(".is-selected, .is-cursor")) w.classList.remove("is-selected", "is-cursor");
    if (!selection) return;
    for (const w of article.querySelectorAll<HTMLElement>(".w")) {
      const s = Number(w.dataset.s);
      if (s >= selection.start && Number(w.dataset.e) <= selection.end) w.classList.add("is-selected");
    }
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
  const readMouseSelection = () => {
    const sel = document.getSelection();
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
    article.querySelector(`#editor-s${cursor.sentence + 1} [data-t="${cursor.token}"]`)?.classList.add("is-cursor");
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
    cited = a;
    claimQuote.textContent = `Citation: “${a.quote}” — ${a.sentence}, offsets ${a.start}–${a.end}${a.ambiguous ? `, occurrence ${a.occurrence}` : ""}`;
    claimForm.hidden = false;
    refreshEntities();
    refreshKinds();
    selectionLine.textContent = `Cited “${a.quote}” in ${a.sentence}. Now pick the entities and the kind of the claim.`;
    claimSource.focus();
  };
  const startEntity = () => {
    const a = currentAnchor();
    if (!a) return;
    entityLabel.value = a.quote;
    options(entityKind, entityKindsOf(hist.present).map((k) => ({ value: k.id, label: k.label })));
    entityForm.hidden = false;
    entityKind.focus();
  };
  const startAlias = () => {
    const a = currentAnchor();
    if (!a) return;
    if (hist.present.entities.length === 0) return showRefusal("Add an entity first: an alias is another name of one.");
    aliasValue = a.quote;
    aliasText.textContent = a.quote;
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
    check = checkDraft(hist.present);
    render();
    say(`${done} ${check.valid ? "The story is valid." : `The draft has ${check.problems.length} problem(s).`}`);
    const saving = hist;
    void saveHistory(saving)
      .then(() => void hook.saves++)
      .catch((e: Error) => say(`Autosave failed: ${e.message}`));
  }
  const refreshEntities = () => {
    const items = hist.present.entities.map((e) => ({ value: e.id, label: `${e.label} (${e.kind})` }));
    options(claimSource, items);
    options(claimTarget, items);
    options(aliasEntity, items);
    if (claimSource.value === claimTarget.value && items.length > 1) claimTarget.value = items.find((i) => i.value !== claimSource.value)!.value;
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
    claimList.replaceChildren(
      ...d.relations.map((r, i) =>
        el("li", { attrs: { id: `editor-relation-${i}`, tabindex: -1 }, data: { id: r.id } }, [
          `${label(r.source)} — ${r.kind} → ${label(r.target)}: ${r.citations.map((c) => `“${c.quote}” (${c.sentence}; ${c.factuality.certainty}, ${c.factuality.polarity}${c.sources?.length ? `, according to ${c.sources.map((s) => (typeof s === "string" ? s : s.name)).join(", ")}` : ""})`).join(" ")} `,
          button(`editor-remove-relation-${i}`, "Remove", () => apply(() => removeRelation(hist.present, r.id), "Claim removed."), { "aria-label": `Remove claim ${r.id}` }),
        ]),
      ),
    );
    for (const p of article.querySelectorAll("p.is-cited")) p.classList.remove("is-cited");
    for (const r of d.relations) for (const c of r.citations) article.querySelector(`#editor-${c.sentence}`)?.classList.add("is-cited");
    problemList.replaceChildren(
      ...(check.valid ? [el("li", { text: "None: the story is valid." })] : check.problems.map((p) => {
        const t = p.target;
        const target = t.kind === "entity" || t.kind === "relation" ? `editor-${t.kind}-${t.index}` : t.kind === "sentence" ? `editor-${t.sentence}` : t.kind === "article" ? "editor-article" : "editor-validity";
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
