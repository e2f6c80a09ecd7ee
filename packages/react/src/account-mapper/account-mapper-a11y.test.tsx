import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { I18nProvider } from '../i18n/i18n-context';
import { renderIn } from '../../test/render';
import { mapperAccounts } from '../../test/fixtures';
import { AccountMapper, type RowPhase } from './index';

const today = '2026-03-15';

describe('AccountMapper, as a screen reader and the keyboard meet it', () => {
  it.each([
    ['en-GB', 'Accounts to connect to Xero'],
    ['fr-FR', 'Comptes à connecter à Xero'],
  ])('gives the mapping table a name (%s)', (locale, name) => {
    renderIn(<AccountMapper accounts={mapperAccounts} today={today} />, { locale });
    expect(screen.getByRole('table', { name })).toBeInTheDocument();
  });

  it.each([
    ['en-GB', 'Choose the feed start date for Savings on a calendar'],
    ['fr-FR', 'Choisir dans un calendrier la date de début du flux pour Savings'],
  ])('names each row’s calendar button after its account (%s)', (locale, name) => {
    renderIn(<AccountMapper accounts={mapperAccounts} today={today} />, { locale });
    const calendars = screen.getAllByRole('button', { name: /calend/i });
    expect(new Set(calendars.map((b) => b.getAttribute('aria-label'))).size).toBe(calendars.length);
    expect(screen.getByRole('button', { name })).toBeInTheDocument();
  });

  it('announces a row’s “Connecting…” politely, once per change', async () => {
    const ui = (rowPhases?: Record<string, RowPhase>) => (
      <I18nProvider locale="en-GB">
        <AccountMapper accounts={mapperAccounts} today={today} rowPhases={rowPhases} />
      </I18nProvider>
    );
    const { rerender } = render(ui());
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();

    rerender(ui({ 'acc-1': 'confirming', 'acc-2': 'confirming' }));
    expect(region).toHaveTextContent('Business Current: Connecting… Savings: Connecting…');
    const spoken = region.firstElementChild;
    // A re-render with the same states says nothing new.
    rerender(ui({ 'acc-1': 'confirming', 'acc-2': 'confirming' }));
    expect(region.firstElementChild).toBe(spoken);

    // A later change (a later task) is a new announcement.
    await Promise.resolve();
    rerender(ui({ 'acc-1': 'connected', 'acc-2': 'confirming' }));
    expect(region).toHaveTextContent(/^Business Current: Connected$/);
  });

  it('keeps focus on the row’s Xero account after Enter on “Use suggestion”', async () => {
    const { user } = renderIn(<AccountMapper accounts={mapperAccounts} today={today} />);
    const trigger = screen.getByRole('combobox', { name: 'Xero account for Business Current' });
    const row = trigger.closest('tr')!;
    within(row)
      .getByRole('button', { name: /Use suggestion|Main account/ })
      .focus();
    await user.keyboard('{Enter}');
    expect(trigger).toHaveTextContent('Main account');
    expect(trigger).toHaveFocus();
  });
});
