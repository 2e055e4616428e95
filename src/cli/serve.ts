/**
 * The static server behind `storygraph view`: the built viewer (dist/viewer/) and one story
 * file, on 127.0.0.1 only. GET and HEAD only; paths are resolved inside the viewer folder (no
 * `..` escapes it); the story file is read anew on each request (edit, then reload the page).
 */
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".gexf": "application/gexf+xml",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
};

/** What the server serves: the viewer's folder, and the story file at `storyPath` (a URL path). */
export interface ViewServerOptions {
  readonly root: string;
  readonly story?: { readonly urlPath: string; readonly file: string };
  readonly host: string;
  readonly port: number;
}

/** A running view server: its address and how to stop it. */
export interface ViewServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** Start serving; resolves once listening (port 0 picks a free port). */
export function startViewServer(options: ViewServerOptions): Promise<ViewServer> {
  const root = path.resolve(options.root);
  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { allow: "GET, HEAD" }).end();
        return;
      }
      let urlPath: string;
      try {
        urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      let file: string;
      const story = options.story?.urlPath === urlPath;
      if (story) file = options.story!.file;
      else {
        file = path.join(root, urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath);
        if (file !== root && !file.startsWith(root + path.sep)) {
          res.writeHead(403).end();
          return;
        }
      }
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(story ? `cannot read ${file}\n` : "not found\n");
        return;
      }
      res.writeHead(200, {
        "content-type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
        "content-length": body.length,
        "cache-control": story ? "no-store" : "no-cache",
        "x-content-type-options": "nosniff",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    })();
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : options.port;
      resolve({
        url: `http://${options.host}:${port}/`,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
