import { isBankFeedsError, type BankFeedsError } from '@bankfeeds/client';
import {
  sanitiseCompanyName,
  XERO_PLATFORM_KEY,
  type Connection,
  type ConnectionStatus,
} from '@bankfeeds/model';
import type { ServerDeps } from '../deps';
import { HttpError } from '../http/respond';
import { createSingleFlight } from './single-flight';

/** How the customer's accounts fared when registered as source accounts. */
export interface RegistrationSummary {
  /** Newly registered now. */
  created: string[];
  /** Already there before (nothing sent for them). */
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

/** The customer, or a 403 when the bank does not know them (signed in but not a business). */
async function requireCustomer(deps: ServerDeps, customerId: string) {
  const customer = await deps.customers.getCustomer(customerId);
  if (!customer) throw new HttpError(403, 'This sign-in has no business customer.', 'forbidden');
  return customer;
}

/**
 * The customer's Codat company: the one linked in the bank's records, else a new one named after
 * the business and tagged with the customer's id (so it can be traced back from Codat's portal).
 */
export async function ensureCompany(deps: ServerDeps, customerId: string): Promise<string> {
  const link = await deps.links.get(customerId);
  if (link) return link.companyId;
  const customer = await requireCustomer(deps, customerId);
  const company = await deps.codat.createCompany({
    name: sanitiseCompanyName(customer.businessName) || customer.id,
    description: 'Bank feeds into Xero',
    tags: { customerId: customer.id },
  });
  await deps.links.set(customerId, { companyId: company.id, connectionId: null });
  deps.log.info('company created', { customerId, companyId: company.id });
  return company.id;
}

const isXero = (connection: Connection) =>
  connection.integrationKey === XERO_PLATFORM_KEY || connection.platformName === 'Xero';

const isNotFound = (error: unknown): error is BankFeedsError =>
  isBankFeedsError(error) && error.code === 'not-found';

/**
 * The company's Xero connection: the linked one if it still exists, else an existing Xero
 * connection of the company (recovers a link lost between create and save), else a new one.
 * A `Deauthorized` or `Unlinked` connection is kept: the customer re-authorises it through its
 * `linkUrl`, which keeps their feeds.
 */
export async function ensureConnection(
  deps: ServerDeps,
  customerId: string,
  companyId: string,
): Promise<Connection> {
  const link = await deps.links.get(customerId);
  if (link?.connectionId) {
    try {
      return await deps.codat.getConnection(companyId, link.connectionId);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  const existing = (await deps.codat.listConnections(companyId)).results.find(isXero);
  const connection =
    existing ?? (await deps.codat.createConnection(companyId, { platformKey: XERO_PLATFORM_KEY }));
  await deps.links.set(customerId, { companyId, connectionId: connection.id });
  if (!existing)
    deps.log.info('connection created', { customerId, companyId, connectionId: connection.id });
  return connection;
}

/**
 * Registers the customer's accounts that are not yet source accounts on the connection, in one
 * batch call. Safe to call again at any time: it only sends the new ones.
 */
export async function registerSourceAccounts(
  deps: ServerDeps,
  customerId: string,
  companyId: string,
  connectionId: string,
): Promise<RegistrationSummary> {
  const [accounts, registered] = await Promise.all([
    deps.customers.listAccounts(customerId),
    deps.codat.listSourceAccounts(companyId, connectionId),
  ]);
  const known = new Set(registered.map((account) => account.id));
  const fresh = accounts.filter((account) => !known.has(account.id));
  const summary: RegistrationSummary = {
    created: [],
    existing: accounts.filter((account) => known.has(account.id)).map((account) => account.id),
    failed: [],
  };
  if (fresh.length === 0) return summary;

  let results;
  try {
    results = await deps.codat.createSourceAccounts(companyId, connectionId, fresh);
  } catch (error) {
    // A 409 still says, item by item, what happened; anything else is a real failure.
    if (!isBankFeedsError(error) || error.status !== 409 || !Array.isArray(error.details))
      throw error;
    results = error.details as Awaited<ReturnType<typeof deps.codat.createSourceAccounts>>;
  }
  for (const [index, item] of results.entries()) {
    const id = item.sourceAccountId ?? fresh[index]?.id ?? '?';
    const status = item.result.statusCode ?? 0;
    if (status >= 200 && status < 300) summary.created.push(id);
    // Registered by an earlier, interrupted call: as good as created.
    else if (/already exists/i.test(item.result.error ?? '')) summary.existing.push(id);
    else summary.failed.push({ id, error: item.result.error ?? `HTTP ${status}` });
  }
  deps.log.info('source accounts registered', {
    customerId,
    companyId,
    created: summary.created.length,
    failed: summary.failed.length,
  });
  return summary;
}

// One flight table per server (per deps), so two servers in one process never share runs.
const flights = new WeakMap<ServerDeps, ReturnType<typeof createSingleFlight<SetupResult>>>();

/**
 * The whole server-side set-up for a signed-in customer: company, Xero connection, source
 * accounts. Idempotent, and concurrent calls for one customer share one run.
 */
export function setUpCustomer(deps: ServerDeps, customerId: string): Promise<SetupResult> {
  let flight = flights.get(deps);
  if (!flight) flights.set(deps, (flight = createSingleFlight<SetupResult>()));
  return flight(customerId, async () => {
    const companyId = await ensureCompany(deps, customerId);
    const connection = await ensureConnection(deps, customerId, companyId);
    const accounts = await registerSourceAccounts(deps, customerId, companyId, connection.id);
    return {
      companyId,
      connectionId: connection.id,
      connectionStatus: connection.status,
      linkUrl: connection.linkUrl,
      accounts,
    };
  });
}
