/**
 * Deep links: the view state in the URL hash, and back.
 *
 * Format (a URL query string after `#`, every part optional, defaults left out):
 * `#sel=relation:microsoft-invested-openai-2019&kinds=invested,founded&mod=asserted,reported&until=2015-12&undated=1&q=g%C3%A9ant`
 * - `sel`: `relation:ID`, `entity:ID` or `sentence:ID`;
 * - `kinds`, `mod`: the relation kinds / modalities shown, comma-separated (absent: all; empty: none);
 * - `until`: timeline month `YYYY-MM`; `undated=1` keeps undated relations while it is set;
 * - `q`: the entity search text.
 * Decoding ignores any part it cannot use (unknown kind, malformed month, id the story lacks)
 * and says which, so a stale or hand-edited link still opens.
 */
import { MODALITIES, RELATION_KINDS, type Modality, type RelationKind } from "../../graph/kinds.ts";
import type { Story } from "../../graph/model.ts";
import { isMonth, timelineBounds } from "./timeline.ts";
import { DEFAULT_FILTERS, SELECTION_TYPES, type Selection, type SelectionType, type ViewState } from "./types.ts";

/** The hash (with its leading `#`, or `""` for the initial state) that restores `state`. */
export function encodeHash(state: ViewState): string {
  const p = new URLSearchParams();
  const f = state.filters;
  if (state.selection) p.set("sel", `${state.selection.type}:${state.selection.id}`);
  if (f.kinds.length !== RELATION_KINDS.length) p.set("kinds", f.kinds.join(","));
  if (f.modalities.length !== MODALITIES.length) p.set("mod", f.modalities.join(","));
  if (f.until !== null) p.set("until", f.until);
  if (f.undated) p.set("undated", "1");
  if (f.search) p.set("q", f.search);
  const s = p.toString();
  return s ? `#${s}` : "";
}

/** A decoded hash: the state, and the parts that were ignored (for a console note). */
export interface DecodedHash {
  readonly state: ViewState;
  readonly ignored: readonly string[];
}

function hasId(story: Story, type: SelectionType, id: string): boolean {
  const list = type === "relation" ? story.relations : type === "entity" ? story.entities : story.sentences;
  return list.some((x) => x.id === id);
}

function list<T extends string>(raw: string, allowed: readonly T[], name: string, ignored: string[]): T[] {
  const out: T[] = [];
  for (const part of raw.split(",")) {
    if (part === "") continue;
    if ((allowed as readonly string[]).includes(part)) out.push(part as T);
    else ignored.push(`${name}: unknown value "${part}"`);
  }
  return allowed.filter((x) => out.includes(x));
}

/** The state a hash describes, checked against `story`. Never throws. */
export function decodeHash(hash: string, story: Story): DecodedHash {
  const p = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  const ignored: string[] = [];
  let selection: Selection = null;
  const sel = p.get("sel");
  if (sel !== null) {
    const i = sel.indexOf(":");
    const type = sel.slice(0, i) as SelectionType;
    const id = sel.slice(i + 1);
    if (i > 0 && SELECTION_TYPES.includes(type) && hasId(story, type, id)) selection = { type, id } as Selection;
    else ignored.push(`sel: no ${i > 0 ? type : "item"} "${i > 0 ? id : sel}" in this story`);
  }
  const kindsRaw = p.get("kinds");
  const kinds: readonly RelationKind[] = kindsRaw === null ? DEFAULT_FILTERS.kinds : list(kindsRaw, RELATION_KINDS, "kinds", ignored);
  const modRaw = p.get("mod");
  const modalities: readonly Modality[] = modRaw === null ? DEFAULT_FILTERS.modalities : list(modRaw, MODALITIES, "mod", ignored);
  let until: string | null = p.get("until");
  if (until !== null && !isMonth(until)) {
    ignored.push(`until: "${until}" is not a YYYY-MM month`);
    until = null;
  } else if (until !== null) {
    const bounds = timelineBounds(story);
    if (!bounds) {
      ignored.push(`until: this story has no dated relation`);
      until = null;
    } else if (until < bounds.first || until > bounds.last) {
      ignored.push(`until: ${until} is outside the story's timeline (${bounds.first}…${bounds.last})`);
      until = null;
    }
  }
  const undated = p.get("undated") === "1";
  const search = p.get("q") ?? "";
  for (const key of p.keys()) {
    if (!["sel", "kinds", "mod", "until", "undated", "q"].includes(key)) ignored.push(`${key}: unknown part`);
  }
  return { state: { selection, filters: { kinds, modalities, until, undated, search } }, ignored };
}
