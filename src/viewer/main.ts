/**
 * Entry point of the web viewer: starts the app on the embedded default story. Any error while
 * starting is shown in the page (as text) rather than leaving a blank screen.
 */
import "./zod-config.ts";
import { defaultStory } from "../data/story.ts";
import { startApp } from "./app.ts";

try {
  startApp(defaultStory());
} catch (e) {
  console.error(e);
  const box = document.getElementById("fatal");
  if (box) {
    box.hidden = false;
    box.textContent = `The viewer could not start: ${(e as Error).message}`;
  }
}
