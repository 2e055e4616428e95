/**
 * The details panel: what is selected, in full.
 * - An entity: kind, Wikidata link, description, other names, its relations and the events it
 *   takes part in (with its role).
 * - A relation: kind, description, time qualifiers (with "inferred: reason" when the date is the
 *   author's reading), amount, display words, the events about it, and every citation.
 * - An event: kind, description, participants by role, what it is about, time qualifiers,
 *   amount, display words, the events about it, and every citation.
 * - A sentence: the claims it supports, or why it holds none.
 * Each citation says who says it and how sure (`factualityPhrase`: "according to des sources
 * proches du dossier: possible"), with its display words, the sentence it stands in, the quote
 * as the article writes it and its English gloss. Buttons in the panel select what they name.
 */
import { claimLine, factualityPhrase, kindLabel, roleLabel } from "../../graph/describe.ts";
import type { Citation, Claim, Relation, Story, StoryEvent } from "../../graph/model.ts";
import { claimsInSentence } from "../../graph/queries/evidence.ts";
import { shortestPath } from "../../graph/queries/path.ts";
import { NotFoundError } from "../../graph/errors.ts";
import { vocabularyIndex } from "../../graph/vocabulary/resolve.ts";
import { el, replaceChildren } from "../dom.ts";
import { citationsInArticleOrder, displayAliases, formatAmountLong, quoteCount, timeRows } from "../format.ts";
import { hiddenReason, type HiddenReason } from "../state/filters.ts";
import { storyView } from "../state/story-view.ts";
import { pathEnds, pathSelection, type Filters, type Selection } from "../state/types.ts";
import { entityColor, eventColor, relationColor } from "../styles.ts";
import { swatch } from "./listbox.ts";
import type { GexfValue, UntypedGraph } from "../../graph/gexf/untyped.ts";
import { plainEdgeLine, valueText } from "../plain/plain-graph.ts";

function attributeList(entries: readonly [string, string][]): HTMLElement {
  return entries.length
    ? el("dl", { class: "qualifiers" }, entries.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]))
    : el("p", { class: "muted", text: "No attribute." });
}

function attributeEntries(attributes: Readonly<Record<string, GexfValue>>): [string, string][] {
  return Object.entries(attributes).map(([k, v]) => [k, valueText(v)]);
}

export interface DetailsHandlers {
  onSelect(selection: NonNullable<Selection>): void;
  onClear(): void;
}

const WIKIDATA_ID = /^Q[1-9][0-9]*$/;

const HIDDEN_WHY: Record<NonNullable<HiddenReason>, string> = {
  kind: "its kind is unticked in the filters",
  citations: "none of its citations passes the certainty, polarity, source and display-word filters together",
  time: "its time falls outside the timeline's range",
  undated: "it has no time and the timeline is in use",
};

export interface DetailsPanel {
  update(story: Story, selection: Selection, filters: Filters): void;
  /** The selected node or edge of a plain GEXF graph: its id, label and attributes. */
  updatePlain(graph: UntypedGraph, selection: Selection): void;
}

/** One citation: who says it and how sure, its display words, its sentence, the quote and its gloss. */
export function citationItem(story: Story, c: Citation): HTMLElement {
  return el("li", { class: "citation" }, [
    el("p", { class: "citation-head" }, [
      el("span", { class: "factuality", text: factualityPhrase(c) }),
      " ",
      ...c.modalities.map((m) => el("span", { class: ["modality-badge", `modality-${m}`], text: m })),
      " · ",
      el("button", { class: "link-button", attrs: { type: "button" }, data: { select: `sentence:${c.sentence}` }, text: `sentence ${c.sentence.slice(1)}` }),
    ]),
    el("blockquote", { attrs: { lang: story.article.language }, text: `« ${c.quote} »` }),
    el("p", { class: "gloss", attrs: { lang: "en" }, text: c.gloss }),
  ]);
}

