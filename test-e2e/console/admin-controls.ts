/** What the admin tests share: antd pickers and dialogs driven without racing their animations, and axe. */
import assert from "node:assert/strict";
import type { Locator, Page } from "playwright-core";
import { seriousViolations } from "./browser.ts";

/** Polls until nothing matches (several may match at first, so no strict-mode `waitFor`). */
export async function untilNone(locator: Locator, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while ((await locator.count()) > 0) {
    if (Date.now() > end) throw new Error(`still present after ${ms} ms: ${locator}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Picks an option of the antd Select labelled `label`. Everything is scoped to this select's own option
 * list (the popup holding the listbox its input's aria-controls names), so another list still closing, or
 * a dialog still zooming in, cannot take the click. A user picker is searched by the id in the option's
 * "(id)": the virtual list renders only about ten options.
 */
export async function choose(page: Page, label: string, option: string, multiple = false): Promise<void> {
  const escaped = label.replace(/[()]/g, "\\$&");
  // A required field's label starts with antd's "* " mark.
  const box = page.getByRole("combobox", { name: new RegExp(`^(\\* )?${escaped}$`) });
  const listId = await box.getAttribute("aria-controls");
  const list = page.locator(`.ant-select-dropdown:has([id="${listId}"])`);
  const item = list.locator(`.ant-select-item-option[title="${option}"]`);
  const selector = page.locator(".ant-select-selector").filter({ has: box });
  const id = /\(([^()]+)\)$/.exec(option)?.[1];
  for (let attempt = 0; ; attempt++) {
    try {
      if (!(await list.isVisible())) await selector.click({ timeout: 5000 });
      if (id) await box.fill(id, { timeout: 5000 });
      await item.click({ timeout: 5000 });
      if (multiple) {
        await list.locator(`.ant-select-item-option-selected[title="${option}"]`).waitFor({ timeout: 5000 });
        await page.keyboard.press("Escape");
      }
      await list.waitFor({ state: "hidden", timeout: 5000 });
      return;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}

/** axe-core's findings once the page is still: no list loading, no message fading (mid-animation colours). */
export async function settledViolations(page: Page): Promise<string[]> {
  await page.locator(".ant-spin-spinning, .ant-message-notice").first().waitFor({ state: "detached" });
  return seriousViolations(page);
}

/** What a value shown once leaves behind: the page's text once its dialog is closed. */
export async function closeOnceDialog(page: Page, value: string): Promise<void> {
  await page.getByRole("button", { name: /^(I have copied it|我已复制)$/ }).click();
  // The dialog that asked for the value may still be closing beside this one: wait for both to go.
  await untilNone(page.locator(".ant-modal-wrap:visible"));
  assert.equal((await page.content()).includes(value), false, "the value is gone from the page");
}
