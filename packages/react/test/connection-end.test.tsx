import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { setupBankFeedsServer } from '@bankfeeds/mocks/node';
import { BankFeedsSetup, type ConnectionEndedDetails } from '../src';
import { renderKit, TODAY } from './kit';

const { server } = setupBankFeedsServer({ today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const slow = { timeout: 4000 };

describe('the connection manager ends the Xero connection', () => {
  it('unlinks behind a confirmation, shows the feeds stopped, then connects again', async () => {
    const onDisconnect = vi.fn<(connection: ConnectionEndedDetails) => void>();
    const onReconnect = vi.fn();
    const { user, fake, container } = renderKit(
      server,
      <BankFeedsSetup initialView="manage" onDisconnect={onDisconnect} onReconnect={onReconnect} />,
    );
    const end = await screen.findByRole('button', { name: 'Disconnect from Xero' }, slow);
    expect(screen.getByText('Connected since')).toBeInTheDocument();
    expect(screen.getByText('Last synced')).toBeInTheDocument();
    await user.click(end);
    const dialog = await screen.findByRole('alertdialog', { name: 'Disconnect from Xero?' });
    expect(dialog).toHaveTextContent('every bank feed stops');
    expect(dialog).toHaveTextContent('You can connect Xero again later');
    const { axe } = await import('vitest-axe');
    expect(await axe(container)).toHaveNoViolations();
    await user.click(within(dialog).getByRole('button', { name: 'Disconnect from Xero' }));

    // Said on screen, and announced.
    await waitFor(() =>
      expect(
        screen.getAllByText('You’re disconnected from Xero. Your bank feeds have stopped.'),
      ).toHaveLength(2),
    );
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(fake.getConnection(fake.ids.companyId, fake.ids.connectionId).status).toBe('Unlinked');
    expect(onDisconnect).toHaveBeenCalledWith(
      expect.objectContaining({ connectionId: fake.ids.connectionId, mode: 'unlink' }),
    );
    const row = screen.getByRole('row', { name: /Everyday/ });
    expect(within(row).getByText('Stopped')).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();

    await user.click(screen.getByRole('button', { name: 'Connect Xero again' }));
    expect(onReconnect).toHaveBeenCalledWith(
      expect.objectContaining({ connectionId: fake.ids.connectionId }),
    );
    await screen.findByRole('heading', { name: 'Connect to Xero' }, slow);
    expect(screen.getByRole('link', { name: 'Connect Xero' })).toBeInTheDocument();
  }, 30_000);

  it('deletes the connection when the bank chooses so, and says what that means (French)', async () => {
    const onDisconnect = vi.fn<(connection: ConnectionEndedDetails) => void>();
    const { user, fake } = renderKit(
      server,
      <BankFeedsSetup initialView="manage" disconnectMode="delete" onDisconnect={onDisconnect} />,
      { locale: 'fr-FR', companyOnly: true },
    );
    await user.click(await screen.findByRole('button', { name: 'Se déconnecter de Xero' }, slow));
    const dialog = await screen.findByRole('alertdialog', { name: 'Se déconnecter de Xero ?' });
    expect(dialog).toHaveTextContent('cette connexion est supprimée définitivement');
    await user.click(within(dialog).getByRole('button', { name: 'Se déconnecter de Xero' }));
    await waitFor(() =>
      expect(
        screen.getAllByText('Vous êtes déconnecté de Xero. Vos flux bancaires sont arrêtés.'),
      ).toHaveLength(2),
    );
    expect(onDisconnect).toHaveBeenCalledWith(
      expect.objectContaining({ connectionId: fake.ids.connectionId, mode: 'delete' }),
    );
    // The deleted connection is gone; mounted with the company alone, the journey has a new
    // one ready for when the customer connects again.
    await waitFor(() => {
      const left = fake.listConnections(fake.ids.companyId).results;
      expect(left.map((c) => c.id)).not.toContain(fake.ids.connectionId);
    });
  }, 30_000);
});
