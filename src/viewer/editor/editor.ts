/**
 * Edit mode: the sheet, its bar (open an article, edit the current story, undo/redo, download,
 * validity), the new-article, entity, alias and no-claim forms, and the wiring of the panels, each
 * its own module: the article and its selection (article-view.ts), the claim form (claim-form.ts),
 * the lists of entities, claims and no-claim notes (lists.ts), the problems (problems.ts). The
 * library's validator runs after every edit; undo/redo; autosave to IndexedDB (autosave.ts). All
 * edits are the pure functions of src/graph/edit/; these files only render them and read the
 * user's input. zod-config comes first: the validator brings zod, which must never probe for
 * `eval` (the CSP forbids it).
 */
import "../zod-config.ts";
import "./editor.css";
import { checkDraft, draftJson, type DraftCheck } from "../../graph/edit/check.ts";
import { draftFromArticle, draftFromStory, type StoryDraft } from "../../graph/edit/draft.ts";
import { canRedo, canUndo, record, redo, startHistory, undo, type History } from "../../graph/edit/history.ts";
import { entityKindsOf } from "../../graph/edit/kinds.ts";
import { addAlias, addEntity, addNoClaim, slugId, uniqueId } from "../../graph/edit/operations.ts";
import { StorygraphError } from "../../graph/errors.ts";
import type { Story } from "../../graph/model.ts";
import { el } from "../dom.ts";
import { downloadBlob, fileNameFor } from "../io/download.ts";
import { loadHistory, saveHistory } from "./autosave.ts";
import { createArticleView } from "./article-view.ts";
import { createClaimForm } from "./claim-form.ts";
import { renderLists } from "./lists.ts";
import { renderProblems } from "./problems.ts";
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
  const view = createArticleView({ draft: () => hist.present });
  const { article, selectionLine, currentAnchor } = view;
  const showRefusal = view.refuse;
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
  const entityDescription = el("input", { attrs: { id: "editor-entity-description", type: "text" } });
  const entityForm = el("form", { attrs: { id: "editor-entity-form", hidden: true, "aria-label": "New entity" } }, [
    field("Name", entityLabel),
    field("Kind", entityKind),
    field("Description (optional: one sentence saying who or what it is)", entityDescription),
    el("button", { attrs: { type: "submit", id: "editor-entity-add" }, text: "Add entity" }),
  ]);
  entityForm.addEventListener("submit", (e) => {
    e.preventDefault();
    const label = entityLabel.value.trim();
    if (!label) return say("An entity needs a name.");
    const id = uniqueId(hist.present, slugId(label));
    const description = entityDescription.value.trim();
    if (apply(() => addEntity(hist.present, { id, kind: entityKind.value, label, ...(description && { description }) }), `Entity ${label} added.`)) {
      entityForm.hidden = true;
      entityDescription.value = "";
    }
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
    const guess = view.suggestedKind(a.start, a.end);
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
    view.render();
    undoButton.disabled = !canUndo(hist);
    redoButton.disabled = !canRedo(hist);
    validity.className = `editor-validity ${check.valid ? "is-valid" : "is-draft"}`;
    validity.textContent = check.valid ? "Valid story" : `Draft: ${check.problems.length} problem${check.problems.length === 1 ? "" : "s"}, not a valid story`;
    downloadButton.textContent = check.valid ? "Download story JSON" : "Download draft JSON";
    renderLists({ entities: entityList, claims: claimList, noClaims: noClaimList }, d, (edit, done) => apply(() => edit(hist.present), done));
    renderProblems(problemList, check, root);
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
