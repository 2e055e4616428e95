/** The first frame's data, computed when the viewer is built (see first-frame.ts and vite.config.ts). */
declare module "virtual:storygraph-first-frame" {
  const data: import("./first-frame.ts").FirstFrameData;
  export default data;
}
