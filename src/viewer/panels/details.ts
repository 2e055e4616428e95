/**
 * The details panel: what is selected, in full, drawn from its view model (models/details.ts,
 * which resolves the selection through the library's queries).
 * - An entity: kind, Wikidata link, description, other names, its relations and the events it
 *   takes part in (with its role), and "Path to…".
 * - A relation: kind, description, time qualifiers (with "inferred: reason" when the date is the
 *   author's reading), amount, display words, the events about it, and every citation.
 * - An event: kind, description, participants by role, what it is about, time qualifiers,
 *   amount, display words, the events about it, and every citation.
 * - A sentence: the claims it supports, or why it holds none.
 * - A path: each step and the claims joining it.
 * - A plain graph's node or edge: its attributes.
 * Each citation says who says it and how sure (`factualityPhrase`: "according to des sources
 * proches du dossier: possible"), with its display words, the sentence it stands in, the quote
 * as the article writes it and its English gloss. Buttons in the panel select what they name.
 */
import { claimLine, factualityPhrase, kindLabel } from "../../graph/describe.ts";
import type { Citation, Claim, Story } from "../../graph/model.ts";
import { vocabularyIndex } from "../../graph/vocabulary/resolve.ts";
import { el, replaceChildren } from "../dom.ts";
import { citationsInArticleOrder, displayAliases, formatAmountLong, quoteCount, timeRows } from "../format.ts";
import type { HiddenReason } from "../state/filters.ts";
import { pathSelection, type Selection } from "../state/types.ts";
import { entityColor, eventColor, relationColor } from "../styles.ts";
import { swatch } from "./listbox.ts";
import type { GexfValue } from "../../graph/gexf/untyped.ts";
import { plainEdgeLine, valueText } from "../plain/plain-graph.ts";
import { nodeLabels, type ClaimLink, type DetailsModel, type NodeLink } from "../models/details.ts";

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
  update(model: DetailsModel): void;
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
  const claimIcon = (c: Claim) => (c.type === "event" ? swatch(eventColor(c.kind), "diamond") : swatch(relationColor(c.kind), "line"));
  const claimButton = (story: Story, l: ClaimLink) =>
    el("li", {}, [
      el("button", { class: "link-button", attrs: { type: "button" }, data: { select: `${l.claim.type}:${l.claim.id}` } }, [claimIcon(l.claim), claimLine(l.claim, (id) => nodeLabels(story).get(id), story.vocabulary)]),
      l.note ? el("span", { class: "muted", text: ` ${l.note}` }) : null,
      l.hidden ? el("span", { class: "muted", text: " (hidden by the filters)" }) : null,
    ]);
  const claimList = (story: Story, links: readonly ClaimLink[], empty: string) =>
    links.length ? el("ul", { class: "relation-links" }, links.map((l) => claimButton(story, l))) : el("p", { class: "muted", text: empty });
  const nodeButton = (n: NodeLink) =>
    el("button", { class: "link-button", attrs: { type: "button" }, data: { select: `${n.type}:${n.id}` } }, [swatch(n.color, n.type === "event" ? "diamond" : "dot"), n.label]);

  /** Kind line, description, hidden notice, qualifiers, events about it, evidence: what relations and events share. */
  const claimBody = (m: Extract<DetailsModel, { type: "claim" }>, middle: (Node | null)[]): (Node | null)[] => {
    const { story, claim: c } = m;
    const v = vocabularyIndex(story.vocabulary);
    const kind = c.type === "relation" ? v.relationKinds.get(c.kind) : v.eventKinds.get(c.kind);
    const qualifiers: [string, string][] = [
      ["kind", `${kindLabel(story.vocabulary, c.kind)} (${c.type === "event" ? "event" : "relation"}${c.type === "relation" && c.symmetric ? ", mutual" : ""}${kind?.origin === "story" ? ", this story's own kind" : ""})`],
    ];
    const times = timeRows(c);
    if (times.length) qualifiers.push(...times);
    else qualifiers.push(["time", "undated: the article gives no date"]);
    if (c.amount) qualifiers.push(["amount", formatAmountLong(c.amount)]);
    qualifiers.push(["display words", c.modalities.join(", ")]);
    return [
      el("p", { class: "kind-line" }, [claimIcon(c), kind?.description ?? kindLabel(story.vocabulary, c.kind)]),
      c.description ? el("p", { text: c.description }) : null,
      m.hidden ? el("p", { class: "notice", text: `Hidden in the graph: ${HIDDEN_WHY[m.hidden]}.` }) : null,
      ...middle,
      el("dl", { class: "qualifiers" }, qualifiers.flatMap(([k, val]) => [el("dt", { text: k }), el("dd", { text: val })])),
      m.eventsAbout.length ? el("h3", { text: `Events about it (${m.eventsAbout.length})` }) : null,
      m.eventsAbout.length ? claimList(story, m.eventsAbout, "") : null,
      el("h3", { text: `Evidence (${quoteCount(c.citations.length)})` }),
      el("ol", { class: "citations" }, citationsInArticleOrder(c.citations).map((x) => citationItem(story, x))),
    ];
  };

  const eventMiddle = (m: Extract<DetailsModel, { type: "claim" }>): (Node | null)[] =>
    m.claim.type !== "event"
      ? []
      : [
          el("h3", { text: "Participants" }),
          m.participants.length
            ? el(
                "dl",
                { class: "qualifiers participants" },
                m.participants.flatMap(({ role, nodes }) => [el("dt", { text: role }), el("dd", {}, nodes.flatMap((n, i) => [i > 0 ? ", " : null, nodeButton(n)]))]),
              )
            : el("p", { class: "muted", text: "No participant." }),
          m.about.length ? el("h3", { text: "About" }) : null,
          m.about.length ? claimList(m.story, m.about, "") : null,
        ];

  // "Path to…" in an entity's details: choosing the other end selects the path
  root.addEventListener("change", (e) => {
    const select = (e.target as Element).closest<HTMLSelectElement>("select[data-path-from]");
    if (select && select.value) handlers.onSelect(pathSelection(select.dataset.pathFrom!, select.value));
  });

  /** The "Path to…" control of entity `from`: every other entity and event, by label. */
  const pathControl = (from: string, targets: readonly { id: string; text: string }[]) => {
    const select = el("select", { attrs: { id: "path-to", "aria-describedby": "path-to-hint" }, data: { pathFrom: from } }, [
      el("option", { attrs: { value: "" }, text: "Choose an entity or event…" }),
      ...targets.map((o) => el("option", { attrs: { value: o.id }, text: o.text })),
    ]);
    return el("div", { class: "path-control" }, [
      el("label", { attrs: { for: "path-to" }, text: "Path to " }),
      select,
      el("p", { class: "hint", attrs: { id: "path-to-hint" }, text: "The fewest claims that join the two, whatever their direction, with their quotes." }),
    ]);
  };

  root.addEventListener("click", (e) => {
    const b = (e.target as Element).closest<HTMLElement>("[data-select]");
    if (b && root.contains(b)) {
      const [type, ...rest] = b.dataset.select!.split(":");
      handlers.onSelect({ type, id: rest.join(":") } as NonNullable<Selection>);
    } else if ((e.target as Element).closest("[data-clear]")) handlers.onClear();
  });

  const EMPTY_HINT = {
    story: "Click a claim (an edge, an event ◆ or a line of the claims list), an entity or a sentence to see its evidence. Every claim cites the exact words of the article.",
    graph: "Click a node or an edge to see its attributes.",
  };

  return {
    update(m) {
      const hadFocus = root.contains(document.activeElement);
      const closeButton = el("button", { class: "close-button", attrs: { type: "button", "aria-label": "Clear the selection (Escape)" }, data: { clear: "1" }, text: "×" });
      root.classList.toggle("is-empty", m.type === "none");
      const show = (title: string, body: readonly (Node | null)[]) => render(root, title, body, closeButton, hadFocus);
      switch (m.type) {
        case "none":
          replaceChildren(root, [el("h2", { attrs: { id: "details-heading", tabindex: "-1" }, text: "Details" }), el("p", { class: "hint", text: EMPTY_HINT[m.document] })]);
          return;
        case "entity": {
          const { story, entity: e } = m;
          const wikidata = e.wikidata && WIKIDATA_ID.test(e.wikidata) ? e.wikidata : null;
          show(e.label, [
            el("p", { class: "kind-line" }, [
              swatch(entityColor(e.kind)),
              kindLabel(story.vocabulary, e.kind),
              wikidata ? " · " : "",
              wikidata ? el("a", { attrs: { href: `https://www.wikidata.org/wiki/${wikidata}`, rel: "noopener noreferrer", target: "_blank" }, text: `Wikidata ${wikidata}` }) : null,
            ]),
            e.description ? el("p", { text: e.description }) : null,
            el("h3", { text: "Also named in the article" }),
            e.aliases.length ? el("ul", { class: "aliases", attrs: { lang: story.article.language } }, displayAliases(e.aliases).map((a) => el("li", { text: a }))) : el("p", { class: "muted", text: "No other name." }),
            el("h3", { text: `Relations (${m.relations.length})` }),
            claimList(story, m.relations, "No relation."),
            el("h3", { text: `Events (${m.events.length})` }),
            claimList(story, m.events, "Takes part in no event."),
            el("h3", { text: "How is it linked to…" }),
            pathControl(e.id, m.pathTargets),
          ]);
          return;
        }
        case "claim":
          show(m.claim.type === "event" ? m.claim.label : claimLine(m.claim, (id) => nodeLabels(m.story).get(id), m.story.vocabulary), claimBody(m, eventMiddle(m)));
          return;
        case "path": {
          const title = `Path: ${m.from.label} → ${m.to.label}`;
          if (!m.steps) {
            show(title, [el("p", { class: "notice", text: `No chain of claims joins ${m.from.label} and ${m.to.label} in this story.` })]);
            return;
          }
          show(title, [
            el("p", { class: "kind-line", text: `${m.steps.length} step${m.steps.length === 1 ? "" : "s"} (the library's shortestPath)` }),
            el("ol", { class: "path-steps" }, m.steps.map((step) => el("li", {}, [el("p", {}, [nodeButton(step.from), " — ", nodeButton(step.to)]), claimList(m.story, step.claims, "")]))),
          ]);
          return;
        }
        case "sentence": {
          const { story, sentence: s, claims } = m;
          show(`Sentence ${s.index + 1}`, [
            el("blockquote", { attrs: { lang: story.article.language }, text: s.text }),
            claims.length
              ? el("h3", { text: `Supports ${claims.length} claim${claims.length === 1 ? "" : "s"}` })
              : el("p", { class: "notice", text: m.noClaim !== undefined ? `This sentence holds no claim: ${m.noClaim}` : "No claim is recorded for this sentence." }),
            claims.length ? claimList(story, claims, "") : null,
          ]);
          return;
        }
        case "node": {
          const byId = new Map(m.graph.nodes.map((n) => [n.id, n]));
          show(m.node.label, [
            el("p", { class: "kind-line", text: `node ${m.node.id}` }),
            el("h3", { text: "Attributes" }),
            attributeList(attributeEntries(m.node.attributes)),
            el("h3", { text: `Edges (${m.edges.length})` }),
            el("ul", { class: "relation-links" }, m.edges.map((e) => el("li", {}, [el("button", { class: "link-button", attrs: { type: "button" }, data: { select: `relation:${e.id}` }, text: plainEdgeLine(e, byId) })]))),
          ]);
          return;
        }
        case "edge": {
          const e = m.edge;
          const byId = new Map(m.graph.nodes.map((n) => [n.id, n]));
          const facts: [string, string][] = [["id", e.id], ["type", e.type]];
          if (e.kind !== undefined) facts.push(["kind", e.kind]);
          if (e.weight !== undefined) facts.push(["weight", String(e.weight)]);
          show(plainEdgeLine(e, byId), [attributeList([...facts, ...attributeEntries(e.attributes)]), el("p", { class: "notice", text: "A plain GEXF graph cites no article: there is no quote behind this edge." })]);
          return;
        }
      }
    },
  };
}

function render(root: HTMLElement, title: string, body: readonly (Node | null)[], close: HTMLElement, hadFocus: boolean): void {
  const heading = el("h2", { attrs: { id: "details-heading", tabindex: "-1" }, text: title });
  replaceChildren(root, [el("div", { class: "details-head" }, [heading, close]), ...body]);
  if (hadFocus) heading.focus();
}
