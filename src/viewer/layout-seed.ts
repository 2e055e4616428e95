/**
 * Seeded initial positions for the layout: the same story always starts from the same positions
 * (nodes on a circle, grouped by kind, with a small jitter derived from each id), so
 * ForceAtlas2 settles on the same picture from one visit to the next.
 */

/** 32-bit FNV-1a hash of a string. */
export function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A deterministic pseudo-random generator in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
