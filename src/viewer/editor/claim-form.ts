/**
 * The claim form of edit mode: what cited words claim. A new relation (source, target, a kind the
 * domain/range rules allow), a new event (a kind, a label, its participants in the kind's roles,
 * the claims it is about; participants in the order they are chosen), or one more citation of an existing claim; the factuality and sources
 * prefilled from the sentence's cues and the quote's dates and amounts offered as qualifiers
 * (`prefillCitation`, src/graph/edit/prefill.ts), all editable. The edits are the pure functions
 * of src/graph/edit/; this module renders the form and reads it.
 */
import { eventKindsOf, relationKindsBetween, roleCandidates } from "../../graph/edit/kinds.ts";
import { addCitation, addEvent, addRelation, citationFromAnchor, slugId, uniqueId } from "../../graph/edit/operations.ts";
import { defaultTimeSlot, prefillCitation, qualifierFields, TIME_SLOTS, type CitationPrefill, type TimeSlot } from "../../graph/edit/prefill.ts";
import type { StoryDraft } from "../../graph/edit/draft.ts";
import type { SelectionAnchor } from "../../graph/edit/selection.ts";
import type { AmountInput, ParticipantInput, SourceInput } from "../../graph/input/schema.ts";
import { AMOUNT_SCOPES, CERTAINTIES, POLARITIES, type Certainty, type Polarity } from "../../graph/values.ts";
import { el } from "../dom.ts";
import { button, field, options } from "./controls.ts";

/** What the claim form needs from the editor. */
export interface ClaimFormContext {
  /** The draft being edited. */
  draft(): StoryDraft;
  /** Apply an edit (recorded for undo); false when it was refused (the reason then said). */
  apply(edit: () => StoryDraft, done: string): boolean;
  /** Say something in the selection line (a refusal). */
  refuse(text: string): void;
  /** The words selected in the article now, or null. */
  selectedQuote(): string | null;
}

/** The claim form, and how to open it on cited words. */
export interface ClaimForm {
  readonly form: HTMLFormElement;
  /** Show the form for these words, prefilled from their sentence. */
  open(anchor: SelectionAnchor): void;
}

const SLOT_LABELS: Readonly<Record<TimeSlot, string>> = { pointInTime: "point in time", start: "start", end: "end", announced: "announced" };

/**
 * Make the claim form (hidden until `open`).
 *
 * @param ctx - the editor's draft, edit and message functions.
 */
