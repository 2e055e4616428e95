// Deep links: view state ↔ URL hash (src/viewer/state/hash.ts).
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { defaultStory } from "../src/data/story.ts";
import { CERTAINTIES, MODALITIES, POLARITIES } from "../src/graph/values.ts";
import { decodeHash, encodeHash } from "../src/viewer/state/hash.ts";
import { storyView } from "../src/viewer/state/story-view.ts";
import { timelineBounds } from "../src/viewer/state/timeline.ts";
import { DEFAULT_FILTERS, INITIAL_STATE, pathEnds, pathSelection, type Filters, type ViewState } from "../src/viewer/state/types.ts";

const story = defaultStory();
const view = storyView(story);
const withFilters = (patch: Partial<Filters>): ViewState => ({ ...INITIAL_STATE, filters: { ...DEFAULT_FILTERS, ...patch } });

describe("encodeHash", () => {
  test("encodeHash of the initial state is empty", () => {
    expect(encodeHash(INITIAL_STATE)).toBe("");
  });
  test("encodeHash writes only what differs from the defaults", () => {
    const s: ViewState = {
      selection: { type: "event", id: "partnership-break-up" },
      filters: { ...DEFAULT_FILTERS, kinds: ["partnered", "termination"], until: "2015-12", search: "géant" },
    };
    expect(encodeHash(s)).toBe("#sel=event%3Apartnership-break-up&kinds=partnered%2Ctermination&until=2015-12&q=g%C3%A9ant");
  });
  test("encodeHash writes the citation filters and one src part per source", () => {
    const h = encodeHash(withFilters({ certainties: ["possible", "unknown"], polarities: ["positive"], sources: ["author", "des sources proches du dossier"], from: "2020-01" }));
    expect(h).toBe("#cert=possible%2Cunknown&pol=positive&src=author&src=des+sources+proches+du+dossier&from=2020-01");
  });
  test("encodeHash writes an empty list as kinds= (none shown), and no source as one empty src=", () => {
    const h = encodeHash(withFilters({ kinds: [], sources: [] }));
    expect(h).toBe("#kinds=&src=");
    expect(decodeHash(h, story).state.filters).toMatchObject({ kinds: [], sources: [] });
  });
});

