// The Transactions page: a push through the headless client, and a batch that breaks a rule.
import { expectNoA11yViolations } from '../support/axe.mjs';
import { saveScreen } from '../support/screens.mjs';

export const transactionTests = [
  {
    name: 'transactions: a 2,400-line push in three operations, then a batch that breaks a rule',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/transactions?scenario=default&lang=en`);
      await page.getByLabel('Connected account').waitFor();
      await page.getByRole('button', { name: 'Send 2,400 new transactions' }).click();
      await page.getByText('All 2,400 transactions are in Xero.').waitFor({ timeout: 20_000 });
      const rows = page.getByRole('table', { name: 'Push operations' }).locator('tbody tr');
      if ((await rows.count()) !== 3)
        throw new Error(`expected 3 push operations, saw ${await rows.count()}`);
      if ((await rows.locator('[data-state="success"], .badge--success').count()) !== 3) {
        throw new Error('every push operation should end in Success');
      }
      await expectNoA11yViolations(page, 'transactions after a push');
      await saveScreen(page, 'transactions');

      await page.getByRole('button', { name: 'Send a batch that breaks a Xero rule' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'Nothing was sent' });
      await alert.waitFor();
      await alert.getByText('Dated after today').waitFor();
      await expectNoA11yViolations(page, 'transactions after a refused batch');
    },
  },
];
