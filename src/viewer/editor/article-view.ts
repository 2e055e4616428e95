/**
 * The article panel of edit mode: the article sentence by sentence as selectable words (one span
 * per token, suggested mentions marked), the mouse and keyboard selection, and the anchoring of the
 * selected words (`anchorSelection`). Renders the article only when the draft's article changes,
 * and on an edit restyles only the selection's sentences and the sentences whose cited / no-claim
 * mark changed (a 1 MB article has some 200 000 words).
 */
import { draftSentences, type StoryDraft } from "../../graph/edit/draft.ts";
import { EditError } from "../../graph/edit/errors.ts";
import { anchorSelection, sentenceTokens, type SelectionAnchor, type Token } from "../../graph/edit/selection.ts";
import { el } from "../dom.ts";

/** What the article panel needs from the editor. */
export interface ArticleViewContext {
  /** The draft being edited. */
  draft(): StoryDraft;
}

/** The article panel. */
export interface ArticleView {
  /** The article (sentences as paragraphs of word spans). */
  readonly article: HTMLDivElement;
  /** The line saying what is selected, or why a selection was refused. */
  readonly selectionLine: HTMLParagraphElement;
  /** Bring the panel up to the draft: the article when it changed, the selection, the sentence marks. */
  render(): void;
  /** The selected words anchored, or null (the reason then shown). */
  currentAnchor(): SelectionAnchor | null;
  /** Show a refusal in the selection line (announced as an alert). */
  refuse(text: string): void;
  /** The kind guessed for a suggested mention standing exactly at these offsets, if any. */
  suggestedKind(start: number, end: number): string | undefined;
}

/**
 * Make the article panel.
 *
 * @param ctx - the editor's draft.
 */
export function createArticleView(ctx: ArticleViewContext): ArticleView {
  const article = el("div", { class: "editor-article", attrs: { id: "editor-article", "aria-describedby": "editor-article-hint" } });
  const selectionLine = el("p", { class: "editor-selection", attrs: { id: "editor-selection", "aria-live": "polite" } });
  let selection: { start: number; end: number } | null = null;
  let renderedArticle: StoryDraft["article"] | null = null;
  let tokensOf: Token[][] = [];
  let cursor = { sentence: 0, token: 0, anchor: 0 };
  let suggested: { start: number; end: number; name: string; kind: string | undefined }[] = [];
  const renderArticle = () => {
    if (renderedArticle === ctx.draft().article) return;
    renderedArticle = ctx.draft().article;
    const text = renderedArticle.text;
    const sentences = draftSentences(ctx.draft());
    tokensOf = sentences.map((s) => sentenceTokens(s));
    // suggested mentions (storygraph init's, never claims): the word spans each covers
    suggested = [];
    for (const m of ctx.draft().suggestions?.mentions ?? []) for (const o of m.occurrences) suggested.push({ start: o.start, end: o.end, name: m.name, kind: m.kind });
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
    const sentences = draftSentences(ctx.draft());
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
      return anchorSelection(ctx.draft().article.text, draftSentences(ctx.draft()), selection.start, selection.end);
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
    const text = ctx.draft().article.text.slice(selection.start, selection.end);
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
      const s = draftSentences(ctx.draft())[index]!;
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


  return {
    article,
    selectionLine,
    render() {
      renderArticle();
      mark();
      flagSentences(ctx.draft());
    },
    currentAnchor,
    refuse: showRefusal,
    suggestedKind: (start, end) => suggested.find((m) => m.start === start && m.end === end)?.kind,
  };
}
