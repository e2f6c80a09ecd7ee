import type { FakeContext } from './context';
import { connectionToWire, type ConnectionBody } from './connections';
import { accountsOf, requireConnection, requireSourceAccount } from './lookup';
import { disconnectAccount, sourceAccountToWire, type SourceAccountBody } from './source-accounts';
import type { ConnectionRecord, DataConnectionErrorRecord } from './state';
import { checkedReply } from './validate';
import { ConnectionSchema } from '@bankfeeds/model';

/**
 * What the user does on Xero's side, which Codat then reports: consent (allow or cancel), Xero
 * revoking access, and a feed removed inside Xero. Tests, stories and the simulated consent
 * page drive these; Codat's API has no such operations.
 */

function reply(ctx: FakeContext, connection: ConnectionRecord): ConnectionBody {
  return checkedReply(ConnectionSchema, connectionToWire(ctx, connection), 'connection');
}

/** Lists an active error on the connection and reports `connection.failed`; the status stays. */
function fail(
  ctx: FakeContext,
  connection: ConnectionRecord,
  error: Pick<DataConnectionErrorRecord, 'statusCode' | 'statusText' | 'errorMessage'>,
): ConnectionBody {
  connection.errors.push({
    ...error,
    erroredOnUtc: ctx.now(),
    status: 'Active',
    resolvedOnUtc: null,
  });
  ctx.changed({ kind: 'connectionFailed', connection });
  return reply(ctx, connection);
}

/** Linked connections other than this one: the Xero organisations the app is connected to. */
function otherLinkedOrganisations(ctx: FakeContext, connection: ConnectionRecord): number {
  let linked = 0;
  for (const other of ctx.state.connections.values())
    if (other.id !== connection.id && other.status === 'Linked') linked++;
  return linked;
}

/**
 * The user consents in Xero. It links the connection (`PendingAuth`, `Deauthorized` or
 * `Unlinked` becomes `Linked`, earlier errors are marked resolved) unless:
 * - the connection has no source account: Codat asks for the accounts first, or the Xero grant
 *   lacks the bank-feeds scope (PR 1513 of Codat's docs). The exact failure is not documented;
 *   the kit's assumption: the status stays, a 403 error is listed, `connection.failed` is sent.
 * - the app already has `xeroOrganisationLimit` organisations connected (Xero's limit for an app
 *   that is not an App Partner): likewise a listed 403 error and `connection.failed`.
 */
export function authorizeConnection(
  ctx: FakeContext,
  companyId: string,
  connectionId: string,
): ConnectionBody {
  const connection = requireConnection(ctx, companyId, connectionId);
  if (accountsOf(ctx, connection.id).size === 0)
    return fail(ctx, connection, {
      statusCode: '403',
      statusText: 'Bank feeds scope missing',
      errorMessage:
        'The Xero grant lacks the bank-feeds scope: the connection had no source accounts when the user consented. Create the source accounts, then send the user to a new linkUrl.',
    });
  if (
    connection.status !== 'Linked' &&
    otherLinkedOrganisations(ctx, connection) >= ctx.xeroOrganisationLimit
  )
    return fail(ctx, connection, {
      statusCode: '403',
      statusText: 'Xero organisation limit reached',
      errorMessage: `This Xero app is already connected to ${ctx.xeroOrganisationLimit} organisations, the most Xero allows an app that is not a Xero App Partner.`,
    });
  const previous = connection.status;
  const now = ctx.now();
  connection.status = 'Linked';
  connection.lastSync = now;
  for (const error of connection.errors)
    if (error.status === 'Active') Object.assign(error, { status: 'Resolved', resolvedOnUtc: now });
  ctx.changed({ kind: 'connectionStatus', connection, previous });
  return reply(ctx, connection);
}

/**
 * The user cancels in Xero: the status stays, the refusal is listed on the connection as in
 * Codat's `connection.failed` example, and `connection.failed` is sent.
 */
export function denyConnection(
  ctx: FakeContext,
  companyId: string,
  connectionId: string,
): ConnectionBody {
  const connection = requireConnection(ctx, companyId, connectionId);
  return fail(ctx, connection, {
    statusCode: '403',
    statusText: 'User cancelled linking',
    errorMessage: 'User cancelled',
  });
}

/** Xero revokes access (the user disconnected the app in Xero, or the token lapsed). */
export function deauthorizeConnection(
  ctx: FakeContext,
  companyId: string,
  connectionId: string,
): ConnectionBody {
  const connection = requireConnection(ctx, companyId, connectionId);
  const previous = connection.status;
  connection.status = 'Deauthorized';
  connection.errors.push({
    statusCode: '401',
    statusText: 'Unauthorized',
    errorMessage:
      'Access to the Xero organisation was revoked; the user must authorise the connection again.',
    erroredOnUtc: ctx.now(),
    status: 'Active',
    resolvedOnUtc: null,
  });
  ctx.changed({ kind: 'connectionStatus', connection, previous });
  return reply(ctx, connection);
}

/**
 * The user removes a feed inside Xero: the source account turns `disconnected` (its Xero account
 * is free again) and `bankFeeds.sourceAccount.disconnected` is sent. Only a `connected` feed can
 * be removed in Xero; anything else is a mistake in the test and throws.
 */
export function disconnectFeedInXero(
  ctx: FakeContext,
  companyId: string,
  connectionId: string,
  accountId: string,
): SourceAccountBody {
  requireConnection(ctx, companyId, connectionId);
  const account = requireSourceAccount(ctx, connectionId, accountId);
  if (account.status !== 'connected')
    throw new Error(`Source account ${accountId} has no feed in Xero (it is ${account.status})`);
  const previous = account.status;
  disconnectAccount(account);
  account.modifiedDate = ctx.now();
  ctx.changed({ kind: 'feedStatus', connectionId, account, previous });
  return sourceAccountToWire(account);
}
