import { createBankFeedsClient } from '@bankfeeds/client';
import {
  createBankFeedsHandlers,
  type FakeCodat,
  type FaultRule,
  type ScenarioName,
} from '@bankfeeds/mocks';
import { BankFeedsProvider } from '@bankfeeds/react';
import { fr } from '@bankfeeds/react/locales/fr';
import { useMemo, type ReactNode } from 'react';
import { today } from './fixtures';

/** Where the stories' fake Codat API answers (the MSW worker of msw-storybook-addon). */
const BASE_URL = `${window.location.origin}/api/codat`;

/** What a connected story asks of the fake: a scenario, and optional faults. */
export interface FakeApiParameters {
  scenario?: ScenarioName;
  faults?: FaultRule[];
  /** Changes the fake's state before the story renders. */
  arrange?: (fake: FakeCodat) => void;
}

let current: FakeCodat | null = null;

/** The fake behind the story being shown, to arrange or inspect it from a play function. */
export function currentFake(): FakeCodat {
  if (!current) throw new Error('No fake API: the story needs the fakeApi beforeEach.');
  return current;
}

/** A `beforeEach` that serves a fresh fake for the story's scenario. */
export function fakeApi({ scenario = 'default', faults = [], arrange }: FakeApiParameters = {}) {
  return ({ msw }: { msw: { use: (...handlers: never[]) => void } }) => {
    const { handlers, fake } = createBankFeedsHandlers({
      scenario,
      faults,
      baseUrl: BASE_URL,
      auth: 'none',
      today,
    });
    msw.use(...(handlers as never[]));
    arrange?.(fake);
    current = fake;
  };
}

/** The provider as a bank's portal sets it up, on the story's fake. */
export function FakeBankFeeds({ locale, children }: { locale: string; children: ReactNode }) {
  const { companyId, connectionId } = currentFake().ids;
  const client = useMemo(
    () => createBankFeedsClient({ baseUrl: BASE_URL, auth: { type: 'none' } }),
    [],
  );
  return (
    <BankFeedsProvider
      client={client}
      companyId={companyId}
      connectionId={connectionId}
      locale={locale}
      messages={locale.startsWith('fr') ? fr : undefined}
      today={today}
    >
      {children}
    </BankFeedsProvider>
  );
}
