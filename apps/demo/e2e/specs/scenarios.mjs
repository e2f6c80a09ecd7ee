// The journey when things are not ideal (a Xero organisation without bank feeds, an unreliable
// network) and in French.
import { expectNoA11yViolations } from '../support/axe.mjs';
import { mouse } from '../support/drivers.mjs';
import { saveScreen } from '../support/screens.mjs';

async function mapOneAccount(page, submit) {
  await mouse.choose(
    page,
    page.getByRole('combobox', { name: /Business Savings$/ }),
    /^Business Reserve/,
  );
  await page.getByRole('button', { name: submit }).click();
}

export const scenarioTests = [
  {
    name: 'scenario: bank feeds disabled (403) explains why and keeps the choices',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/connect?scenario=bankFeedsDisabled&lang=en`);
      await page.getByRole('heading', { name: 'Choose accounts', level: 3 }).waitFor();
      await mapOneAccount(page, 'Connect accounts');
      await page
        .getByText(/This Xero organisation can’t receive bank feeds/)
        .first()
        .waitFor({ timeout: 15_000 });
      await expectNoA11yViolations(page, 'setup with bank feeds disabled');
      await saveScreen(page, 'bank-feeds-disabled');
    },
  },
  {
    name: 'scenario: flaky network still reaches the end of the journey',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/connect?scenario=flaky&lang=en`);
      await page
        .getByRole('heading', { name: 'Choose accounts', level: 3 })
        .waitFor({ timeout: 20_000 });
      await mapOneAccount(page, 'Connect accounts');
      await page
        .getByRole('heading', { name: 'Your bank feeds are set up' })
        .waitFor({ timeout: 25_000 });
      await expectNoA11yViolations(page, 'setup on a flaky network');
    },
  },
  {
    name: 'scenario: every link on the Xero page names where it goes, in English and French',
    async run({ page, baseUrl }) {
      for (const lang of ['en', 'fr']) {
        await page.goto(`${baseUrl}/connect?scenario=needsAuth&lang=${lang}`);
        // The kit's own step, with its link to Xero, once the journey has loaded.
        await page
          .getByRole('heading', {
            name: lang === 'en' ? 'Connect to Xero' : 'Se connecter à Xero',
            level: 3,
          })
          .waitFor();
        // Two links with one name and two destinations (the portal's page, Xero's consent) leave a
        // screen reader's list of links ambiguous (WCAG 2.4.4).
        const names = await page.getByRole('link').allTextContents();
        const repeated = names.filter((name, i) => names.indexOf(name) !== i);
        if (repeated.length) throw new Error(`${lang}: links share a name: ${repeated.join(', ')}`);
      }
    },
  },
  {
    name: 'scenario: French from the language switcher',
    async run({ page, baseUrl }) {
      await page.goto(`${baseUrl}/connect?scenario=default&lang=en`);
      await page.getByLabel('Language').selectOption('fr');
      await page.getByRole('heading', { name: 'Choisir les comptes', level: 3 }).waitFor();
      await page.getByRole('button', { name: 'Connecter les comptes' }).waitFor();
      await expectNoA11yViolations(page, 'setup in French');
      await saveScreen(page, 'setup-fr');
    },
  },
];
