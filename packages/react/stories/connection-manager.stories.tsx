import { ConnectionManager } from '@bankfeeds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { feeds } from './support/fixtures';

/** Connected feeds, with disconnect behind a confirmation and reconnect when Xero needs it. */
const meta = {
  title: 'Components/ConnectionManager',
  component: ConnectionManager,
  args: {
    feeds,
    organisationName: 'Harbour Coffee Roasters Ltd',
    connectionStatus: 'Linked',
    status: 'ready',
    onDisconnect: fn(),
    onReconnect: fn(),
    onRetry: fn(),
    onAddAccounts: fn(),
  },
} satisfies Meta<typeof ConnectionManager>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Connected: Story = {};

export const Disconnect: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      canvas.getByRole('button', { name: 'Disconnect Business Current Account' }),
    );
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('alertdialog');
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    await expect(args.onDisconnect).toHaveBeenCalledWith(
      expect.objectContaining({ sourceAccountId: 'acc-001' }),
    );
  },
};

export const Loading: Story = { args: { status: 'loading', feeds: [] } };

export const NeedsReconnect: Story = { args: { connectionStatus: 'Deauthorized' } };

export const RateLimited: Story = {
  args: {
    status: 'error',
    error: { code: 'rate-limited', message: 'Too many requests', retryable: true },
  },
};

export const Empty: Story = { args: { feeds: [] } };

export const French: Story = { globals: { locale: 'fr' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const Unstyled: Story = { parameters: { unstyled: true } };
