import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { AccountMapper } from '@bankfeeds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { accounts, manyAccounts, today } from './support/fixtures';

/**
 * The mapping table on its own (presentational): each bank account, the Xero account it feeds,
 * and its start date. `BankFeedsSetup` drives it from the API; here the props are fixed.
 */
const meta = {
  title: 'Components/AccountMapper',
  component: AccountMapper,
  args: {
    accounts,
    today,
    organisation: {
      baseCurrency: 'GBP',
      multicurrencyEnabled: true,
      currencies: ['GBP', 'EUR', 'USD'],
    },
    onSubmit: fn(),
    onValueChange: fn(),
  },
} satisfies Meta<typeof AccountMapper>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Mapping: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(
      canvas.getByRole('combobox', { name: 'Xero account for Business Reserve' }),
    );
    await userEvent.click(await body.findByRole('option', { name: /^Business Reserve/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Connect accounts' }));
    await expect(args.onSubmit).toHaveBeenCalled();
  },
};

export const Submitting: Story = {
  args: {
    submitting: true,
    defaultValue: {
      'acc-001': { choice: { kind: 'existing', targetAccountId: 't-1' }, feedStartDate: today },
      'acc-002': { choice: { kind: 'new' }, feedStartDate: today },
    },
    rowPhases: { 'acc-001': 'submitting', 'acc-002': 'confirming' },
  },
};

export const PartialFailure: Story = {
  args: {
    defaultValue: {
      'acc-001': { choice: { kind: 'existing', targetAccountId: 't-1' }, feedStartDate: today },
      'acc-002': { choice: { kind: 'existing', targetAccountId: 't-2' }, feedStartDate: today },
    },
    rowPhases: { 'acc-001': 'connected', 'acc-002': 'failed' },
    rowErrors: { 'acc-002': 'target-already-connected' },
  },
};

export const AllConnected: Story = {
  args: {
    accounts: accounts.map((a) => ({
      ...a,
      status: 'connected',
      feedStartDate: '2026-10-01',
      connectedTargetName: a.name,
    })),
  },
};

export const Empty: Story = { args: { accounts: [] } };

/**
 * The mapper at scale: 1,000 rows. Its test never races a clock: the rows render with the story
 * (the accounts are props), so the play function counts them at once with a plain DOM query (a
 * role query would walk the accessibility tree of 1,000 rows). axe is left to the stories above:
 * these rows are their markup 1,000 times, and axe over them took 8 to 25 s, growing with the
 * machine's load past the test's timeout (leaving out rows 21 to 1,000 through axe's `exclude`
 * costs as much). How fast the mapper is at this size is measured apart, by `bench:interaction`.
 */
export const ThousandAccounts: Story = {
  name: '1,000 accounts',
  args: { accounts: manyAccounts, organisation: null },
  parameters: {
    a11y: { test: 'off' },
  },
  play: async ({ canvasElement }) => {
    const rows = canvasElement.querySelectorAll('[data-scope="account-mapper"] tbody tr');
    await expect(rows).toHaveLength(manyAccounts.length);
    await expect(rows[rows.length - 1]).toHaveTextContent(manyAccounts.at(-1)?.name ?? '');
  },
};

/** A bank's own button, standing in for a design system's: it passes props and ref to its element. */
const BankButton = forwardRef<HTMLButtonElement, ButtonHTMLAttributes<HTMLButtonElement>>(
  function BankButton(props, ref) {
    return (
      <button
        {...props}
        ref={ref}
        style={{ borderRadius: 999, padding: '0.5rem 1.25rem', fontWeight: 600 }}
      />
    );
  },
);

/**
 * The parts composed in your own layout, with your own button and text (`asChild`): they render
 * with the part's state, ARIA and behaviour. Typing on a closed target picks, as on a native select.
 */
export const OwnElements: Story = {
  render: (args) => (
    <AccountMapper.Root {...args}>
      <AccountMapper.Table />
      <AccountMapper.Summary asChild>
        <strong />
      </AccountMapper.Summary>
      <AccountMapper.Submit asChild>
        <BankButton>Start my bank feeds</BankButton>
      </AccountMapper.Submit>
    </AccountMapper.Root>
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const target = canvas.getByRole('combobox', { name: 'Xero account for Business Reserve' });
    target.focus();
    await userEvent.keyboard('business r');
    await expect(target).toHaveTextContent('Business Reserve');
    await expect(canvas.queryByRole('listbox')).toBeNull();
    await expect(canvas.getByText('1 account will be connected.').tagName).toBe('STRONG');
    const submit = canvas.getByRole('button', { name: 'Start my bank feeds' });
    await expect(submit).toHaveAttribute('data-part', 'submit');
    await userEvent.click(submit);
    await expect(args.onSubmit).toHaveBeenCalled();
  },
};

export const French: Story = { globals: { locale: 'fr' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const Unstyled: Story = { parameters: { unstyled: true } };
