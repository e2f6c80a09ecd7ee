import { isBankFeedsError, type BankFeedsError } from '@bankfeeds/client';
import {
  XERO_PLATFORM_KEY,
  type Connection,
  type ConnectionStatus,
  type SourceAccountBatchResult,
} from '@bankfeeds/model';
import type { BankFeedsContext } from '../context';
import { ensureCompany } from './company';

/** How the customer's accounts fared when registered as source accounts. */
export interface RegistrationSummary {
  /** Newly registered now. */
  created: string[];
  /** Already there before (nothing sent for them, or Codat answered "already exists"). */
  existing: string[];
  /** Refused by Codat, with its reason. */
  failed: { id: string; error: string }[];
}

/** What `POST /api/bank-feeds/setup` answers. */
export interface SetupResult {
  companyId: string;
  connectionId: string;
  connectionStatus: ConnectionStatus;
  /** Where the customer authorises Xero (and later manages the connection). */
  linkUrl: string;
  accounts: RegistrationSummary;
}

/** Whether a connection is to Xero. */
export const isXero = (connection: Connection) =>
  connection.integrationKey === XERO_PLATFORM_KEY || connection.platformName === 'Xero';

const isNotFound = (error: unknown): error is BankFeedsError =>
  isBankFeedsError(error) && error.code === 'not-found';

/**
 * The company's Xero connection: the linked one if it still exists, else an existing Xero
 * connection of the company (recovers a link lost between create and save, or one Codat's
 * component created), else a new one. A `Deauthorized` or `Unlinked` connection is kept: the
 * customer re-authorises it through its `linkUrl`, which keeps their feeds.
 */
export async function ensureConnection(
  context: BankFeedsContext,
  customerId: string,
  companyId: string,
): Promise<Connection> {
  const { codat, store, log } = context;
  const link = await store.links.get(customerId);
  if (link?.connectionId) {
    try {
      return await codat.getConnection(companyId, link.connectionId);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  const existing = (await codat.listConnections(companyId)).results.find(isXero);
  const connection =
    existing ?? (await codat.createConnection(companyId, { platformKey: XERO_PLATFORM_KEY }));
  await store.links.set({ customerId, companyId, connectionId: connection.id });
  if (!existing)
    log.info('connection created', { customerId, companyId, connectionId: connection.id });
  return connection;
}

/**
 * Registers the customer's accounts that are not yet source accounts on the connection, in one
 * batch call. Safe to call again at any time: it only sends the new ones, and an item Codat
 * answers "already exists" (an earlier, interrupted call) counts as existing.
 */
export async function registerSourceAccounts(
  context: BankFeedsContext,
  customerId: string,
  companyId: string,
  connectionId: string,
): Promise<RegistrationSummary> {
  const { codat, customers, log } = context;
  const [accounts, registered] = await Promise.all([
    customers.listAccounts(customerId),
    codat.listSourceAccounts(companyId, connectionId),
  ]);
  const known = new Set(registered.map((account) => account.id));
  const fresh = accounts.filter((account) => !known.has(account.id));
  const summary: RegistrationSummary = {
    created: [],
    existing: accounts.filter((account) => known.has(account.id)).map((account) => account.id),
    failed: [],
  };
  if (fresh.length === 0) return summary;

  let results: SourceAccountBatchResult[];
  try {
    results = await codat.createSourceAccounts(companyId, connectionId, fresh);
  } catch (error) {
    // A 409 still says, item by item, what happened; anything else is a real failure.
    if (!isBankFeedsError(error) || error.status !== 409 || !Array.isArray(error.details))
      throw error;
    results = error.details as SourceAccountBatchResult[];
  }
  for (const [index, item] of results.entries()) {
    const id = item.sourceAccountId ?? fresh[index]?.id ?? '?';
    const status = item.result.statusCode ?? 0;
    if (status >= 200 && status < 300) summary.created.push(id);
    else if (/already exists/i.test(item.result.error ?? '')) summary.existing.push(id);
    else summary.failed.push({ id, error: item.result.error ?? `HTTP ${status}` });
  }
  log.info('source accounts registered', {
    customerId,
    companyId,
    created: summary.created.length,
    failed: summary.failed.length,
  });
  return summary;
}

/**
 * The whole server-side set-up for a signed-in customer: company, Xero connection, then source
 * accounts, always before the customer consents in Xero (Xero's bank feeds need the accounts
 * registered first). Idempotent; `createBankFeeds` wraps it so concurrent calls for one customer
 * share one run.
 */
export async function setUpCustomer(
  context: BankFeedsContext,
  customerId: string,
): Promise<SetupResult> {
  const companyId = await ensureCompany(context, customerId);
  const connection = await ensureConnection(context, customerId, companyId);
  const accounts = await registerSourceAccounts(context, customerId, companyId, connection.id);
  return {
    companyId,
    connectionId: connection.id,
    connectionStatus: connection.status,
    linkUrl: connection.linkUrl,
    accounts,
  };
}
