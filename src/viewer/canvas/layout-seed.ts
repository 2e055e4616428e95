/**
 * Seeded initial positions for the layout: the same story always starts from the same positions
 * (nodes on a circle, grouped by kind, with a small jitter derived from each id), so
 * ForceAtlas2 settles on the same picture from one visit to the next.
 */

import { hashString, mulberry32 as seededRandom } from "../../graph/random.ts";

export { hashString, seededRandom };

/** One node to place: its id and a group (its kind) that keeps like nodes together. */
export interface SeedNode {
  readonly id: string;
  readonly group: string;
}

/**
 * Positions on a circle of radius `radius`, nodes sorted by group then id, each nudged by a
 * jitter seeded from its id. Deterministic: same input, same output.
 */
export function seededPositions(nodes: readonly SeedNode[], radius = 20): Map<string, { x: number; y: number }> {
  const sorted = [...nodes].sort((a, b) => a.group.localeCompare(b.group) || a.id.localeCompare(b.id));
  const out = new Map<string, { x: number; y: number }>();
  const n = Math.max(sorted.length, 1);
  sorted.forEach((node, i) => {
    const rand = seededRandom(hashString(node.id));
    const angle = (2 * Math.PI * i) / n + (rand() - 0.5) * (Math.PI / n) * 0.5;
    const r = radius * (0.9 + rand() * 0.2);
    out.set(node.id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
  return out;
}
