/**
 * A real SPARQL 1.1 store for the publish tests: Debian's Virtuoso 7 (`virtuoso-opensource`),
 * started on free ports of 127.0.0.1 with its own database in a temp folder (a copy of the
 * package's virtuoso.ini with the files and ports changed), polled until its SPARQL endpoint
 * answers (no fixed sleep), and stopped (by its own pid) after. When virtuoso-t is missing it is
 * installed when running as root; otherwise the helper throws with the install command.
 * The copied ini lifts the SPARQL endpoint's limits (10,000 rows, 60 s per query), which broke
 * the benchmark's queries from 100k claims; `isql` runs SQL through `isql-vt` (the bulk loader).
 */
import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const VIRTUOSO = "/usr/bin/virtuoso-t";
const ISQL = "/usr/bin/isql-vt";
const INI = "/etc/virtuoso-opensource-7/virtuoso.ini";
const INSTALL = "apt-get install -y virtuoso-opensource";

/** A running Virtuoso. */
export interface Virtuoso {
  /** Anonymous SPARQL endpoint (read). */
  readonly sparql: string;
  /** Authenticated SPARQL endpoint (digest; SPARQL Update). */
  readonly sparqlAuth: string;
  /** Authenticated Graph Store HTTP Protocol endpoint (digest). */
  readonly graphStore: string;
  readonly user: string;
  readonly password: string;
  /** Its SQL port on 127.0.0.1 (isql-vt). */
  readonly sqlPort: number;
  /** The server's process id (its memory: /proc/PID/status). */
  readonly pid: number;
  stop(): Promise<void>;
}

/** How to start it. */
export interface VirtuosoOptions {
  /** How long to wait for it (it is usually up in 5–25 s); default 120 s. */
  readonly timeoutMs?: number;
  /** More folders the server may read (the bulk loader's `ld_dir` reads only those). */
  readonly dirsAllowed?: readonly string[];
  /** Its page buffers, 8 kB each (default 20,000: 160 MB; the ini's table gives sizes by RAM). */
  readonly buffers?: number;
}

/**
 * Run SQL on a Virtuoso through `isql-vt` (statements separated by `;`), e.g. the bulk loader:
 * `ld_dir('/dir', '*.nq', 'http://g'); rdf_loader_run();`.
 *
 * @param sqlPort - the server's SQL port on 127.0.0.1.
 * @returns what isql printed.
 * @throws when isql-vt exits non-zero or prints an SQL error (`*** Error`), with its output.
 */
export function isqlVirtuoso(sqlPort: number, user: string, password: string, sql: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(ISQL, [`127.0.0.1:${sqlPort}`, user, password, "VERBOSE=OFF", "BANNER=OFF", "PROMPT=OFF", `exec=${sql}`], { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const out = `${stdout}${stderr}`;
      if (error || /\*\*\* Error/.test(out)) reject(new Error(`isqlVirtuoso: ${sql.slice(0, 200)}: ${(error?.message ?? "").split("\n")[0]} ${out.trim().slice(-2000)}`));
      else resolve(out);
    });
  });
}

