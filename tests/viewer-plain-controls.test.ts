// The plain graph controls' panel (src/viewer/panels/plain-controls.ts), on a fake DOM
// (tests/helpers/fake-dom.ts): what its `update` draws, and that it draws nothing when given the
// model object it drew last (app.ts hands it the same one twice when a document opens: before the
// canvas, for the legend's height, and again in render). Real Chromium: tests/browser/viewer-gexf-authored.test.ts.
import { describe, expect, test } from "vitest";
import { mountPlainControls } from "../src/viewer/panels/plain-controls.ts";
import { panelModels } from "../src/viewer/models/panel-models.ts";
import { changeLook, onView, openedState, type GraphLook } from "../src/viewer/state/app-state.ts";
import { select } from "../src/viewer/state/actions.ts";
import { graphDocument } from "../src/viewer/state/document.ts";
import type { ControlsModel } from "../src/viewer/models/controls.ts";
import { asHtml, FakeElement, takeMutations, useFakeDocument } from "./helpers/fake-dom.ts";
import { plainGraph } from "./helpers/plain-graph.ts";

useFakeDocument();

const opened = () => openedState(graphDocument(plainGraph(), "p.gexf"));
const controlsOf = (state: ReturnType<typeof opened>): ControlsModel => panelModels(state).controls!;

function mount() {
  const root = new FakeElement("section");
  const legend = new FakeElement("div");
  const changes: Partial<GraphLook>[] = [];
  const panel = mountPlainControls(asHtml(root), asHtml(legend), (patch) => changes.push(patch));
  const counts = () => [...root.elements()].find((e) => e.id === "plain-counts")?.textContent;
  return { root, legend, panel, changes, counts };
}

describe("mountPlainControls", () => {
  test("mountPlainControls' update draws a graph's controls, the legend of its look and the counts shown", () => {
    const { root, legend, panel, counts } = mount();
    panel.update(controlsOf(opened()));
    expect(root.find("h2")?.textContent).toBe("Graph");
    expect(counts()).toBe("3 of 3 nodes, 2 of 2 edges shown");
    expect(legend.textContent).toContain("Plain GEXF graph: colours and sizes as the file gives them");
  });
  test("mountPlainControls' update draws nothing when given the model object it drew last", () => {
    const { panel } = mount();
    const model = controlsOf(opened());
    panel.update(model);
    expect(takeMutations()).toBeGreaterThan(0);
    panel.update(model);
    expect(takeMutations()).toBe(0);
  });
  test("mountPlainControls' update draws again for another model: the counts after a selection, the legend after a colour change", () => {
    const { legend, panel, counts } = mount();
    const s0 = opened();
    panel.update(controlsOf(s0));
    takeMutations();
    panel.update(controlsOf(onView(select({ type: "entity", id: "a" }), "graph")(s0)));
    expect(takeMutations()).toBeGreaterThan(0);
    expect(counts()).toBe("3 of 3 nodes, 2 of 2 edges shown");
    panel.update(controlsOf(changeLook({ colorBy: "attr:country" })(s0)));
    expect(legend.textContent).toContain("Colour: country");
  });
});
