// The view state store (src/viewer/state/store.ts).
import { describe, expect, test, vi } from "vitest";
import { createStore } from "../src/viewer/state/store.ts";
import { select, toggleKind } from "../src/viewer/state/actions.ts";
import { INITIAL_STATE } from "../src/viewer/state/types.ts";

describe("createStore", () => {
  test("createStore tells subscribers the new and previous state on a change", () => {
    const store = createStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const next = store.dispatch(select({ type: "entity", id: "openai" }));
    expect(listener).toHaveBeenCalledWith(next, INITIAL_STATE);
    expect(store.getState()).toBe(next);
  });
  test("createStore stays silent when an action changes nothing", () => {
    const store = createStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispatch(toggleKind("founded", true, ["founded", "invested"]));
    expect(listener).not.toHaveBeenCalled();
  });
  test("createStore's unsubscribe stops the calls", () => {
    const store = createStore();
    const listener = vi.fn();
    const off = store.subscribe(listener);
    off();
    store.dispatch(select({ type: "entity", id: "openai" }));
    expect(listener).not.toHaveBeenCalled();
  });
});
