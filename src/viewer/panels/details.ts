/**
 * The details panel: what is selected, in full. An entity: labels, aliases, description,
 * Wikidata link and relations. A relation: kind, qualifiers, and every citation with modality,
 * attribution, the French quote and its English gloss. A sentence: the relations it supports,
 * or why it holds none. Buttons in it select what they name.
 */
import { RELATION_RULES } from "../../graph/kinds.ts";
import type { Relation, Story } from "../../graph/model.ts";
import { sentenceCoverage } from "../../graph/queries/timeline.ts";
import { el, replaceChildren } from "../dom.ts";
import { attributionText, formatAmountLong, formatDate } from "../format.ts";
import { relationLine } from "../../graph/describe.ts";
import { hiddenReason } from "../state/filters.ts";
import type { Filters, Selection } from "../state/types.ts";
import { ENTITY_COLORS, RELATION_COLORS } from "../styles.ts";
import { swatch } from "./listbox.ts";
import type { GexfValue, UntypedGraph } from "../../graph/gexf/untyped.ts";
import { plainEdgeLine, valueText } from "../plain-graph.ts";

function attributeList(entries: [string, string][]): HTMLElement {
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

const HIDDEN_WHY: Record<string, string> = {
  kind: "its kind is unticked in the filters",
  modality: "none of its claims has a modality ticked in the filters",
  after: "it is dated after the timeline's month",
  undated: "it is undated and the timeline is in use",
};

export interface DetailsPanel {
  update(story: Story, selection: Selection, filters: Filters): void;
  /** The selected node or edge of a plain GEXF graph: its id, label and attributes. */
  updatePlain(graph: UntypedGraph, selection: Selection): void;
}

/** Mount the details panel in `root`. */
export function mountDetails(root: HTMLElement, handlers: DetailsHandlers): DetailsPanel {
  const byIdCache = new WeakMap<Story, Map<string, Story["entities"][number]>>();
  const entitiesOf = (story: Story) => {
    let m = byIdCache.get(story);
    if (!m) byIdCache.set(story, (m = new Map(story.entities.map((e) => [e.id, e]))));
    return m;
  };
  const labelsOf = (story: Story) => {
    const m = entitiesOf(story);
    return (id: string) => m.get(id)?.label;
  };
  const relationButton = (story: Story, r: Relation, filters: Filters) =>
    el("li", {}, [
      el("button", { class: "link-button", attrs: { type: "button" }, data: { select: `relation:${r.id}` } }, [
        swatch(RELATION_COLORS[r.kind], "line"),
        relationLine(r, labelsOf(story)),
      ]),
      hiddenReason(r, filters) ? el("span", { class: "muted", text: " (hidden by the filters)" }) : null,
    ]);

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
          el("p", { class: "hint", text: "Click a relation (an edge or its label), an entity or a sentence to see its evidence. Every relation cites the exact words of the article." }),
        ]);
        return;
      }
      root.classList.remove("is-empty");
      const body: (Node | null)[] = [];
      if (selection.type === "entity") {
        const e = entitiesOf(story).get(selection.id);
        if (!e) return;
        const relations = story.relations.filter((r) => r.source === e.id || r.target === e.id);
        body.push(
          el("p", { class: "kind-line" }, [swatch(ENTITY_COLORS[e.kind]), `${e.kind}`, e.wikidata && WIKIDATA_ID.test(e.wikidata) ? " · " : "", e.wikidata && WIKIDATA_ID.test(e.wikidata) ? el("a", { attrs: { href: `https://www.wikidata.org/wiki/${e.wikidata}`, rel: "noopener noreferrer", target: "_blank" }, text: `Wikidata ${e.wikidata}` }) : null]),
          e.description ? el("p", { text: e.description }) : null,
          el("h3", { text: "Also named in the article" }),
          e.aliases.length ? el("ul", { class: "aliases", attrs: { lang: story.article.language } }, e.aliases.map((a) => el("li", { text: a }))) : el("p", { class: "muted", text: "No other name." }),
          el("h3", { text: `Relations (${relations.length})` }),
          relations.length ? el("ul", { class: "relation-links" }, relations.map((r) => relationButton(story, r, filters))) : el("p", { class: "muted", text: "No relation." }),
        );
        render(root, `${e.label}`, body, closeButton, hadFocus);
        return;
      }
      if (selection.type === "relation") {
        const r = story.relations.find((x) => x.id === selection.id);
        if (!r) return;
        const rule = RELATION_RULES[r.kind];
        const hidden = hiddenReason(r, filters);
        const qualifiers: [string, string][] = [["kind", `${r.kind} (${rule.label}${r.symmetric ? ", mutual" : ""})`]];
        if (r.date) qualifiers.push(["date", `${formatDate(r.date)} (${r.date.precision} precision)`]);
        else qualifiers.push(["date", "undated: the article gives no date"]);
        if (r.amount) qualifiers.push(["amount", formatAmountLong(r.amount)]);
        qualifiers.push(["modalities", r.modalities.join(", ")]);
        body.push(
          el("p", { class: "kind-line" }, [swatch(RELATION_COLORS[r.kind], "line"), rule.description]),
          r.description ? el("p", { text: r.description }) : null,
          hidden ? el("p", { class: "notice", text: `Hidden in the graph: ${HIDDEN_WHY[hidden]}.` }) : null,
          el("dl", { class: "qualifiers" }, qualifiers.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })])),
          el("h3", { text: `Evidence (${r.citations.length} quote${r.citations.length === 1 ? "" : "s"})` }),
          el(
            "ol",
            { class: "citations" },
            r.citations.map((c) =>
              el("li", { class: "citation" }, [
                el("p", { class: "citation-head" }, [
                  el("span", { class: ["modality-badge", `modality-${c.modality}`], text: c.modality }),
                  el("span", { class: "attribution", text: ` by: ${attributionText(c)}` }),
                  " · ",
                  el("button", { class: "link-button", attrs: { type: "button" }, data: { select: `sentence:${c.sentence}` }, text: `sentence ${c.sentence.slice(1)}` }),
                ]),
                el("blockquote", { attrs: { lang: story.article.language }, text: `« ${c.quote} »` }),
                el("p", { class: "gloss", attrs: { lang: "en" }, text: c.gloss }),
              ]),
            ),
          ),
        );
        render(root, relationLine(r, labelsOf(story)), body, closeButton, hadFocus);
        return;
      }
      const s = story.sentences.find((x) => x.id === selection.id);
      if (!s) return;
      const coverage = sentenceCoverage(story).find((c) => c.sentence.id === s.id)!;
      const relations = story.relations.filter((r) => coverage.relations.includes(r.id));
      body.push(
        el("blockquote", { attrs: { lang: story.article.language }, text: s.text }),
        relations.length
          ? el("h3", { text: `Supports ${relations.length} relation${relations.length === 1 ? "" : "s"}` })
          : el("p", { class: "notice", text: coverage.noClaim !== undefined ? `This sentence holds no claim: ${coverage.noClaim}` : "No claim is recorded for this sentence." }),
        relations.length ? el("ul", { class: "relation-links" }, relations.map((r) => relationButton(story, r, filters))) : null,
      );
      render(root, `Sentence ${s.index + 1}`, body, closeButton, hadFocus);
    },
  };
}

function render(root: HTMLElement, title: string, body: readonly (Node | null)[], close: HTMLElement, hadFocus: boolean): void {
  const heading = el("h2", { attrs: { id: "details-heading", tabindex: "-1" }, text: title });
  replaceChildren(root, [el("div", { class: "details-head" }, [heading, close]), ...body]);
  if (hadFocus) heading.focus();
}
