// A source account's reply body (in the version it was created with) and the record a create
// prototype becomes: the shapes the endpoints in `source-accounts.ts` read and write.
import type {
  SourceAccountBatchResultsSchema,
  SourceAccountSchema,
  SourceAccountV2PrototypeSchema,
  SourceAccountPrototype,
} from '@bankfeeds/model';
import { SourceAccountV1Schema, SourceAccountV2Schema } from '@bankfeeds/model';
import { answersPending } from './mapping';
import type { SourceAccountRecord, WireOf } from './state';
import { checkedReply } from './validate';

/** A source account as Codat sends it (v2 or v1, as it was created). */
export type SourceAccountBody = WireOf<typeof SourceAccountSchema>;
/** One item of a batch-create reply. */
export type SourceAccountBatchItem = WireOf<typeof SourceAccountBatchResultsSchema>[number];

/** Codat's text when an id is already registered on the connection. */
export const DUPLICATE_SOURCE_ACCOUNT_TEXT = 'A bank account already exists with the same Id';

/** The same fields, without those whose value is `null` (Codat leaves such keys out). */
function withoutNulls<T extends Record<string, unknown>>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as T;
}

/**
 * The reply body of a source account, in the schema version it was created with, or in `v1`
 * when asked (the update reply is always v1, whatever the integration's version).
 */
export function sourceAccountToWire(
  account: SourceAccountRecord,
  version: 'v1' | 'v2' = account.schemaVersion,
): SourceAccountBody {
  const connected = account.status === 'connected' && account.feedStartDate !== null;
  if (version === 'v2') {
    const body: WireOf<typeof SourceAccountV2Schema> = {
      id: account.id,
      accountName: account.accountName ?? '',
      accountType: account.accountType as WireOf<typeof SourceAccountV2Schema>['accountType'],
      accountNumber: account.accountNumber ?? '',
      ...(account.sortCode !== null && { sortCode: account.sortCode }),
      ...(account.routingInfo && { routingInfo: account.routingInfo }),
      currency: account.currency ?? 'XXX',
      balance: account.balance ?? 0,
      // Always present on v2, as in every v2 example of Codat's (null when unknown, which the
      // API allows): it is what tells a v2 account from a v1 one under the API's `oneOf`.
      accountInfo: account.accountInfo ?? null,
      ...(account.modifiedDate !== null && { modifiedDate: account.modifiedDate }),
      // A mapping Codat has not saved yet reads as `pending`.
      status: answersPending(account) ? 'pending' : account.status,
      // v2 sends a date-only feed start date, and only on connected accounts.
      ...(connected && { feedStartDate: account.feedStartDate }),
    };
    return checkedReply(SourceAccountV2Schema, body, 'source account');
  }
  // Values the account does not have are left out, as in Codat's examples, rather than sent as null.
  const body: WireOf<typeof SourceAccountV1Schema> = withoutNulls({
    id: account.id,
    accountName: account.accountName,
    accountType: account.accountType,
    accountNumber: account.accountNumber,
    sortCode: account.sortCode,
    currency: account.currency ?? 'XXX',
    balance: account.balance,
    modifiedDate: account.modifiedDate,
    status: answersPending(account) ? 'pending' : account.status,
    feedStartDate: connected ? `${account.feedStartDate}T00:00:00` : null,
  });
  return checkedReply(SourceAccountV1Schema, body, 'source account');
}

/** A new `pending` account record from a create prototype. */
export function accountFromPrototype(
  prototype: SourceAccountPrototype,
  schemaVersion: 'v1' | 'v2',
  now: string,
): SourceAccountRecord {
  const v2 =
    schemaVersion === 'v2' ? (prototype as WireOf<typeof SourceAccountV2PrototypeSchema>) : null;
  return {
    id: prototype.id,
    schemaVersion,
    accountName: prototype.accountName ?? null,
    accountType: prototype.accountType ?? null,
    accountNumber: prototype.accountNumber ?? null,
    sortCode: prototype.sortCode ?? null,
    routingInfo: v2?.routingInfo ?? null,
    accountInfo: v2?.accountInfo ?? null,
    currency: prototype.currency ?? null,
    balance: prototype.balance ?? null,
    modifiedDate: prototype.modifiedDate ?? now,
    status: 'pending',
    feedStartDate: null,
    targetAccountId: null,
    readsBeforeConnected: 0,
  };
}
