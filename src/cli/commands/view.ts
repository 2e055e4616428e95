/**
 * `storygraph view [FILE]`: the viewer on a story in one command. Serves the viewer built into
 * the package (dist/viewer/) and FILE (story JSON or any GEXF) on 127.0.0.1, and prints the page's
 * address, which opens FILE (`?story=`); runs until interrupted (Ctrl-C).
 */
import { existsSync, statSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";
import { parseFlags } from "../args.ts";
import { packageRoot } from "../package-info.ts";
import { startViewServer } from "../serve.ts";
import { EXIT, UsageError, type Command } from "../io.ts";
import { FileReadError } from "../read-story.ts";

/** The command that opens a URL in the desktop's browser, by platform. */
function opener(url: string): [string, string[]] {
  if (process.platform === "darwin") return ["open", [url]];
  if (process.platform === "win32") return ["cmd", ["/c", "start", "", url]];
  return ["xdg-open", [url]];
}

export const viewCommand: Command = {
  name: "view",
  help: `Usage: storygraph view [FILE] [--port N] [--open]

Serve the viewer on 127.0.0.1 with FILE (a story JSON file or any GEXF file; the
built-in story without FILE) and print the page's address. The viewer checks the file
as storygraph validate does and lists its problems in the page. FILE is read again on
each reload of the page. Runs until interrupted (Ctrl-C).

Options:
  --port N    the port to listen on (default: a free one)
  --open      open the page in the desktop's browser
  -h, --help  show this help

Examples:
  storygraph view --help
  storygraph view tests/fixtures/lawsuit-story.json --open
  storygraph view graph.gexf --port 8080
`,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { port: { type: "string" }, open: { type: "boolean" } }, true);
    if (values.help) {
      io.out(this.help);
      return EXIT.ok;
    }
    if (positionals.length > 1) throw new UsageError("view takes at most one FILE");
    let port = 0;
    if (values.port !== undefined) {
      if (!/^\d+$/.test(values.port) || Number(values.port) > 65535) throw new UsageError(`--port: expected a port number 0-65535, got "${values.port}"`);
      port = Number(values.port);
    }
    const root = path.join(packageRoot(), "dist", "viewer");
    if (!existsSync(path.join(root, "index.html"))) {
      throw new FileReadError("view", path.join(root, "index.html"), "ENOENT", "the viewer is not built in this checkout; run: npm run build");
    }
    let story: { urlPath: string; file: string } | undefined;
    if (positionals[0] !== undefined) {
      const file = path.resolve(positionals[0]);
      let st;
      try {
        st = statSync(file);
      } catch {
        throw new FileReadError("view", positionals[0], "ENOENT", "no such file");
      }
      if (!st.isFile()) throw new FileReadError("view", positionals[0], "ENOTFILE", "it is not a regular file");
      story = { urlPath: `/story/${path.basename(file)}`, file };
    }
    const server = await startViewServer({ root, host: "127.0.0.1", port, ...(story && { story }) });
    const page = story ? `${server.url}?story=${encodeURIComponent(story.urlPath.slice(1)).replace(/%2F/g, "/")}` : server.url;
    io.out(`${page}\n`);
    io.err(`storygraph view: serving ${story ? positionals[0] : "the built-in story"} at ${page} (Ctrl-C to stop)\n`);
    if (values.open) {
      const [cmd, cmdArgs] = opener(page);
      const child = spawn(cmd, cmdArgs, { stdio: "ignore", detached: true });
      child.on("error", () => io.err(`storygraph view: could not start ${cmd} to open the browser; open ${page} yourself\n`));
      child.unref();
    }
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    await server.close();
    return EXIT.ok;
  },
};
