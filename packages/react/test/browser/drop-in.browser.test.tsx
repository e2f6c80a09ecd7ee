import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { BankFeedsSetup, type ConnectionStartedDetails } from '../../src';
import { consentThrough, otpOf, renderWithFake } from './fake-kit';

const inRealBrowser = typeof navigator !== 'undefined' && !/jsdom/i.test(navigator.userAgent);
const slow = { timeout: 10_000 };
const ACCOUNT = {
  accountName: 'Business Current',
  accountType: 'checking',
  accountNumber: '12345678',
  sortCode: '40-47-84',
  currency: 'GBP',
  balance: 100,
};

/** What the journey opened for Xero, as the host's `openLink` saw it. */
function opened() {
  const urls: string[] = [];
  return { urls, openLink: vi.fn((url: string) => void urls.push(url)) };
}

describe.runIf(inRealBrowser)('BankFeedsSetup mounted as Codat’s component, in Chromium', () => {
  it('creates the connection of a company with none, lets the bank add accounts, then consents', async () => {
    const { userEvent } = await import('vitest/browser');
    const { urls, openLink } = opened();
    const order: string[] = [];
    const { fake, client } = renderWithFake(
      <BankFeedsSetup
        openLink={(url) => {
          order.push('xero opened');
          openLink(url);
        }}
        onConnectionStarted={async (connection: ConnectionStartedDetails) => {
          // The bank's batch create, before consent (Codat's advice).
          await client.createSourceAccounts(fake.ids.companyId, connection.connectionId, [
            { id: 'acc-1', ...ACCOUNT },
          ]);
          order.push('accounts created');
        }}
      />,
      {
        scenario: 'empty',
        companyOnly: true,
        arrange: (f) => f.deleteConnection(f.ids.companyId, f.ids.connectionId),
      },
    );
    await screen.findByRole('heading', { name: 'Connect to Xero' }, slow);
    await userEvent.click(await screen.findByRole('link', { name: 'Connect Xero' }, slow));
    await waitFor(() => expect(urls).toHaveLength(1));
    expect(order).toEqual(['accounts created', 'xero opened']);
    expect(consentThrough(fake, urls[0]!)?.status).toBe('Linked');
    await screen.findByRole('heading', { name: 'Choose accounts' }, slow);
    expect(
      screen.getByRole('combobox', { name: 'Xero account for Business Current' }),
    ).toBeVisible();
  });

  it('finds a pending connection and sends the user to Xero with it', async () => {
    const { userEvent } = await import('vitest/browser');
    const { urls, openLink } = opened();
    const onConnectionStarted = vi.fn();
    const { fake } = renderWithFake(
      <BankFeedsSetup openLink={openLink} onConnectionStarted={onConnectionStarted} />,
      { scenario: 'needsAuth', companyOnly: true },
    );
    await userEvent.click(await screen.findByRole('link', { name: 'Connect Xero' }, slow));
    await waitFor(() => expect(urls).toHaveLength(1));
    expect(onConnectionStarted).toHaveBeenCalledWith(
      expect.objectContaining({ connectionId: fake.ids.connectionId, created: false }),
    );
    expect(fake.listConnections(fake.ids.companyId).results).toHaveLength(1);
    consentThrough(fake, urls[0]!);
    await screen.findByRole('heading', { name: 'Choose accounts' }, slow);
  });

  it('finds a linked connection and goes straight to the accounts', async () => {
    const onConnectionStarted = vi.fn();
    const { fake } = renderWithFake(
      <BankFeedsSetup initialView="setup" onConnectionStarted={onConnectionStarted} />,
      { companyOnly: true },
    );
    await screen.findByRole('heading', { name: 'Choose accounts' }, slow);
    expect(onConnectionStarted).not.toHaveBeenCalled();
    expect(fake.listConnections(fake.ids.companyId).results).toHaveLength(1);
  });

  it('disconnects from Xero, shows the feeds stopped, and connects again', async () => {
    const { userEvent } = await import('vitest/browser');
    const { urls, openLink } = opened();
    const onDisconnect = vi.fn();
    const { fake } = renderWithFake(
      <BankFeedsSetup initialView="manage" openLink={openLink} onDisconnect={onDisconnect} />,
      { companyOnly: true },
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Disconnect from Xero' }, slow),
    );
    const dialog = await screen.findByRole('alertdialog', { name: 'Disconnect from Xero?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disconnect from Xero' }));
    await screen.findByRole('button', { name: 'Connect Xero again' }, slow);
    expect(
      within(screen.getByRole('row', { name: /Everyday/ })).getByText('Stopped'),
    ).toBeVisible();
    expect(onDisconnect).toHaveBeenCalledWith(expect.objectContaining({ mode: 'unlink' }));
    expect(fake.getConnection(fake.ids.companyId, fake.ids.connectionId).status).toBe('Unlinked');

    await userEvent.click(screen.getByRole('button', { name: 'Connect Xero again' }));
    await userEvent.click(await screen.findByRole('link', { name: 'Connect Xero' }, slow));
    await waitFor(() => expect(urls).toHaveLength(1));
    expect(consentThrough(fake, urls[0]!)?.status).toBe('Linked');
    await screen.findByRole('heading', { name: 'Choose accounts' }, slow);
  });

  it('never opens an expired link: the one on the page lapsed, a fresh one is opened', async () => {
    const { userEvent } = await import('vitest/browser');
    const { urls, openLink } = opened();
    const { fake } = renderWithFake(<BankFeedsSetup openLink={openLink} />, {
      scenario: 'needsAuth',
    });
    const link = await screen.findByRole('link', { name: 'Connect Xero' }, slow);
    const onPage = link.getAttribute('href')!;
    // The customer left the page open for more than a day: Codat's link has expired.
    fake.advanceClock(25 * 60 * 60 * 1000);
    const { companyId, connectionId } = fake.ids;
    expect(fake.openLink(companyId, connectionId, otpOf(onPage))).toBeNull();
    await userEvent.click(link);
    await waitFor(() => expect(urls).toHaveLength(1));
    expect(urls[0]).not.toBe(onPage);
    expect(fake.openLink(companyId, connectionId, otpOf(urls[0]!))).not.toBeNull();
  });
});
