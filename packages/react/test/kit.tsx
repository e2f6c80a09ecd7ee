import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createBankFeedsClient, type BankFeedsClient } from '@bankfeeds/client';
import { createBankFeedsHandlers, type FakeCodat, type FaultRule } from '@bankfeeds/mocks';
import type { setupBankFeedsServer } from '@bankfeeds/mocks/node';
import { BankFeedsProvider } from '../src/provider';
import { messagesFor } from './render';

export const TODAY = '2026-03-15';
export const BASE_URL = 'https://api.codat.io';

type Server = ReturnType<typeof setupBankFeedsServer>['server'];
type Scenario = Parameters<typeof createBankFeedsHandlers>[0] extends infer O
  ? O extends { scenario?: infer S }
    ? S
    : never
  : never;

/**
 * Points the shared MSW server at a fresh fake and renders `ui` inside a provider whose client
 * talks to the fake as through the bank's proxy (the recommended browser set-up: the proxy adds
 * `Basic <API key>`, so the fake asks for no auth header).
 */
export function renderKit(
  server: Server,
  ui: ReactElement,
  {
    scenario = 'default',
    faults,
    locale = 'en-GB',
    timeoutMs,
    arrange,
    companyOnly = false,
  }: {
    scenario?: Scenario;
    faults?: FaultRule[];
    locale?: string;
    timeoutMs?: number;
    /** Changes the fake's state before the kit renders. */
    arrange?: (fake: FakeCodat) => void;
    /** Mounts with the company alone (no `connectionId`), as Codat's own component is. */
    companyOnly?: boolean;
  } = {},
): {
  fake: FakeCodat;
  client: BankFeedsClient;
  user: ReturnType<typeof userEvent.setup>;
} & ReturnType<typeof render> {
  const { handlers, fake } = createBankFeedsHandlers({
    baseUrl: BASE_URL,
    scenario,
    today: TODAY,
    auth: 'none',
    ...(faults ? { faults } : {}),
  });
  server.resetHandlers(...handlers);
  arrange?.(fake);
  const { companyId, connectionId } = fake.ids;
  const client = createBankFeedsClient({
    baseUrl: BASE_URL,
    auth: { type: 'none' },
    retry: { initialDelayMs: 5, maxDelayMs: 20 },
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  const user = userEvent.setup();
  const result = render(
    <BankFeedsProvider
      client={client}
      companyId={companyId}
      {...(companyOnly ? {} : { connectionId })}
      locale={locale}
      messages={messagesFor(locale)}
      today={TODAY}
      poll={{
        confirm: { initialDelayMs: 5, maxDelayMs: 20 },
        watch: { initialDelayMs: 5, maxDelayMs: 20 },
      }}
    >
      {ui}
    </BankFeedsProvider>,
  );
  return { fake, client, user, ...result };
}
