import {
  canCreateTargetIn,
  accountClassOf,
  BankFeedAccountMappingResponseSchema,
  BankFeedAccountMappingSchema,
  BankFeedMappingListSchema,
  newTargetAccountName,
  targetSuitsSource,
  toCalendarDate,
  type BankFeedMappingBody,
} from '@bankfeeds/model';
import type { FakeContext } from './context';
import { bankFeedsDisabled, codatError, connectionNotLinked } from './errors';
import { accountsOf, requireConnection, requireSourceAccount } from './lookup';
import { createTargetAccount } from './organisation';
import type { ConnectionRecord, SourceAccountRecord, WireOf } from './state';
import { checkedReply, parseRequest } from './validate';

/** The reply to a mapping POST. */
export type MappingResponseBody = WireOf<typeof BankFeedAccountMappingResponseSchema>;

/** Codat's text when the chosen Xero account already takes another source account's feed. */
export const TARGET_TAKEN_TEXT = 'A feed connection already exists to this account';
/** Xero's text when an account in a foreign currency needs multi-currency. */
export const MULTI_CURRENCY_TEXT =
  'invalid-organisation-multi-currency: The organisation does not have multi-currency enabled.';

/** Whether an account's feed holds its target (mapped and not stopped). */
function holdsTarget(account: SourceAccountRecord): boolean {
  return account.status === 'connecting' || account.status === 'connected';
}

/** The ids of Xero accounts that already take a feed, with the source that feeds each. */
function takenTargets(ctx: FakeContext, connectionId: string): Map<string, string> {
  const taken = new Map<string, string>();
  for (const account of accountsOf(ctx, connectionId).values())
    if (holdsTarget(account) && account.targetAccountId)
      taken.set(account.targetAccountId, account.id);
  return taken;
}

function asSource(account: SourceAccountRecord) {
  return { accountType: account.accountType, currency: account.currency ?? 'XXX' };
}

/** Whether a read answers `pending` for this account: its mapping POST is not saved yet. */
export function answersPending(account: SourceAccountRecord): boolean {
  return account.status === 'connecting' && account.answeringPending === true;
}

/**
 * Settles `connecting` mappings on Codat's next operation (a read of the mapping or the account
 * list, or a push): a mapping not yet saved answers `pending` for its
 * `mappingPendingReads`, then waits its `connecting` reads; after that the feed becomes
 * `connected`, and a "create new" mapping gets its new Xero account, named after the source
 * (30 characters at most). Takes the connection or its id.
 */
export function settleMappings(ctx: FakeContext, connection: ConnectionRecord | string): void {
  const record =
    typeof connection === 'string' ? ctx.state.connections.get(connection) : connection;
  if (!record) return;
  const organisation = record.organisation;
  for (const account of accountsOf(ctx, record.id).values()) {
    if (account.status !== 'connecting') continue;
    account.answeringPending = (account.pendingReadsLeft ?? 0) > 0;
    if (account.answeringPending) {
      account.pendingReadsLeft!--;
      continue;
    }
    if (account.readsBeforeConnected > 0) {
      account.readsBeforeConnected--;
      continue;
    }
    if (account.targetAccountId === null) {
      const target = createTargetAccount(ctx.random, {
        name: newTargetAccountName(account),
        currency: account.currency ?? organisation.baseCurrency,
        accountClass: accountClassOf(account),
        accountNumber: account.accountNumber,
        sortCode: account.sortCode,
        balance: account.balance,
      });
      organisation.targets.push(target);
      if (!organisation.currencies.includes(target.currency))
        organisation.currencies.push(target.currency);
      account.targetAccountId = target.id;
    }
    account.status = 'connected';
    account.modifiedDate = ctx.now();
    ctx.changed({
      kind: 'feedStatus',
      connectionId: record.id,
      account,
      previous: 'connecting',
    });
  }
}

