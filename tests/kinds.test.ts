// isAllowedRelation and the RELATION_RULES table.
import { describe, expect, test } from "vitest";
import { ENTITY_KINDS, RELATION_KINDS, RELATION_RULES, isAllowedRelation } from "../src/graph/kinds.ts";

describe("isAllowedRelation", () => {
  test("isAllowedRelation follows each kind's domain and range", () => {
    expect(isAllowedRelation("founded", "person", "organization")).toBe(true);
    expect(isAllowedRelation("founded", "organization", "person")).toBe(false);
    expect(isAllowedRelation("invested", "person", "organization")).toBe(true);
    expect(isAllowedRelation("invested", "organization", "person")).toBe(false);
    expect(isAllowedRelation("partnered", "organization", "organization")).toBe(true);
    expect(isAllowedRelation("partnered", "person", "organization")).toBe(false);
    expect(isAllowedRelation("pursues", "organization", "field")).toBe(true);
  });
  test("RELATION_RULES only name known entity kinds and mark partnered symmetric", () => {
    for (const kind of RELATION_KINDS) {
      const rule = RELATION_RULES[kind];
      for (const k of [...rule.domain, ...rule.range]) expect(ENTITY_KINDS).toContain(k);
    }
    expect(RELATION_RULES.partnered.symmetric).toBe(true);
    expect(RELATION_RULES.invested.symmetric).toBe(false);
  });
});
