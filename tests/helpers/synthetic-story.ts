/** A big synthetic story for scale tests: `entities` organisations, `relations` cited investments. */
import { buildStory } from "../../src/graph/input/validate.ts";
import type { Story } from "../../src/graph/model.ts";

/** One sentence per relation ("Org 3 a investi dans Org 7 (n° 12)."), each cited by its relation. */
export function syntheticStory(entities: number, relations: number): Story {
  const sentences: string[] = [];
  const rels = [];
  for (let i = 0; i < relations; i++) {
    const s = i % entities;
    const t = (i * 7 + 1) % entities === s ? (s + 1) % entities : (i * 7 + 1) % entities;
    const quote = `Org ${s} a investi dans Org ${t} (n° ${i})`;
    sentences.push(quote + ".");
    rels.push({
      id: `r${i}`,
      kind: "invested",
      source: `org-${s}`,
      target: `org-${t}`,
      ...(i % 3 === 0 && { date: `20${10 + (i % 10)}-0${1 + (i % 9)}` }),
      ...(i % 2 === 0 && { amount: { value: 1000 * i, currency: "EUR", scope: "tranche" } }),
      citations: [{ sentence: `s${i + 1}`, quote, modality: "asserted", gloss: `Org ${s} invested in Org ${t}.` }],
    });
  }
  return buildStory({
    article: { text: sentences.join("\n"), language: "fr", title: "Synthetic" },
    entities: Array.from({ length: entities }, (_, i) => ({ id: `org-${i}`, kind: "organization", label: `Org ${i}`, aliases: [`O${i}`] })),
    relations: rels,
  });
}
