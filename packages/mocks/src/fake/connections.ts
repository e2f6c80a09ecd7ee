import {
  ConnectionSchema,
  CreateConnectionBodySchema,
  UnlinkConnectionBodySchema,
  XERO_PLATFORM_KEY,
  pagedSchema,
  type Page,
} from '@bankfeeds/model';
import type { FakeContext } from './context';
import type { Random } from '../random';
import { badRequest } from './errors';
import { issueLinkUrl } from './link-passwords';
import { requireCompany, requireConnection } from './lookup';
import { createOrganisation, type OrganisationSeed } from './organisation';
import { pageOf, type RawPageQuery } from './paging';
import type { ConnectionRecord, WireOf } from './state';
import { checkedReply, parseRequest } from './validate';

/** A connection as Codat sends it. */
export type ConnectionBody = WireOf<typeof ConnectionSchema>;

const ConnectionPageSchema = pagedSchema(ConnectionSchema);

/** Codat's fixed ids for the Xero integration (the same for every connection to Xero). */
export const XERO_INTEGRATION = {
  integrationId: 'bf083d72-62c7-493e-aec9-81b4dbba7e2c',
  sourceId: '8a156a5a-39cb-4f9d-856e-76ef9b9a9607',
  integrationKey: XERO_PLATFORM_KEY,
  platformName: 'Xero',
  sourceType: 'Accounting',
} as const;

/**
 * The connection's reply body, with a fresh single-use `linkUrl` (each read hands out a new one,
 * as Codat's do). `random` draws its password: the fake's own link generator unless given.
 */
export function connectionToWire(
  ctx: FakeContext,
  connection: ConnectionRecord,
  random?: Random,
): ConnectionBody {
  return {
    id: connection.id,
    ...XERO_INTEGRATION,
    linkUrl: issueLinkUrl(ctx, connection, random),
    status: connection.status,
    // Keys Codat's examples leave out are omitted rather than sent as null (Codat's generated
    // SDKs refuse some nulls): no `lastSync` before the first sync, no `connectionInfo`, and no
    // `resolvedOnUtc` while an error is still active.
    ...(connection.lastSync !== null && { lastSync: connection.lastSync }),
    created: connection.created,
    dataConnectionErrors: connection.errors.map(({ resolvedOnUtc, ...error }) => ({
      ...error,
      ...(resolvedOnUtc != null && { resolvedOnUtc }),
    })),
  };
}

/** Adds a connection record to a company (scenarios seed through this too). */
export function insertConnection(
  ctx: FakeContext,
  companyId: string,
  status: ConnectionRecord['status'],
  organisation: OrganisationSeed,
): ConnectionRecord {
  const connection: ConnectionRecord = {
    id: ctx.random.uuid(),
    companyId,
    status,
    created: ctx.now(),
    lastSync: status === 'PendingAuth' ? null : ctx.now(),
    errors: [],
    organisation: createOrganisation(ctx.random, organisation),
    linkPasswords: new Map(),
  };
  ctx.state.connections.set(connection.id, connection);
  return connection;
}

function reply(ctx: FakeContext, connection: ConnectionRecord): ConnectionBody {
  return checkedReply(ConnectionSchema, connectionToWire(ctx, connection), 'connection');
}

/**
 * `POST /companies/{id}/connections`: a Xero (`gbol`) connection in `PendingAuth`. The Xero
 * organisation the user will pick is made up now (named after the company); the fake only
 * simulates Xero, so another platform key answers 400.
 */
export function createConnection(
  ctx: FakeContext,
  companyId: string,
  body: unknown,
): ConnectionBody {
  const company = requireCompany(ctx, companyId);
  const { platformKey } = parseRequest(CreateConnectionBodySchema, body, 'CreateConnection');
  if (platformKey !== XERO_PLATFORM_KEY)
    throw badRequest(
      `Integration ${platformKey} is not enabled. This fake simulates Xero (${XERO_PLATFORM_KEY}) only.`,
    );
  const connection = insertConnection(ctx, company.id, 'PendingAuth', { name: company.name });
  ctx.changed({ kind: 'connectionStatus', connection, previous: null });
  return reply(ctx, connection);
}

/** `GET /companies/{id}/connections/{id}`. */
export function getConnection(
  ctx: FakeContext,
  companyId: string,
  connectionId: string,
): ConnectionBody {
  return reply(ctx, requireConnection(ctx, companyId, connectionId));
}

/** `GET /companies/{id}/connections`, paged. */
export function listConnections(
  ctx: FakeContext,
  companyId: string,
  query: RawPageQuery,
): Page<ConnectionBody> {
  requireCompany(ctx, companyId);
  const all = [...ctx.state.connections.values()]
    .filter((connection) => connection.companyId === companyId)
    .map((connection) => connectionToWire(ctx, connection));
  return checkedReply(
    ConnectionPageSchema,
    pageOf(all, query, `/companies/${companyId}/connections`, 'Connection'),
    'connection page',
  );
}

/** `PATCH …/connections/{id}` with `{status: "Unlinked"}`: only a `Linked` connection can be unlinked. */
export function unlinkConnection(
  ctx: FakeContext,
  companyId: string,
  connectionId: string,
  body: unknown,
): ConnectionBody {
  const connection = requireConnection(ctx, companyId, connectionId);
  parseRequest(UnlinkConnectionBodySchema, body, 'UnlinkConnection');
  if (connection.status !== 'Linked')
    throw badRequest(
      `Only Linked connections can be unlinked; connection ${connectionId} is ${connection.status}.`,
    );
  connection.status = 'Unlinked';
  ctx.changed({ kind: 'connectionStatus', connection, previous: 'Linked' });
  return reply(ctx, connection);
}

/** `DELETE …/connections/{id}`: the connection and its source accounts (and so its feeds) go. */
export function deleteConnection(ctx: FakeContext, companyId: string, connectionId: string): void {
  const connection = requireConnection(ctx, companyId, connectionId);
  ctx.state.connections.delete(connectionId);
  ctx.state.sourceAccounts.delete(connectionId);
  ctx.changed({ kind: 'connectionDeleted', connection });
}