export function createClaimForm(ctx: ClaimFormContext): ClaimForm {
  let cited: SelectionAnchor | null = null;
  let prefill: CitationPrefill | null = null;
  const quote = el("p", { attrs: { id: "editor-claim-quote" } });
  const cues = el("p", { class: "hint", attrs: { id: "editor-claim-cues" } });
  const type = el("select", { attrs: { id: "editor-claim-type" } });
  options(type, [
    { value: "relation", label: "a new relation between two entities" },
    { value: "event", label: "a new event with participants" },
    { value: "existing", label: "another citation of an existing claim" },
  ]);

  // relation
  const source = el("select", { attrs: { id: "editor-claim-source" } });
  const target = el("select", { attrs: { id: "editor-claim-target" } });
  const kind = el("select", { attrs: { id: "editor-claim-kind" } });
  const relationSet = el("fieldset", { attrs: { id: "editor-claim-relation" } }, [
    el("legend", { text: "Relation" }),
    field("Source entity", source),
    field("Target entity", target),
    field("Kind (allowed between these entities)", kind),
  ]);

  // event
  const eventKind = el("select", { attrs: { id: "editor-event-kind" } });
  const eventLabel = el("input", { attrs: { id: "editor-event-label", type: "text" } });
  const roles = el("div", { attrs: { id: "editor-event-roles" } });
  const about = el("fieldset", { attrs: { id: "editor-event-about" } });
  const eventSet = el("fieldset", { attrs: { id: "editor-claim-event", hidden: true } }, [
    el("legend", { text: "Event" }),
    field("Kind", eventKind),
    field("Label (a short name for the event)", eventLabel),
    roles,
    about,
  ]);

  // existing claim
  const existing = el("select", { attrs: { id: "editor-claim-existing" } });
  const existingSet = el("fieldset", { attrs: { id: "editor-claim-existing-set", hidden: true } }, [el("legend", { text: "Existing claim" }), field("Claim", existing)]);

  // factuality, sources, qualifiers, gloss
  const certainty = el("select", { attrs: { id: "editor-claim-certainty" } });
  options(certainty, CERTAINTIES.map((c) => ({ value: c, label: c })));
  const polarity = el("select", { attrs: { id: "editor-claim-polarity" } });
  options(polarity, POLARITIES.map((p) => ({ value: p, label: p })));
  const saidBy = el("select", { attrs: { id: "editor-claim-said-by" } });
  options(saidBy, [
    { value: "author", label: "the author" },
    { value: "named", label: "a source the article names" },
  ]);
  const sourceName = el("input", { attrs: { id: "editor-claim-source-name", type: "text", disabled: true } });
  const sourceEntity = el("select", { attrs: { id: "editor-claim-source-entity", disabled: true } });
  const qualifiers = el("fieldset", { attrs: { id: "editor-claim-qualifiers" } });
  const gloss = el("textarea", { attrs: { id: "editor-claim-gloss", rows: 2 } });
  const description = el("textarea", { attrs: { id: "editor-claim-description", rows: 2 } });
  const descriptionField = field("Description of the claim (optional: one English sentence)", description);
  const form = el("form", { attrs: { id: "editor-claim-form", hidden: true, "aria-label": "New claim" } }, [
    quote,
    cues,
    field("The words claim", type),
    relationSet,
    eventSet,
    existingSet,
    el("fieldset", {}, [
      el("legend", { text: "Factuality and sources (prefilled from the sentence's cues)" }),
      field("Certainty", certainty),
      field("Polarity", polarity),
      field("Said by", saidBy),
      field("Named source, as the article writes it", sourceName),
      field("The named source is the entity", sourceEntity),
      button("editor-claim-source-from-selection", "Use selected words as the source", () => {
        const q = ctx.selectedQuote();
        if (q) {
          saidBy.value = "named";
          setSourceEnabled();
          sourceName.value = q;
        }
      }),
    ]),
    qualifiers,
    field("Gloss (one English sentence)", gloss),
    descriptionField,
    el("button", { attrs: { type: "submit", id: "editor-claim-add" }, text: "Add claim" }),
  ]);
  const setSourceEnabled = () => {
    sourceName.disabled = saidBy.value !== "named";
    sourceEntity.disabled = saidBy.value !== "named";
  };
  saidBy.addEventListener("change", setSourceEnabled);

  const entityLabel = (id: string) => ctx.draft().entities.find((e) => e.id === id)?.label ?? id;
  let glossTouched = false;
  gloss.addEventListener("input", () => (glossTouched = true));
  const glossDefault = () => {
    if (glossTouched) return;
    if (type.value === "relation") {
      const k = kind.selectedOptions[0]?.textContent?.replace(/ \(.*\)$/, "") ?? "";
      gloss.value = source.value && target.value ? `${entityLabel(source.value)} ${k} ${entityLabel(target.value)}.` : "";
    } else if (type.value === "event") gloss.value = eventLabel.value.trim() ? `${eventLabel.value.trim()}.` : "";
    else gloss.value = "";
  };
  const refreshKinds = () => {
    const kinds = relationKindsBetween(ctx.draft(), source.value, target.value);
    options(kind, kinds.map((k) => ({ value: k.id, label: `${k.label} (${k.id})` })));
    kind.disabled = kinds.length === 0;
    glossDefault();
  };
  source.addEventListener("change", refreshKinds);
  target.addEventListener("change", refreshKinds);
  kind.addEventListener("change", glossDefault);
  eventLabel.addEventListener("input", glossDefault);

  /** One fieldset per role of the event kind: checkboxes (a role taking several) or radios, one per candidate. */
  const renderRoles = () => {
    const draft = ctx.draft();
    chosen = [];
    const k = eventKindsOf(draft).find((x) => x.id === eventKind.value);
    roles.replaceChildren(
      ...(k?.roles ?? []).map((role) => {
        const candidates = roleCandidates(draft, k!.id, role.id);
        const input = (c: { type: string; id: string; label: string } | null) => {
          const id = `editor-role-${role.id}-${c ? c.id : "none"}`;
          const box = el("input", { attrs: { type: role.multiple ? "checkbox" : "radio", id, name: `editor-role-${role.id}`, value: c ? `${c.type}:${c.id}` : "", checked: !c && !role.multiple } });
          return el("label", { attrs: { for: id } }, [box, ` ${c ? `${c.label}${c.type === "event" ? " (event)" : ""}` : "nobody"}`]);
        };
        return el("fieldset", { class: "editor-role", data: { role: role.id } }, [
          el("legend", { text: `${role.label}${role.required ? " (required)" : ""}${role.multiple ? ", one or more" : ""}` }),
          ...(role.multiple ? [] : [input(null)]),
          ...(candidates.length ? candidates.map(input) : [el("p", { class: "hint", text: "No entity of the story may fill this role yet." })]),
        ]);
      }),
    );
    const claims = [...draft.relations, ...(draft.events ?? [])];
    about.replaceChildren(
      el("legend", { text: "About (the claims this event is about, if any)" }),
      ...(claims.length
        ? claims.map((c) => {
            const id = `editor-about-${c.id}`;
            return el("label", { attrs: { for: id } }, [el("input", { attrs: { type: "checkbox", id, value: c.id } }), ` ${"label" in c ? c.label : `${entityLabel(c.source)} ${c.kind} ${entityLabel(c.target)}`}`]);
          })
        : [el("p", { class: "hint", text: "No claim yet." })]),
    );
  };
  eventKind.addEventListener("change", () => {
    renderRoles();
    if (!eventLabelTouched) eventLabel.value = eventKind.selectedOptions[0]?.textContent ?? "";
    glossDefault();
  });
  let eventLabelTouched = false;
  eventLabel.addEventListener("input", () => (eventLabelTouched = true));

  const showType = () => {
    relationSet.hidden = type.value !== "relation";
    eventSet.hidden = type.value !== "event";
    existingSet.hidden = type.value !== "existing";
    descriptionField.hidden = type.value === "existing";
    renderQualifiers();
    glossDefault();
  };
  type.addEventListener("change", showType);

  /** The quote's dates (a slot each) and amounts (used or not, with a scope). */
  const renderQualifiers = () => {
    const p = prefill;
    const claimType = type.value === "event" ? "event" : "relation";
    const rows: HTMLElement[] = [el("legend", { text: "Qualifiers the quote states (prefilled; a date or amount the quote does not state cannot be chosen)" })];
    (p?.dates ?? []).forEach((d, i) => {
      const slot = el("select", { attrs: { id: `editor-date-${i}` }, data: { value: d.value } });
      options(slot, [{ value: "", label: "not used" }, ...TIME_SLOTS.map((s) => ({ value: s, label: SLOT_LABELS[s] }))], false);
      slot.value = type.value === "existing" ? "" : (defaultTimeSlot(claimType, i) ?? "");
      rows.push(field(`Date “${d.text}” (${d.value}) as`, slot));
    });
    (p?.amounts ?? []).forEach((a, i) => {
      const use = el("input", { attrs: { type: "checkbox", id: `editor-amount-${i}`, checked: type.value !== "existing" } });
      const scope = el("select", { attrs: { id: `editor-amount-scope-${i}` } });
      options(scope, [{ value: "", label: "not said" }, ...AMOUNT_SCOPES.map((s) => ({ value: s, label: s }))], false);
      rows.push(el("label", { attrs: { for: use.id } }, [use, ` Amount “${a.text}” (${a.value} ${a.currency})`]), field("Scope of the amount", scope));
    });
    if (!p || (p.dates.length === 0 && p.amounts.length === 0)) rows.push(el("p", { class: "hint", attrs: { id: "editor-claim-no-qualifier" }, text: "The quote states no date or amount." }));
    qualifiers.replaceChildren(...rows);
  };

  const readQualifiers = () => {
    const dates: Partial<Record<TimeSlot, string>> = {};
    for (const s of qualifiers.querySelectorAll<HTMLSelectElement>("select[id^='editor-date-']")) if (s.value) dates[s.value as TimeSlot] = s.dataset.value!;
    let amount: AmountInput | undefined;
    (prefill?.amounts ?? []).forEach((a, i) => {
      const use = qualifiers.querySelector<HTMLInputElement>(`#editor-amount-${i}`);
      const scope = qualifiers.querySelector<HTMLSelectElement>(`#editor-amount-scope-${i}`)?.value;
      if (use?.checked && !amount) amount = { value: a.value, currency: a.currency, ...(scope && { scope: scope as AmountInput["scope"] & string }) };
    });
    return qualifierFields({ dates, ...(amount && { amount }) });
  };

  // participants in the order the author chose them (the event's input order), whatever the roles' order
  let chosen: HTMLInputElement[] = [];
  roles.addEventListener("change", (e) => {
    const box = e.target as HTMLInputElement;
    chosen = chosen.filter((b) => b !== box && b.checked);
    if (box.checked && box.value) chosen.push(box);
  });
  const readParticipants = (): ParticipantInput[] =>
    chosen
      .filter((box) => box.checked && box.value && roles.contains(box))
      .map((box) => {
        const role = box.closest<HTMLElement>("fieldset.editor-role")!.dataset.role!;
        const [t, id] = box.value.split(/:(.*)/s) as [string, string];
        return t === "event" ? { role, event: id } : { role, entity: id };
      });

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (!cited) return ctx.refuse("Cite words of the article first.");
    const anchor = cited;
    const name = sourceName.value.trim();
    const sources: SourceInput[] = saidBy.value === "named" && name ? [sourceEntity.value ? { name, entity: sourceEntity.value } : name] : [];
    const citation = citationFromAnchor(anchor, {
      factuality: { certainty: certainty.value as Certainty, polarity: polarity.value as Polarity },
      sources,
      gloss: gloss.value.trim() || "(no gloss)",
    });
    const draft = ctx.draft();
    const q = readQualifiers();
    const descriptionText = description.value.trim();
    const described = descriptionText ? { description: descriptionText } : {};
    let done = false;
    if (type.value === "relation") {
      if (kind.disabled || !kind.value) return ctx.refuse("No relation kind of the vocabulary joins these two entities.");
      const id = uniqueId(draft, `${source.value}-${kind.value}-${target.value}`);
      done = ctx.apply(() => addRelation(ctx.draft(), { id, kind: kind.value, source: source.value, target: target.value, ...described, ...q, citations: [citation] }), "Claim added.");
    } else if (type.value === "event") {
      const label = eventLabel.value.trim();
      if (!label) return ctx.refuse("An event needs a label.");
      const aboutIds = [...about.querySelectorAll<HTMLInputElement>("input:checked")].map((b) => b.value);
      const id = uniqueId(draft, slugId(label));
      done = ctx.apply(
        () => addEvent(ctx.draft(), { id, kind: eventKind.value, label, participants: readParticipants(), ...(aboutIds.length > 0 && { about: aboutIds }), ...described, ...q, citations: [citation] }),
        `Event ${label} added.`,
      );
    } else {
      if (!existing.value) return ctx.refuse("There is no claim yet to add this citation to.");
      done = ctx.apply(() => addCitation(ctx.draft(), existing.value, citation, q), "Citation added to the claim.");
    }
    if (done) {
      form.hidden = true;
      cited = null;
      glossTouched = false;
      eventLabelTouched = false;
      description.value = "";
    }
  });

  const open = (anchor: SelectionAnchor) => {
    const draft = ctx.draft();
    cited = anchor;
    prefill = prefillCitation(draft, anchor);
    type.value = "relation"; // each citation starts as a new relation: the author picks an event or an existing claim
    quote.textContent = `Citation: “${anchor.quote}” — ${anchor.sentence}, offsets ${anchor.start}–${anchor.end}${anchor.ambiguous ? `, occurrence ${anchor.occurrence}` : ""}`;
    cues.textContent = prefill.cues.length
      ? `Cues read in ${anchor.sentence}: ${prefill.cues.map((c) => `“${c.text}” (${c.kind}${c.source ? `: ${c.source}` : ""})`).join(", ")}.`
      : `No factuality cue in ${anchor.sentence}: certain, positive, said by the author.`;
    const entities = draft.entities.map((x) => ({ value: x.id, label: `${x.label} (${x.kind})` }));
    options(source, entities);
    options(target, entities);
    if (source.value === target.value && entities.length > 1) target.value = entities.find((i) => i.value !== source.value)!.value;
    options(sourceEntity, [{ value: "", label: "none: not an entity of the story" }, ...entities], false);
    options(eventKind, eventKindsOf(draft).map((k) => ({ value: k.id, label: k.label })));
    if (!eventLabelTouched) eventLabel.value = eventKind.selectedOptions[0]?.textContent ?? "";
    const claims = [...draft.relations.map((r) => ({ value: r.id, label: `${entityLabel(r.source)} ${r.kind} ${entityLabel(r.target)}` })), ...(draft.events ?? []).map((x) => ({ value: x.id, label: `${x.label} (${x.kind} event)` }))];
    options(existing, claims);
    certainty.value = prefill.factuality.certainty;
    polarity.value = prefill.factuality.polarity;
    const first = prefill.sources[0];
    saidBy.value = first ? "named" : "author";
    sourceName.value = first ? (typeof first === "string" ? first : first.name) : "";
    sourceEntity.value = first && typeof first !== "string" && first.entity ? first.entity : "";
    setSourceEnabled();
    renderRoles();
    refreshKinds();
    showType();
    form.hidden = false;
    type.focus();
  };
  return { form, open };
}
