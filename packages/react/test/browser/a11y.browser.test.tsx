import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { AccountMapper, I18nProvider } from '../../src';
import { fr } from '../../src/locales/fr';
import { mapperAccounts } from '../fixtures';

const today = '2026-03-15';
// Savings will connect: the date of a row left out ("Don't connect") can't be set.
const connectSavings = { 'acc-2': { choice: { kind: 'new' as const }, feedStartDate: today } };
const inRealBrowser = typeof navigator !== 'undefined' && !/jsdom/i.test(navigator.userAgent);

/** axe's serious and critical findings on the whole page, as "rule: target" lines. */
async function seriousFindings() {
  // Colours fade for 120 ms when an item is highlighted: judge contrast on the settled colours,
  // not on a frame mid-fade (which a busy machine makes likely).
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
  const { violations } = await axe.run(document, { resultTypes: ['violations'] });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

describe.runIf(inRealBrowser)('AccountMapper in Chromium, as assistive technology meets it', () => {
  it('leaves nothing focusable hidden from assistive technology while a target list is open', async () => {
    const { userEvent } = await import('vitest/browser');
    render(
      <main>
        <nav>
          <a href="#help">Help</a>
        </nav>
        <I18nProvider locale="en-GB">
          <AccountMapper accounts={mapperAccounts} today={today} />
        </I18nProvider>
      </main>,
    );
    await userEvent.click(screen.getByRole('combobox', { name: 'Xero account for Savings' }));
    await screen.findByRole('listbox');
    expect(await seriousFindings()).toEqual([]);
  });

  it.each([
    ['en-GB', undefined, 'Saturday, 14 March 2026'],
    ['fr-FR', fr, 'samedi 14 mars 2026'],
  ] as const)('names every calendar day by its full date (%s)', async (locale, messages, name) => {
    const { userEvent } = await import('vitest/browser');
    render(
      <I18nProvider locale={locale} messages={messages}>
        <AccountMapper accounts={mapperAccounts} today={today} defaultValue={connectSavings} />
      </I18nProvider>,
    );
    const row = screen.getByRole('combobox', { name: /Savings/ }).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: /calend/i }));
    const grid = await screen.findByRole('grid');
    const days = within(grid)
      .getAllByRole('button')
      .map((button) => button.getAttribute('aria-label') ?? button.textContent);
    expect(new Set(days).size).toBe(days.length);
    expect(days.some((day) => day?.startsWith(name))).toBe(true);
  });
});