/** One mapping item: the source, its target if mapped, and the targets it may take. */
function mappingItem(
  account: SourceAccountRecord,
  connection: ConnectionRecord,
): BankFeedMappingBody {
  const linked = connection.status === 'Linked';
  const targets = connection.organisation.targets;
  const target = targets.find((t) => t.id === account.targetAccountId);
  // Options need Xero; without a linked connection there are none to offer. Targets that feed
  // another source are still offered, as in Codat's own mapping example; a POST refuses them.
  const options = linked ? targets.filter((t) => targetSuitsSource(asSource(account), t)) : [];
  // A mapping Codat has not saved yet reads as not mapped.
  const pending = answersPending(account);
  const mapped = holdsTarget(account) && !pending;
  // Fields the API types as plain strings/numbers are left out rather than sent as null.
  return {
    sourceAccountId: account.id,
    ...(account.accountName !== null && { sourceAccountName: account.accountName }),
    ...(account.accountNumber !== null && { sourceAccountNumber: account.accountNumber }),
    ...(account.balance !== null && { sourceBalance: account.balance }),
    sourceCurrency: account.currency ?? 'XXX',
    // Absent on an unmapped account, as in Codat's examples.
    ...(mapped && account.targetAccountId !== null && { targetAccountId: account.targetAccountId }),
    ...(mapped && target && { targetAccountName: target.name }),
    status: pending ? 'pending' : account.status,
    // Options carry only what Xero knows of the account, as in Codat's example (no nulls).
    targetAccountOptions: options.map((t) => ({
      id: t.id,
      name: t.name,
      ...(t.balance != null && { balance: t.balance }),
      ...(t.sortCode != null && { sortCode: t.sortCode }),
      ...(t.accountNumber != null && { accountNumber: t.accountNumber }),
    })),
    ...(mapped && account.feedStartDate && { feedStartDate: `${account.feedStartDate}T00:00:00` }),
  };
}

/**
 * `GET …/bankFeedAccounts/mapping`: one item per source account. Options keep the source's
 * currency and Debit/Credit class, and include Xero accounts that take another source's feed.
 */
export function getMapping(
  ctx: FakeContext,
  companyId: string,
  connectionId: string,
): BankFeedMappingBody[] {
  const connection = requireConnection(ctx, companyId, connectionId);
  settleMappings(ctx, connection);
  const items = [...accountsOf(ctx, connectionId).values()].map((account) =>
    mappingItem(account, connection),
  );
  return checkedReply(BankFeedMappingListSchema, items, 'mapping');
}

function failed(
  sourceAccountId: string,
  targetAccountId: string | null,
  error: string,
): MappingResponseBody {
  return checkedReply(
    BankFeedAccountMappingResponseSchema,
    { sourceAccountId, targetAccountId, status: 'Failed', error },
    'mapping reply',
  );
}

/**
 * `POST …/bankFeedAccounts/mapping`: maps one source account. Answers `connecting` (the feed
 * becomes `connected` on a later read), or `Failed` with Codat's or Xero's text when the target
 * takes another feed, does not suit the source, or needs multi-currency. Unknown ids answer 404,
 * a connection that is not `Linked` 400, an organisation without bank feeds 403.
 */
export function createMapping(
  ctx: FakeContext,
  companyId: string,
  connectionId: string,
  body: unknown,
): MappingResponseBody {
  const connection = requireConnection(ctx, companyId, connectionId);
  const request = parseRequest(BankFeedAccountMappingSchema, body, 'BankFeedAccountMapping');
  const account = requireSourceAccount(ctx, connectionId, request.sourceAccountId);
  if (connection.status !== 'Linked') throw connectionNotLinked(connectionId, connection.status);
  const organisation = connection.organisation;
  if (!organisation.bankFeedsEnabled) throw bankFeedsDisabled();

  const targetId = request.targetAccountId ?? null;
  const target = targetId === null ? null : organisation.targets.find((t) => t.id === targetId);
  if (targetId !== null && !target) throw codatError(404, `Target account ${targetId} not found`);
  if (holdsTarget(account))
    return failed(
      account.id,
      targetId,
      `Source account ${account.id} is already ${account.status}; disconnect it first.`,
    );
  if (target) {
    const holder = takenTargets(ctx, connectionId).get(target.id);
    if (holder !== undefined && holder !== account.id)
      return failed(account.id, targetId, TARGET_TAKEN_TEXT);
    if (!targetSuitsSource(asSource(account), target))
      return failed(
        account.id,
        targetId,
        'The target account does not have the currency and type of the source account.',
      );
  } else if (!canCreateTargetIn(account.currency, organisation)) {
    return failed(account.id, null, MULTI_CURRENCY_TEXT);
  }

  // Codat does not check the feed start date (Xero's one-year limit applies to transactions);
  // with none given the feed starts today.
  account.feedStartDate =
    (request.feedStartDate ? toCalendarDate(request.feedStartDate) : null) ?? ctx.today;
  account.targetAccountId = targetId;
  account.status = 'connecting';
  account.readsBeforeConnected = ctx.pendingReads.mapping;
  account.pendingReadsLeft = ctx.mappingPendingReads ?? 0;
  account.answeringPending = false;
  account.modifiedDate = ctx.now();
  return checkedReply(
    BankFeedAccountMappingResponseSchema,
    { sourceAccountId: account.id, targetAccountId: targetId, status: 'connecting' },
    'mapping reply',
  );
}
