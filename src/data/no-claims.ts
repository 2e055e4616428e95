/** Sentences of the default article that hold no claim about the graph, each with the reason. */
import { defineNoClaims } from "../graph/define.ts";

export const NO_CLAIMS = defineNoClaims([
  {
    sentence: "s10",
    reason: "General commentary on collaborations between companies with different visions in AI; it names no company or person and states no relation between entities.",
  },
  {
    sentence: "s13",
    reason: "General lesson about collaborations in AI (divergent interests can lead to conflicts); it names no company or person and states no relation between entities.",
  },
]);
