// The claims list's text (src/viewer/panels/lists.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { claimSecondary } from "../src/viewer/panels/lists.ts";

const story = defaultStory();
const claim = (id: string) => [...story.relations, ...story.events].find((c) => c.id === id)!;

describe("claimSecondary", () => {
  test("claimSecondary gives the time (timePhrase), amount, display words and number of quotes", () => {
    expect(claimSecondary(claim("microsoft-partnered-openai"))).toBe("announced 2019-07 · asserted · 3 quotes");
    expect(claimSecondary(claim("microsoft-invested-openai-13bn"))).toBe("undated · $13B total · asserted · 1 quote");
  });
  test("claimSecondary says an event is one", () => {
    expect(claimSecondary(claim("microsoft-investment-2019"))).toBe("event · announced 2019-07 · $1B · asserted · 1 quote");
    expect(claimSecondary(claim("partnership-break-up"))).toBe("event · undated · reported, hypothetical · 5 quotes");
  });
});
