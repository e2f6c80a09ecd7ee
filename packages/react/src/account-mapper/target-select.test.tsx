import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderIn } from '../../test/render';
import { mapperAccounts } from '../../test/fixtures';
import { AccountMapper, type MapperAccount, type MappingValue } from './index';

const today = '2026-03-15';
const lists = () => document.querySelectorAll('[data-part="target-content"]');

describe('AccountMapper.TargetSelect: a list mounted only while open', () => {
  it('renders a closed combobox per row and no list until one is opened', () => {
    renderIn(<AccountMapper accounts={mapperAccounts} today={today} />);
    const trigger = screen.getByRole('combobox', { name: 'Xero account for Savings' });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger).toHaveAttribute('aria-autocomplete', 'none');
    expect(trigger).not.toHaveAttribute('aria-controls');
    expect(trigger).toHaveAttribute('data-state', 'closed');
    // A row starts as the setup store starts it: "Don't connect".
    expect(trigger).toHaveTextContent('Don’t connect');
    expect(lists()).toHaveLength(0);
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it.each([['{Enter}'], ['{ }'], ['{ArrowDown}']])(
    'opens with %s on a row never opened, picks, shows the choice and returns focus',
    async (key) => {
      const onValueChange = vi.fn();
      const { user } = renderIn(
        <AccountMapper accounts={mapperAccounts} today={today} onValueChange={onValueChange} />,
      );
      const trigger = screen.getByRole('combobox', { name: 'Xero account for Savings' });
      trigger.focus();
      await user.keyboard(key);
      // The list's code arrives on first open: wait for it.
      const listbox = await screen.findByRole('listbox');
      expect(trigger).toHaveAttribute('aria-expanded', 'true');
      expect(trigger).toHaveAttribute('aria-controls', listbox.id);
      expect(trigger).toHaveAttribute('data-state', 'open');
      expect(lists()).toHaveLength(1);
      // The current choice, "Don't connect" (the last item), has focus: move up to "Create new
      // account" and choose it.
      expect(screen.getByRole('option', { name: 'Don’t connect' })).toHaveFocus();
      await user.keyboard('{ArrowUp}{Enter}');
      expect(screen.queryByRole('listbox')).toBeNull();
      expect(onValueChange).toHaveBeenLastCalledWith(
        { 'acc-2': { choice: { kind: 'new' }, feedStartDate: today } },
        { accountId: 'acc-2' },
      );
      // The same element, never swapped, shows the choice and has focus back.
      expect(screen.getByRole('combobox', { name: 'Xero account for Savings' })).toBe(trigger);
      expect(trigger).toHaveTextContent('Create new account “Savings”');
      expect(trigger).toHaveAttribute('aria-expanded', 'false');
      expect(trigger).toHaveFocus();
    },
  );

  it('opens on a mouse press on a row never opened, and reopens on the choice', async () => {
    const { user } = renderIn(<AccountMapper accounts={mapperAccounts} today={today} />);
    const trigger = screen.getByRole('combobox', { name: 'Xero account for Business Current' });
    await user.click(trigger);
    await user.click(
      within(await screen.findByRole('listbox')).getByRole('option', { name: /Savings/ }),
    );
    expect(trigger).toHaveTextContent('Savings');
    expect(trigger).toHaveFocus();
    // The list is gone once closed: nothing of it stays in the page.
    expect(lists()).toHaveLength(0);
    await user.click(trigger);
    expect(await screen.findByRole('option', { name: /Savings/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(trigger).toHaveFocus();
  });

  it('stays closed while the mapper is disabled', async () => {
    const { user } = renderIn(<AccountMapper accounts={mapperAccounts} today={today} disabled />);
    const trigger = screen.getByRole('combobox', { name: 'Xero account for Savings' });
    expect(trigger).toBeDisabled();
    expect(trigger).toHaveAttribute('data-disabled', '');
    await user.click(trigger);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(lists()).toHaveLength(0);
  });
});

/** Targets whose names share first letters, so typed searches have something to tell apart. */
const cashBook: MapperAccount = {
  id: 'acc-cash',
  name: 'Cash book',
  accountNumber: null,
  sortCode: null,
  currency: 'GBP',
  balance: 0,
  status: 'pending',
  newAccountName: 'Cash book',
  targetOptions: ['Cash', 'Credit card', 'Current'].map((name, i) => ({
    id: `x-${i + 1}`,
    name,
    accountNumber: null,
    sortCode: null,
    balance: 0,
  })),
};
const pettyCash: MapperAccount = { ...cashBook, id: 'acc-petty', name: 'Petty cash' };

/** The mapper with the two cash accounts; returns the Cash book's trigger and the change spy. */
function renderCashBook(props: { defaultValue?: MappingValue; disabled?: boolean } = {}) {
  const onValueChange = vi.fn();
  const rendered = renderIn(
    <AccountMapper
      accounts={[cashBook, pettyCash]}
      today={today}
      onValueChange={onValueChange}
      {...props}
    />,
  );
  const trigger = screen.getByRole('combobox', { name: 'Xero account for Cash book' });
  return { ...rendered, trigger, onValueChange };
}

/** The Cash book's choice in the last change reported. */
const lastChoice = (onValueChange: ReturnType<typeof vi.fn>) =>
  (onValueChange.mock.lastCall?.[0] as MappingValue | undefined)?.['acc-cash']?.choice;

describe('AccountMapper.TargetSelect: typeahead on the closed trigger, as on Radix Select', () => {
  afterEach(() => vi.useRealTimers());

  it('picks the first item starting with a typed letter, without opening or mounting the list', async () => {
    const { user } = renderIn(<AccountMapper accounts={mapperAccounts} today={today} />);
    const trigger = screen.getByRole('combobox', { name: 'Xero account for Savings' });
    trigger.focus();
    await user.keyboard('d');
    expect(trigger).toHaveTextContent('Don’t connect');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger).toHaveFocus();
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(lists()).toHaveLength(0);
    // Nothing is announced: the trigger's text is what changes, as with Radix.
    for (const region of screen.getAllByRole('status')) expect(region).toHaveTextContent('');
  });

  it('reports a typed pick as a pick in the list does', async () => {
    const { user, trigger, onValueChange } = renderCashBook();
    trigger.focus();
    await user.keyboard('cu');
    // "c" picks Cash, "cu" moves on to Current: one change each.
    expect(onValueChange).toHaveBeenCalledTimes(2);
    expect(onValueChange).toHaveBeenLastCalledWith(
      {
        'acc-cash': {
          choice: { kind: 'existing', targetAccountId: 'x-3' },
          feedStartDate: today,
        },
      },
      { accountId: 'acc-cash' },
    );
    expect(trigger).toHaveTextContent('Current');
  });

  it('cycles through the items a repeated letter starts, in list order, wrapping round', async () => {
    const { user, trigger } = renderCashBook();
    trigger.focus();
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      await user.keyboard('c');
      seen.push(trigger.textContent!.replace('▼', ''));
    }
    expect(seen).toEqual([
      'Cash',
      'Credit card',
      'Current',
      'Create new account “Cash book”',
      'Cash',
    ]);
  });

  it('matches several letters as one search, ignoring case, from the current item on', async () => {
    const { user, trigger, onValueChange } = renderCashBook();
    trigger.focus();
    await user.keyboard('CR');
    expect(trigger).toHaveTextContent('Credit card');
    // "cre" still fits the current item, so nothing changes; "crea" moves on to the new account.
    await user.keyboard('e');
    expect(onValueChange).toHaveBeenCalledTimes(2);
    await user.keyboard('a');
    expect(lastChoice(onValueChange)).toEqual({ kind: 'new' });
    await user.keyboard('x');
    expect(trigger).toHaveTextContent('Create new account “Cash book”');
  });

  it('skips a target another row has chosen (disabled in the list)', async () => {
    const { user, trigger } = renderCashBook({
      defaultValue: {
        'acc-petty': {
          choice: { kind: 'existing', targetAccountId: 'x-2' },
          feedStartDate: today,
        },
      },
    });
    trigger.focus();
    await user.keyboard('cc');
    expect(trigger).toHaveTextContent('Current');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('option', { name: /Credit card/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('starts a new search after a pause of a second', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { user, trigger } = renderCashBook();
    trigger.focus();
    await user.keyboard('c');
    expect(trigger).toHaveTextContent('Cash');
    // Just within the second, "cr" is one search: Credit card ("r" alone would find nothing).
    vi.advanceTimersByTime(999);
    await user.keyboard('r');
    expect(trigger).toHaveTextContent('Credit card');
    // After a second's pause, "c" starts afresh and moves on ("crc" would find nothing).
    vi.advanceTimersByTime(1000);
    await user.keyboard('c');
    expect(trigger).toHaveTextContent('Current');
  });

  it('takes Space as part of a search, and opens on Space once the search has ended', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { user, trigger } = renderCashBook();
    trigger.focus();
    await user.keyboard('credit{ }c');
    expect(trigger).toHaveTextContent('Credit card');
    expect(screen.queryByRole('listbox')).toBeNull();
    vi.advanceTimersByTime(1000);
    await user.keyboard('{ }');
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
  });

  it.each([['{Enter}'], ['{ArrowDown}'], ['{ArrowUp}']])(
    'still opens with %s after typing, on the typed choice',
    async (key) => {
      const { user, trigger } = renderCashBook();
      trigger.focus();
      await user.keyboard(`cu${key}`);
      expect(await screen.findByRole('listbox')).toBeInTheDocument();
      expect(screen.getByRole('option', { name: 'Current' })).toHaveAttribute(
        'data-state',
        'checked',
      );
    },
  );

  it('starts afresh after the list was opened and closed, and keeps working on a row once opened', async () => {
    const { user, trigger } = renderCashBook();
    trigger.focus();
    await user.keyboard('cr{Enter}');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(trigger).toHaveFocus();
    expect(lists()).toHaveLength(0);
    // Opening ended the search: "c" moves on from Credit card ("crc" would find nothing).
    await user.keyboard('c');
    expect(trigger).toHaveTextContent('Current');
    await user.keyboard('d');
    expect(trigger).toHaveTextContent('Current');
  });

  it('ignores letters typed with Ctrl, Alt or Meta, and keys that type nothing', async () => {
    const { user, trigger, onValueChange } = renderCashBook();
    trigger.focus();
    await user.keyboard('{Control>}c{/Control}{Alt>}c{/Alt}{Meta>}c{/Meta}{Shift}{Tab}');
    expect(onValueChange).not.toHaveBeenCalled();
    expect(trigger).toHaveTextContent('Don’t connect');
  });

  it('does nothing while the mapper is disabled', () => {
    const { trigger, onValueChange } = renderCashBook({ disabled: true });
    // A disabled button takes no focus; a key sent to it anyway changes nothing.
    fireEvent.keyDown(trigger, { key: 'c' });
    fireEvent.keyDown(trigger, { key: 'Enter' });
    expect(onValueChange).not.toHaveBeenCalled();
    expect(trigger).toHaveTextContent('Don’t connect');
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});
