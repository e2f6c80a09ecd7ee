import {
  SourceAccountBatchBodySchema,
  SourceAccountBatchResultsSchema,
  SourceAccountListSchema,
  SourceAccountUpdateSchema,
  SourceAccountV1PrototypeSchema,
  SourceAccountV2PrototypeSchema,
  type SourceAccountPrototype,
} from '@bankfeeds/model';
import type { FakeContext } from './context';
import { badRequest, codatError } from './errors';
import { accountsOf, requireConnection, requireSourceAccount } from './lookup';
import { settleMappings } from './mapping';
import { refuseBrokenRules } from './source-account-rules';
import {
  accountFromPrototype,
  DUPLICATE_SOURCE_ACCOUNT_TEXT,
  sourceAccountToWire,
  type SourceAccountBatchItem,
  type SourceAccountBody,
} from './source-account-wire';
import type { SourceAccountRecord } from './state';
import { checkedReply, parseRequest } from './validate';

// The wire shapes live beside these endpoints; re-exported so callers keep one import.
export {
  accountFromPrototype,
  DUPLICATE_SOURCE_ACCOUNT_TEXT,
  sourceAccountToWire,
  type SourceAccountBatchItem,
  type SourceAccountBody,
} from './source-account-wire';

/**
 * The schema version of a connection's accounts. Codat fixes it per integration (v2 for those
 * built after 2024-08-01), so the fake takes it from the first account and holds the rest to it.
 */
function versionOf(ctx: FakeContext, connectionId: string): 'v1' | 'v2' | null {
  const first = accountsOf(ctx, connectionId).values().next();
  return first.done ? null : first.value.schemaVersion;
}

/** Reads one prototype in the connection's version, or (first account) v2 when it fits, else v1. */
function readPrototype(
  body: unknown,
  version: 'v1' | 'v2' | null,
): { prototype: SourceAccountPrototype; version: 'v1' | 'v2' } {
  refuseBrokenRules(body);
  if (version === 'v2')
    return {
      prototype: parseRequest(SourceAccountV2PrototypeSchema, body, 'SourceAccount'),
      version,
    };
  if (version === null) {
    const v2 = SourceAccountV2PrototypeSchema.safeParse(body);
    if (v2.success) return { prototype: v2.data, version: 'v2' };
  }
  return {
    prototype: parseRequest(SourceAccountV1PrototypeSchema, body, 'SourceAccount'),
    version: 'v1',
  };
}

/**
 * `POST …/connectionInfo/bankFeedAccounts`: one account, `pending`, in the connection's schema
 * version (400 when the body does not fit it). An id already on the connection answers 400 with Codat's duplicate text (the API lists no 409 for this call).
 */
export function createSourceAccount(
  ctx: FakeContext,
  companyId: string,
  connectionId: string,
  body: unknown,
): SourceAccountBody {
  requireConnection(ctx, companyId, connectionId);
  const { prototype, version } = readPrototype(body, versionOf(ctx, connectionId));
  const accounts = accountsOf(ctx, connectionId);
  if (accounts.has(prototype.id)) throw badRequest(DUPLICATE_SOURCE_ACCOUNT_TEXT);
  const account = accountFromPrototype(prototype, version, ctx.now());
  accounts.set(account.id, account);
  return sourceAccountToWire(account);
}

/**
 * `POST …/bankFeedAccounts/batch`: all created → 201; some refused → 207; none created → 409.
 * Each refused item carries Codat's duplicate text with `statusCode` as a string ("409").
 */
export function createSourceAccounts(
  ctx: FakeContext,
  companyId: string,
  connectionId: string,
  body: unknown,
): { status: 201 | 207 | 409; body: SourceAccountBatchItem[] } {
  requireConnection(ctx, companyId, connectionId);
  if (Array.isArray(body)) body.forEach(refuseBrokenRules);
  const prototypes = parseRequest(SourceAccountBatchBodySchema, body, 'SourceAccount');
  const version =
    versionOf(ctx, connectionId) ??
    (prototypes.every((p) => SourceAccountV2PrototypeSchema.safeParse(p).success) ? 'v2' : 'v1');
  // Re-read every item in the connection's version: a v1 item in a v2 connection is a 400.
  for (const prototype of prototypes) readPrototype(prototype, version);
  const accounts = accountsOf(ctx, connectionId);
  let created = 0;
  const items: SourceAccountBatchItem[] = prototypes.map((prototype) => {
    if (accounts.has(prototype.id))
      return {
        sourceAccountId: prototype.id,
        result: { statusCode: '409', error: DUPLICATE_SOURCE_ACCOUNT_TEXT },
      };
    const account = accountFromPrototype(prototype, version, ctx.now());
    accounts.set(account.id, account);
    created++;
    return {
      sourceAccountId: account.id,
      // No `error` key on success (the API allows it to be absent; no example of Codat's shows null).
      result: { statusCode: 201, account: sourceAccountToWire(account) },
    };
  });
  const status = created === items.length ? 201 : created === 0 ? 409 : 207;
  return { status, body: checkedReply(SourceAccountBatchResultsSchema, items, 'batch result') };
}

