/**
 * Adapter between the viewer and the GEXF export/import of src/graph/gexf: the viewer calls only
 * these two functions. Loaded on demand by the app (the reader validates the story it holds,
 * with zod): zod-config comes first so that zod never probes for `eval` (the CSP forbids it).
 */
import "../zod-config.ts";
import { fromGexf, toGexf, type GexfImport } from "../../graph/gexf/index.ts";
import type { Story } from "../../graph/model.ts";

/** What a GEXF file held: a whole story (a storygraph export) or only a plain graph. */
export type GexfContent = GexfImport;

/**
 * The story as GEXF 1.3 text (the GEXF issue's `toGexf`, default options: deterministic).
 *
 * @throws {InvalidArgumentError} never with the default options.
 */
export function storyToGexf(story: Story): string {
  return toGexf(story);
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
