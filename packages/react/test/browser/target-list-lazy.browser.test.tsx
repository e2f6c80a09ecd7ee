import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { AccountMapper, I18nProvider } from '../../src';
import { mapperAccounts } from '../fixtures';

// The list's chunk is held back until the test lets it through, as a slow network would.
const listModule = vi.hoisted(() => {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { arrive, arrived };
});
vi.mock('../../src/account-mapper/target-list', async (importOriginal) => {
  await listModule.arrived;
  return importOriginal();
});

const inRealBrowser = typeof navigator !== 'undefined' && !/jsdom/i.test(navigator.userAgent);

describe.runIf(inRealBrowser)(
  'AccountMapper in Chromium: a list opened before its code is here',
  () => {
    it('holds focus on the trigger while it comes, then focuses the list, and a mouse pick works', async () => {
      const { userEvent } = await import('vitest/browser');
      const onValueChange = vi.fn();
      render(
        <I18nProvider locale="en-GB">
          <AccountMapper
            accounts={mapperAccounts}
            today="2026-03-15"
            onValueChange={onValueChange}
          />
        </I18nProvider>,
      );
      const trigger = screen.getByRole('combobox', { name: 'Xero account for Savings' });
      // A real mouse press: the trigger's pointerdown keeps the browser from moving focus itself.
      await userEvent.click(trigger);
      await expect.poll(() => trigger.getAttribute('aria-busy')).toBe('true');
      expect(trigger).toHaveFocus();
      expect(screen.getByText('Loading…')).toHaveAttribute('role', 'status');
      listModule.arrive();
      const listbox = await screen.findByRole('listbox');
      await expect.poll(() => document.activeElement?.getAttribute('role')).toBe('option');
      expect(listbox).toContainElement(document.activeElement as HTMLElement);
      expect(trigger).not.toHaveAttribute('aria-busy');
      expect(screen.queryByText('Loading…')).toBeNull();
      await userEvent.click(within(listbox).getByRole('option', { name: /Create new account/ }));
      await expect.poll(() => screen.queryByRole('listbox')).toBeNull();
      expect(trigger).toHaveTextContent('Create new account “Savings”');
      expect(trigger).toHaveFocus();
      expect(onValueChange).toHaveBeenCalled();
    });
  },
);
