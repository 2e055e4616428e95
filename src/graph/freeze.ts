/**
 * `freezeStory`: freeze every object of a story model (the story, its article, arrays, sentences,
 * entities and their aliases, relations with their date, amount, citations, attributions and
 * modalities, no-claim notes) by walking the model's known shape.
 *
 * Same result as a generic deep freeze, without one `Object.values` array per object: on a story
 * of 100k relations (about a million objects) that generic walk cost a tenth of `buildStory`.
 * A test checks that nothing reachable is left unfrozen.
 */
import type { Story } from "./model.ts";

const freeze = Object.freeze;

/** Freeze `story` and everything it holds; returns it. */
export function freezeStory(story: Story): Story {
  freeze(story.article);
  for (const s of story.sentences) freeze(s);
  freeze(story.sentences);
  for (const e of story.entities) {
    freeze(e.aliases);
    freeze(e);
  }
  freeze(story.entities);
  for (const r of story.relations) {
    if (r.date) freeze(r.date);
    if (r.amount) freeze(r.amount);
    for (const c of r.citations) {
      freeze(c.attribution);
      freeze(c);
    }
    freeze(r.citations);
    freeze(r.modalities);
    freeze(r);
  }
  freeze(story.relations);
  for (const n of story.noClaims) freeze(n);
  freeze(story.noClaims);
  return freeze(story);
}
