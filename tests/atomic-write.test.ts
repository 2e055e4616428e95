import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FileWriteError, tempPathFor, writeFileAtomic } from "../src/cli/atomic-write.ts";

const fresh = () => mkdtempSync(path.join(tmpdir(), "storygraph-atomic-"));

describe("writeFileAtomic", () => {
  it("writeFileAtomic writes all chunks (strings and bytes) and leaves no temporary file", () => {
    const dir = fresh();
    const file = path.join(dir, "out.txt");
    writeFileAtomic(file, ["a", "é", new TextEncoder().encode("😀"), ""]);
    expect(readFileSync(file, "utf8")).toBe("aé😀");
    expect(readdirSync(dir)).toEqual(["out.txt"]);
  });
  it("writeFileAtomic replaces an existing file and keeps its permissions", () => {
    const dir = fresh();
    const file = path.join(dir, "out.txt");
    writeFileSync(file, "old");
    chmodSync(file, 0o640);
    writeFileAtomic(file, ["new"]);
    expect(readFileSync(file, "utf8")).toBe("new");
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });
  it("writeFileAtomic leaves an existing file untouched and no temporary file when the chunks fail midway", () => {
    const dir = fresh();
    const file = path.join(dir, "out.txt");
    writeFileSync(file, "old");
    function* failing() {
      yield "partial ".repeat(10_000);
      throw new Error("producer failed");
    }
    expect(() => writeFileAtomic(file, failing())).toThrow("producer failed");
    expect(readFileSync(file, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["out.txt"]);
  });
  it("writeFileAtomic throws FileWriteError for a missing directory or a directory target", () => {
    const dir = fresh();
    expect(() => writeFileAtomic(path.join(dir, "no", "such", "out.txt"), ["x"])).toThrow(FileWriteError);
    mkdirSync(path.join(dir, "sub"));
    expect(() => writeFileAtomic(path.join(dir, "sub"), ["x"])).toThrow(FileWriteError);
    expect(readdirSync(dir)).toEqual(["sub"]);
    expect(existsSync(path.join(dir, "no"))).toBe(false);
  });
});

describe("writeFileAtomic links", () => {
  it("writeFileAtomic writes through a symbolic link and keeps the link", () => {
    const dir = fresh();
    const real = path.join(dir, "target.gexf");
    const link = path.join(dir, "link.gexf");
    writeFileSync(real, "old");
    symlinkSync(real, link);
    writeFileAtomic(link, ["new"]);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, "utf8")).toBe("new");
    expect(readdirSync(dir).sort()).toEqual(["link.gexf", "target.gexf"]);
  });
});

describe("tempPathFor", () => {
  it("tempPathFor names a hidden, unique file in the target's directory", () => {
    const a = tempPathFor("/x/y/out.gexf");
    expect(path.dirname(a)).toBe("/x/y");
    expect(path.basename(a)).toMatch(/^\.out\.gexf\.\d+\.[0-9a-f]{8}\.tmp$/);
    expect(tempPathFor("/x/y/out.gexf")).not.toBe(a);
  });
});
