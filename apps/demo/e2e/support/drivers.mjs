// Two ways to drive the same journey: the mouse, and the keyboard alone (Tab to a control, then
// Enter, Space or the arrow keys), so every step is proven reachable without a pointer.
/* global document */

const MAX_TABS = 150;

async function isFocused(locator) {
  return locator.evaluate(
    (element) => element === document.activeElement || element.contains(document.activeElement),
  );
}

/** Presses Tab until `locator` has focus; fails if it is not reachable. */
export async function tabTo(page, locator) {
  await locator.waitFor();
  for (let i = 0; i < MAX_TABS; i += 1) {
    if (await isFocused(locator)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${locator} with Tab`);
}

export const mouse = {
  name: 'mouse',
  async activate(page, locator) {
    // A click may close the page it lands in (the Xero tab does) before Playwright's own
    // follow-up steps finish; a page that is gone after the click is not a failure.
    await locator.click().catch((error) => {
      if (!page.isClosed()) throw error;
    });
  },
  async choose(page, combobox, option) {
    await combobox.click();
    await page.getByRole('option', { name: option }).click();
  },
};

export const keyboard = {
  name: 'keyboard',
  async activate(page, locator) {
    await tabTo(page, locator);
    // Enter may close the page it was pressed in (the Xero tab does); that is not a failure.
    await page.keyboard.press('Enter').catch((error) => {
      if (!page.isClosed()) throw error;
    });
  },
  async choose(page, combobox, option) {
    await tabTo(page, combobox);
    await page.keyboard.press('Enter');
    const wanted = page.getByRole('option', { name: option });
    await page.getByRole('listbox').waitFor();
    // The list opens on the current choice; start from the top and walk down to the wanted one.
    await page.keyboard.press('Home');
    for (let i = 0; i < 40 && !(await isFocused(wanted)); i += 1)
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
  },
};
