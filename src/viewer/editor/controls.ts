/**
 * Small form controls the edit mode's panels share: a button with its click handler, a labelled
 * control, a select's options (keeping the chosen value when it is still offered).
 */
import { el } from "../dom.ts";

/**
 * A `<button type="button">`.
 *
 * @param id - its element id.
 * @param text - its text.
 * @param onClick - what a click (or Enter/Space) does.
 * @param attrs - more attributes (`aria-label`, `aria-keyshortcuts`).
 */
export function button(id: string, text: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el("button", { attrs: { type: "button", id, ...attrs }, text });
  b.addEventListener("click", onClick);
  return b;
}

/**
 * A control inside its `<label>`.
 *
 * @param label - the label's text.
 * @param control - the input, select or textarea.
 */
export function field(label: string, control: HTMLElement): HTMLLabelElement {
  return el("label", {}, [label, " ", control]);
}

/**
 * Replace a select's options.
 *
 * @param select - the select.
 * @param items - value and label of each option, in order.
 * @param keep - keep the value chosen before when it is still offered.
 */
export function options(select: HTMLSelectElement, items: readonly { value: string; label: string }[], keep = true): void {
  const before = select.value;
  select.replaceChildren(...items.map((i) => el("option", { attrs: { value: i.value }, text: i.label })));
  if (keep && items.some((i) => i.value === before)) select.value = before;
}
