import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { getResponse } from 'msw';
import { createBankFeedsClient } from '@bankfeeds/client';
import { createBankFeedsHandlers, type FakeCodat, type ScenarioName } from '@bankfeeds/mocks';
import { BankFeedsProvider } from '../../src';
import { fr } from '../../src/locales/fr';

const BASE_URL = 'https://api.codat.io';
export const TODAY = '2026-03-15';

/**
 * Renders `ui` in a provider whose client talks to a fresh fake, in the page itself: each request
 * is answered by the fake's MSW handlers (no service worker to install), as through the bank's
 * proxy. `companyOnly` mounts with the company alone, as Codat's component is.
 */
export function renderWithFake(
  ui: ReactElement,
  {
    scenario = 'default',
    companyOnly = false,
    locale = 'en-GB',
    arrange,
  }: {
    scenario?: ScenarioName;
    companyOnly?: boolean;
    locale?: string;
    arrange?: (fake: FakeCodat) => void;
  } = {},
) {
  const { handlers, fake } = createBankFeedsHandlers({
    baseUrl: BASE_URL,
    scenario,
    today: TODAY,
    auth: 'none',
  });
  arrange?.(fake);
  const client = createBankFeedsClient({
    baseUrl: BASE_URL,
    auth: { type: 'none' },
    retry: { initialDelayMs: 5, maxDelayMs: 20 },
    fetch: async (input, init) => {
      const request = new Request(input, init);
      return (await getResponse(handlers, request)) ?? new Response(null, { status: 501 });
    },
  });
  const { companyId, connectionId } = fake.ids;
  const result = render(
    <BankFeedsProvider
      client={client}
      companyId={companyId}
      {...(companyOnly ? {} : { connectionId })}
      locale={locale}
      messages={locale.startsWith('fr') ? fr : undefined}
      today={TODAY}
      poll={{
        confirm: { initialDelayMs: 5, maxDelayMs: 20 },
        watch: { initialDelayMs: 5, maxDelayMs: 20 },
      }}
    >
      {ui}
    </BankFeedsProvider>,
  );
  return { fake, client, ...result };
}

/** The one-time password of a `linkUrl`. */
export const otpOf = (url: string) => new URL(url).searchParams.get('otp');

/** The customer allows consent on Xero's page they were sent to. */
export function consentThrough(fake: FakeCodat, url: string) {
  const connectionId = /\/connections\/([^/]+)\/start/.exec(url)![1]!;
  return fake.consentThroughLink(fake.ids.companyId, connectionId, otpOf(url), true);
}
