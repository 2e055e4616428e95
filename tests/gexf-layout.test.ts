import { describe, expect, it } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import { layoutPositions } from "../src/graph/gexf/layout.ts";

describe("layoutPositions", () => {
  const story = defaultStory();
  it("layoutPositions places every entity and event at finite, rounded coordinates", () => {
    const p = layoutPositions(story, { iterations: 50, seed: 1 });
    expect([...p.keys()]).toEqual([...story.entities.map((e) => e.id), ...story.events.map((e) => e.id)]);
    for (const { x, y } of p.values()) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.round(x * 100) / 100).toBe(x);
    }
  });
  it("layoutPositions is deterministic for a seed and differs between seeds", () => {
    const a = layoutPositions(story, { iterations: 100, seed: 5 });
    expect(layoutPositions(story, { iterations: 100, seed: 5 })).toEqual(a);
    expect(layoutPositions(story, { iterations: 100, seed: 6 })).not.toEqual(a);
  });
  it("layoutPositions pulls related entities closer than unrelated ones on average", () => {
    const p = layoutPositions(story, { iterations: 300, seed: 1 });
    const d = (a: string, b: string) => Math.hypot(p.get(a)!.x - p.get(b)!.x, p.get(a)!.y - p.get(b)!.y);
    // Microsoft and OpenAI share most relations; Elon Musk and Microsoft share none
    expect(d("microsoft", "openai")).toBeLessThan(d("elon-musk", "microsoft"));
    // an event sits near its participants: the founding between its founders, far from the break-up's parties
    expect(d("openai-founding", "elon-musk")).toBeLessThan(d("partnership-break-up", "elon-musk"));
  });
  it("layoutPositions rejects iterations that are not positive integers", () => {
    expect(() => layoutPositions(story, { iterations: 0, seed: 1 })).toThrow(InvalidArgumentError);
    expect(() => layoutPositions(story, { iterations: 2.5, seed: 1 })).toThrow(InvalidArgumentError);
  });
});
