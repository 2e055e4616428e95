/**
 * Adapter between the viewer and the GEXF export/import of src/graph/gexf: the viewer calls only
 * these two functions. Loaded on demand by the app (the reader validates the story it holds,
 * with zod): zod-config comes first so that zod never probes for `eval` (the CSP forbids it).
 */
import "../zod-config.ts";
import { fromGexf, toGexf, type GexfImport, type GexfOptions } from "../../graph/gexf/index.ts";
import type { Story } from "../../graph/model.ts";

/** What a GEXF file held: a whole story (a storygraph export) or only a plain graph. */
export type GexfContent = GexfImport;

/**
 * The story as GEXF 1.3 text (`toGexf`): with the screen's `positions` and `nodeColors` when
 * given, else deterministic (the writer's own layout and colours by kind).
 *
 * @throws {InvalidArgumentError} for positions or colours that do not match the story's nodes.
 */
export function storyToGexf(story: Story, screen: Pick<Partial<GexfOptions>, "positions" | "nodeColors"> = {}): string {
  return toGexf(story, screen);
}

/**
 * Read GEXF text or bytes.
 *
 * @throws {GexfError} subclasses for malformed or invalid GEXF, {StoryValidationError} for a
 *   storygraph export whose story does not validate.
 */
export function readGexf(xml: string | Uint8Array): GexfContent {
  return fromGexf(xml);
}
