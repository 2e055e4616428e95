// The package as a consumer gets it: `npm pack` (of the build npm test has just made), installed
// into a fresh folder, then used from plain Node, type-checked by strict TypeScript consumers
// (nodenext and bundler resolution, no skipLibCheck, noUnusedLocals), and run as `storygraph`
// (query, and view serving the packaged viewer). Also what the tarball holds.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { REPO_ROOT } from "./helpers/tools.ts";

const T = 300_000;
const tmp = mkdtempSync(path.join(tmpdir(), "storygraph-package-"));
const consumer = path.join(tmp, "consumer");
let tarball = "";
let files: string[] = [];

const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: T });

beforeAll(() => {
  if (!existsSync(path.join(REPO_ROOT, "dist/index.js")) || !existsSync(path.join(REPO_ROOT, "dist/viewer/index.html"))) {
    throw new Error("the package is not built: run npm run build (npm test does it before the tests)");
  }
  // --ignore-scripts: pack the build npm test made instead of building again
  const packed = JSON.parse(run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", tmp], REPO_ROOT)) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(tmp, packed[0]!.filename);
  files = packed[0]!.files.map((f) => f.path);
  run("mkdir", ["-p", consumer], tmp);
  writeFileSync(path.join(consumer, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", type: "module", private: true }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], consumer);
}, T);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the npm package", () => {
  test("the tarball holds the build, the schema, the README, LICENSE and CHANGELOG, and no sources, tests, fixtures or bench", () => {
    for (const f of ["package.json", "LICENSE", "README.md", "CHANGELOG.md", "bin/storygraph.js", "dist/index.js", "dist/index.d.ts", "dist/cli/bin.js", "dist/viewer/index.html", "schema/story.schema.json"]) {
      expect(files).toContain(f);
    }
    for (const f of files) expect([f, /^(src|tests|bench|scripts|\.ci)\/|\.map$|\.ts$(?<!\.d\.ts)/.test(f)]).toEqual([f, false]);
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).not.toContain("sigma");
    expect(Object.keys(pkg.dependencies)).not.toContain("tsx");
  });

  test("plain Node imports the package and queries the default story and a story file", () => {
    const script = `
      import { defaultStory, queryClaims, parseStoryJson, toGexf, STORY_FORMAT } from "storygraph";
      import { readFileSync } from "node:fs";
      const story = defaultStory();
      const own = parseStoryJson(readFileSync(process.argv[1]), { file: "lawsuit-story.json" });
      console.log(JSON.stringify({ format: STORY_FORMAT, claims: queryClaims(story).length, possible: queryClaims(story, { certainty: "possible" }).length, own: own.events.length, gexf: toGexf(own).startsWith("<?xml") }));
    `;
    const out = JSON.parse(run(process.execPath, ["--input-type=module", "-e", script, path.join(REPO_ROOT, "tests/fixtures/lawsuit-story.json")], consumer)) as Record<string, unknown>;
    expect(out.format).toBe("storygraph/2");
    expect(out.claims).toBeGreaterThan(5);
    expect(out.possible).toBeGreaterThan(0);
    expect(out.own).toBeGreaterThan(0);
    expect(out.gexf).toBe(true);
  }, T);

  test.each(["nodenext", "bundler"])(
    "a strict TypeScript consumer with moduleResolution %s type-checks against the package's declarations (no skipLibCheck)",
    (resolution) => {
      const dir = path.join(consumer, `ts-${resolution}`);
      run("mkdir", ["-p", dir], consumer);
      writeFileSync(
        path.join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            target: "ES2022",
            module: resolution === "nodenext" ? "NodeNext" : "ESNext",
            moduleResolution: resolution === "nodenext" ? "NodeNext" : "Bundler",
            strict: true,
            noUnusedLocals: true,
            noUnusedParameters: true,
            noUncheckedIndexedAccess: true,
            exactOptionalPropertyTypes: true,
            skipLibCheck: false,
            noEmit: true,
            // a Node consumer has @types/node (zod's own declarations name URL): the repository's
            typeRoots: [path.join(REPO_ROOT, "node_modules/@types")],
            types: ["node"],
            lib: ["ES2023"],
          },
          files: ["index.ts"],
        }),
      );
      writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
      writeFileSync(
        path.join(dir, "index.ts"),
        `import { defaultStory, queryClaims, type Claim, type Story, StoryValidationError, NEWS_CORE } from "storygraph";
const story: Story = defaultStory();
const possible: readonly Claim[] = queryClaims(story, { certainty: "possible" });
const kinds: number = NEWS_CORE.relationKinds.length;
const isError: boolean = new StoryValidationError("f", []) instanceof Error;
export const summary = { n: possible.length, kinds, isError };
`,
      );
      const tsc = path.join(REPO_ROOT, "node_modules/typescript/bin/tsc");
      let output = "";
      try {
        output = run(process.execPath, [tsc, "-p", dir], dir);
      } catch (e) {
        output = String((e as { stdout?: string }).stdout ?? e);
      }
      expect(output).toBe("");
    },
    T,
  );

  test("the installed storygraph bin queries, and view serves the packaged viewer and the story file", async () => {
    const bin = path.join(consumer, "node_modules/.bin/storygraph");
    const claims = JSON.parse(run(bin, ["query", "--json"], consumer)) as unknown[];
    expect(claims.length).toBeGreaterThan(5);
    const story = path.join(REPO_ROOT, "tests/fixtures/lawsuit-story.json");
    const child = spawn(bin, ["view", story], { cwd: consumer, stdio: ["ignore", "pipe", "pipe"] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (d: Buffer) => {
          out += d.toString();
          if (out.includes("\n")) resolve(out.split("\n")[0]!);
        });
        child.on("exit", (code) => reject(new Error(`view exited ${code}`)));
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("storygraph");
      const file = await fetch(new URL("story/lawsuit-story.json", url));
      expect(await file.text()).toBe(readFileSync(story, "utf8"));
    } finally {
      child.kill("SIGTERM");
    }
  }, T);
});
