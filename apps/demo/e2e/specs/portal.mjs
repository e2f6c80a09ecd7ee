// The portal's chrome: navigation with the mouse and with the keyboard, the switches, and the
// simulated Xero consent screen.
/* global document */
import assert from 'node:assert/strict';
import { expectNoA11yViolations } from '../support/axe.mjs';

const NAV = [
  ['Connect to Xero', '/connect'],
  ['Manage feeds', '/manage'],
  ['Transactions', '/transactions'],
  ['Accounts', '/'],
];

export const portalTests = [
  {
    name: 'portal: every page by mouse, axe on each',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/?scenario=default&lang=en`);
      await page.getByRole('heading', { level: 1, name: 'Your accounts' }).waitFor();
      await expectNoA11yViolations(page, 'accounts');
      const nav = page.getByRole('navigation', { name: 'Portal' });
      for (const [label, path] of NAV) {
        await nav.getByRole('link', { name: label }).click();
        await page.waitForURL(`${baseUrl}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await expectNoA11yViolations(page, path);
      }
    },
  },
  {
    name: 'portal: language switch to French keeps the page',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/manage?lang=en`);
      await page.getByLabel('Language').selectOption('fr');
      await page.getByRole('heading', { level: 1, name: 'Gérer les flux' }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
      await expectNoA11yViolations(page, 'manage (fr)');
      await page.getByLabel('Langue').selectOption('en');
    },
  },
  {
    name: 'portal: simulated Xero consent screen',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/xero/companies/c-1/connections/x-1/start`);
      await page.getByRole('heading', { name: /Allow Northwind Bank/ }).waitFor();
      await expectNoA11yViolations(page, 'xero consent');
    },
  },
];
