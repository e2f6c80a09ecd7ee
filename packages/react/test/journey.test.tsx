import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { setupBankFeedsServer } from '@bankfeeds/mocks/node';
import { BankFeedsSetup, type BankFeedsEvent } from '../src';
import { renderKit, TODAY } from './kit';

const { server } = setupBankFeedsServer({ today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const slow = { timeout: 4000 };

/** Presses Tab until `element` has focus: proves it is reachable with the keyboard alone. */
async function tabTo(user: ReturnType<typeof userEvent.setup>, element: HTMLElement) {
  for (let i = 0; i < 80 && document.activeElement !== element; i++) await user.tab();
  expect(element).toHaveFocus();
}

describe('BankFeedsSetup: the whole journey', () => {
  it('maps, connects, summarises and manages with the keyboard alone (English)', async () => {
    const onEvent = vi.fn<(event: BankFeedsEvent) => void>();
    const onFinish = vi.fn();
    const { user } = renderKit(server, <BankFeedsSetup onEvent={onEvent} onFinish={onFinish} />);
    await screen.findByRole('heading', { name: 'Choose accounts' }, slow);
    expect(screen.getByText('Connected to Harbour Coffee Roasters Ltd')).toBeInTheDocument();
    // Already connected rows are shown as such.
    expect(screen.getByRole('row', { name: /Everyday/ })).toHaveTextContent(
      'Feeds into Business Current Account',
    );

    const trigger = screen.getByRole('combobox', { name: 'Xero account for Business Savings' });
    await tabTo(user, trigger);
    await user.keyboard('{Enter}');
    const listbox = await screen.findByRole('listbox');
    const createNew = within(listbox).getByRole('option', {
      name: 'Create new account “Business Savings”',
    });
    // The list opens on the current choice, "Don’t connect", the last item.
    for (let i = 0; i < 10 && !createNew.hasAttribute('data-highlighted'); i++)
      await user.keyboard('{ArrowUp}');
    await user.keyboard('{Enter}');
    expect(trigger).toHaveTextContent('Create new account “Business Savings”');
    expect(trigger).toHaveFocus();

    const date = screen.getByRole('textbox', { name: 'Feed start date for Business Savings' });
    await tabTo(user, date);
    await user.clear(date);
    await user.keyboard('01/02/2026{Enter}');
    expect(date).toHaveValue('01/02/2026');

    await tabTo(user, screen.getByRole('button', { name: 'Connect accounts' }));
    await user.keyboard('{Enter}');
    const done = await screen.findByRole('heading', { name: 'Your bank feeds are set up' }, slow);
    await waitFor(() => expect(done).toHaveFocus());
    // The feed that was already there is not counted as connected now.
    expect(screen.getByText('1 account connected.')).toBeInTheDocument();
    expect(onEvent).toHaveBeenCalledWith({ type: 'mapping.submitted', count: 1 });
    expect(onEvent).toHaveBeenCalledWith(expect.objectContaining({ type: 'feed.connected' }));
    expect(onEvent).toHaveBeenCalledWith({ type: 'setup.completed', connected: 1, failed: 0 });

    await tabTo(user, screen.getByRole('button', { name: 'Manage bank feeds' }));
    await user.keyboard('{Enter}');
    const manager = await screen.findByRole('table', { name: 'Your bank feeds in Xero' }, slow);
    expect(screen.getByRole('heading', { name: 'Your bank feeds in Xero' })).toHaveFocus();
    expect(screen.getByText('Harbour Coffee Roasters Ltd')).toBeInTheDocument();
    expect(within(manager).getByRole('row', { name: /Business Savings/ })).toHaveTextContent(
      '1 February 2026',
    );

    await tabTo(user, screen.getByRole('button', { name: 'Disconnect Business Savings' }));
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('alertdialog', { name: 'Disconnect Business Savings?' });
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Disconnect' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await screen.findByText(
      'Business Savings is disconnected. You can connect it again.',
      {},
      slow,
    );
    expect(within(manager).queryByRole('row', { name: /Business Savings/ })).toBeNull();
    expect(onEvent).toHaveBeenCalledWith({
      type: 'feed.disconnected',
      sourceAccountId: expect.any(String),
    });

    // The disconnected account can be mapped again.
    await tabTo(user, screen.getByRole('button', { name: 'Connect accounts' }));
    await user.keyboard('{Enter}');
    expect(
      await screen.findByRole('combobox', { name: 'Xero account for Business Savings' }, slow),
    ).toBeInTheDocument();
  });

  it('runs in French', async () => {
    const { user } = renderKit(server, <BankFeedsSetup onFinish={() => {}} />, { locale: 'fr-FR' });
    await screen.findByRole('heading', { name: 'Choisir les comptes' }, slow);
    expect(screen.getByText('Connecté à Harbour Coffee Roasters Ltd')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Business Savings/ })).toHaveTextContent(
      '40 000,00 £GB',
    );
    await user.click(screen.getByRole('combobox', { name: 'Compte Xero pour Business Savings' }));
    await user.click(
      await screen.findByRole('option', { name: 'Créer le compte « Business Savings »' }),
    );
    await user.click(screen.getByRole('button', { name: 'Connecter les comptes' }));
    await screen.findByRole('heading', { name: 'Vos flux bancaires sont en place' }, slow);
    expect(screen.getByText('1 compte connecté.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Terminer' })).toBeInTheDocument();
  });

  it('sends the user to Xero when the connection is not authorised, then carries on', async () => {
    const openLink = vi.fn();
    const onConnectionStarted = vi.fn();
    const onConnection = vi.fn();
    const { user, fake } = renderKit(
      server,
      <BankFeedsSetup
        openLink={openLink}
        onConnectionStarted={onConnectionStarted}
        onConnection={onConnection}
      />,
      { scenario: 'needsAuth' },
    );
    await screen.findByRole('heading', { name: 'Connect to Xero' }, slow);
    const link = screen.getByRole('link', { name: 'Connect Xero' });
    await tabTo(user, link);
    await user.keyboard('{Enter}');
    // Codat's links work once: the connection is read again and its fresh link opened.
    await waitFor(() => expect(openLink).toHaveBeenCalledTimes(1));
    const opened = openLink.mock.calls[0]![0] as string;
    expect(opened).toMatch(/\/start\?otp=\d{6}$/);
    expect(opened).not.toBe(link.getAttribute('href'));
    // Codat's moment: the pending connection was reported on load, in Codat's shape.
    expect(onConnectionStarted).toHaveBeenCalledTimes(1);
    expect(onConnectionStarted).toHaveBeenCalledWith(
      expect.objectContaining({
        connectionId: fake.ids.connectionId,
        integrationKey: 'gbol',
        platformName: 'Xero',
        sourceType: 'Accounting',
        created: false,
      }),
    );
    expect(await screen.findByText('Waiting for you to finish in Xero…')).toBeInTheDocument();
    fake.authorizeConnection(fake.ids.companyId, fake.ids.connectionId);
    const heading = await screen.findByRole('heading', { name: 'Choose accounts' }, slow);
    await waitFor(() => expect(heading).toHaveFocus());
    expect(onConnection).toHaveBeenCalledWith(
      expect.objectContaining({ connectionId: fake.ids.connectionId, platformName: 'Xero' }),
    );
  });

  it('opens a fresh single-use link each time, so a second try never lands on a spent one', async () => {
    const openLink = vi.fn();
    const { user } = renderKit(server, <BankFeedsSetup openLink={openLink} />, {
      scenario: 'needsAuth',
    });
    await screen.findByRole('heading', { name: 'Connect to Xero' }, slow);
    await user.click(screen.getByRole('link', { name: 'Connect Xero' }));
    await waitFor(() => expect(openLink).toHaveBeenCalledTimes(1));
    const first = openLink.mock.calls[0]![0] as string;
    // The user opens the page, then closes the tab without deciding.
    expect((await fetch(first)).status).toBe(200);
    expect((await fetch(first)).status).toBe(401);
    await user.click(screen.getByRole('link', { name: 'Connect Xero' }));
    await waitFor(() => expect(openLink).toHaveBeenCalledTimes(2));
    const second = openLink.mock.calls[1]![0] as string;
    expect(second).not.toBe(first);
    expect((await fetch(second)).status).toBe(200);
  });

  it('says so when there is nothing to connect', async () => {
    // Accounts registered before consent, then all removed by the bank.
    renderKit(server, <BankFeedsSetup />, {
      arrange: (fake) => {
        const { companyId, connectionId } = fake.ids;
        for (const account of fake.listSourceAccounts(companyId, connectionId))
          fake.deleteSourceAccount(companyId, connectionId, account.id);
      },
    });
    expect(
      await screen.findByText('There are no bank accounts to connect.', {}, slow),
    ).toBeInTheDocument();
  });

  it('offers Reconnect in the manager when Xero access was revoked', async () => {
    const openLink = vi.fn();
    const { user } = renderKit(
      server,
      <BankFeedsSetup initialView="manage" openLink={openLink} />,
      {
        scenario: 'deauthorized',
      },
    );
    expect(await screen.findByText('Xero access has expired', {}, slow)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reconnect Xero' }));
    await waitFor(() => expect(openLink).toHaveBeenCalledWith(expect.stringContaining('http')));
  });
});

describe('BankFeedsSetup accessibility', () => {
  it('passes axe on the connect, mapping, done and manage screens', async () => {
    const { axe } = await import('vitest-axe');
    const first = renderKit(server, <BankFeedsSetup />, { scenario: 'needsAuth' });
    await screen.findByRole('heading', { name: 'Connect to Xero' }, slow);
    expect(await axe(first.container)).toHaveNoViolations();
    first.unmount();

    const { container, user } = renderKit(server, <BankFeedsSetup />);
    await screen.findByRole('heading', { name: 'Choose accounts' }, slow);
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('combobox', { name: 'Xero account for Business Savings' }));
    await user.click(await screen.findByRole('option', { name: /Create new account/ }));
    await user.click(screen.getByRole('button', { name: 'Connect accounts' }));
    await screen.findByRole('heading', { name: 'Your bank feeds are set up' }, slow);
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'Manage bank feeds' }));
    await screen.findByRole('table', { name: 'Your bank feeds in Xero' }, slow);
    expect(await axe(container)).toHaveNoViolations();
  });
});
