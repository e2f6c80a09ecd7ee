import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { setupBankFeedsServer } from '@bankfeeds/mocks/node';
import type { FaultRule } from '@bankfeeds/mocks';
import { BankFeedsSetup, en } from '../src';
import { fr } from '../src/locales/fr';
import { renderKit, TODAY } from './kit';

const { server } = setupBankFeedsServer({ today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const slow = { timeout: 4000 };
const CONNECTION = '/companies/:companyId/connections/:connectionId';
const MAPPING = `${CONNECTION}/bankFeedAccounts/mapping`;

// Retryable failures are tried 4 times by the client; the fault outlasts them, then clears.
const loadFaults: Array<[string, Omit<FaultRule, 'method' | 'path'>, keyof typeof en, boolean]> = [
  ['a 500', { kind: 'status', status: 500, times: 4 }, 'error.server-error', true],
  ['a 503', { kind: 'status', status: 503, times: 4 }, 'error.service-unavailable', true],
  [
    'rate limiting',
    { kind: 'rateLimit', retryAfterSeconds: 0, times: 4 },
    'error.rate-limited',
    true,
  ],
  ['a network failure', { kind: 'network', times: 4 }, 'error.network-error', true],
  ['a malformed reply', { kind: 'malformed', times: 1 }, 'error.invalid-response', true],
  ['a timeout', { kind: 'timeout', delayMs: 200, times: 4 }, 'error.timeout', true],
  ['a 404', { kind: 'status', status: 404, times: 1 }, 'error.not-found', true],
  ['a 409', { kind: 'status', status: 409, times: 1 }, 'error.conflict', true],
  ['a 400', { kind: 'status', status: 400, times: 1 }, 'error.bad-request', true],
  ['a 403', { kind: 'status', status: 403, times: 1 }, 'error.forbidden', false],
  ['a 402', { kind: 'status', status: 402, times: 1 }, 'error.company-limit-reached', false],
  ['a lasting 401', { kind: 'status', status: 401, times: 2 }, 'error.unauthorized', false],
];

describe('BankFeedsSetup: every error the fake can inject', () => {
  it.each(loadFaults)(
    'explains %s while loading, in English and French, and recovers',
    async (_name, fault, key, retryable) => {
      for (const locale of ['en-GB', 'fr-FR'] as const) {
        const onError = vi.fn();
        const { user, unmount } = renderKit(
          server,
          <BankFeedsSetup onError={onError} supportHref="https://bank.example/help" />,
          { faults: [{ method: 'GET', path: CONNECTION, ...fault }], locale, timeoutMs: 100 },
        );
        const catalog = locale === 'fr-FR' ? fr : en;
        const alert = await screen.findByRole('alert', {}, slow);
        expect(alert).toHaveTextContent(catalog[key]);
        expect(onError).toHaveBeenCalledTimes(1);
        const retry = within(alert).queryByRole('button', { name: catalog['error.action.retry'] });
        if (retryable) {
          await user.click(retry!);
          await screen.findByRole('heading', { name: catalog['setup.step.map'] }, slow);
        } else if (key === 'error.company-limit-reached') {
          expect(onError.mock.calls[0]![0]).toMatchObject({
            code: 'company-limit-reached',
            userRecoverable: false,
          });
          expect(
            within(alert).getByRole('link', { name: catalog['error.action.contactBank'] }),
          ).toHaveAttribute('href', 'https://bank.example/help');
        }
        unmount();
      }
    },
  );

  it('keeps the choices when a mapping fails, explains it on the row, and retries only that row', async () => {
    const onError = vi.fn();
    const { user } = renderKit(server, <BankFeedsSetup onError={onError} />, {
      faults: [{ method: 'POST', path: MAPPING, kind: 'status', status: 500, times: 1 }],
    });
    await screen.findByRole('heading', { name: 'Choose accounts' }, slow);
    const trigger = screen.getByRole('combobox', { name: 'Xero account for Business Savings' });
    await user.click(trigger);
    await user.click(await screen.findByRole('option', { name: /Create new account/ }));
    await user.click(screen.getByRole('button', { name: 'Connect accounts' }));
    const heading = await screen.findByRole(
      'heading',
      { name: '1 account couldn’t be connected.' },
      slow,
    );
    await waitFor(() => expect(heading).toHaveFocus());
    const row = screen.getByRole('row', { name: /Business Savings/ });
    expect(row).toHaveTextContent(en['error.server-error']);
    expect(within(row).getByRole('combobox')).toHaveTextContent(
      'Create new account “Business Savings”',
    );
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'server-error', sourceAccountId: expect.any(String) }),
    );
    await user.click(screen.getByRole('button', { name: 'Try the failed accounts again' }));
    await screen.findByRole('heading', { name: 'Your bank feeds are set up' }, slow);
  });

  it('explains an organisation without bank feeds on each row (French)', async () => {
    const { user } = renderKit(server, <BankFeedsSetup />, {
      scenario: 'bankFeedsDisabled',
      locale: 'fr',
    });
    await screen.findByRole('heading', { name: 'Choisir les comptes' }, slow);
    await user.click(screen.getByRole('combobox', { name: 'Compte Xero pour Business Savings' }));
    await user.click(await screen.findByRole('option', { name: /Créer le compte/ }));
    await user.click(screen.getByRole('button', { name: 'Connecter les comptes' }));
    await screen.findByRole('heading', { name: '1 compte n’a pas pu être connecté.' }, slow);
    expect(screen.getByRole('row', { name: /Business Savings/ })).toHaveTextContent(
      fr['error.bank-feeds-disabled'],
    );
  });

  it('renews an expired access token without bothering the user', async () => {
    const { fake } = renderKit(server, <BankFeedsSetup />);
    fake.expireAccessTokens();
    expect(
      await screen.findByRole('heading', { name: 'Choose accounts' }, slow),
    ).toBeInTheDocument();
  });

  it('gets through a flaky network', async () => {
    renderKit(server, <BankFeedsSetup />, { scenario: 'flaky', timeoutMs: 300 });
    expect(
      await screen.findByRole(
        'heading',
        { name: /Choose accounts|Bank feeds couldn’t be set up/ },
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
  });

  it('shows a disconnect failure inside the dialog and keeps it open', async () => {
    const { user } = renderKit(server, <BankFeedsSetup initialView="manage" />, {
      faults: [
        {
          method: 'PATCH',
          path: `${CONNECTION}/connectionInfo/bankFeedAccounts/:id`,
          kind: 'status',
          status: 503,
          times: 4,
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Disconnect Everyday' }, slow));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    expect(await within(dialog).findByRole('alert', {}, slow)).toHaveTextContent(
      en['error.service-unavailable'],
    );
  });
});