describe("decodeHash", () => {
  test("decodeHash restores every part", () => {
    const { state, ignored } = decodeHash("#sel=entity:microsoft&mod=asserted,reported&cert=possible&pol=positive&src=des+sources+proches+du+dossier&from=2016-03&until=2020-01&undated=1&q=g%C3%A9ant", story);
    expect(ignored).toEqual([]);
    expect(state.selection).toEqual({ type: "entity", id: "microsoft" });
    expect(state.filters).toEqual({
      kinds: null,
      modalities: ["asserted", "reported"],
      certainties: ["possible"],
      polarities: ["positive"],
      sources: ["des sources proches du dossier"],
      from: "2016-03",
      until: "2020-01",
      undated: true,
      search: "géant",
    });
  });
  test("decodeHash restores an event selection, and reads a source name insensitive to case and accents", () => {
    const { state } = decodeHash("#sel=event:openai-founding&src=DES+SOURCES+PROCHES+DU+DOSSIER&src=author", story);
    expect(state.selection).toEqual({ type: "event", id: "openai-founding" });
    expect(state.filters.sources).toEqual(["author", "des sources proches du dossier"]);
  });
  test("decodeHash reads a list holding every kind or every source as 'all' (null)", () => {
    expect(decodeHash(`#kinds=${view.kinds.join(",")}`, story).state.filters.kinds).toBeNull();
    expect(decodeHash(`#${view.sources.map((s) => `src=${encodeURIComponent(s.value)}`).join("&")}`, story).state.filters.sources).toBeNull();
  });
  test("decodeHash ignores and reports what it cannot use", () => {
    const { state, ignored } = decodeHash("#sel=relation:nope&kinds=pursues,bogus&cert=sure&src=nobody&until=2016&x=1", story);
    expect(state.selection).toBeNull();
    expect(state.filters.kinds).toEqual(["pursues"]);
    expect(state.filters.certainties).toEqual([]);
    expect(state.filters.sources).toEqual([]);
    expect(state.filters.until).toBeNull();
    expect(ignored).toHaveLength(6);
  });
  test("decodeHash ignores a month outside the story's timeline, a start after the end, and any month for an undated story", () => {
    for (const month of ["1900-01", "2014-12", "2099-01"]) {
      const { state, ignored } = decodeHash(`#until=${month}`, story);
      expect(state.filters.until).toBeNull();
      expect(ignored).toHaveLength(1);
    }
    expect(decodeHash("#until=2015-01", story).state.filters.until).toBe("2015-01");
    expect(decodeHash("#from=2021-01&until=2020-01", story).state.filters).toMatchObject({ from: null, until: "2020-01" });
    const undatedStory = { ...story, relations: story.relations.filter((r) => !r.period), events: story.events.filter((e) => !e.period) };
    expect(decodeHash("#until=2016-01", undatedStory).state.filters.until).toBeNull();
  });
  test("decodeHash reads a selection without a type, or of the wrong type, as nothing", () => {
    expect(decodeHash("#sel=microsoft", story).state.selection).toBeNull();
    expect(decodeHash("#sel=planet:microsoft", story).state.selection).toBeNull();
    expect(decodeHash("#sel=relation:openai-founding", story).state.selection).toBeNull();
  });
  test("decodeHash(encodeHash(state)) gives the state back for any valid state", () => {
    const ids = {
      relation: story.relations.map((r) => r.id),
      event: story.events.map((e) => e.id),
      entity: story.entities.map((e) => e.id),
      sentence: story.sentences.map((s) => s.id),
    };
    const selection = fc.oneof(
      fc.constant(null),
      ...(["relation", "event", "entity", "sentence"] as const).map((type) => fc.constantFrom(...ids[type]).map((id) => ({ type, id }))),
    );
    const bounds = timelineBounds(story)!;
    const first = Number(bounds.first.slice(0, 4)) * 12 + Number(bounds.first.slice(5)) - 1;
    const last = Number(bounds.last.slice(0, 4)) * 12 + Number(bounds.last.slice(5)) - 1;
    const month = fc.option(fc.integer({ min: first, max: last }).map((i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`));
    // open lists: a subset, or null for every item (what the actions give)
    const open = (all: readonly string[]) => fc.subarray([...all]).map((l) => (l.length === all.length ? null : l));
    const state = fc
      .record({
        selection,
        filters: fc.record({
          kinds: open(view.kinds),
          modalities: fc.subarray([...MODALITIES]),
          certainties: fc.subarray([...CERTAINTIES]),
          polarities: fc.subarray([...POLARITIES]),
          sources: open(view.sources.map((s) => s.value)),
          from: month,
          until: month,
          undated: fc.boolean(),
          search: fc.string({ maxLength: 12 }),
        }),
      })
      .filter((s) => s.filters.from === null || s.filters.until === null || s.filters.from <= s.filters.until);
    fc.assert(fc.property(state, (s) => void expect(decodeHash(encodeHash(s as ViewState), story).state).toEqual(s)));
  });
});

describe("pathSelection", () => {
  test("pathSelection joins the two ends with ~, and pathEnds reads them back (null for anything else)", () => {
    expect(pathSelection("elon-musk", "microsoft")).toEqual({ type: "path", id: "elon-musk~microsoft" });
    expect(pathEnds("elon-musk~microsoft")).toEqual({ from: "elon-musk", to: "microsoft" });
    for (const id of ["elon-musk", "a~b~c", "~b", "a~"]) expect(pathEnds(id)).toBeNull();
  });
  test("decodeHash restores a path selection between two nodes of the story and ignores one naming an unknown node", () => {
    const state: ViewState = { ...INITIAL_STATE, selection: pathSelection("elon-musk", "microsoft") };
    expect(encodeHash(state)).toBe("#sel=path%3Aelon-musk%7Emicrosoft");
    expect(decodeHash(encodeHash(state), story).state.selection).toEqual(state.selection);
    const stale = decodeHash("#sel=path:elon-musk~nobody", story);
    expect(stale.state.selection).toBeNull();
    expect(stale.ignored).toEqual(['sel: no path "elon-musk~nobody" in this story']);
    expect(decodeHash("#sel=path:microsoft~microsoft", story).state.selection).toBeNull();
  });
});
