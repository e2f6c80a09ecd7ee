import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { axe } from 'vitest-axe';
import { useState } from 'react';
import { renderIn } from '../../test/render';
import { ConnectionManager, type ManagedFeed } from './index';

const feeds: ManagedFeed[] = [
  {
    sourceAccountId: 'a1',
    sourceName: 'Business Current',
    accountNumber: '12345678',
    currency: 'GBP',
    targetName: 'Main account',
    feedStartDate: '2026-01-05',
    status: 'connected',
  },
  {
    sourceAccountId: 'a2',
    sourceName: 'Savings',
    accountNumber: '55554444',
    currency: 'GBP',
    targetName: 'Savings',
    feedStartDate: null,
    status: 'connecting',
  },
];

function Stateful({ onDisconnect }: { onDisconnect: (feed: ManagedFeed) => Promise<void> }) {
  const [list, setList] = useState(feeds);
  return (
    <ConnectionManager
      feeds={list}
      organisationName="Acme Ltd"
      connectionStatus="Linked"
      onDisconnect={async (feed) => {
        await onDisconnect(feed);
        setList((l) => l.filter((f) => f.sourceAccountId !== feed.sourceAccountId));
      }}
    />
  );
}

describe('ConnectionManager', () => {
  it('shows the organisation, connection status and each feed', () => {
    renderIn(
      <ConnectionManager feeds={feeds} organisationName="Acme Ltd" connectionStatus="Linked" />,
    );
    expect(screen.getByRole('heading', { name: 'Your bank feeds in Xero' })).toBeInTheDocument();
    expect(screen.getByText('Acme Ltd')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Your bank feeds in Xero' });
    const row = within(table).getByRole('row', { name: /Business Current/ });
    expect(row).toHaveTextContent('Main account');
    expect(row).toHaveTextContent('5 January 2026');
    expect(row).toHaveTextContent('Connected');
    expect(screen.queryByRole('button', { name: /Reconnect/ })).toBeNull();
  });

  it('disconnects behind a confirmation dialog, with the keyboard alone', async () => {
    const onDisconnect = vi.fn().mockResolvedValue(undefined);
    const { user } = renderIn(<Stateful onDisconnect={onDisconnect} />);
    const button = screen.getByRole('button', { name: 'Disconnect Business Current' });
    button.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('alertdialog', { name: 'Disconnect Business Current?' });
    expect(dialog).toHaveAccessibleDescription(/stop going to Main account in Xero/);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    // Tab stays inside the dialog.
    await user.tab();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(button).toHaveFocus();
    expect(onDisconnect).not.toHaveBeenCalled();

    await user.keyboard('{Enter}');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onDisconnect).toHaveBeenCalledWith(feeds[0]);
    expect(
      await screen.findByText('Business Current is disconnected. You can connect it again.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Your bank feeds in Xero' })).toHaveFocus();
    expect(screen.queryByRole('row', { name: /Business Current/ })).toBeNull();
  });

  it('keeps the dialog open with a translated error when disconnecting fails', async () => {
    const onDisconnect = vi
      .fn()
      .mockRejectedValue({ code: 'service-unavailable', correlationId: 'c-1' });
    const { user } = renderIn(<Stateful onDisconnect={onDisconnect} />, { locale: 'fr' });
    await user.click(screen.getByRole('button', { name: 'Déconnecter Business Current' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Déconnecter' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Le service est indisponible pour le moment.');
    expect(alert).toHaveTextContent('Référence : c-1');
    onDisconnect.mockResolvedValueOnce(undefined);
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(
      await screen.findByText(
        'Business Current est déconnecté. Vous pouvez le connecter à nouveau.',
      ),
    ).toBeInTheDocument();
  });

  it('offers Reconnect when the connection is not linked', async () => {
    const onReconnect = vi.fn();
    const { user } = renderIn(
      <ConnectionManager
        feeds={feeds}
        organisationName="Acme Ltd"
        connectionStatus="Deauthorized"
        onReconnect={onReconnect}
      />,
    );
    expect(screen.getByText('Xero access has expired')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reconnect Xero' }));
    expect(onReconnect).toHaveBeenCalled();
  });

  it('has loading, empty and error states', async () => {
    const onRetry = vi.fn();
    const onAddAccounts = vi.fn();
    const { rerender, user } = renderIn(<ConnectionManager feeds={[]} status="loading" />);
    expect(screen.getByText('Loading your bank feeds…')).toBeInTheDocument();
    rerender(<ConnectionManager feeds={[]} status="ready" onAddAccounts={onAddAccounts} />);
    expect(screen.getByText('No bank feeds are connected yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Connect accounts' }));
    expect(onAddAccounts).toHaveBeenCalled();
    rerender(
      <ConnectionManager
        feeds={[]}
        status="error"
        error={{ code: 'network-error' }}
        onRetry={onRetry}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('You seem to be offline.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('passes axe with the dialog open and uses no inline styles', async () => {
    const { container, user } = renderIn(<Stateful onDisconnect={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Disconnect Business Current' }));
    expect(container.querySelector('[style]')).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });
});
