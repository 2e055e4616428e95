/**
 * Entry point of the web viewer. It draws the embedded default story's graph first (sigma and
 * what the first frame needs), then loads the rest of the viewer (panels, state, deep links,
 * exports: app.ts, its own chunk) and hands it the graph. Any error while starting is shown in
 * the page (as text) rather than leaving a blank screen.
 */
import { defaultStory } from "../data/story.ts";
import { byId } from "./dom.ts";
import { premountGraph } from "./premount.ts";

function fatal(e: unknown): void {
  console.error(e);
  const box = document.getElementById("fatal");
  if (box) {
    box.hidden = false;
    box.textContent = `The viewer could not start: ${(e as Error).message}`;
  }
}

try {
  const story = defaultStory();
  const pre = premountGraph(story, byId("graph"), byId("legend"), byId("story-title"));
  // The rest of the viewer is fetched once the graph is on screen: the first frame needs none of it.
  pre.firstFrame
    .then(() => import("./app.ts"))
    .then(({ startApp }) => startApp(story, pre))
    .catch(fatal);
} catch (e) {
  fatal(e);
}
