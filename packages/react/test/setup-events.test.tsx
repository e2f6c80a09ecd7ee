import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import {
  createBankFeedsClient,
  createSetupStore,
  isUserRecoverableCode,
  type SetupDomainEvent,
} from '@bankfeeds/client';
import { ERROR_CODES } from '@bankfeeds/model';
import { createBankFeedsHandlers, type FaultRule } from '@bankfeeds/mocks';
import { setupBankFeedsServer } from '@bankfeeds/mocks/node';
import { BankFeedsSetup, type BankFeedsEvent } from '../src';
import { ERROR_PRESENTATION, toErrorInfo } from '../src/i18n/error-info';
import { BASE_URL, renderKit, TODAY } from './kit';

const { server } = setupBankFeedsServer({ today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const slow = { timeout: 4000 };
const ACCOUNT = 'Business Savings';
const MAPPING = /\/bankFeedAccounts\/mapping$/;

/** The journey's own events (its screens and buttons); the rest are the machine's. */
const SCREEN_EVENTS = new Set(['step.viewed', 'xero.link.opened', 'finished', 'closed']);

interface Journey {
  name: string;
  scenario: 'default' | 'needsAuth';
  faults?: FaultRule[];
  /** The event that ends the journey. */
  last: SetupDomainEvent['type'];
  /** The machine's events, in order, after the first load. */
  expected: string[];
}

const JOURNEYS: Journey[] = [
  {
    name: 'consent, then a feed connected',
    scenario: 'needsAuth',
    last: 'setup.completed',
    expected: [
      'status.changed:needsAuth',
      'connection.started',
      'status.changed:awaitingAuth',
      'status.changed:loading',
      'connection.linked',
      'status.changed:mapping',
      'status.changed:submitting',
      'mapping.submitted',
      'status.changed:confirming',
      'status.changed:done',
      'feed.connected',
      'setup.completed',
    ],
  },
  {
    name: 'a mapping refused by Codat',
    scenario: 'default',
    faults: [{ kind: 'status', status: 500, method: 'POST', path: MAPPING, times: 1 }],
    last: 'setup.completed',
    expected: [
      'status.changed:mapping',
      'status.changed:submitting',
      'mapping.submitted',
      'status.changed:rowsFailed',
      'feed.failed',
      'setup.completed',
    ],
  },
];

const named = (event: SetupDomainEvent) =>
  event.type === 'status.changed' ? `${event.type}:${event.status}` : event.type;

/** Plays the journey in `BankFeedsSetup` and returns what its `onEvent` reported. */
async function playReact(journey: Journey): Promise<BankFeedsEvent[]> {
  const events: BankFeedsEvent[] = [];
  const { user, fake } = renderKit(
    server,
    <BankFeedsSetup openLink={() => {}} onEvent={(event) => events.push(event)} />,
    { scenario: journey.scenario, ...(journey.faults ? { faults: journey.faults } : {}) },
  );
  if (journey.scenario === 'needsAuth') {
    await user.click(await screen.findByRole('link', { name: 'Connect Xero' }, slow));
    await screen.findByText('Waiting for you to finish in Xero…');
    fake.authorizeConnection(fake.ids.companyId, fake.ids.connectionId);
  }
  await user.click(
    await screen.findByRole('combobox', { name: `Xero account for ${ACCOUNT}` }, slow),
  );
  await user.click(await screen.findByRole('option', { name: /Create new account/ }));
  await user.click(screen.getByRole('button', { name: 'Connect accounts' }));
  await waitFor(() => expect(events.map((e) => e.type)).toContain(journey.last), slow);
  cleanup();
  return events;
}

/** Plays the same journey through a headless store and returns what its `onEvent` reported. */
async function playHeadless(journey: Journey): Promise<SetupDomainEvent[]> {
  const { handlers, fake } = createBankFeedsHandlers({
    baseUrl: BASE_URL,
    scenario: journey.scenario,
    today: TODAY,
    auth: 'none',
    ...(journey.faults ? { faults: journey.faults } : {}),
  });
  server.resetHandlers(...handlers);
  const events: SetupDomainEvent[] = [];
  const store = createSetupStore({
    client: createBankFeedsClient({ baseUrl: BASE_URL, auth: { type: 'none' } }),
    ...fake.ids,
    today: TODAY,
    confirmPoll: { initialDelayMs: 5, maxDelayMs: 20 },
    watchPoll: { initialDelayMs: 5, maxDelayMs: 20 },
    onEvent: (event) => events.push(event),
  });
  const status = () => store.getState().status;
  if (journey.scenario === 'needsAuth') {
    await waitFor(() => expect(status()).toBe('needsAuth'), slow);
    store.getState().watchConnection();
    fake.authorizeConnection(fake.ids.companyId, fake.ids.connectionId);
  }
  await waitFor(() => expect(status()).toBe('mapping'), slow);
  const { rowIds, rows } = store.getState();
  const id = rowIds.find((i) => rows[i]!.sourceAccount.accountName === ACCOUNT)!;
  store.getState().chooseTarget(id, { kind: 'new' });
  store.getState().submit();
  await waitFor(() => expect(events.map((e) => e.type)).toContain(journey.last), slow);
  store.stop();
  return events;
}

describe('The setup machine reports one set of events, headless or in React', () => {
  it.each(JOURNEYS)('$name', async (journey) => {
    const inReact = await playReact(journey);
    const headless = await playHeadless(journey);
    const fromMachine = inReact.filter((event) => !SCREEN_EVENTS.has(event.type));
    expect(fromMachine).toEqual(headless);
    expect(headless.map(named)).toEqual(journey.expected);
    expect(headless).toContainEqual({ type: 'mapping.submitted', count: 1 });
  });

  it('shows the customer no retry or reconnect for an error the client says they cannot recover from', () => {
    for (const code of ERROR_CODES) {
      const info = toErrorInfo({ code });
      expect([code, info.userRecoverable]).toEqual([code, isUserRecoverableCode(code)]);
      if (!info.userRecoverable) {
        expect([code, ERROR_PRESENTATION[code].action]).not.toEqual([code, 'retry']);
        expect([code, ERROR_PRESENTATION[code].action]).not.toEqual([code, 'reconnect']);
      }
    }
    expect(ERROR_CODES.filter((code) => !isUserRecoverableCode(code))).toEqual([
      'unauthorized',
      'company-limit-reached',
      'bank-feeds-disabled',
      'api-key-in-browser',
    ]);
  });
});
