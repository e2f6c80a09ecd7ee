import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { axe } from 'vitest-axe';
import { useState } from 'react';
import { renderIn } from '../../test/render';
import { mapperAccounts } from '../../test/fixtures';
import { AccountMapper, type MappingValue, type MapperAccount } from './index';

const today = '2026-03-15';

function rowOf(name: string) {
  return screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!;
}

describe('AccountMapper', () => {
  it('shows every account with masked number, sort code, currency, balance and status', () => {
    renderIn(<AccountMapper accounts={mapperAccounts} today={today} />);
    const row = rowOf('Business Current');
    expect(row).toHaveTextContent('••••5678');
    expect(row).toHaveTextContent('ending 5678');
    expect(row).toHaveTextContent('Sort code 40-47-84');
    expect(row).toHaveTextContent('£1,234.50');
    expect(row).toHaveTextContent('Not connected');
    const connected = rowOf('Euro account');
    expect(connected).toHaveAttribute('data-connected', '');
    expect(connected).toHaveTextContent('Feeds into EUR Xero');
    expect(connected).toHaveTextContent('1 January 2026');
    expect(within(connected).queryByRole('combobox')).toBeNull();
  });

  it('offers compatible targets, "Create new account" with its name, and "Don’t connect"', async () => {
    const onValueChange = vi.fn();
    const { user } = renderIn(
      <AccountMapper accounts={mapperAccounts} today={today} onValueChange={onValueChange} />,
    );
    await user.click(screen.getByRole('combobox', { name: 'Xero account for Business Current' }));
    const listbox = await screen.findByRole('listbox');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Main account (…5678)',
      'Savings (…0000)',
      'Create new account “Business Current”',
      'Don’t connect',
    ]);
    await user.click(within(listbox).getByRole('option', { name: /Create new account/ }));
    expect(onValueChange).toHaveBeenLastCalledWith(
      { 'acc-1': { choice: { kind: 'new' }, feedStartDate: today } },
      { accountId: 'acc-1' },
    );
    expect(
      screen.getByRole('combobox', { name: 'Xero account for Business Current' }),
    ).toHaveTextContent('Create new account “Business Current”');
    expect(screen.getByText('1 account will be connected.')).toBeInTheDocument();
  });

  it('suggests matches by account number or name, one by one or all at once', async () => {
    const { user } = renderIn(<AccountMapper accounts={mapperAccounts} today={today} />);
    expect(rowOf('Business Current')).toHaveTextContent(
      'Suggested: Main account, same account number.',
    );
    expect(rowOf('Savings')).toHaveTextContent('Suggested: Savings, same name.');
    await user.click(
      screen.getByRole('button', { name: 'Use suggestion: Main account for Business Current' }),
    );
    expect(
      screen.getByRole('combobox', { name: 'Xero account for Business Current' }),
    ).toHaveTextContent('Main account');
    await user.click(screen.getByRole('button', { name: 'Accept 1 suggestion' }));
    expect(screen.getByRole('combobox', { name: 'Xero account for Savings' })).toHaveTextContent(
      'Savings',
    );
    expect(screen.getByRole('status')).toHaveTextContent('1 suggestion accepted.');
    expect(screen.queryByRole('button', { name: /Accept .* suggestion/ })).toBeNull();
  });

  it('suggests as the headless client does: one row per target, four digits or more, punctuation ignored', () => {
    const target = (id: string, name: string, accountNumber: string | null) => ({
      id,
      name,
      accountNumber,
      sortCode: null,
      balance: null,
    });
    const account = (id: string, name: string, accountNumber: string | null): MapperAccount => ({
      id,
      name,
      accountNumber,
      sortCode: null,
      currency: 'GBP',
      balance: null,
      status: 'pending',
      newAccountName: name,
      targetOptions: [target('t-ops', 'Operations', '99-1234'), target('t-tax', 'Tax Pot', '123')],
    });
    renderIn(
      <AccountMapper
        accounts={[
          account('a-1', 'Operations account', '991234'),
          account('a-2', 'operations', null),
          account('a-3', 'Tax pot!', '123'),
          account('a-4', 'Reserve', '123'),
        ]}
        today={today}
      />,
    );
    expect(rowOf('Operations account')).toHaveTextContent(
      'Suggested: Operations, same account number.',
    );
    // The account number's target is taken; another row with the same name gets nothing.
    expect(rowOf('operations')).not.toHaveTextContent('Suggested');
    // Three digits are too few to match on; the name still matches, punctuation aside.
    expect(rowOf('Tax pot!')).toHaveTextContent('Suggested: Tax Pot, same name.');
    expect(rowOf('Reserve')).not.toHaveTextContent('Suggested');
  });

  it('flags every row that shares a target, and says which other row has it', async () => {
    const value: MappingValue = {
      'acc-1': { choice: { kind: 'existing', targetAccountId: 't-2' }, feedStartDate: today },
      'acc-2': { choice: { kind: 'existing', targetAccountId: 't-2' }, feedStartDate: today },
    };
    const { user } = renderIn(
      <AccountMapper accounts={mapperAccounts} today={today} value={value} />,
    );
    const trigger = screen.getByRole('combobox', { name: 'Xero account for Savings' });
    expect(trigger).toBeInvalid();
    expect(trigger).toHaveAccessibleDescription(
      'Savings is already chosen for Business Current. Each Xero account takes one feed.',
    );
    // Neither can be sent as it is: the customer decides which keeps it.
    const first = screen.getByRole('combobox', { name: 'Xero account for Business Current' });
    expect(first).toBeInvalid();
    expect(first).toHaveAccessibleDescription(
      'Savings is already chosen for Savings. Each Xero account takes one feed.',
    );
    await user.click(screen.getByRole('combobox', { name: 'Xero account for Business Current' }));
    expect(
      await screen.findByRole('option', { name: 'Savings (…0000) (chosen for Savings)' }),
    ).toHaveAttribute('aria-disabled', 'true');
  });

  it('applies one start date to all rows and validates per row before submitting', async () => {
    const onSubmit = vi.fn();
    function Controlled() {
      const [value, setValue] = useState<MappingValue>({});
      return (
        <AccountMapper
          accounts={mapperAccounts}
          today={today}
          value={value}
          onValueChange={setValue}
          onSubmit={onSubmit}
          organisation={{ baseCurrency: 'USD', multicurrencyEnabled: false }}
        />
      );
    }
    const { user } = renderIn(<Controlled />);
    await user.click(screen.getByRole('button', { name: 'Connect accounts' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Choose a Xero account, or a new one, for at least one bank account.',
    );
    expect(
      screen.getByRole('region', {
        name: 'Choose a Xero account, or a new one, for at least one bank account.',
      }),
    ).toHaveFocus();

    await user.click(screen.getByRole('combobox', { name: 'Xero account for Savings' }));
    await user.click(await screen.findByRole('option', { name: /Create new account/ }));
    expect(rowOf('Savings')).toHaveTextContent('doesn’t use GBP');
    const all = screen.getByRole('textbox', { name: 'Feed start date for all accounts' });
    await user.clear(all);
    await user.type(all, '01/02/2026');
    await user.click(screen.getByRole('button', { name: 'Apply to all accounts' }));
    // Only the row that will connect: "Business Current" has no choice and keeps its date.
    expect(screen.getByRole('status')).toHaveTextContent(
      'Feed start date set to 1 February 2026 for 1 account.',
    );
    expect(screen.getByRole('textbox', { name: 'Feed start date for Savings' })).toHaveValue(
      '01/02/2026',
    );
    expect(
      screen.getByRole('textbox', { name: 'Feed start date for Business Current' }),
    ).toHaveValue('15/03/2026');

    await user.click(screen.getByRole('button', { name: 'Connect accounts' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Fix 1 problem before connecting.');
    const summary = screen.getByRole('region', { name: 'Fix 1 problem before connecting.' });
    expect(summary).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: /^Savings: .*doesn’t use GBP/ }));
    expect(screen.getByRole('combobox', { name: 'Xero account for Savings' })).toHaveFocus();
    await user.click(screen.getByRole('combobox', { name: 'Xero account for Savings' }));
    await user.click(await screen.findByRole('option', { name: 'Savings (…0000)' }));
    await user.click(screen.getByRole('button', { name: 'Connect accounts' }));
    expect(onSubmit).toHaveBeenCalledWith({
      'acc-2': {
        choice: { kind: 'existing', targetAccountId: 't-2' },
        feedStartDate: '2026-02-01',
      },
    });
  });

  it('shows each row’s phase and translated failures', () => {
    renderIn(
      <AccountMapper
        accounts={mapperAccounts}
        today={today}
        rowPhases={{ 'acc-1': 'connected', 'acc-2': 'failed' }}
        rowErrors={{ 'acc-2': 'target-already-connected' }}
      />,
      { locale: 'fr-FR' },
    );
    expect(rowOf('Business Current')).toHaveTextContent('Connecté');
    expect(rowOf('Savings')).toHaveTextContent('Ce compte Xero reçoit déjà un flux bancaire.');
    expect(screen.getByRole('combobox', { name: 'Compte Xero pour Savings' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Date de début du flux' })).toBeInTheDocument();
  });

  it('works with the keyboard alone', async () => {
    const onValueChange = vi.fn();
    const { user } = renderIn(
      <AccountMapper accounts={mapperAccounts} today={today} onValueChange={onValueChange} />,
    );
    screen.getByRole('combobox', { name: 'Xero account for Business Current' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
    // The list opens on the current choice, "Don't connect", the last item.
    await user.keyboard('{Home}{ArrowDown}{Enter}');
    expect(onValueChange).toHaveBeenLastCalledWith(
      { 'acc-1': { choice: { kind: 'existing', targetAccountId: 't-2' }, feedStartDate: today } },
      { accountId: 'acc-1' },
    );
    expect(
      screen.getByRole('combobox', { name: 'Xero account for Business Current' }),
    ).toHaveFocus();
  });

  it('renders an empty state, no inline styles, and passes axe', async () => {
    const { container, unmount } = renderIn(
      <AccountMapper accounts={mapperAccounts} today={today} />,
    );
    expect(container.querySelector('[style]:not([data-part="target-value"])')).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
    unmount();
    renderIn(<AccountMapper accounts={[] as MapperAccount[]} today={today} />);
    expect(screen.getByText('There are no bank accounts to connect.')).toBeInTheDocument();
  });
});
