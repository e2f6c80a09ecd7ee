import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { setupBankFeedsServer } from '@bankfeeds/mocks/node';
import { BankFeedsSetup } from '../src';
import { renderKit, TODAY } from './kit';

const { server } = setupBankFeedsServer({ today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const slow = { timeout: 4000 };

describe('BankFeedsSetup mounted with a company alone (as Codat’s component)', () => {
  it('finds the linked Xero connection and opens on mapping', async () => {
    const { fake } = renderKit(server, <BankFeedsSetup initialView="setup" />, {
      companyOnly: true,
    });
    await screen.findByRole('heading', { name: 'Choose accounts' }, slow);
    expect(fake.listConnections(fake.ids.companyId).results).toHaveLength(1);
  });

  it('creates the Xero connection of a company that has none, and asks for consent', async () => {
    const { fake } = renderKit(server, <BankFeedsSetup />, {
      scenario: 'empty',
      companyOnly: true,
      arrange: (f) => f.deleteConnection(f.ids.companyId, f.ids.connectionId),
    });
    await screen.findByRole('heading', { name: 'Connect to Xero' }, slow);
    const connections = fake.listConnections(fake.ids.companyId).results;
    expect(connections).toHaveLength(1);
    expect(connections[0]!.status).toBe('PendingAuth');
  });
});
