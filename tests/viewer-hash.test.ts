// Deep links: view state ↔ URL hash (src/viewer/state/hash.ts).
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { defaultStory } from "../src/data/story.ts";
import { MODALITIES, RELATION_KINDS } from "../src/graph/kinds.ts";
import { decodeHash, encodeHash } from "../src/viewer/state/hash.ts";
import { INITIAL_STATE, type ViewState } from "../src/viewer/state/types.ts";

const story = defaultStory();

describe("encodeHash", () => {
  test("encodeHash of the initial state is empty", () => {
    expect(encodeHash(INITIAL_STATE)).toBe("");
  });
  test("encodeHash writes only what differs from the defaults", () => {
    const s: ViewState = {
      selection: { type: "relation", id: "microsoft-invested-openai-2019" },
      filters: { ...INITIAL_STATE.filters, kinds: ["founded", "invested"], until: "2015-12", search: "géant" },
    };
    expect(encodeHash(s)).toBe("#sel=relation%3Amicrosoft-invested-openai-2019&kinds=founded%2Cinvested&until=2015-12&q=g%C3%A9ant");
  });
  test("encodeHash writes an empty list as kinds= (none shown)", () => {
    const h = encodeHash({ ...INITIAL_STATE, filters: { ...INITIAL_STATE.filters, kinds: [] } });
    expect(h).toBe("#kinds=");
    expect(decodeHash(h, story).state.filters.kinds).toEqual([]);
  });
});

describe("decodeHash", () => {
  test("decodeHash restores every part", () => {
    const { state, ignored } = decodeHash("#sel=entity:microsoft&mod=asserted,reported&until=2016-03&undated=1&q=g%C3%A9ant", story);
    expect(ignored).toEqual([]);
    expect(state.selection).toEqual({ type: "entity", id: "microsoft" });
    expect(state.filters).toEqual({ kinds: RELATION_KINDS, modalities: ["asserted", "reported"], until: "2016-03", undated: true, search: "géant" });
  });
  test("decodeHash ignores and reports what it cannot use", () => {
    const { state, ignored } = decodeHash("#sel=relation:nope&kinds=founded,bogus&until=2016&x=1", story);
    expect(state.selection).toBeNull();
    expect(state.filters.kinds).toEqual(["founded"]);
    expect(state.filters.until).toBeNull();
    expect(ignored).toHaveLength(4);
  });
  test("decodeHash ignores a month outside the story's timeline, and any month for an undated story", () => {
    for (const month of ["1900-01", "2019-08", "2031-01"]) {
      const { state, ignored } = decodeHash(`#until=${month}`, story);
      expect(state.filters.until).toBeNull();
      expect(ignored).toHaveLength(1);
    }
    expect(decodeHash("#until=2015-01", story).state.filters.until).toBe("2015-01");
    const undatedStory = { ...story, relations: story.relations.filter((r) => !r.date) };
    expect(decodeHash("#until=2016-01", undatedStory).state.filters.until).toBeNull();
  });
  test("decodeHash reads a selection without a type as nothing", () => {
    expect(decodeHash("#sel=microsoft", story).state.selection).toBeNull();
    expect(decodeHash("#sel=planet:microsoft", story).state.selection).toBeNull();
  });
  test("decodeHash(encodeHash(state)) gives the state back for any valid state", () => {
    const ids = {
      relation: story.relations.map((r) => r.id),
      entity: story.entities.map((e) => e.id),
      sentence: story.sentences.map((s) => s.id),
    };
    const selection = fc.oneof(
      fc.constant(null),
      ...(["relation", "entity", "sentence"] as const).map((type) => fc.constantFrom(...ids[type]).map((id) => ({ type, id }))),
    );
    const state = fc.record({
      selection,
      filters: fc.record({
        kinds: fc.subarray([...RELATION_KINDS]),
        modalities: fc.subarray([...MODALITIES]),
        // months inside the story's timeline (2015-01…2019-07): others are ignored by design
        until: fc.option(fc.integer({ min: 2015 * 12, max: 2019 * 12 + 6 }).map((i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`)),
        undated: fc.boolean(),
        search: fc.string({ maxLength: 12 }),
      }),
    });
    fc.assert(fc.property(state, (s) => void expect(decodeHash(encodeHash(s as ViewState), story).state).toEqual(s)));
  });
});
