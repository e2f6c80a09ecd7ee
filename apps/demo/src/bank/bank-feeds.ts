import { createBankFeedsClient, type BankFeedsClient } from '@bankfeeds/client';
import { createContext, useContext } from 'react';

/**
 * The signed-in customer's bank feeds: the kit's headless client and their Codat company and
 * Xero connection. The portal's backend keeps the Codat API key; the browser talks to it.
 */
export interface BankFeedsSession {
  client: BankFeedsClient;
  companyId: string;
  connectionId: string;
}

export function createSession(
  apiBaseUrl: string,
  ids: { companyId: string; connectionId: string },
): BankFeedsSession {
  const client = createBankFeedsClient({ baseUrl: apiBaseUrl, auth: { type: 'none' } });
  return { client, ...ids };
}

const SessionContext = createContext<BankFeedsSession | null>(null);
export const SessionProvider = SessionContext.Provider;

export function useSession(): BankFeedsSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a <SessionProvider>');
  return session;
}
