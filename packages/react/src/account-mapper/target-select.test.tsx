import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderIn } from '../../test/render';
import { mapperAccounts } from '../../test/fixtures';
import { AccountMapper } from './index';

const today = '2026-03-15';
const anchors = () => document.querySelectorAll('[data-part="target-anchor"]');

describe('AccountMapper.TargetSelect: Radix Select mounted on first use', () => {
  it('renders a closed combobox per row and no Radix Select until one is opened', () => {
    renderIn(<AccountMapper accounts={mapperAccounts} today={today} />);
    const trigger = screen.getByRole('combobox', { name: 'Xero account for Savings' });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger).toHaveAttribute('aria-autocomplete', 'none');
    expect(trigger).not.toHaveAttribute('aria-controls');
    expect(trigger).toHaveAttribute('data-state', 'closed');
    expect(trigger).toHaveAttribute('data-placeholder', '');
    expect(trigger).toHaveTextContent('Choose a Xero account');
    expect(anchors()).toHaveLength(0);
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
      const listbox = screen.getByRole('listbox');
      expect(trigger).toHaveAttribute('aria-expanded', 'true');
      expect(trigger).toHaveAttribute('aria-controls', listbox.id);
      expect(trigger).toHaveAttribute('data-state', 'open');
      expect(anchors()).toHaveLength(1);
      // The first enabled item has focus: move to "Create new account" and choose it.
      await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
      expect(screen.queryByRole('listbox')).toBeNull();
      expect(onValueChange).toHaveBeenLastCalledWith(
        { 'acc-2': { choice: { type: 'new' }, feedStartDate: today } },
        { accountId: 'acc-2' },
      );
      // The same element, never swapped, shows the choice and has focus back.
      expect(screen.getByRole('combobox', { name: 'Xero account for Savings' })).toBe(trigger);
      expect(trigger).toHaveTextContent('Create new account “Savings”');
      expect(trigger).not.toHaveAttribute('data-placeholder');
      expect(trigger).toHaveAttribute('aria-expanded', 'false');
      expect(trigger).toHaveFocus();
    },
  );

  it('opens on a mouse press on a row never opened, and reopens on the choice', async () => {
    const { user } = renderIn(<AccountMapper accounts={mapperAccounts} today={today} />);
    const trigger = screen.getByRole('combobox', { name: 'Xero account for Business Current' });
    await user.click(trigger);
    await user.click(within(screen.getByRole('listbox')).getByRole('option', { name: /Savings/ }));
    expect(trigger).toHaveTextContent('Savings');
    expect(trigger).toHaveFocus();
    // Only the row that was used mounted a Radix Select.
    expect(anchors()).toHaveLength(1);
    await user.click(trigger);
    expect(screen.getByRole('option', { name: /Savings/ })).toHaveAttribute(
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
    expect(anchors()).toHaveLength(0);
  });
});
