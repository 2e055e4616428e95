/**
 * The article pane: the full article, paragraph by paragraph and sentence by sentence, entity
 * mentions marked, sentences holding no claim shown as such. The quotes of the selection are
 * marked on their exact character range (not the whole sentence), with who says them and how
 * sure (`factualityPhrase`: "according to des sources proches du dossier: possible") in their
 * tooltip and in a badge beside them (one badge per distinct phrase per sentence), and scrolled
 * into view. Draws its view model (models/article.ts). Clicking a sentence (or Enter on it: one tab
 * stop, Up/Down move between sentences) selects it.
 *
 * A long article is drawn in blocks (models/article-blocks.ts): the first ones (any real article
 * whole) when the story opens, each other block an empty placeholder of an estimated height until
 * it comes within 1.5 views of the pane's view (an IntersectionObserver), or until a selection,
 * a scroll to a quote or the keyboard reaches one of its sentences. A block drawn stays drawn.
 * Placeholders are sized by the drawn blocks' height per character, measured again when the pane's
 * width changes.
 */
import type { Sentence, Story } from "../../graph/model.ts";
import { mentions as findMentions, type Mention } from "../../graph/queries/mentions.ts";
import { sentenceCoverage, type SentenceCoverage } from "../../graph/queries/timeline.ts";
import { el, isSafeUrl, replaceChildren, scrollRoot } from "../dom.ts";
import { factualityPhrase } from "../../graph/describe.ts";
import type { Focus, QuoteMark } from "../state/focus.ts";
import type { ArticleModel } from "../models/article.ts";
import { articleBlocks, placeholderHeight, resolveArticleWindow, type ArticleBlocks, type ArticleWindowOptions } from "../models/article-blocks.ts";
import type { Selection } from "../state/types.ts";

/** One piece of a sentence: a range, the mention it is part of, the quotes covering it. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly mention: Mention | null;
  /** Indexes (into the quotes given) of the quotes covering the range. */
  readonly quotes: readonly number[];
}

/**
 * Cut a sentence at every mention and quote boundary. Offsets are sentence-relative; `mentions`
 * and `quotes` use article offsets and the sentence's own start.
 */
export function segmentSentence(sentence: Sentence, mentions: readonly Mention[], quotes: readonly QuoteMark[]): Segment[] {
  const len = sentence.text.length;
  const cuts = new Set([0, len]);
  const local = mentions.map((m) => ({ m, start: m.start - sentence.start, end: m.end - sentence.start }));
  for (const m of local) cuts.add(m.start).add(m.end);
  for (const q of quotes) cuts.add(q.citation.sentenceStart).add(q.citation.sentenceEnd);
  const points = [...cuts].filter((c) => c >= 0 && c <= len).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const mention = local.find((m) => m.start <= start && end <= m.end)?.m ?? null;
    const covering: number[] = [];
    quotes.forEach((q, k) => {
      if (q.citation.sentenceStart <= start && end <= q.citation.sentenceEnd) covering.push(k);
    });
    out.push({ start, end, mention, quotes: covering });
  }
  return out;
}

/**
 * Which quotes of one sentence carry a badge: one per distinct `factualityPhrase`, on the quote
 * of that phrase that ends last (two claims citing the same words by the same source get one
 * badge, not two alike). Indexes into `quotes`.
 */
export function badgeQuotes(quotes: readonly QuoteMark[]): Set<number> {
  const byPhrase = new Map<string, number>();
  quotes.forEach((q, k) => {
    const phrase = factualityPhrase(q.citation);
    const at = byPhrase.get(phrase);
    if (at === undefined || quotes[at]!.citation.sentenceEnd <= q.citation.sentenceEnd) byPhrase.set(phrase, k);
  });
  return new Set(byPhrase.values());
}

export interface ArticlePanel {
  /**
   * Draw `model`: the article of a new story (or the note of a plain graph), then the marks of the
   * selection; a new selection's first quote is brought into view when the model says to follow it.
   */
  update(model: ArticleModel): void;
}

export interface ArticleHandlers {
  onSelectSentence(id: string): void;
  onClear(): void;
}

