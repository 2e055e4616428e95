import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync, spawn } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FileWriteError, tempPathFor, writeFileAtomic } from "../src/cli/atomic-write.ts";

const fresh = () => mkdtempSync(path.join(tmpdir(), "storygraph-atomic-"));

describe("writeFileAtomic", async () => {
  it("writeFileAtomic writes all chunks (strings and bytes) and leaves no temporary file", async () => {
    const dir = fresh();
    const file = path.join(dir, "out.txt");
    await writeFileAtomic(file, ["a", "é", new TextEncoder().encode("😀"), ""]);
    expect(readFileSync(file, "utf8")).toBe("aé😀");
    expect(readdirSync(dir)).toEqual(["out.txt"]);
  });
  it("writeFileAtomic replaces an existing file and keeps its permissions", async () => {
    const dir = fresh();
    const file = path.join(dir, "out.txt");
    writeFileSync(file, "old");
    chmodSync(file, 0o640);
    await writeFileAtomic(file, ["new"]);
    expect(readFileSync(file, "utf8")).toBe("new");
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });
  it("writeFileAtomic leaves an existing file untouched and no temporary file when the chunks fail midway", async () => {
    const dir = fresh();
    const file = path.join(dir, "out.txt");
    writeFileSync(file, "old");
    function* failing() {
      yield "partial ".repeat(10_000);
      throw new Error("producer failed");
    }
    await expect(writeFileAtomic(file, failing())).rejects.toThrow("producer failed");
    expect(readFileSync(file, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["out.txt"]);
  });
  it("writeFileAtomic throws FileWriteError for a missing directory or a directory target", async () => {
    const dir = fresh();
    await expect(writeFileAtomic(path.join(dir, "no", "such", "out.txt"), ["x"])).rejects.toThrow(FileWriteError);
    mkdirSync(path.join(dir, "sub"));
    await expect(writeFileAtomic(path.join(dir, "sub"), ["x"])).rejects.toThrow(FileWriteError);
    expect(readdirSync(dir)).toEqual(["sub"]);
    expect(existsSync(path.join(dir, "no"))).toBe(false);
  });
});

describe("writeFileAtomic links", async () => {
  it("writeFileAtomic writes through a symbolic link and keeps the link", async () => {
    const dir = fresh();
    const real = path.join(dir, "target.gexf");
    const link = path.join(dir, "link.gexf");
    writeFileSync(real, "old");
    symlinkSync(real, link);
    await writeFileAtomic(link, ["new"]);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, "utf8")).toBe("new");
    expect(readdirSync(dir).sort()).toEqual(["link.gexf", "target.gexf"]);
  });
});

describe("tempPathFor", async () => {
  it("tempPathFor names a hidden, unique file in the target's directory", () => {
    const a = tempPathFor("/x/y/out.gexf");
    expect(path.dirname(a)).toBe("/x/y");
    expect(path.basename(a)).toMatch(/^\.out\.gexf\.\d+\.[0-9a-f]{8}\.tmp$/);
    expect(tempPathFor("/x/y/out.gexf")).not.toBe(a);
  });
});

describe("writeFileAtomic onto what is not a regular file", () => {
  it("writeFileAtomic writes straight into a character device and leaves it a device", async () => {
    await writeFileAtomic("/dev/null", ["anything"]);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("writeFileAtomic writes into a FIFO, whose reader gets every byte, and leaves it a FIFO", async () => {
    const dir = fresh();
    const fifo = path.join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const reader = spawn("cat", [fifo], { stdio: ["ignore", "pipe", "ignore"] });
    let got = "";
    reader.stdout.on("data", (d: Buffer) => void (got += d.toString()));
    const done = new Promise((r) => reader.on("exit", r));
    await writeFileAtomic(fifo, ["hello ", "fifo"]);
    await done;
    expect(got).toBe("hello fifo");
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(["pipe"]);
  });

  it("writeFileAtomic writes into a descriptor named /dev/fd/N (here a socket, which cannot be reopened by name)", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "-e", `import("${path.resolve("src/cli/atomic-write.ts")}").then(m => m.writeFileAtomic("/dev/fd/3", ["through fd 3"]))`], {
      stdio: ["ignore", "ignore", "pipe", "pipe"],
    });
    let got = "";
    (child.stdio[3] as NodeJS.ReadableStream).on("data", (d: Buffer) => void (got += d.toString()));
    let err = "";
    child.stderr!.on("data", (d: Buffer) => void (err += d.toString()));
    const code = await new Promise((r) => child.on("exit", r));
    expect([code, err]).toEqual([0, ""]);
    expect(got).toBe("through fd 3");
  });
});

describe("export --out onto a shell's process substitution", () => {
  it("writeFileAtomic (through storygraph export --out >(…)) feeds the pipe instead of failing with ENOENT on pipe:[…]", () => {
    const dir = fresh();
    const count = path.join(dir, "count");
    const bin = path.resolve("bin/storygraph.js");
    execFileSync("bash", ["-c", `"${process.execPath}" "${bin}" export --format json --out >(wc -c > "${count}"); wait $!`], { encoding: "utf8" });
    const json = execFileSync(process.execPath, [bin, "export", "--format", "json"]);
    expect(Number(readFileSync(count, "utf8").trim())).toBe(json.length);
  });
});
