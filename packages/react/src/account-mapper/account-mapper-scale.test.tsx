import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { renderIn } from '../../test/render';
import { mapperAccounts } from '../../test/fixtures';
import { I18nProvider } from '../i18n/i18n-context';
import { AccountMapper, type MapperAccount } from './index';

const today = '2026-03-15';

/** `count` accounts to connect, each with the first fixture's targets. */
const manyAccounts = (count: number): MapperAccount[] =>
  Array.from({ length: count }, (_, i) => ({
    ...mapperAccounts[0]!,
    id: `acc-${i}`,
    name: `Account ${i}`,
    accountNumber: String(20_000_000 + i),
    newAccountName: `Account ${i}`,
  }));

// A thousand rows in jsdom take seconds on a busy machine: the limit catches a hang, not a speed.
describe('AccountMapper at scale', { timeout: 60_000 }, () => {
  it('re-renders only the row whose choice changed', async () => {
    // Another row's name, read whenever that row renders.
    let reads = 0;
    const savings = { ...mapperAccounts[1]! };
    Object.defineProperty(savings, 'name', {
      enumerable: true,
      get: () => {
        reads++;
        return 'Savings';
      },
    });
    const { user } = renderIn(
      <AccountMapper accounts={[mapperAccounts[0]!, savings]} today={today} />,
    );
    await user.click(screen.getByRole('combobox', { name: 'Xero account for Business Current' }));
    // The list's code arrives on first open: wait for it before counting.
    const listbox = await screen.findByRole('listbox');
    reads = 0;
    await user.click(within(listbox).getByRole('option', { name: /Create new account/ }));

    expect(
      screen.getByRole('combobox', { name: 'Xero account for Business Current' }),
    ).toHaveTextContent('Create new account “Business Current”');
    expect(reads).toBe(0);
  });

  it('has every row of a long list in the DOM', () => {
    renderIn(<AccountMapper accounts={manyAccounts(260)} today={today} />);
    expect(screen.getAllByRole('rowheader')).toHaveLength(260);
    expect(screen.getByRole('rowheader', { name: /^Account 259/ })).toBeInTheDocument();
  });

  it('renders every row on the server, and hydration keeps them', () => {
    const accounts = manyAccounts(260);
    const ui = (
      <I18nProvider locale="en-GB">
        <AccountMapper accounts={accounts} today={today} />
      </I18nProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(ui);
    document.body.append(container);
    expect(container.querySelectorAll('tbody > tr')).toHaveLength(260);
    const errors: unknown[] = [];
    render(ui, {
      container,
      hydrate: true,
      onRecoverableError: (error: unknown) => errors.push(error),
    });
    expect(errors).toEqual([]);
    expect(container.querySelectorAll('tbody > tr')).toHaveLength(260);
    container.remove();
  });

  it('mounts a row’s calendar only while it is open', async () => {
    // A row that will connect: the date of a row left out can't be set.
    const { user } = renderIn(
      <AccountMapper
        accounts={mapperAccounts}
        today={today}
        defaultValue={{ 'acc-2': { choice: { kind: 'new' }, feedStartDate: today } }}
      />,
    );
    expect(screen.queryByRole('grid')).toBeNull();
    await user.click(
      screen.getByRole('button', { name: 'Choose the feed start date for Savings on a calendar' }),
    );
    // The calendar's code arrives on first open (a chunk of its own), then the days show.
    expect(await screen.findByRole('grid')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('grid')).toBeNull();
  });
});
