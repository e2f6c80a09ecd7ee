// Defects of the setup journey as customers and bank developers met them (issue 15), each
// reproduced through `BankFeedsSetup` on the fake before it was fixed.
import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { setupBankFeedsServer } from '@bankfeeds/mocks/node';
import type { FakeCodat } from '@bankfeeds/mocks';
import { BankFeedsConnectionManager, BankFeedsSetup, type BankFeedsEvent } from '../src';
import { renderKit, TODAY } from './kit';

const { server } = setupBankFeedsServer({ today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const slow = { timeout: 4000 };

/** Connects every account still pending, as an earlier visit would have. */
function connectEverything(fake: FakeCodat) {
  const { companyId, connectionId } = fake.ids;
  for (const account of fake.listSourceAccounts(companyId, connectionId)) {
    if (account.status === 'connected') continue;
    const reply = fake.createMapping(companyId, connectionId, {
      sourceAccountId: account.id,
      feedStartDate: '2026-03-01',
    });
    // An account Xero cannot take here (another currency) is left out of this customer's set.
    if (reply.status === 'Failed') fake.deleteSourceAccount(companyId, connectionId, account.id);
  }
  fake.getMapping(companyId, connectionId); // a read settles the new feeds
}

describe('BankFeedsSetup: consent refused in Xero', () => {
  it('stops waiting and says access was refused when the customer cancels in Xero, then tries again with a fresh link', async () => {
    const openLink = vi.fn();
    const onEvent = vi.fn<(event: BankFeedsEvent) => void>();
    const { user, fake } = renderKit(
      server,
      <BankFeedsSetup openLink={openLink} onEvent={onEvent} />,
      { scenario: 'needsAuth' },
    );
    await screen.findByRole('heading', { name: 'Connect to Xero' }, slow);
    await user.click(screen.getByRole('link', { name: 'Connect Xero' }));
    await screen.findByText('Waiting for you to finish in Xero…');
    await waitFor(() => expect(openLink).toHaveBeenCalledTimes(1));

    fake.denyConnection(fake.ids.companyId, fake.ids.connectionId);
    const heading = await screen.findByRole('heading', { name: 'Xero wasn’t connected' }, slow);
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('alert')).toHaveTextContent('Access to Xero was refused');
    expect(screen.queryByText('Waiting for you to finish in Xero…')).toBeNull();
    expect(onEvent).toHaveBeenCalledWith({
      type: 'connection.failed',
      connectionId: fake.ids.connectionId,
      reason: 'cancelled',
    });

    // Trying again opens a fresh link and waits again; the earlier refusal is not news.
    await user.click(screen.getByRole('link', { name: 'Try again in Xero' }));
    await waitFor(() => expect(openLink).toHaveBeenCalledTimes(2));
    expect(openLink.mock.calls[1]![0]).not.toBe(openLink.mock.calls[0]![0]);
    expect(await screen.findByText('Waiting for you to finish in Xero…')).toBeInTheDocument();
    fake.authorizeConnection(fake.ids.companyId, fake.ids.connectionId);
    expect(
      await screen.findByRole('heading', { name: 'Choose accounts' }, slow),
    ).toBeInTheDocument();
  });

  it('says why when Xero refuses the consent because the bank registered no account', async () => {
    const { user, fake, client } = renderKit(server, <BankFeedsSetup openLink={() => {}} />, {
      scenario: 'needsAuth',
      locale: 'fr-FR',
    });
    await screen.findByRole('heading', { name: 'Se connecter à Xero' }, slow);
    await user.click(screen.getByRole('link', { name: 'Connecter Xero' }));
    await screen.findByText('Nous attendons que vous terminiez dans Xero…');
    // The kit opens Xero only for a connection with accounts; the bank removed them meanwhile.
    const { companyId, connectionId } = fake.ids;
    for (const account of await client.listSourceAccounts(companyId, connectionId)) {
      await client.deleteSourceAccount(companyId, connectionId, account.id);
    }
    fake.authorizeConnection(companyId, connectionId);
    expect(await screen.findByRole('alert', {}, slow)).toHaveTextContent(
      'votre banque n’avait pas encore enregistré vos comptes',
    );
  });
});

describe('BankFeedsSetup: the summary and a returning customer', () => {
  it('counts only the accounts just connected, not a feed that was already there', async () => {
    const onEvent = vi.fn<(event: BankFeedsEvent) => void>();
    const onFinish = vi.fn();
    const { user } = renderKit(server, <BankFeedsSetup onEvent={onEvent} onFinish={onFinish} />);
    await screen.findByRole('heading', { name: 'Choose accounts' }, slow);
    for (const name of ['Business Savings', 'Euro Payments']) {
      await user.click(screen.getByRole('combobox', { name: `Xero account for ${name}` }));
      await user.click(await screen.findByRole('option', { name: /Create new account/ }));
    }
    expect(screen.getByText('2 accounts will be connected.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Connect accounts' }));
    await screen.findByRole('heading', { name: 'Your bank feeds are set up' }, slow);
    expect(screen.getByText('2 accounts connected.')).toBeInTheDocument();
    expect(onEvent).toHaveBeenCalledWith({ type: 'setup.completed', connected: 2, failed: 0 });

    // Enter on Finish keeps focus on the page (on Finish), not on <body>.
    const finish = screen.getByRole('button', { name: 'Finish' });
    finish.focus();
    await user.keyboard('{Enter}');
    expect(onFinish).toHaveBeenCalledWith({ connected: expect.any(Array), failed: [] });
    expect(onFinish.mock.calls[0]![0].connected).toHaveLength(2);
    expect(document.activeElement).not.toBe(document.body);
  });

  it('shows the manager to a returning customer whose accounts are all connected', async () => {
    const { user } = renderKit(server, <BankFeedsSetup />, { arrange: connectEverything });
    const manager = await screen.findByRole('table', { name: 'Your bank feeds in Xero' }, slow);
    expect(within(manager).getByRole('row', { name: /Everyday/ })).toBeInTheDocument();
    expect(screen.queryByText(/0 accounts will be connected/)).toBeNull();
    // With a way to add accounts.
    await user.click(screen.getByRole('button', { name: 'Connect accounts' }));
    expect(
      await screen.findByRole('heading', { name: 'Choose accounts' }, slow),
    ).toBeInTheDocument();
  });

  it('offers an account again on "Connect to Xero" after its feed was disconnected on "Manage feeds"', async () => {
    function Portal() {
      const [page, setPage] = useState<'connect' | 'manage'>('connect');
      return (
        <>
          <nav>
            <button type="button" onClick={() => setPage('connect')}>
              Connect to Xero
            </button>
            <button type="button" onClick={() => setPage('manage')}>
              Manage feeds
            </button>
          </nav>
          {page === 'connect' ? <BankFeedsSetup /> : <BankFeedsConnectionManager />}
        </>
      );
    }
    const { user } = renderKit(server, <Portal />);
    await screen.findByRole('heading', { name: 'Choose accounts' }, slow);
    await user.click(screen.getByRole('combobox', { name: 'Xero account for Business Savings' }));
    await user.click(await screen.findByRole('option', { name: /Create new account/ }));
    await user.click(screen.getByRole('button', { name: 'Connect accounts' }));
    await screen.findByRole('heading', { name: 'Your bank feeds are set up' }, slow);

    await user.click(screen.getByRole('button', { name: 'Manage feeds' }));
    await user.click(
      await screen.findByRole('button', { name: 'Disconnect Business Savings' }, slow),
    );
    const dialog = await screen.findByRole('alertdialog', { name: 'Disconnect Business Savings?' });
    await user.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    await screen.findByText(
      'Business Savings is disconnected. You can connect it again.',
      {},
      slow,
    );

    await user.click(screen.getByRole('button', { name: 'Connect to Xero' }));
    expect(
      await screen.findByRole('combobox', { name: 'Xero account for Business Savings' }, slow),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Your bank feeds are set up' })).toBeNull();
  });
});

describe('BankFeedsSetup: bank feeds disabled for the Xero organisation', () => {
  it('says up front that the bank must enable bank feeds, with no retry that cannot help', async () => {
    const { user } = renderKit(server, <BankFeedsSetup supportHref="/support" />, {
      scenario: 'bankFeedsDisabled',
    });
    await screen.findByRole('heading', { name: 'Choose accounts' }, slow);
    await user.click(screen.getByRole('combobox', { name: 'Xero account for Business Savings' }));
    await user.click(await screen.findByRole('option', { name: /Create new account/ }));
    await user.click(screen.getByRole('button', { name: 'Connect accounts' }));
    const alert = await screen.findByRole('alert', {}, slow);
    expect(alert).toHaveTextContent(
      'your bank must enable bank feeds with Xero and Codat. Trying again won’t help',
    );
    expect(within(alert).getByRole('link', { name: 'Contact your bank' })).toHaveAttribute(
      'href',
      '/support',
    );
    // The explanation comes first: before the accounts, not only beside the failed row.
    const table = screen.getByRole('table');
    expect(alert.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try the failed accounts again' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Retry|Try again|Reconnect/ })).toBeNull();
  });
});
