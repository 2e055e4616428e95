/**
 * Deep links: the view state in the URL hash, and back.
 *
 * Format (a URL query string after `#`, every part optional, defaults left out):
 * `#sel=event:partnership-break-up&kinds=partnered,termination&mod=asserted,reported&cert=possible,unknown&pol=positive&src=author&src=des+sources+proches+du+dossier&from=2019-01&until=2021-12&undated=1&q=g%C3%A9ant`
 * - `sel`: `relation:ID`, `event:ID`, `entity:ID` or `sentence:ID`;
 * - `kinds`: the relation and event kinds shown, comma-separated (absent: all; empty: none);
 * - `mod`, `cert`, `pol`: the display words, certainties and polarities a citation may have,
 *   comma-separated (absent: all; empty: none);
 * - `src`: who may say it, one part per source: `author`, or a source's name as the article gives
 *   it (names may hold commas; absent: anyone; one empty `src=`: no one);
 * - `from`, `until`: the timeline's first and last month `YYYY-MM`; `undated=1` keeps claims
 *   without a time while the timeline is in use;
 * - `q`: the entity search text.
 * Decoding ignores any part it cannot use (unknown kind or source, malformed month, id the story
 * lacks) and says which, so a stale or hand-edited link still opens.
 */
import { indexOf } from "../../graph/story-index.ts";
import { CERTAINTIES, MODALITIES, POLARITIES, type Certainty, type Modality, type Polarity } from "../../graph/values.ts";
import type { Story } from "../../graph/model.ts";
import { foldName } from "../../graph/text.ts";
import { storyView } from "./story-view.ts";
import { isMonth, timelineBounds } from "./timeline.ts";
import { AUTHOR, DEFAULT_FILTERS, SELECTION_TYPES, pathEnds, type Selection, type SelectionType, type ViewState } from "./types.ts";

/** The hash parts, in the order they are written. */
export const HASH_PARTS = ["sel", "kinds", "mod", "cert", "pol", "src", "from", "until", "undated", "q"] as const;

/** The hash (with its leading `#`, or `""` for the initial state) that restores `state`. */
export function encodeHash(state: ViewState): string {
  const p = new URLSearchParams();
  const f = state.filters;
  if (state.selection) p.set("sel", `${state.selection.type}:${state.selection.id}`);
  if (f.kinds !== null) p.set("kinds", f.kinds.join(","));
  if (f.modalities.length !== MODALITIES.length) p.set("mod", f.modalities.join(","));
  if (f.certainties.length !== CERTAINTIES.length) p.set("cert", f.certainties.join(","));
  if (f.polarities.length !== POLARITIES.length) p.set("pol", f.polarities.join(","));
  if (f.sources !== null) {
    if (f.sources.length === 0) p.append("src", "");
    for (const s of f.sources) p.append("src", s);
  }
  if (f.from !== null) p.set("from", f.from);
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
  const index = indexOf(story);
  const node = (n: string) => index.entity(n) !== undefined || index.eventById.has(n);
  if (type === "path") {
    const ends = pathEnds(id);
    return ends !== null && ends.from !== ends.to && node(ends.from) && node(ends.to);
  }
  if (type === "relation") return index.relationById.has(id);
  if (type === "event") return index.eventById.has(id);
  if (type === "entity") return index.entity(id) !== undefined;
  return index.sentenceById.has(id);
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

function month(p: URLSearchParams, name: "from" | "until", ignored: string[], bounds: ReturnType<typeof timelineBounds>): string | null {
  const value = p.get(name);
  if (value === null) return null;
  if (!isMonth(value)) {
    ignored.push(`${name}: "${value}" is not a YYYY-MM month`);
    return null;
  }
  if (!bounds) {
    ignored.push(`${name}: this story has no dated claim`);
    return null;
  }
  if (value < bounds.first || value > bounds.last) {
    ignored.push(`${name}: ${value} is outside the story's timeline (${bounds.first}…${bounds.last})`);
    return null;
  }
  return value;
}

/** The state a hash describes, checked against `story`. Never throws. */
export function decodeHash(hash: string, story: Story): DecodedHash {
  const p = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  const view = storyView(story);
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
  let kinds: readonly string[] | null = kindsRaw === null ? null : list(kindsRaw, view.kinds, "kinds", ignored);
  if (kinds !== null && kinds.length === view.kinds.length) kinds = null;
  const modRaw = p.get("mod");
  const modalities: readonly Modality[] = modRaw === null ? DEFAULT_FILTERS.modalities : list(modRaw, MODALITIES, "mod", ignored);
  const certRaw = p.get("cert");
  const certainties: readonly Certainty[] = certRaw === null ? DEFAULT_FILTERS.certainties : list(certRaw, CERTAINTIES, "cert", ignored);
  const polRaw = p.get("pol");
  const polarities: readonly Polarity[] = polRaw === null ? DEFAULT_FILTERS.polarities : list(polRaw, POLARITIES, "pol", ignored);
  let sources: readonly string[] | null = null;
  const srcRaw = p.getAll("src");
  if (srcRaw.length > 0) {
    const byFolded = new Map(view.sources.map((s) => [s.value === AUTHOR ? AUTHOR : foldName(s.value), s.value]));
    const wanted = new Set<string>();
    for (const raw of srcRaw) {
      if (raw === "") continue;
      const known = byFolded.get(raw === AUTHOR ? AUTHOR : foldName(raw));
      if (known === undefined) ignored.push(`src: no source "${raw}" in this story`);
      else wanted.add(known);
    }
    sources = view.sources.map((s) => s.value).filter((v) => wanted.has(v));
    if (sources.length === view.sources.length) sources = null;
  }
  const bounds = timelineBounds(story);
  let from = month(p, "from", ignored, bounds);
  const until = month(p, "until", ignored, bounds);
  if (from !== null && until !== null && from > until) {
    ignored.push(`from: ${from} is after until (${until})`);
    from = null;
  }
  const undated = p.get("undated") === "1";
  const search = p.get("q") ?? "";
  for (const key of new Set(p.keys())) {
    if (!(HASH_PARTS as readonly string[]).includes(key)) ignored.push(`${key}: unknown part`);
  }
  return { state: { selection, filters: { kinds, modalities, certainties, polarities, sources, from, until, undated, search } }, ignored };
}
