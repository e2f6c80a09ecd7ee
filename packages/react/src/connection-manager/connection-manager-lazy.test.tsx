import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderIn } from '../../test/render';
import { ConnectionManager, type ManagedFeed } from './index';

// The confirmations' chunk is refused once (a portal gone offline), then served again.
const dialogsModule = vi.hoisted(() => ({ refusals: 1 }));
vi.mock('./connection-manager-dialogs', async (importOriginal) => {
  if (dialogsModule.refusals > 0) {
    dialogsModule.refusals -= 1;
    throw new TypeError('Failed to fetch dynamically imported module');
  }
  return importOriginal();
});

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
];

beforeAll(() => {
  // jsdom has no requestIdleCallback: the idle prefetch never runs here, the click loads the chunk.
  vi.stubGlobal('requestIdleCallback', () => 0);
});
afterAll(() => vi.unstubAllGlobals());

describe('ConnectionManager: a confirmation whose code cannot load', () => {
  it('says so (in French too), and the next Disconnect loads it and asks', async () => {
    const { user } = renderIn(
      <ConnectionManager
        feeds={feeds}
        organisationName="Acme Ltd"
        connectionStatus="Linked"
        onDisconnect={() => {}}
      />,
      { locale: 'fr-FR' },
    );
    const disconnect = screen.getByRole('button', { name: 'Déconnecter Business Current' });
    await user.click(disconnect);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/n’a pas pu être chargée/);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(disconnect).toHaveFocus();
    await user.click(disconnect);
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveAccessibleName('Déconnecter Business Current ?');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
