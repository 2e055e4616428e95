// createHandlerRelay: events before connect are held, the layout's last state is replayed on
// connect (settled stays settled: the old "Layout stopped" after a layout that settled before the
// panels connected), and events after connect reach the new handlers.
import { describe, expect, test } from "vitest";
import { createHandlerRelay } from "../src/viewer/canvas/handler-relay.ts";
import type { GraphViewHandlers } from "../src/viewer/canvas/graph-view.ts";

function recorder(): { handlers: GraphViewHandlers; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    handlers: {
      onSelect: (s) => calls.push(`select ${s.type}:${s.id}`),
      onClearSelection: () => calls.push("clear"),
      onContextLost: (lost) => calls.push(`lost ${lost}`),
      onLayoutChange: (running, settled) => calls.push(`layout ${running} ${settled}`),
    },
  };
}

describe("createHandlerRelay", () => {
  test("createHandlerRelay replays a layout that settled before connect as settled", () => {
    const relay = createHandlerRelay();
    relay.handlers.onLayoutChange(true, false);
    relay.handlers.onLayoutChange(false, true);
    const r = recorder();
    relay.connect(r.handlers, false);
    expect(r.calls).toEqual(["layout false true"]);
  });

  test("createHandlerRelay replays a running layout as running, and a layout that never reported as it is now", () => {
    const running = createHandlerRelay();
    running.handlers.onLayoutChange(true, false);
    const a = recorder();
    running.connect(a.handlers, true);
    expect(a.calls).toEqual(["layout true false"]);
    const silent = createHandlerRelay();
    const b = recorder();
    silent.connect(b.handlers, true);
    expect(b.calls).toEqual(["layout true false"]);
  });

  test("createHandlerRelay forwards every event after connect, and none before", () => {
    const relay = createHandlerRelay();
    relay.handlers.onSelect({ type: "entity", id: "early" });
    const r = recorder();
    relay.connect(r.handlers, false);
    relay.handlers.onSelect({ type: "relation", id: "r1" });
    relay.handlers.onClearSelection();
    relay.handlers.onContextLost(true);
    relay.handlers.onLayoutChange(true, false);
    expect(r.calls).toEqual(["layout false false", "select relation:r1", "clear", "lost true", "layout true false"]);
  });
});
