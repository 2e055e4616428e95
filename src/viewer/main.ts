/** Placeholder entry of the web viewer until the viewer issue lands: shows the default story's size. */
import { defaultStory } from "../data/story.ts";

const story = defaultStory();
const app = document.getElementById("app");
if (app) app.textContent = `storygraph: ${story.entities.length} entities, ${story.relations.length} relations`;
