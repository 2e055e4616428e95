/** Package entry of storygraph: the graph API and the built-in default story. Re-exports only. */
export * from "./graph/index.ts";
export { defaultStory, defaultStoryInput } from "./data/story.ts";
