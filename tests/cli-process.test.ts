// The built CLI as a process (bin/storygraph.js → dist/cli/): a closed pipe on its output ends it
// quietly with exit 0 (storygraph query | head -1), `-` reads standard input, and no TypeScript
// is compiled at run time (the bin runs without tsx).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { generateStory } from "../bench/generate.ts";
import { BIN, runBin } from "./helpers/cli.ts";

const tmp = mkdtempSync(join(tmpdir(), "storygraph-process-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const LAWSUIT = new URL("./fixtures/lawsuit-story.json", import.meta.url);

/** Run the bin with `args`, read its first chunk of output, then close the pipe (as `| head -c N` does). */
function closeAfterFirstChunk(args: string[]): Promise<{ code: number | null; signal: string | null; err: string; got: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    let got = 0;
    child.stderr.on("data", (d: Buffer) => void (err += d.toString()));
    child.stdout.once("data", (d: Buffer) => {
      got = d.length;
      child.stdout.destroy();
    });
    child.on("exit", (code, signal) => resolve({ code, signal, err, got }));
  });
}

describe("storygraph as a process", () => {
  test("bin: query, query --json and export --format json on a 5,000-relation story end with exit 0 and nothing on stderr when the reader closes the pipe", async () => {
    const file = join(tmp, "big.json");
    writeFileSync(file, JSON.stringify(generateStory({ entities: 1_000, relations: 5_000, events: 500 })));
    for (const args of [["query"], ["query", "--json"], ["export", "--format", "json"], ["export", "--iterations", "0"]]) {
      const r = await closeAfterFirstChunk([...args, "--story", file]);
      expect([args, r.code, r.signal, r.err]).toEqual([args, 0, null, ""]);
      expect(r.got).toBeGreaterThan(0);
    }
  }, 120_000);

  test("bin: validate - and --story - read standard input, named <stdin>", () => {
    const text = readFileSync(LAWSUIT, "utf8");
    const v = runBin(["validate", "-"], { input: text });
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/^<stdin>: valid story: /);
    const q = runBin(["query", "--json", "--story", "-"], { input: text });
    expect(q.code).toBe(0);
    expect((JSON.parse(q.out) as unknown[]).length).toBeGreaterThan(0);
    const bad = runBin(["validate", "-"], { input: '{"format": "storygraph/2",' });
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/^<stdin>:1:\d+ /);
  });

  test("bin: --version prints package.json's version; the bin needs no TypeScript loader", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    const r = runBin(["--version"]);
    expect(r).toEqual({ code: 0, out: `${pkg.version}\n`, err: "" });
    expect(readFileSync(BIN, "utf8")).not.toMatch(/tsx|\.ts["']/);
  });
});

describe("storygraph export interrupted", () => {
  test.each(["SIGINT", "SIGTERM", "SIGHUP"] as const)("bin: %s during export --out leaves no temporary file and no target, and the process ends by that signal", async (signal) => {
    const story = join(tmp, "interrupt.json");
    if (!existsSync(story)) writeFileSync(story, JSON.stringify(generateStory({ entities: 3_000, relations: 16_000, events: 1_600 })));
    const dir = mkdtempSync(join(tmp, "out-"));
    const target = join(dir, "story.gexf");
    const child = spawn(process.execPath, [BIN, "export", "--iterations", "0", "--story", story, "--out", target], { stdio: ["ignore", "ignore", "pipe"] });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on("exit", (code, sig) => r({ code, signal: sig })));
    // wait until the temporary file is being written (a condition, polled), then interrupt
    for (;;) {
      if (readdirSync(dir).some((f) => f.endsWith(".tmp"))) break;
      if (child.exitCode !== null) throw new Error("the export ended before its temporary file was seen");
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill(signal);
    const end = await exited;
    expect(end).toEqual({ code: null, signal });
    expect(readdirSync(dir)).toEqual([]);
  }, 120_000);
});