function ensureInstalled(): void {
  if (existsSync(VIRTUOSO) && existsSync(INI)) return;
  if (process.getuid?.() === 0) {
    const r = spawnSync("bash", ["-c", `apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${INSTALL}`], { stdio: "inherit", timeout: 600_000 });
    if (r.status === 0 && existsSync(VIRTUOSO)) return;
  }
  throw new Error(`Virtuoso (virtuoso-t) is missing; install it with: ${INSTALL}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The package's ini with this server's files, ports and allowed folders. */
function iniFor(dir: string, sqlPort: number, httpPort: number, options: VirtuosoOptions): string {
  const buffers = options.buffers ?? 20_000;
  const files: Record<string, Record<string, string>> = {
    Database: {
      DatabaseFile: "virtuoso.db",
      ErrorLogFile: "virtuoso.log",
      LockFile: "virtuoso.lck",
      TransactionFile: "virtuoso.trx",
      xa_persistent_file: "virtuoso.pxa",
    },
    TempDatabase: { DatabaseFile: "virtuoso-temp.db", TransactionFile: "virtuoso-temp.trx" },
    Parameters: { ServerPort: `127.0.0.1:${sqlPort}`, DirsAllowed: [".", dir, ...(options.dirsAllowed ?? []), "/usr/share/virtuoso-opensource-7/vad"].join(", "),
      NumberOfBuffers: String(buffers),
      MaxDirtyBuffers: String(Math.round(buffers * 0.6)),
    },
    HTTPServer: { ServerPort: `127.0.0.1:${httpPort}` },
    // the defaults cut answers at 10,000 rows and queries at 60 s (seen from 100k claims)
    SPARQL: { ResultSetMaxRows: "100000000", MaxQueryCostEstimationTime: "36000", MaxQueryExecutionTime: "36000" },
  };
  let section = "";
  return readFileSync(INI, "utf8")
    .split("\n")
    .map((line) => {
      const head = /^\s*\[([^\]]+)\]/.exec(line);
      if (head) section = head[1]!;
      const kv = /^(\s*)([A-Za-z_]+)(\s*=\s*)(.*)$/.exec(line);
      const value = kv ? files[section]?.[kv[2]!] : undefined;
      if (!kv || value === undefined) return line;
      return `${kv[1]}${kv[2]}${kv[3]}${section.endsWith("Database") ? path.join(dir, value) : value}`;
    })
    .join("\n");
}

/**
 * Start Virtuoso and wait until its SPARQL endpoint answers a query.
 *
 * @param options - how long to wait for it, more folders it may read, its buffers.
 * @throws when it cannot be installed, exits, or does not answer in time (with its log's tail).
 */
export async function startVirtuoso(options: VirtuosoOptions = {}): Promise<Virtuoso> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  ensureInstalled();
  const dir = mkdtempSync(path.join(tmpdir(), "storygraph-virtuoso-"));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  const ini = path.join(dir, "virtuoso.ini");
  writeFileSync(ini, iniFor(dir, sqlPort, httpPort, options));
  const child: ChildProcess = spawn(VIRTUOSO, ["+foreground", "+configfile", ini], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (d) => void (output += d));
  child.stderr?.on("data", (d) => void (output += d));
  let exited = false;
  const killOnExit = () => void (!exited && child.kill("SIGKILL"));
  process.once("exit", killOnExit);
  child.once("exit", () => {
    exited = true;
    process.removeListener("exit", killOnExit);
  });
  const base = `http://127.0.0.1:${httpPort}`;
  const sparql = `${base}/sparql`;
  const log = () => {
    const file = path.join(dir, "virtuoso.log");
    return (existsSync(file) ? readFileSync(file, "utf8") : output).split("\n").slice(-15).join("\n");
  };
  const stop = async () => {
    if (!exited && child.pid !== undefined) {
      const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => !exited && child.kill("SIGKILL"), 20_000);
      await gone;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  for (let wait = 100; ; wait = Math.min(wait * 2, 1000)) {
    if (exited) {
      const tail = log();
      await stop();
      throw new Error(`Virtuoso exited before answering; its log ends:\n${tail}`);
    }
    try {
      const r = await fetch(`${sparql}?query=${encodeURIComponent("ASK { ?s ?p ?o }")}`, { headers: { accept: "application/sparql-results+json" } });
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      const tail = log();
      await stop();
      throw new Error(`Virtuoso did not answer on ${sparql} within ${timeoutMs} ms; its log ends:\n${tail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return { sparql, sparqlAuth: `${base}/sparql-auth`, graphStore: `${base}/sparql-graph-crud-auth`, user: "dba", password: "dba", sqlPort, pid: child.pid!, stop };
}
