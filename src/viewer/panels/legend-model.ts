/**
 * The legend model of a story (what panels/legend.ts draws): the entity, event and relation
 * kinds its entities and claims use, in vocabulary order, named from its vocabulary (a story's
 * own kinds included) with their colours, and the participation edges' colour when it has events.
 */
import { kindLabel } from "../../graph/describe.ts";
import type { Story } from "../../graph/model.ts";
import { entityColor, eventColor, PARTICIPATION_COLOR, relationColor } from "../styles.ts";
import type { LegendModel } from "./legend.ts";

/** The kinds of `list` that `used` holds, in `list`'s (vocabulary) order. */
function usedKinds(list: readonly { id: string }[], used: ReadonlySet<string>): string[] {
  return list.map((k) => k.id).filter((k) => used.has(k));
}

/** The legend of `story`. */
export function legendModel(story: Story): LegendModel {
  const v = story.vocabulary;
  const entry = (color: (k: string) => string) => (k: string) => ({ label: kindLabel(v, k), color: color(k) });
  return {
    entityKinds: usedKinds(v.entityKinds, new Set(story.entities.map((e) => e.kind))).map(entry(entityColor)),
    eventKinds: usedKinds(v.eventKinds, new Set(story.events.map((e) => e.kind))).map(entry(eventColor)),
    relationKinds: usedKinds(v.relationKinds, new Set(story.relations.map((r) => r.kind))).map(entry(relationColor)),
    participation: story.events.length ? PARTICIPATION_COLOR : null,
  };
}
