/**
 * The article pane: the full article, paragraph by paragraph and sentence by sentence, entity
 * mentions marked, sentences holding no claim shown as such. The quotes of the selection are
 * marked on their exact character range (not the whole sentence), with who says them and how
 * sure (`factualityPhrase`: "according to des sources proches du dossier: possible") in their
 * tooltip and in a badge beside them (one badge per distinct phrase per sentence), and scrolled
 * into view. Draws its view model (models/article.ts). Clicking a sentence (or Enter on it: one tab
 * stop, Up/Down move between sentences) selects it.
 */
import type { Sentence, Story } from "../../graph/model.ts";
import { mentions as findMentions, type Mention } from "../../graph/queries/mentions.ts";
import { sentenceCoverage } from "../../graph/queries/timeline.ts";
import { el, isSafeUrl, replaceChildren } from "../dom.ts";
import { factualityPhrase } from "../../graph/describe.ts";
import type { Focus, QuoteMark } from "../state/focus.ts";
import type { ArticleModel } from "../models/article.ts";
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

/** Mount the article pane in `root` (the `<article>` element) with its header in `header`. */
export function mountArticle(root: HTMLElement, header: HTMLElement, handlers: ArticleHandlers): ArticlePanel {
  let story: Story | null = null;
  let sentenceEls = new Map<string, HTMLElement>();
  let order: string[] = [];
  let mentionsBySentence = new Map<string, Mention[]>();
  let sentencesByEntity = new Map<string, Set<string>>();
  let sentenceById = new Map<string, Sentence>();
  /** What each sentence was last rendered with ("" = plain), and the sentences not plain. */
  let renderedKey = new Map<string, string>();
  let marked = new Set<string>();
  let roving: string | null = null;

  const setRoving = (id: string | null, focus: boolean) => {
    if (roving !== null) sentenceEls.get(roving)?.setAttribute("tabindex", "-1");
    roving = id ?? order[0] ?? null;
    if (roving === null) return;
    const node = sentenceEls.get(roving)!;
    node.setAttribute("tabindex", "0");
    if (focus) node.focus();
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

  /** What was drawn last: the story (or plain graph note) and the selection. */
  let drawn: { doc: Story | string; selection: Selection } | null = null;
  const panel = {
    setPlain(file: string, nodes: number, edges: number) {
      story = null;
      sentenceEls = new Map();
      renderedKey = new Map();
      marked = new Set();
      order = [];
      roving = null;
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
      const coverage = new Map(sentenceCoverage(next).map((c) => [c.sentence.id, c]));
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
      renderedKey = new Map();
      marked = new Set();
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
      sentenceEls = new Map();
      order = next.sentences.map((s) => s.id);
      const paragraphs: HTMLElement[] = [];
      let current: HTMLElement | null = null;
      let lastEnd = 0;
      for (const s of next.sentences) {
        const gap = a.text.slice(lastEnd, s.start);
        if (current === null || gap.includes("\n")) {
          current = el("p");
          paragraphs.push(current);
        } else current.append(" ");
        const c = coverage.get(s.id);
        const status = c && c.citations > 0 ? "has-claim" : c?.noClaim !== undefined ? "no-claim" : "unaccounted";
        const node = el("span", {
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
        sentenceEls.set(s.id, node);
        renderSentence(node, s, mentionsBySentence.get(s.id) ?? [], [], new Set(), false);
        current.append(node);
        lastEnd = s.end;
      }
      replaceChildren(root, paragraphs);
      roving = null;
      setRoving(null, false);
    },
    marks(selection: Selection, focus: Focus, scroll: boolean) {
      if (!story) return;
      const quotesBySentence = new Map<string, QuoteMark[]>();
      for (const q of focus.quotes) quotesBySentence.set(q.citation.sentence, [...(quotesBySentence.get(q.citation.sentence) ?? []), q]);
      const showBadges = selection !== null && selection.type !== "entity";
      // Re-render only the sentences whose marks change (an article can hold thousands).
      const candidates = new Set<string>([...marked, ...quotesBySentence.keys(), ...focus.sentences]);
      for (const id of focus.mentions) for (const sid of sentencesByEntity.get(id) ?? []) candidates.add(sid);
      const nextMarked = new Set<string>();
      for (const sid of candidates) {
        const s = sentenceById.get(sid);
        const node = sentenceEls.get(sid);
        if (!s || !node) continue;
        const quotes = quotesBySentence.get(sid) ?? [];
        const mentionHere = (mentionsBySentence.get(sid) ?? []).flatMap((m) => m.entities.filter((e) => focus.mentions.has(e)));
        const selected = selection?.type === "sentence" && selection.id === sid;
        const isFocus = focus.sentences.has(sid);
        const key = quotes.length || mentionHere.length || selected || isFocus ? [quotes.map((q) => `${q.claim}#${q.citation.start}`).join(","), [...new Set(mentionHere)].join(","), showBadges, selected, isFocus].join("|") : "";
        if (key !== "") nextMarked.add(sid);
        if ((renderedKey.get(sid) ?? "") === key) continue;
        renderedKey.set(sid, key);
        renderSentence(node, s, mentionsBySentence.get(sid) ?? [], quotes, focus.mentions, showBadges);
        node.classList.toggle("is-focus", isFocus);
        node.classList.toggle("is-selected", selected);
        node.setAttribute("aria-pressed", String(selected));
      }
      marked = nextMarked;
      if (selection?.type === "sentence" && sentenceEls.has(selection.id) && roving !== selection.id) setRoving(selection.id, false);
      if (scroll && focus.scrollTo) {
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
