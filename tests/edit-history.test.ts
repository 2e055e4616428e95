// Undo/redo history (src/graph/edit/history.ts).
import { describe, expect, test } from "vitest";
import { canRedo, canUndo, record, redo, startHistory, undo } from "../src/graph/edit/history.ts";

describe("history", () => {
  test("record, undo and redo walk the values back and forth", () => {
    let h = record(record(startHistory("a"), "b"), "c");
    expect([h.present, canUndo(h), canRedo(h)]).toEqual(["c", true, false]);
    h = undo(h);
    expect(h.present).toBe("b");
    h = undo(h);
    expect([h.present, canUndo(h), canRedo(h)]).toEqual(["a", false, true]);
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe("c");
    expect(redo(h)).toBe(h);
  });
  test("record after undo forgets what was undone; recording the present changes nothing", () => {
    let h = undo(record(record(startHistory(1), 2), 3));
    expect(record(h, h.present)).toBe(h);
    h = record(h, 4);
    expect([h.past, h.present, h.future]).toEqual([[1, 2], 4, []]);
  });
  test("record keeps at most limit steps of past", () => {
    let h = startHistory(0);
    for (let i = 1; i <= 10; i++) h = record(h, i, 3);
    expect(h.past).toEqual([7, 8, 9]);
  });
});
