/**
 * Adapter between the viewer and the GEXF export/import of src/graph/gexf (owned by the GEXF
 * issue). The viewer only calls these two functions, so wiring the real implementation is a
 * one-line change here.
 */
import { StorygraphError } from "../../graph/errors.ts";
import type { Story } from "../../graph/model.ts";

/** The GEXF export or import is not part of this build. */
export class GexfUnavailableError extends StorygraphError {
  constructor(fn: string) {
    super(`${fn}: GEXF support is not available in this build`);
  }
}

/** What a GEXF file held: a whole story (a storygraph export) or only a plain graph. */
export type GexfContent = { readonly kind: "story"; readonly story: Story } | { readonly kind: "graph"; readonly graph: unknown };

/**
 * The story as GEXF 1.3 text.
 *
 * @throws {GexfUnavailableError} while src/graph/gexf is not in the build.
 */
export function storyToGexf(_story: Story): string {
  throw new GexfUnavailableError("storyToGexf");
}

/**
 * Read GEXF text.
 *
 * @throws {GexfUnavailableError} while src/graph/gexf is not in the build.
 */
export function readGexf(_xml: string): GexfContent {
  throw new GexfUnavailableError("readGexf");
}