/** `GET …/connectionInfo/bankFeedAccounts`: a plain array; a read also settles `connecting` mappings. */
export function listSourceAccounts(
  ctx: FakeContext,
  companyId: string,
  connectionId: string,
): SourceAccountBody[] {
  const connection = requireConnection(ctx, companyId, connectionId);
  settleMappings(ctx, connection);
  const body = [...accountsOf(ctx, connectionId).values()].map((account) =>
    sourceAccountToWire(account),
  );
  return checkedReply(SourceAccountListSchema, body, 'source account list');
}

/** Stops an account's feed: it becomes `disconnected` and its Xero account is free again. */
export function disconnectAccount(account: SourceAccountRecord): void {
  account.status = 'disconnected';
  account.targetAccountId = null;
  account.feedStartDate = null;
  account.readsBeforeConnected = 0;
  account.pendingReadsLeft = 0;
  account.answeringPending = false;
}

const UPDATABLE = new Set(['id', 'accountName', 'status', 'balance']);
const V1_FIELDS = [
  'accountType',
  'accountNumber',
  'sortCode',
  'currency',
  'modifiedDate',
  'feedStartDate',
] as const;

/**
 * `PATCH …/bankFeedAccounts/{id}`. The body is the v1 schema, but only `accountName`, `status`
 * (to `disconnected` only) and `balance` (only while the feed is not connected) change anything.
 * Other v1 fields are accepted when they repeat the stored value, refused when they differ.
 * The reply is a v1 account, as Codat's API declares.
 */
export function updateSourceAccount(
  ctx: FakeContext,
  companyId: string,
  connectionId: string,
  accountId: string,
  body: unknown,
): SourceAccountBody {
  requireConnection(ctx, companyId, connectionId);
  const account = requireSourceAccount(ctx, connectionId, accountId);
  const fields = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const refused = Object.keys(fields).filter((key) => {
    if (UPDATABLE.has(key)) return false;
    if (!(V1_FIELDS as readonly string[]).includes(key)) return true;
    return fields[key] !== (account as unknown as Record<string, unknown>)[key];
  });
  if (refused.length)
    throw badRequest(
      `Only accountName, status and balance can be updated; ${refused.join(', ')} cannot be changed.`,
      refused.map((key) => ({
        itemId: key,
        message: `${key} cannot be changed.`,
        validatorName: 'UpdateSourceAccount',
      })),
    );
  if (fields.status != null && fields.status !== 'disconnected')
    throw badRequest(
      `A source account's status can only be set to disconnected, not ${String(fields.status)}.`,
    );
  const update = parseRequest(
    SourceAccountUpdateSchema,
    Object.fromEntries(Object.entries(fields).filter(([key]) => UPDATABLE.has(key))),
    'UpdateSourceAccount',
  );
  if (update.id !== accountId)
    throw badRequest(`The body's id (${update.id}) is not the account in the path (${accountId}).`);
  if (
    update.balance != null &&
    update.balance !== account.balance &&
    account.status === 'connected'
  )
    throw codatError(
      400,
      'The balance of a connected account cannot be changed; it follows the transactions written to it.',
      {
        errors: [
          {
            itemId: 'balance',
            message: 'The account is connected.',
            validatorName: 'UpdateSourceAccount',
          },
        ],
      },
    );
  const previous = account.status;
  if (update.accountName != null) account.accountName = update.accountName;
  if (update.balance != null) account.balance = update.balance;
  if (update.status === 'disconnected') disconnectAccount(account);
  account.modifiedDate = ctx.now();
  if (account.status !== previous)
    ctx.changed({ kind: 'feedStatus', connectionId, account, previous });
  return sourceAccountToWire(account, 'v1');
}

/** `DELETE …/bankFeedAccounts/{id}`: the account and its mapping go; the Xero account stays. */
export function deleteSourceAccount(
  ctx: FakeContext,
  companyId: string,
  connectionId: string,
  accountId: string,
): void {
  requireConnection(ctx, companyId, connectionId);
  requireSourceAccount(ctx, connectionId, accountId);
  accountsOf(ctx, connectionId).delete(accountId);
}