/** Sentences' characters per line and line height (px) guessed before any block is measured. */
const GUESS_CHAR_WIDTH = 7.5;
const GUESS_LINE_HEIGHT = 27;
/** How far (a share of the pane's height) beyond its view a placeholder block is drawn. */
const NEAR_VIEW = "150% 0px";

/**
 * Mount the article pane in `root` (the `<article>` element) with its header in `header`.
 *
 * @param options - how a long article is drawn in blocks (models/article-blocks.ts; the defaults draw any real article whole).
 * @throws {InvalidArgumentError} for invalid options (see resolveArticleWindow).
 */
export function mountArticle(root: HTMLElement, header: HTMLElement, handlers: ArticleHandlers, options: Partial<ArticleWindowOptions> = {}): ArticlePanel {
  const windowing = resolveArticleWindow(options);
  let story: Story | null = null;
  let sentenceEls = new Map<string, HTMLElement>();
  let order: string[] = [];
  let mentionsBySentence = new Map<string, Mention[]>();
  let sentencesByEntity = new Map<string, Set<string>>();
  let sentenceById = new Map<string, Sentence>();
  let coverage = new Map<string, SentenceCoverage>();
  /** The article's blocks, the element of each, and those still empty placeholders (by index). */
  let cut: ArticleBlocks | null = null;
  let blockEls: HTMLElement[] = [];
  let pending = new Set<number>();
  let observer: IntersectionObserver | null = null;
  /** Height per character of the blocks drawn (null: not measured yet). */
  let pxPerChar: number | null = null;
  /** What each sentence was last rendered with ("" = plain), and the sentences not plain. */
  let renderedKey = new Map<string, string>();
  let marked = new Set<string>();
  let roving: string | null = null;
  /** The marks of the last selection: what a sentence drawn later is drawn with. */
  let current: { quotesBySentence: Map<string, QuoteMark[]>; focus: Focus; selection: Selection; showBadges: boolean } | null = null;

  /** Draw the placeholder block `index` now (its sentences, with the current marks). */
  const drawBlock = (index: number) => {
    if (!cut || !pending.delete(index)) return;
    const block = cut.blocks[index]!;
    const node = blockEls[index]!;
    observer?.unobserve(node);
    const out: Node[] = [];
    for (const s of block.sentences) {
      if (out.length) out.push(document.createTextNode(" "));
      const el = sentenceElement(s, coverage.get(s.id));
      sentenceEls.set(s.id, el);
      renderedKey.delete(s.id);
      paintSentence(s.id, el);
      out.push(el);
    }
    node.replaceChildren(...out);
    node.classList.remove("pending");
    node.style.height = "";
  };
  /** Make sure the sentence `id` is drawn (its block, if still a placeholder). */
  const ensure = (id: string) => {
    const b = cut?.blockOf.get(id);
    if (b !== undefined) drawBlock(b);
  };
  /** Measure the drawn blocks' height per character and size the placeholders by it (once per story and pane width). */
  const measure = () => {
    if (!cut || pxPerChar !== null) return;
    let chars = 0;
    let height = 0;
    for (const b of cut.blocks) {
      if (pending.has(b.index)) continue;
      const r = blockEls[b.index]!.getBoundingClientRect();
      if (r.height === 0) return; // the pane is hidden (a phone's sheet on another tab): later
      chars += b.chars;
      height += r.height;
    }
    if (chars === 0) return;
    pxPerChar = height / chars;
    for (const i of pending) blockEls[i]!.style.height = `${placeholderHeight(cut.blocks[i]!.chars, pxPerChar)}px`;
  };
  // A narrower or wider pane wraps the drawn text into more or fewer lines: measure again and
  // resize the placeholders, so the scrollbar keeps telling how much of the article is left.
  let paneWidth = 0;
  const resized = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(() => {
    const width = root.clientWidth;
    if (width === paneWidth) return;
    paneWidth = width;
    if (!cut || pending.size === 0) return;
    pxPerChar = null;
    measure();
  });
  resized?.observe(root);

  const setRoving = (id: string | null, focus: boolean) => {
    if (roving !== null) sentenceEls.get(roving)?.setAttribute("tabindex", "-1");
    roving = id ?? order[0] ?? null;
    if (roving === null) return;
    ensure(roving);
    const node = sentenceEls.get(roving)!;
    node.setAttribute("tabindex", "0");
    if (focus) node.focus();
  };

  /**
   * Draw sentence `sid` (its element `node`) with the current marks, when they differ from what it
   * was last drawn with; keeps `marked` (the sentences drawn with marks) up to date.
   */
  const paintSentence = (sid: string, node: HTMLElement) => {
    const s = sentenceById.get(sid)!;
    const m = current;
    const quotes = m?.quotesBySentence.get(sid) ?? [];
    const focusMentions: ReadonlySet<string> = m?.focus.mentions ?? new Set();
    const mentionHere = (mentionsBySentence.get(sid) ?? []).flatMap((x) => x.entities.filter((e) => focusMentions.has(e)));
    const selected = m?.selection?.type === "sentence" && m.selection.id === sid;
    const isFocus = m?.focus.sentences.has(sid) ?? false;
    const showBadges = m?.showBadges ?? false;
    const key = quotes.length || mentionHere.length || selected || isFocus ? [quotes.map((q) => `${q.claim}#${q.citation.start}`).join(","), [...new Set(mentionHere)].join(","), showBadges, selected, isFocus].join("|") : "";
    if (key !== "") marked.add(sid);
    else marked.delete(sid);
    if (renderedKey.has(sid) && renderedKey.get(sid) === key) return;
    renderedKey.set(sid, key);
    renderSentence(node, s, mentionsBySentence.get(sid) ?? [], quotes, focusMentions, showBadges);
    node.classList.toggle("is-focus", isFocus);
    node.classList.toggle("is-selected", selected);
    node.setAttribute("aria-pressed", String(selected));
  };

  root.addEventListener("click", (e) => {
    const s = (e.target as Element).closest<HTMLElement>(".sentence");
    if (!s || !root.contains(s)) return;
    setRoving(s.dataset.sentence!, false);
    handlers.onSelectSentence(s.dataset.sentence!);
  });
  root.addEventListener("keydown", (e) => {
    const s = (e.target as Element).closest<HTMLElement>(".sentence");
    if (!s) return;
    const at = order.indexOf(s.dataset.sentence!);
    if (e.key === "ArrowDown" || e.key === "ArrowRight") setRoving(order[Math.min(order.length - 1, at + 1)] ?? null, true);
    else if (e.key === "ArrowUp" || e.key === "ArrowLeft") setRoving(order[Math.max(0, at - 1)] ?? null, true);
    else if (e.key === "Home") setRoving(order[0] ?? null, true);
    else if (e.key === "End") setRoving(order[order.length - 1] ?? null, true);
    else if (e.key === "Enter" || e.key === " ") handlers.onSelectSentence(s.dataset.sentence!);
    else if (e.key === "Escape") handlers.onClear();
    else return;
    e.preventDefault();
  });

  /** Forget the story drawn (its blocks, their observer, the marks). */
  const reset = () => {
    observer?.disconnect();
    observer = null;
    cut = null;
    blockEls = [];
    pending = new Set();
    pxPerChar = null;
    sentenceEls = new Map();
    renderedKey = new Map();
    marked = new Set();
    current = null;
    order = [];
    roving = null;
  };

  /** What was drawn last: the story (or plain graph note) and the selection. */
  let drawn: { doc: Story | string; selection: Selection } | null = null;
  const panel = {
    setPlain(file: string, nodes: number, edges: number) {
      story = null;
      reset();
      replaceChildren(header, [
        el("h2", { attrs: { id: "article-title" }, text: "No article" }),
        el("p", { class: "article-meta", text: `${file}: a plain GEXF graph, ${nodes} nodes and ${edges} edges.` }),
      ]);
      root.removeAttribute("lang");
      replaceChildren(root, [
        el("p", {
          class: "notice",
          text: "This file is a graph without a story: it holds no article and no citations, so no edge can be traced to the words that state it. The graph, its lists and its attributes are shown as they are. Open a storygraph story (JSON, or GEXF exported by storygraph) to read a graph beside its article.",
        }),
      ]);
    },
    setStory(next: Story) {
      story = next;
      reset();
      coverage = new Map(sentenceCoverage(next).map((c) => [c.sentence.id, c]));
      mentionsBySentence = new Map();
      sentencesByEntity = new Map();
      for (const m of findMentions(next)) {
        const list = mentionsBySentence.get(m.sentence);
        if (list) list.push(m);
        else mentionsBySentence.set(m.sentence, [m]);
        for (const e of m.entities) {
          const set = sentencesByEntity.get(e) ?? new Set<string>();
          set.add(m.sentence);
          sentencesByEntity.set(e, set);
        }
      }
      sentenceById = new Map(next.sentences.map((s) => [s.id, s]));
      const a = next.article;
      let claims = 0;
      for (const c of next.relations) claims += c.citations.length;
      for (const c of next.events) claims += c.citations.length;
      replaceChildren(header, [
        el("h2", { attrs: { lang: a.language, id: "article-title" }, text: a.title ?? "Article" }),
        el("p", { class: "article-meta" }, [
          [a.author, a.published].filter(Boolean).join(" · "),
          a.author || a.published ? " · " : "",
          `${next.sentences.length} sentences, ${claims} quotes`,
          a.url ? " · " : "",
          a.url ? (isSafeUrl(a.url) && /^https?:/i.test(a.url) ? el("a", { attrs: { href: a.url, rel: "noopener noreferrer", target: "_blank" }, text: "source" }) : el("span", { text: `source: ${a.url}` })) : null,
        ]),
      ]);
      root.setAttribute("lang", a.language);
      order = next.sentences.map((s) => s.id);
      cut = articleBlocks(a.text, next.sentences, windowing);
      // a placeholder's height before any block is measured: lines of the pane's width
      const guess = GUESS_LINE_HEIGHT / Math.max(20, (root.clientWidth || 400) / GUESS_CHAR_WIDTH);
      const paragraphs = cut.paragraphs.map((blocks) => {
        const p = el("p");
        blocks.forEach((b, k) => {
          const node = el("span", { class: "article-block", data: { block: String(b.index) } });
          blockEls[b.index] = node;
          if (k > 0) p.append(" ");
          p.append(node);
          pending.add(b.index);
          if (b.eager) return;
          node.classList.add("pending");
          node.style.height = `${placeholderHeight(b.chars, guess)}px`;
        });
        return p;
      });
      for (const b of cut.blocks) if (b.eager) drawBlock(b.index);
      replaceChildren(root, paragraphs);
      if (pending.size) {
        const io = new IntersectionObserver(
          (entries) => {
            for (const e of entries) if (e.isIntersecting) drawBlock(Number((e.target as HTMLElement).dataset.block));
            measure();
          },
          { root: scrollRoot(root), rootMargin: NEAR_VIEW },
        );
        observer = io;
        for (const i of pending) io.observe(blockEls[i]!);
      }
      setRoving(null, false);
    },
    marks(selection: Selection, focus: Focus, scroll: boolean) {
      if (!story) return;
      const quotesBySentence = new Map<string, QuoteMark[]>();
      for (const q of focus.quotes) quotesBySentence.set(q.citation.sentence, [...(quotesBySentence.get(q.citation.sentence) ?? []), q]);
      current = { quotesBySentence, focus, selection, showBadges: selection !== null && selection.type !== "entity" };
      // Re-render only the sentences whose marks change (an article can hold thousands); a
      // sentence not drawn yet takes the current marks when its block is drawn.
      const candidates = new Set<string>([...marked, ...quotesBySentence.keys(), ...focus.sentences]);
      for (const id of focus.mentions) for (const sid of sentencesByEntity.get(id) ?? []) candidates.add(sid);
      for (const sid of candidates) {
        const node = sentenceEls.get(sid);
        if (node) paintSentence(sid, node);
      }
      if (selection?.type === "sentence" && sentenceById.has(selection.id) && roving !== selection.id) setRoving(selection.id, false);
      if (scroll && focus.scrollTo) {
        ensure(focus.scrollTo);
        const target = root.querySelector<HTMLElement>("mark.quote") ?? root.querySelector<HTMLElement>(".mention.is-focus") ?? sentenceEls.get(focus.scrollTo) ?? null;
        target?.scrollIntoView({ block: "center", behavior: "smooth" });
      }
    },
  };
  return {
    update(m) {
      const key = m.kind === "story" ? m.story : `${m.file}\u0000${m.nodes}\u0000${m.edges}`;
      const fresh = drawn === null || drawn.doc !== key;
      if (fresh) {
        if (m.kind === "story") panel.setStory(m.story);
        else panel.setPlain(m.file, m.nodes, m.edges);
      }
      if (m.kind === "story") {
        const moved = fresh || drawn!.selection !== m.selection;
        panel.marks(m.selection, m.focus, m.follow && moved);
      }
      drawn = { doc: key, selection: m.kind === "story" ? m.selection : null };
    },
  };
}

