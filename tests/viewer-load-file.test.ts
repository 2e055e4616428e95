// Opening a story file in the viewer (src/viewer/io/load-file.ts): JSON through checkStoryJson
// (with its notices), GEXF through fromGexf, problems listed with their paths; never throws.
import { describe, expect, test } from "vitest";
import { defaultStory, defaultStoryInput } from "../src/data/story.ts";
import { toStoryJson } from "../src/graph/input/story-json.ts";
import { toGexf } from "../src/graph/gexf/index.ts";
import { loadStoryBytes, looksLikeGexf, MAX_FILE_BYTES, noticeItem } from "../src/viewer/io/load-file.ts";
import { OWN_VOCABULARY_STORY, STORY_1_FILE } from "./helpers/browser.ts";
import { checkStorySize, DEFAULT_MAX_STORY_BYTES } from "../src/graph/input/load.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("loadStoryBytes", () => {
  test("loadStoryBytes opens a story JSON", () => {
    const r = loadStoryBytes("story.json", utf8(toStoryJson(defaultStory())));
    expect(r.ok && r.format).toBe("json");
    expect(r.ok && r.kind === "story" && r.story.relations.length).toBe(defaultStory().relations.length);
  });
  test("loadStoryBytes opens a storygraph/1 file, converted, with the loader's notices and where they point", () => {
    const r = loadStoryBytes("old.json", utf8(JSON.stringify(STORY_1_FILE, null, 2)));
    expect(r.ok && r.kind).toBe("story");
    if (!r.ok || r.kind !== "story") return;
    expect(r.story.format).toBe("storygraph/2");
    expect(r.notices[0]).toEqual({ path: "(document)", where: "line 1, column 1", message: expect.stringMatching(/^converted from storygraph\/1 to storygraph\/2/) });
    expect(r.notices[1]!.path).toBe("relations[0].date");
    expect(r.notices[1]!.where).toMatch(/^line \d+, column \d+$/);
  });
  test("loadStoryBytes opens a story with kinds of its own, without notices", () => {
    const r = loadStoryBytes("own.json", utf8(JSON.stringify(OWN_VOCABULARY_STORY)));
    expect(r.ok && r.kind === "story" && r.notices).toEqual([]);
    expect(r.ok && r.kind === "story" && r.story.vocabulary.eventKinds.some((k) => k.id === "recall" && k.origin === "story")).toBe(true);
  });
  test("noticeItem names the document for an empty path", () => {
    expect(noticeItem({ path: "", message: "m" })).toEqual({ path: "(document)", where: "", message: "m" });
    expect(noticeItem({ path: "a", line: 2, message: "m" })).toEqual({ path: "a", where: "line 2", message: "m" });
  });
  test("loadStoryBytes lists every problem of an invalid story with its path", () => {
    const input = defaultStoryInput() as unknown as { relations: { source: string; citations: { quote: string }[] }[] };
    input.relations[0]!.source = "nobody";
    input.relations[1]!.citations[0]!.quote = "not in the article";
    const r = loadStoryBytes("bad.json", utf8(JSON.stringify(input)));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toEqual(expect.arrayContaining(["relations[0].source", "relations[1].citations[0].quote"]));
    expect(r.problems.map((p) => p.kind)).toEqual(expect.arrayContaining(["UnknownEntityError", "QuoteNotFoundError"]));
  });
  test("loadStoryBytes gives the line and column of a JSON syntax error", () => {
    const r = loadStoryBytes("broken.json", utf8('{\n  "article": ,\n}'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]!.kind).toBe("JsonSyntaxError");
    expect(r.problems[0]!.where).toMatch(/^line 2, column \d+$/);
  });
  test("loadStoryBytes opens a storygraph GEXF export as a story", () => {
    const r = loadStoryBytes("story.gexf", utf8(toGexf(defaultStory())));
    expect(r.ok && r.format).toBe("gexf");
    expect(r.ok && r.kind === "story" && r.story.relations.map((x) => x.id)).toEqual(defaultStory().relations.map((x) => x.id));
  });
  test("loadStoryBytes opens a GEXF file that is not a storygraph export as a plain graph", () => {
    const xml = '<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge id="e" source="a" target="b"/></edges></graph></gexf>';
    const r = loadStoryBytes("plain.gexf", utf8(xml));
    expect(r.ok && r.kind).toBe("graph");
    if (r.ok && r.kind === "graph") expect(r.graph.nodes.map((n) => n.label)).toEqual(["A", "B"]);
  });
  test("loadStoryBytes gives line and column of malformed GEXF", () => {
    const r = loadStoryBytes("broken.gexf", utf8("<?xml version='1.0'?>\n<gexf><graph>"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.path).toBe("(document)");
  });
  test("loadStoryBytes refuses a GEXF file over the viewer's GEXF limit", () => {
    const r = loadStoryBytes("huge.gexf", new Uint8Array(MAX_FILE_BYTES + 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.kind).toBe("FileTooLargeError");
  });
  test("loadStoryBytes refuses a story JSON over the loader's limit with the CLI's message", () => {
    const size = DEFAULT_MAX_STORY_BYTES + 1;
    const r = loadStoryBytes("huge.json", new Uint8Array(size));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]!.kind).toBe("FileTooLargeError");
      expect(r.problems[0]!.detail).toBe(checkStorySize(size)!.detail);
    }
  });
  test("looksLikeGexf goes by extension or XML content", () => {
    expect(looksLikeGexf("x.GEXF", "{")).toBe(true);
    expect(looksLikeGexf("x.xml", "  <?xml version")).toBe(true);
    expect(looksLikeGexf("x.json", '{"article"')).toBe(false);
  });
});
