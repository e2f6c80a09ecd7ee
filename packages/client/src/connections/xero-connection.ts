import { XERO_PLATFORM_KEY, type Connection, type ConnectionStatus } from '@bankfeeds/model';
import type { BrowserClient, CallOptions } from '../http/types';

/** Whether a connection is the company's Xero one (by Codat's platform key, or its name). */
export const isXeroConnection = (connection: Connection): boolean =>
  connection.integrationKey === XERO_PLATFORM_KEY || connection.platformName === 'Xero';

// A company may hold several Xero connections (one created per attempt, old unlinked ones): the
// usable one wins, then the one that only needs consent again, then the newest pending one.
const PREFERENCE: Readonly<Record<ConnectionStatus, number>> = {
  Linked: 0,
  Deauthorized: 1,
  Unlinked: 2,
  PendingAuth: 3,
};

/** The company's Xero connection to use, if it has any: see the preference above. */
export function pickXeroConnection(connections: readonly Connection[]): Connection | null {
  const xero = connections.filter(isXeroConnection);
  xero.sort(
    (a, b) => PREFERENCE[a.status] - PREFERENCE[b.status] || b.created.localeCompare(a.created),
  );
  return xero[0] ?? null;
}

/** What {@link findOrCreateXeroConnection} answers: the connection, and whether it is new. */
export interface XeroConnectionFound {
  connection: Connection;
  created: boolean;
}

/**
 * The company's Xero connection: found among its connections (every page), else created
 * (`PendingAuth`, with a `linkUrl`). What Codat's own component does when it mounts with a company
 * alone. Behind a bank's proxy, the proxy must allow `listConnections` and `createConnection` for
 * the customer's own company.
 */
export async function findOrCreateXeroConnection(
  client: BrowserClient,
  companyId: string,
  options: CallOptions = {},
): Promise<XeroConnectionFound> {
  const found = await findXeroConnection(client, companyId, options);
  if (found) return { connection: found, created: false };
  options.signal?.throwIfAborted();
  const connection = await client.createConnection(
    companyId,
    { platformKey: XERO_PLATFORM_KEY },
    // A create is a write: once sent, it is not aborted (its connection would be orphaned).
    {},
  );
  return { connection, created: true };
}

/** The company's Xero connection, if it has one (reads every page of its connections). */
export async function findXeroConnection(
  client: BrowserClient,
  companyId: string,
  options: CallOptions = {},
): Promise<Connection | null> {
  const all: Connection[] = [];
  for (let page = 1; ; page++) {
    const result = await client.listConnections(companyId, { page, pageSize: 100 }, options);
    all.push(...result.results);
    if (all.length >= result.totalResults || result.results.length === 0) break;
  }
  return pickXeroConnection(all);
}
