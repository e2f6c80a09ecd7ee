// The whole walkthrough a business customer takes: consent in Xero, map accounts, connect,
// manage a feed, see it on the accounts page. Once with the mouse and once with the keyboard.
import { expectNoA11yViolations } from '../support/axe.mjs';
import { keyboard, mouse } from '../support/drivers.mjs';
import { saveScreen } from '../support/screens.mjs';
/* global document */

async function consentInXero(page, input) {
  const opened = page.context().waitForEvent('page');
  await input.activate(page, page.getByRole('link', { name: 'Connect Xero', exact: true }));
  const xero = await opened;
  await xero.getByRole('heading', { name: /Allow Northwind Bank/ }).waitFor();
  // The organisation named here is the one the portal shows once the customer is back.
  await xero.getByText('Organisation: Harbour Coffee Roasters Ltd').waitFor();
  await expectNoA11yViolations(xero, 'the simulated Xero consent');
  if (input === mouse) await saveScreen(xero, 'xero-consent');
  const closed = xero.waitForEvent('close');
  await input.activate(xero, xero.getByRole('button', { name: 'Allow access' }));
  await closed;
}

async function walkthrough(page, baseUrl, input) {
  await page.goto(`${baseUrl}/connect?scenario=needsAuth&lang=en`);
  await page.getByRole('heading', { name: 'Connect to Xero', level: 3 }).waitFor();
  await expectNoA11yViolations(page, 'setup: connect Xero');
  if (input === mouse) await saveScreen(page, 'setup-connect');

  await consentInXero(page, input);
  await page
    .getByRole('heading', { name: 'Choose accounts', level: 3 })
    .waitFor({ timeout: 15_000 });
  await page.getByText('Connected to Harbour Coffee Roasters Ltd').waitFor();
  await expectNoA11yViolations(page, 'setup: choose accounts');

  await input.activate(page, page.getByRole('button', { name: /^Accept \d+ suggestions?$/ }));
  await input.choose(
    page,
    page.getByRole('combobox', { name: 'Xero account for Business Savings' }),
    /^Business Reserve/,
  );
  await input.choose(
    page,
    page.getByRole('combobox', { name: 'Xero account for Euro Payments' }),
    /^Euro Account/,
  );
  await page.getByText('3 accounts will be connected.').waitFor();
  if (input === mouse) await saveScreen(page, 'setup-mapping');
  await input.activate(page, page.getByRole('button', { name: 'Connect accounts' }));

  await page
    .getByRole('heading', { name: 'Your bank feeds are set up' })
    .waitFor({ timeout: 20_000 });
  await page.getByText('3 accounts connected.').waitFor();
  await expectNoA11yViolations(page, 'setup: done');
  if (input === mouse) await saveScreen(page, 'setup-done');

  // Finish leads to the feeds; focus lands on the new page's heading, not on <body>.
  await input.activate(page, page.getByRole('button', { name: 'Finish' }));
  await page.waitForURL(`${baseUrl}/manage`);
  const focused = await page.evaluate(() => document.activeElement?.textContent ?? '<body>');
  if (focused !== 'Manage feeds') throw new Error(`after Finish, focus is on "${focused}"`);

  // Manage: disconnect one feed, behind a confirmation.
  await page.getByRole('button', { name: 'Disconnect Business Savings' }).waitFor();
  await expectNoA11yViolations(page, 'manage feeds');
  if (input === mouse) await saveScreen(page, 'manage');
  await input.activate(page, page.getByRole('button', { name: 'Disconnect Business Savings' }));
  const dialog = page.getByRole('alertdialog');
  await expectNoA11yViolations(page, 'manage: confirm disconnect');
  await input.activate(page, dialog.getByRole('button', { name: 'Disconnect' }));
  await page
    .getByRole('button', { name: 'Disconnect Business Savings' })
    .waitFor({ state: 'detached' });

  // The accounts page reads the same fake: two feeds now (Everyday and Euro Payments).
  await input.activate(
    page,
    page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Accounts' }),
  );
  await page.getByRole('table').waitFor();
  const feeding = await page.getByText('Feeding Xero').count();
  if (feeding !== 2) throw new Error(`expected 2 accounts feeding Xero, saw ${feeding}`);
  if (input === mouse) await saveScreen(page, 'accounts');

  // Back on "Connect to Xero", the disconnected account can be chosen again.
  await input.activate(
    page,
    page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Connect to Xero' }),
  );
  await page
    .getByRole('combobox', { name: 'Xero account for Business Savings' })
    .waitFor({ timeout: 15_000 });
}

/** The customer cancels on Xero's screen, is told so, and tries again with a new link. */
async function refusedThenAllowed(page, baseUrl) {
  await page.goto(`${baseUrl}/connect?scenario=needsAuth&lang=en`);
  const decide = async (linkName, button) => {
    const opened = page.context().waitForEvent('page');
    await page.getByRole('link', { name: linkName, exact: true }).click();
    const xero = await opened;
    const closed = xero.waitForEvent('close');
    await xero
      .getByRole('button', { name: button })
      .click()
      .catch(() => {});
    await closed;
  };
  await decide('Connect Xero', 'Cancel');
  await page.getByRole('heading', { name: 'Xero wasn’t connected' }).waitFor({ timeout: 15_000 });
  await page
    .getByRole('alert')
    .getByText(/Access to Xero was refused/)
    .waitFor();
  await expectNoA11yViolations(page, 'setup: Xero consent refused');
  await decide('Try again in Xero', 'Allow access');
  await page
    .getByRole('heading', { name: 'Choose accounts', level: 3 })
    .waitFor({ timeout: 15_000 });
}

export const journeyTests = [
  {
    name: 'journey: the whole walkthrough with the mouse',
    run: ({ page, baseUrl }) => walkthrough(page, baseUrl, mouse),
  },
  {
    name: 'journey: the whole walkthrough with the keyboard alone',
    run: ({ page, baseUrl }) => walkthrough(page, baseUrl, keyboard),
  },
  {
    name: 'journey: cancelling in Xero says access was refused, and trying again connects',
    run: ({ page, baseUrl }) => refusedThenAllowed(page, baseUrl),
  },
];
