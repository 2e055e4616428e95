// The link note's panel (src/viewer/panels/link-note.ts), on a fake DOM (tests/helpers/fake-dom.ts):
// what each note draws, and that it draws a note only when it gets another model object, so a
// dismissed note stays dismissed until another document opens. Real Chromium:
// tests/browser/viewer-empty.test.ts, tests/browser/viewer-share.test.ts.
import { describe, expect, test } from "vitest";
import { mountLinkNote } from "../src/viewer/panels/link-note.ts";
import type { LinkNote } from "../src/viewer/models/link-note.ts";
import { asHtml, FakeElement, takeMutations, useFakeDocument } from "./helpers/fake-dom.ts";

useFakeDocument();

const ignored: LinkNote = { kind: "ignored", parts: ['kinds: unknown value "bogus"', 'mod: unknown value "maybe"'] };
const localFile: LinkNote = { kind: "local-file", file: "my-story.json" };
const none: LinkNote = { kind: "none" };

function mount() {
  const root = new FakeElement("div");
  root.hidden = true; // as index.html has it
  return { root, panel: mountLinkNote(asHtml(root)) };
}

describe("mountLinkNote", () => {
  test("mountLinkNote's update lists the ignored parts, says a local file's link cannot reopen it, and hides for no note", () => {
    const { root, panel } = mount();
    panel.update(ignored);
    expect(root.hidden).toBe(false);
    expect([...root.elements()].filter((e) => e.tagName === "li").map((e) => e.textContent)).toEqual(['kinds: unknown value "bogus"', 'mod: unknown value "maybe"']);
    panel.update(localFile);
    expect(root.hidden).toBe(false);
    expect(root.find("h2")?.textContent).toBe("my-story.json was opened from this computer: the page's link cannot reopen it.");
    panel.update(none);
    expect(root.hidden).toBe(true);
    expect(root.childNodes).toEqual([]);
  });
  test("mountLinkNote's update draws nothing for the note it drew last: a dismissed note stays hidden until another note comes", () => {
    const { root, panel } = mount();
    panel.update(ignored);
    takeMutations();
    panel.update(ignored);
    expect(takeMutations()).toBe(0);
    root.find("button")!.click();
    expect(root.hidden).toBe(true);
    panel.update(ignored);
    expect(root.hidden).toBe(true);
    panel.update({ ...ignored });
    expect(root.hidden).toBe(false);
  });
});