/** A sentence's element, empty (renderSentence fills it): its status (claims, none, not accounted for) in its class and title. */
function sentenceElement(s: Sentence, c: SentenceCoverage | undefined): HTMLElement {
  const status = c && c.citations > 0 ? "has-claim" : c?.noClaim !== undefined ? "no-claim" : "unaccounted";
  return el("span", {
    class: ["sentence", status],
    attrs: {
      id: `sentence-${s.id}`,
      tabindex: "-1",
      role: "button",
      "aria-pressed": "false",
      title: status === "no-claim" ? `No claim: ${c!.noClaim}` : status === "unaccounted" ? "No claim recorded for this sentence" : `${c!.citations} quoted claim${c!.citations === 1 ? "" : "s"}`,
    },
    data: { sentence: s.id },
  });
}

function renderSentence(node: HTMLElement, sentence: Sentence, mentions: readonly Mention[], quotes: readonly QuoteMark[], focusMentions: ReadonlySet<string>, badges: boolean): void {
  const segments = segmentSentence(sentence, mentions, quotes);
  const phrases = quotes.map((q) => factualityPhrase(q.citation));
  const badgeOwners = badges ? badgeQuotes(quotes) : new Set<number>();
  const out: Node[] = [];
  let run: { key: string; mark: HTMLElement } | null = null;
  for (const seg of segments) {
    const text = sentence.text.slice(seg.start, seg.end);
    const piece: Node = seg.mention
      ? el("span", {
          class: ["mention", seg.mention.entities.some((id) => focusMentions.has(id)) && "is-focus"],
          data: { entities: seg.mention.entities.join(" ") },
          text,
        })
      : document.createTextNode(text);
    const key = seg.quotes.join(",");
    if (seg.quotes.length === 0) {
      run = null;
      out.push(piece);
    } else {
      if (!run || run.key !== key) {
        const first = quotes[seg.quotes[0]!]!;
        const mark = el("mark", {
          class: ["quote", `modality-${first.citation.modalities[0] ?? "asserted"}`, seg.quotes.length > 1 && "quote-overlap"],
          attrs: { title: [...new Set(seg.quotes.map((k) => phrases[k]!))].join("; ") },
          data: {
            citations: seg.quotes.map((k) => `${quotes[k]!.claim}#${quotes[k]!.citation.start}`).join(" "),
            claims: [...new Set(seg.quotes.map((k) => quotes[k]!.claim))].join(" "),
          },
        });
        run = { key, mark };
        out.push(mark);
      }
      run.mark.append(piece);
    }
    for (const k of seg.quotes) {
      const q = quotes[k]!;
      if (!badgeOwners.has(k) || q.citation.sentenceEnd !== seg.end) continue;
      run = null;
      out.push(el("span", { class: ["modality-badge", `modality-${q.citation.modalities[0] ?? "asserted"}`], text: phrases[k]! }));
    }
  }
  node.replaceChildren(...out);
}