/** Mount the details panel in `root`. */
export function mountDetails(root: HTMLElement, handlers: DetailsHandlers): DetailsPanel {
  const labelsCache = new WeakMap<Story, Map<string, string>>();
  const labelOf = (story: Story) => {
    let m = labelsCache.get(story);
    if (!m) labelsCache.set(story, (m = new Map([...story.entities.map((e) => [e.id, e.label] as const), ...story.events.map((e) => [e.id, e.label] as const)])));
    const labels = m;
    return (id: string) => labels.get(id);
  };
  const claimButton = (story: Story, c: Claim, filters: Filters, note?: string) =>
    el("li", {}, [
      el("button", { class: "link-button", attrs: { type: "button" }, data: { select: `${c.type}:${c.id}` } }, [
        c.type === "event" ? swatch(eventColor(c.kind), "diamond") : swatch(relationColor(c.kind), "line"),
        claimLine(c, labelOf(story), story.vocabulary),
      ]),
      note ? el("span", { class: "muted", text: ` ${note}` }) : null,
      hiddenReason(c, filters) ? el("span", { class: "muted", text: " (hidden by the filters)" }) : null,
    ]);
  const claimList = (story: Story, claims: readonly Claim[], filters: Filters, empty: string, notes?: (c: Claim) => string | undefined) =>
    claims.length ? el("ul", { class: "relation-links" }, claims.map((c) => claimButton(story, c, filters, notes?.(c)))) : el("p", { class: "muted", text: empty });
  const nodeButton = (story: Story, id: string, type: "entity" | "event") => {
    const ev = type === "event" ? storyView(story).claimById.get(id) : undefined;
    const entity = type === "entity" ? story.entities.find((e) => e.id === id) : undefined;
    const color = ev ? eventColor(ev.kind) : entity ? entityColor(entity.kind) : "#666666";
    return el("button", { class: "link-button", attrs: { type: "button" }, data: { select: `${type}:${id}` } }, [swatch(color, type === "event" ? "diamond" : "dot"), labelOf(story)(id) ?? id]);
  };

  /** Kind line, description, hidden notice, qualifiers, events about it, evidence: what relations and events share. */
  const claimBody = (story: Story, c: Claim, filters: Filters, middle: (Node | null)[]): (Node | null)[] => {
    const v = vocabularyIndex(story.vocabulary);
    const kind = c.type === "relation" ? v.relationKinds.get(c.kind) : v.eventKinds.get(c.kind);
    const hidden = hiddenReason(c, filters);
    const qualifiers: [string, string][] = [
      ["kind", `${kindLabel(story.vocabulary, c.kind)} (${c.type === "event" ? "event" : "relation"}${c.type === "relation" && c.symmetric ? ", mutual" : ""}${kind?.origin === "story" ? ", this story's own kind" : ""})`],
    ];
    const times = timeRows(c);
    if (times.length) qualifiers.push(...times);
    else qualifiers.push(["time", "undated: the article gives no date"]);
    if (c.amount) qualifiers.push(["amount", formatAmountLong(c.amount)]);
    qualifiers.push(["display words", c.modalities.join(", ")]);
    const about = storyView(story).eventsAbout.get(c.id) ?? [];
    return [
      el("p", { class: "kind-line" }, [
        c.type === "event" ? swatch(eventColor(c.kind), "diamond") : swatch(relationColor(c.kind), "line"),
        kind?.description ?? kindLabel(story.vocabulary, c.kind),
      ]),
      c.description ? el("p", { text: c.description }) : null,
      hidden ? el("p", { class: "notice", text: `Hidden in the graph: ${HIDDEN_WHY[hidden]}.` }) : null,
      ...middle,
      el("dl", { class: "qualifiers" }, qualifiers.flatMap(([k, val]) => [el("dt", { text: k }), el("dd", { text: val })])),
      about.length ? el("h3", { text: `Events about it (${about.length})` }) : null,
      about.length ? claimList(story, about, filters, "") : null,
      el("h3", { text: `Evidence (${quoteCount(c.citations.length)})` }),
      el("ol", { class: "citations" }, citationsInArticleOrder(c.citations).map((x) => citationItem(story, x))),
    ];
  };

  const eventMiddle = (story: Story, e: StoryEvent, filters: Filters): (Node | null)[] => {
    const roles = new Map<string, StoryEvent["participants"][number][]>();
    for (const p of e.participants) roles.set(p.role, [...(roles.get(p.role) ?? []), p]);
    const claims = storyView(story).claimById;
    const about = e.about.map((id) => claims.get(id)).filter((c): c is Claim => c !== undefined);
    return [
      el("h3", { text: "Participants" }),
      e.participants.length
        ? el(
            "dl",
            { class: "qualifiers participants" },
            [...roles].flatMap(([role, ps]) => [
              el("dt", { text: roleLabel(story.vocabulary, e.kind, role) }),
              el("dd", {}, ps.flatMap((p, i) => [i > 0 ? ", " : null, nodeButton(story, p.id, p.type)])),
            ]),
          )
        : el("p", { class: "muted", text: "No participant." }),
      about.length ? el("h3", { text: "About" }) : null,
      about.length ? claimList(story, about, filters, "") : null,
    ];
  };

  // "Path to…" in an entity's details: choosing the other end selects the path
  root.addEventListener("change", (e) => {
    const select = (e.target as Element).closest<HTMLSelectElement>("select[data-path-from]");
    if (select && select.value) handlers.onSelect(pathSelection(select.dataset.pathFrom!, select.value));
  });

  /** The "Path to…" control of entity `from`: every other entity and event, by label. */
  const pathControl = (story: Story, from: string) => {
    const label = labelOf(story);
    const others = [...story.entities.map((x) => x.id), ...story.events.map((x) => x.id)]
      .filter((id) => id !== from)
      .map((id) => ({ id, text: label(id) ?? id }))
      .sort((a, b) => a.text.localeCompare(b.text, story.article.language));
    const select = el("select", { attrs: { id: "path-to", "aria-describedby": "path-to-hint" }, data: { pathFrom: from } }, [
      el("option", { attrs: { value: "" }, text: "Choose an entity or event…" }),
      ...others.map((o) => el("option", { attrs: { value: o.id }, text: o.text })),
    ]);
    return el("div", { class: "path-control" }, [
      el("label", { attrs: { for: "path-to" }, text: "Path to " }),
      select,
      el("p", { class: "hint", attrs: { id: "path-to-hint" }, text: "The fewest claims that join the two, whatever their direction, with their quotes." }),
    ]);
  };

  /** The details of the shortest path `id` (`from~to`): each step, the claims joining it. */
  const pathBody = (story: Story, id: string, filters: Filters): { title: string; body: (Node | null)[] } | null => {
    const ends = pathEnds(id);
    if (!ends) return null;
    const label = labelOf(story);
    const title = `Path: ${label(ends.from) ?? ends.from} → ${label(ends.to) ?? ends.to}`;
    let steps: ReturnType<typeof shortestPath>;
    try {
      steps = shortestPath(story, ends.from, ends.to);
    } catch (e) {
      if (e instanceof NotFoundError) return null; // an end the story does not have (a stale link)
      throw e;
    }
    if (!steps || steps.length === 0) {
      return { title, body: [el("p", { class: "notice", text: `No chain of claims joins ${label(ends.from) ?? ends.from} and ${label(ends.to) ?? ends.to} in this story.` })] };
    }
    return {
      title,
      body: [
        el("p", { class: "kind-line", text: `${steps.length} step${steps.length === 1 ? "" : "s"} (the library's shortestPath)` }),
        el(
          "ol",
          { class: "path-steps" },
          steps.map((step) =>
            el("li", {}, [
              el("p", {}, [nodeButton(story, step.from.id, step.from.type), " — ", nodeButton(story, step.to.id, step.to.type)]),
              claimList(story, [...step.relations, ...new Set(step.participations.map((p) => p.event))], filters, "", (c) => {
                const roles = step.participations.filter((p) => p.event === c).map((p) => roleLabel(story.vocabulary, c.kind, p.role));
                return roles.length ? `(as ${[...new Set(roles)].join(", ")})` : undefined;
              }),
            ]),
          ),
        ),
      ],
    };
  };

  root.addEventListener("click", (e) => {
    const b = (e.target as Element).closest<HTMLElement>("[data-select]");
    if (b && root.contains(b)) {
      const [type, ...rest] = b.dataset.select!.split(":");
      handlers.onSelect({ type, id: rest.join(":") } as NonNullable<Selection>);
    } else if ((e.target as Element).closest("[data-clear]")) handlers.onClear();
  });

  return {
    updatePlain(graph, selection) {
      const hadFocus = root.contains(document.activeElement);
      const closeButton = el("button", { class: "close-button", attrs: { type: "button", "aria-label": "Clear the selection (Escape)" }, data: { clear: "1" }, text: "×" });
      const byId = new Map(graph.nodes.map((n) => [n.id, n]));
      if (selection?.type === "entity" && byId.has(selection.id)) {
        const n = byId.get(selection.id)!;
        const edges = graph.edges.filter((e) => e.source === n.id || e.target === n.id);
        root.classList.remove("is-empty");
        render(root, n.label, [
          el("p", { class: "kind-line", text: `node ${n.id}` }),
          el("h3", { text: "Attributes" }),
          attributeList(attributeEntries(n.attributes)),
          el("h3", { text: `Edges (${edges.length})` }),
          el("ul", { class: "relation-links" }, edges.map((e) => el("li", {}, [el("button", { class: "link-button", attrs: { type: "button" }, data: { select: `relation:${e.id}` }, text: plainEdgeLine(e, byId) })]))),
        ], closeButton, hadFocus);
        return;
      }
      const e = selection?.type === "relation" ? graph.edges.find((x) => x.id === selection.id) : undefined;
      if (e) {
        root.classList.remove("is-empty");
        const facts: [string, string][] = [["id", e.id], ["type", e.type]];
        if (e.kind !== undefined) facts.push(["kind", e.kind]);
        if (e.weight !== undefined) facts.push(["weight", String(e.weight)]);
        render(root, plainEdgeLine(e, byId), [attributeList([...facts, ...attributeEntries(e.attributes)]), el("p", { class: "notice", text: "A plain GEXF graph cites no article: there is no quote behind this edge." })], closeButton, hadFocus);
        return;
      }
      root.classList.add("is-empty");
      replaceChildren(root, [
        el("h2", { attrs: { id: "details-heading", tabindex: "-1" }, text: "Details" }),
        el("p", { class: "hint", text: "Click a node or an edge to see its attributes." }),
      ]);
    },
    update(story, selection, filters) {
      const hadFocus = root.contains(document.activeElement);
      const closeButton = el("button", { class: "close-button", attrs: { type: "button", "aria-label": "Clear the selection (Escape)" }, data: { clear: "1" }, text: "×" });
      if (selection === null) {
        root.classList.add("is-empty");
        replaceChildren(root, [
          el("h2", { attrs: { id: "details-heading", tabindex: "-1" }, text: "Details" }),
          el("p", { class: "hint", text: "Click a claim (an edge, an event ◆ or a line of the claims list), an entity or a sentence to see its evidence. Every claim cites the exact words of the article." }),
        ]);
        return;
      }
      root.classList.remove("is-empty");
      const view = storyView(story);
      if (selection.type === "entity") {
        const e = story.entities.find((x) => x.id === selection.id);
        if (!e) return;
        const relations: readonly Relation[] = view.relationsOfEntity.get(e.id) ?? [];
        const links = view.participationsOfNode.get(e.id) ?? [];
        const wikidata = e.wikidata && WIKIDATA_ID.test(e.wikidata) ? e.wikidata : null;
        render(root, e.label, [
          el("p", { class: "kind-line" }, [
            swatch(entityColor(e.kind)),
            kindLabel(story.vocabulary, e.kind),
            wikidata ? " · " : "",
            wikidata ? el("a", { attrs: { href: `https://www.wikidata.org/wiki/${wikidata}`, rel: "noopener noreferrer", target: "_blank" }, text: `Wikidata ${wikidata}` }) : null,
          ]),
          e.description ? el("p", { text: e.description }) : null,
          el("h3", { text: "Also named in the article" }),
          e.aliases.length ? el("ul", { class: "aliases", attrs: { lang: story.article.language } }, displayAliases(e.aliases).map((a) => el("li", { text: a }))) : el("p", { class: "muted", text: "No other name." }),
          el("h3", { text: `Relations (${relations.length})` }),
          claimList(story, relations, filters, "No relation."),
          el("h3", { text: `Events (${new Set(links.map((p) => p.event)).size})` }),
          claimList(story, [...new Set(links.map((p) => p.event))], filters, "Takes part in no event.", (c) => {
            const roles = links.filter((p) => p.event === c).map((p) => roleLabel(story.vocabulary, c.kind, p.role));
            return `(as ${[...new Set(roles)].join(", ")})`;
          }),
          el("h3", { text: "How is it linked to…" }),
          pathControl(story, e.id),
        ], closeButton, hadFocus);
        return;
      }
      if (selection.type === "relation" || selection.type === "event") {
        const c = view.claimById.get(selection.id);
        if (!c || c.type !== selection.type) return;
        const middle = c.type === "event" ? eventMiddle(story, c, filters) : [];
        render(root, c.type === "event" ? c.label : claimLine(c, labelOf(story), story.vocabulary), claimBody(story, c, filters, middle), closeButton, hadFocus);
        return;
      }
      if (selection.type === "path") {
        const p = pathBody(story, selection.id, filters);
        if (p) render(root, p.title, p.body, closeButton, hadFocus);
        return;
      }
      const s = story.sentences.find((x) => x.id === selection.id);
      if (!s) return;
      const claims = claimsInSentence(story, s.id);
      const noClaim = story.noClaims.find((n) => n.sentence === s.id)?.reason;
      render(root, `Sentence ${s.index + 1}`, [
        el("blockquote", { attrs: { lang: story.article.language }, text: s.text }),
        claims.length
          ? el("h3", { text: `Supports ${claims.length} claim${claims.length === 1 ? "" : "s"}` })
          : el("p", { class: "notice", text: noClaim !== undefined ? `This sentence holds no claim: ${noClaim}` : "No claim is recorded for this sentence." }),
        claims.length ? claimList(story, claims, filters, "") : null,
      ], closeButton, hadFocus);
    },
  };
}

function render(root: HTMLElement, title: string, body: readonly (Node | null)[], close: HTMLElement, hadFocus: boolean): void {
  const heading = el("h2", { attrs: { id: "details-heading", tabindex: "-1" }, text: title });
  replaceChildren(root, [el("div", { class: "details-head" }, [heading, close]), ...body]);
  if (hadFocus) heading.focus();
}
