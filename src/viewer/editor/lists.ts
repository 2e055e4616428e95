/**
 * The lists of edit mode: the draft's entities (with their aliases), its claims (relations and
 * events, each with its qualifiers and its citations, one by one removable) and its no-claim
 * notes, each item with its Remove button; ids `editor-entity-N`, `editor-relation-N`,
 * `editor-event-N` are what the problem links point to.
 */
import type { StoryDraft } from "../../graph/edit/draft.ts";
import { removeCitation, removeEntity, removeEvent, removeNoClaim, removeRelation } from "../../graph/edit/operations.ts";
import { el } from "../dom.ts";
import { button } from "./controls.ts";

/** The three lists. */
export interface DraftLists {
  readonly entities: HTMLUListElement;
  readonly claims: HTMLUListElement;
  readonly noClaims: HTMLUListElement;
}

/**
 * Render the lists of a draft.
 *
 * @param lists - the list elements.
 * @param d - the draft.
 * @param apply - applies an edit of the current draft (recorded for undo), saying `done`.
 */
export function renderLists(lists: DraftLists, d: StoryDraft, apply: (edit: (draft: StoryDraft) => StoryDraft, done: string) => void): void {
  lists.entities.replaceChildren(
    ...d.entities.map((e, i) =>
      el("li", { attrs: { id: `editor-entity-${i}`, tabindex: -1 }, data: { id: e.id } }, [
        `${e.label} (${e.kind})${e.aliases?.length ? `, also: ${e.aliases.join("; ")}` : ""} `,
        button(`editor-remove-entity-${i}`, "Remove", () => apply((x) => removeEntity(x, e.id), `Entity ${e.label} removed.`), { "aria-label": `Remove entity ${e.label}` }),
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
          citations.length > 1 && button(`editor-remove-citation-${list}-${i}-${j}`, "Remove citation", () => apply((x) => removeCitation(x, claimId, j), "Citation removed."), { "aria-label": `Remove citation ${j + 1} of ${claimId}` }),
        ]),
      ),
    );
  const qualifierText = (c: Pick<StoryDraft["relations"][number], "pointInTime" | "start" | "end" | "announced" | "amount">) =>
    [
      ...(["pointInTime", "start", "end", "announced"] as const).flatMap((k) => (c[k] ? [`${k} ${typeof c[k] === "string" ? c[k] : c[k].value}`] : [])),
      ...(c.amount ? [`amount ${c.amount.value} ${c.amount.currency}${c.amount.scope ? ` (${c.amount.scope})` : ""}`] : []),
    ].join(", ");
  lists.claims.replaceChildren(
    ...d.relations.map((r, i) =>
      el("li", { attrs: { id: `editor-relation-${i}`, tabindex: -1 }, data: { id: r.id } }, [
        `${label(r.source)} — ${r.kind} → ${label(r.target)}${qualifierText(r) ? ` [${qualifierText(r)}]` : ""} `,
        button(`editor-remove-relation-${i}`, "Remove", () => apply((x) => removeRelation(x, r.id), "Claim removed."), { "aria-label": `Remove claim ${r.id}` }),
        citationItems(r.id, "relation", i, r.citations),
      ]),
    ),
    ...(d.events ?? []).map((ev, i) =>
      el("li", { attrs: { id: `editor-event-${i}`, tabindex: -1 }, data: { id: ev.id } }, [
        `Event “${ev.label}” (${ev.kind}): ${ev.participants.map((p) => `${p.role} ${p.entity !== undefined ? label(p.entity) : `event ${p.event}`}`).join(", ")}${ev.about?.length ? `; about ${ev.about.join(", ")}` : ""}${qualifierText(ev) ? ` [${qualifierText(ev)}]` : ""} `,
        button(`editor-remove-event-${i}`, "Remove", () => apply((x) => removeEvent(x, ev.id), `Event ${ev.label} removed.`), { "aria-label": `Remove event ${ev.label}` }),
        citationItems(ev.id, "event", i, ev.citations),
      ]),
    ),
  );
  lists.noClaims.replaceChildren(
    ...(d.noClaims ?? []).map((n, i) =>
      el("li", { attrs: { id: `editor-noclaim-${i}` } }, [
        `${n.sentence}: ${n.reason} `,
        button(`editor-remove-noclaim-${i}`, "Remove", () => apply((x) => removeNoClaim(x, n.sentence), `${n.sentence} may hold claims again.`), { "aria-label": `Remove the no-claim mark of ${n.sentence}` }),
      ]),
    ),
  );
}
