'use client';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { BrowserClient, PollOptions } from '@bankfeeds/client';
import type { CalendarDate } from '@bankfeeds/model';
import { NonceProvider } from '../csp/nonce';
import { I18nProvider } from '../i18n/i18n-context';
import type { Messages } from '../i18n/en';
import { createStoreRegistry, type StoreRegistry } from './store-registry';

/** Props of {@link BankFeedsProvider}. */
export interface BankFeedsProviderProps {
  /**
   * The kit's client: `createProxyClient` when the browser talks to the bank's server
   * (`@bankfeeds/server`), `createBankFeedsClient` with a company token when it talks to Codat
   * itself. Never an API key in a browser.
   */
  client: BrowserClient;
  /** The bank's Codat company for this business. */
  companyId: string;
  /**
   * The company's Xero connection. Leave it out to mount with the company alone, as Codat's own
   * component does: the journey finds the company's Xero connection or creates one (behind a
   * proxy, allow `listConnections` and `createConnection` for the customer's own company).
   * @default undefined (found or created)
   */
  connectionId?: string | undefined;
  /** BCP 47 locale of every date, amount and plural form (`Intl`). @default 'en' */
  locale?: string | undefined;
  /**
   * The wording: a whole catalog (`fr` from `@bankfeeds/react/locales/fr`), your own, or any
   * subset of keys over English (`{ ...fr, 'mapper.submit': 'Activer' }` rewords one). @default English
   */
  messages?: Partial<Messages> | undefined;
  /** Today where the business is (`YYYY-MM-DD`); pin it in tests. @default today in `timeZone` */
  today?: CalendarDate | undefined;
  /** The business's time zone, for "today". @default the browser's */
  timeZone?: string | undefined;
  /**
   * How often to check Codat after a submit (`confirm`) and while the user authorises Xero
   * (`watch`). Read when the stores are made. @default the client's DEFAULT_POLL
   */
  poll?: { confirm?: Partial<PollOptions>; watch?: Partial<PollOptions> } | undefined;
  /**
   * Your Content-Security-Policy nonce. The kit adds no `<style>` or `<script>` element today, so
   * a strict policy needs nothing from it; it is handed to the parts for any that ever must.
   * @default undefined
   */
  nonce?: string | undefined;
  /**
   * Codat's component's options, for a drop-in: `options.nonce` is read as `nonce` (which wins
   * when both are given). @default undefined
   */
  options?: { nonce?: string | undefined } | undefined;
  children?: ReactNode;
}

const BankFeedsContext = /* @__PURE__ */ createContext<StoreRegistry | null>(null);

/**
 * Gives the kit's components their client, stores and language. One provider per business shown;
 * changing `client`, `companyId` or `connectionId` starts fresh stores, other props apply live.
 */
export function BankFeedsProvider({
  client,
  companyId,
  connectionId,
  locale,
  messages,
  today,
  timeZone,
  poll,
  nonce,
  options,
  children,
}: BankFeedsProviderProps) {
  // Poll settings are read once per set of stores: an inline object must not recreate them.
  const [pollAtMount] = useState(poll);
  const registry = useMemo(
    () =>
      createStoreRegistry({ client, companyId, connectionId, today, timeZone, poll: pollAtMount }),
    [client, companyId, connectionId, today, timeZone, pollAtMount],
  );
  return (
    <BankFeedsContext.Provider value={registry}>
      <I18nProvider locale={locale} messages={messages}>
        <NonceProvider nonce={nonce ?? options?.nonce}>{children}</NonceProvider>
      </I18nProvider>
    </BankFeedsContext.Provider>
  );
}

/** The provider's stores; throws, naming the caller, outside a {@link BankFeedsProvider}. */
export function useStoreRegistry(caller: string): StoreRegistry {
  const registry = useContext(BankFeedsContext);
  if (!registry) throw new Error(`${caller} must be used within <BankFeedsProvider>.`);
  return registry;
}
