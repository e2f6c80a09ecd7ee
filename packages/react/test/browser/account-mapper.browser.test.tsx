import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { AccountMapper, I18nProvider } from '../../src';
import { mapperAccounts } from '../fixtures';

const today = '2026-03-15';
// This file belongs to the Chromium project (`vitest.browser.config.ts`); a DOM emulator that
// picks it up skips it, since the keys below are real ones sent through Playwright.
const inRealBrowser = typeof navigator !== 'undefined' && !/jsdom/i.test(navigator.userAgent);

/** Presses Tab until `element` has focus: proves it is reachable with the keyboard alone. */
async function tabTo(tab: () => Promise<void>, element: Element) {
  for (let i = 0; i < 20 && document.activeElement !== element; i++) await tab();
  expect(element).toHaveFocus();
}

describe.runIf(inRealBrowser)('AccountMapper in Chromium, with the keyboard alone', () => {
  it('opens a row, creates a new account, picks a feed start date from the calendar', async () => {
    const { userEvent } = await import('vitest/browser');
    const onValueChange = vi.fn();
    render(
      <I18nProvider locale="en-GB">
        <AccountMapper accounts={mapperAccounts} today={today} onValueChange={onValueChange} />
      </I18nProvider>,
    );
    const trigger = screen.getByRole('combobox', { name: 'Xero account for Savings' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const listbox = await screen.findByRole('listbox');
    const createNew = within(listbox).getByRole('option', {
      name: 'Create new account “Savings”',
    });
    await expect.poll(() => document.activeElement?.getAttribute('role')).toBe('option');
    // The list opens on the row's choice, "Don't connect" (the last item): go to the top first.
    await userEvent.keyboard('{Home}');
    for (let i = 0; i < 6 && document.activeElement !== createNew; i++)
      await userEvent.keyboard('{ArrowDown}');
    expect(createNew).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => screen.queryByRole('listbox')).toBeNull();
    expect(trigger).toHaveTextContent('Create new account “Savings”');
    expect(trigger).toHaveFocus();

    // Tab on to the row's calendar button, open it and take the day before the chosen one.
    const tab = () => userEvent.tab();
    const row = trigger.closest('tr')!;
    await tabTo(tab, within(row).getByRole('textbox', { name: 'Feed start date for Savings' }));
    await tabTo(
      tab,
      within(row).getByRole('button', {
        name: 'Choose the feed start date for Savings on a calendar',
      }),
    );
    await userEvent.keyboard('{Enter}');
    const calendar = await screen.findByRole('group', { name: /calendar/i });
    await expect.poll(() => calendar.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard('{ArrowLeft}{Enter}');
    await expect
      .poll(() => screen.getByRole('textbox', { name: 'Feed start date for Savings' }))
      .toHaveValue('14/03/2026');
    expect(onValueChange).toHaveBeenLastCalledWith(
      { 'acc-2': { choice: { kind: 'new' }, feedStartDate: '2026-03-14' } },
      { accountId: 'acc-2' },
    );
  });
});

describe.runIf(inRealBrowser)('AccountMapper in Chromium: typeahead on a closed target', () => {
  it('picks by typing on the focused trigger, a space included, without opening the list', async () => {
    const { userEvent } = await import('vitest/browser');
    const onValueChange = vi.fn();
    render(
      <I18nProvider locale="en-GB">
        <AccountMapper accounts={mapperAccounts} today={today} onValueChange={onValueChange} />
      </I18nProvider>,
    );
    const trigger = screen.getByRole('combobox', { name: 'Xero account for Savings' });
    trigger.focus();
    // The space belongs to the search: the button's own click on key up must not open the list.
    await userEvent.keyboard('create new');
    expect(trigger).toHaveTextContent('Create new account “Savings”');
    expect(onValueChange).toHaveBeenLastCalledWith(
      { 'acc-2': { choice: { kind: 'new' }, feedStartDate: today } },
      { accountId: 'acc-2' },
    );
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(trigger).toHaveFocus();
    // After a second's pause a new search starts: "s" picks the existing Savings account.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 1000));
    await pause();
    await userEvent.keyboard('s');
    expect(onValueChange).toHaveBeenLastCalledWith(
      { 'acc-2': { choice: { kind: 'existing', targetAccountId: 't-2' }, feedStartDate: today } },
      { accountId: 'acc-2' },
    );
    expect(trigger).toHaveTextContent(/^Savings/);
    // Once that search has ended too, Space opens the list as before, on the typed choice.
    await pause();
    await userEvent.keyboard(' ');
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getByRole('option', { name: 'Savings (…0000)' })).toHaveAttribute(
      'data-state',
      'checked',
    );
  });
});
