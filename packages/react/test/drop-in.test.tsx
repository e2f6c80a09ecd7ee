import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { BANK_FEEDS_DISABLED_TEXT } from '@bankfeeds/mocks';
import { setupBankFeedsServer } from '@bankfeeds/mocks/node';
import { BankFeedsSetup, type ConnectionStartedDetails } from '../src';
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

describe('onConnectionStarted, as Codat’s: the bank registers its accounts before consent', () => {
  it('reports a created connection in Codat’s shape and waits for the bank’s promise', async () => {
    const openLink = vi.fn();
    let release!: () => void;
    let seen: ConnectionStartedDetails | null = null;
    const { user, fake, client } = renderKit(
      server,
      <BankFeedsSetup
        openLink={openLink}
        onConnectionStarted={(connection) => {
          seen = connection;
          return new Promise<void>((resolve) => (release = resolve)).then(async () => {
            await client.createSourceAccount(fake.ids.companyId, connection.connectionId, {
              id: 'acc-new',
              accountName: 'Business Current',
              accountType: 'checking',
              accountNumber: '12345678',
              sortCode: '40-47-84',
              currency: 'GBP',
              balance: 100,
            });
          });
        }}
      />,
      {
        scenario: 'empty',
        companyOnly: true,
        arrange: (f) => f.deleteConnection(f.ids.companyId, f.ids.connectionId),
      },
    );
    await screen.findByRole('heading', { name: 'Connect to Xero' }, slow);
    await screen.findByText('Your bank is getting your accounts ready for Xero…');
    expect(screen.queryByRole('link', { name: 'Connect Xero' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Connect Xero' })).toBeDisabled();
    const created = fake.listConnections(fake.ids.companyId).results[0]!;
    expect(seen).toEqual({
      connectionId: created.id,
      integrationId: created.integrationId,
      integrationKey: 'gbol',
      platformName: 'Xero',
      sourceId: created.sourceId,
      sourceType: 'Accounting',
      // Each read hands out a new one-time link.
      linkUrl: expect.stringMatching(new RegExp(`/connections/${created.id}/start\\?otp=\\d{6}$`)),
      created: true,
    });
    release();
    await user.click(await screen.findByRole('link', { name: 'Connect Xero' }, slow));
    await waitFor(() => expect(openLink).toHaveBeenCalledTimes(1));
  });

  it('refuses to open Xero while the connection has no source account, and says so', async () => {
    const openLink = vi.fn();
    const onConnectionStarted = vi.fn();
    const { user, fake, client } = renderKit(
      server,
      <BankFeedsSetup openLink={openLink} onConnectionStarted={onConnectionStarted} />,
      { scenario: 'empty', companyOnly: true },
    );
    await screen.findByRole('heading', { name: 'Connect to Xero' }, slow);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Xero can’t be connected yet: your bank hasn’t added any of your accounts',
    );
    expect(screen.getByRole('button', { name: 'Connect Xero' })).toBeDisabled();
    expect(onConnectionStarted).toHaveBeenCalledWith(
      expect.objectContaining({ connectionId: fake.ids.connectionId, created: false }),
    );
    await client.createSourceAccount(fake.ids.companyId, fake.ids.connectionId, {
      id: 'acc-late',
      accountName: 'Business Current',
      accountType: 'checking',
      accountNumber: '12345678',
      sortCode: '40-47-84',
      currency: 'GBP',
      balance: 100,
    });
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await user.click(await screen.findByRole('link', { name: 'Connect Xero' }, slow));
    await waitFor(() => expect(openLink).toHaveBeenCalledTimes(1));
  });

  it('says so in French too', async () => {
    renderKit(server, <BankFeedsSetup />, { scenario: 'empty', locale: 'fr-FR' });
    expect(await screen.findByRole('alert', {}, slow)).toHaveTextContent(
      'Xero ne peut pas encore être connecté',
    );
  });
});

describe('bank feeds disabled for the Xero organisation', () => {
  /** Codat's 403, relayed from Xero, on the first read of the mapping options. */
  const disabledOnLoad = () =>
    server.use(
      http.get(/\/bankFeedAccounts\/mapping$/, () =>
        HttpResponse.json(
          { statusCode: 403, service: 'Xero', error: BANK_FEEDS_DISABLED_TEXT },
          { status: 403 },
        ),
      ),
    );

  it('is explained as soon as the first load says so, with no retry that cannot help', async () => {
    const onError = vi.fn();
    renderKit(
      server,
      <BankFeedsSetup onError={onError} supportHref="https://bank.example/help" />,
      { arrange: disabledOnLoad },
    );
    const heading = await screen.findByRole(
      'heading',
      { name: 'Bank feeds aren’t available for this Xero organisation' },
      slow,
    );
    expect(heading).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'your bank must enable bank feeds with Xero and Codat',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByRole('link', { name: 'Contact your bank' })).toHaveAttribute(
      'href',
      'https://bank.example/help',
    );
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({
        code: 'bank-feeds-disabled',
        errorCode: 403,
        userRecoverable: false,
      }),
    );
  });

  it('is explained in French too', async () => {
    renderKit(server, <BankFeedsSetup />, { arrange: disabledOnLoad, locale: 'fr-FR' });
    await screen.findByRole(
      'heading',
      { name: 'Les flux bancaires ne sont pas disponibles pour cette organisation Xero' },
      slow,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('votre banque doit les activer');
  });
});
