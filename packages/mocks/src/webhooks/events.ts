import type { ConnectionStatus } from '@bankfeeds/model';
import type { FakeChange } from '../fake/changes';
import { connectionToWire, type ConnectionBody } from '../fake/connections';
import { stampOf, type FakeContext } from '../fake/context';
import { sourceAccountToWire, type SourceAccountBody } from '../fake/source-accounts';
import type { PushOperationRecord } from '../fake/state';
import type { Random } from '../random';

/**
 * Codat's webhook events for the changes the fake models, with the payloads Codat documents:
 * the Bank Feeds OpenAPI file's `SourceAccountWebhook` (with `referenceCompany`, as since
 * January 2025, and no deprecated `companyId`), and the `connection.*` and
 * `{dataType}.write.*` payloads of Codat's migration guide and Platform SDK.
 */

/** The company an event is about, as Codat names it in every event. */
export interface WebhookCompanyReference {
  id: string;
  name: string;
  description?: string;
  links: { portal: string };
  tags: Record<string, string>;
}

/** `bankFeeds.sourceAccount.*`: the account as Codat holds it after the change. */
export interface SourceAccountEventPayload {
  referenceCompany: WebhookCompanyReference;
  connectionId: string;
  sourceAccount: SourceAccountBody;
}

/** `connection.*`: the whole connection, as `GET …/connections/{id}` would answer it. */
export interface ConnectionEventPayload {
  referenceCompany: WebhookCompanyReference;
  connection: ConnectionBody;
}

/**
 * `bankTransactions.write.*`: how a push operation ended. `id` is the push operation key.
 * There is no `record`: a push writes many lines, and which one Codat would name is not
 * documented (the operation's `changes` list them all). `completedOnDate` is left out when the
 * operation has none (`TimedOut`), as its API reply leaves out `completedOnUtc`.
 */
export interface WriteEventPayload {
  id: string;
  type: 'Create';
  referenceCompany: WebhookCompanyReference;
  connectionId: string;
  requestedOnDate: string;
  completedOnDate?: string;
  status: 'Success' | 'Failed' | 'TimedOut';
  attachmentId: null;
}

interface Envelope<Type extends string, Payload> {
  /** The event's own id (a UUID), not the Svix message id. */
  id: string;
  eventType: Type;
  /** When Codat generated the event, on the fake's clock. */
  generatedDate: string;
  payload: Payload;
}

/** A webhook event as Codat sends it: `{ id, eventType, generatedDate, payload }`. */
export type CodatWebhookEvent =
  | Envelope<
      'bankFeeds.sourceAccount.connected' | 'bankFeeds.sourceAccount.disconnected',
      SourceAccountEventPayload
    >
  | Envelope<
      | 'connection.created'
      | 'connection.connected'
      | 'connection.disconnected'
      | 'connection.reconnected'
      | 'connection.failed'
      | 'connection.deleted',
      ConnectionEventPayload
    >
  | Envelope<
      'bankTransactions.write.successful' | 'bankTransactions.write.unsuccessful',
      WriteEventPayload
    >;

function companyReference(ctx: FakeContext, companyId: string): WebhookCompanyReference {
  const company = ctx.state.companies.get(companyId);
  return {
    id: companyId,
    name: company?.name ?? '',
    ...(company?.description != null && { description: company.description }),
    links: { portal: `https://app.codat.io/companies/${companyId}/summary` },
    tags: { ...company?.tags },
  };
}

/**
 * The `connection.*` type of a status change, after Codat's table: created (→ `PendingAuth`),
 * connected (`PendingAuth` → `Linked`), disconnected (`Linked` → `Unlinked`/`Deauthorized`),
 * reconnected (`Unlinked`/`Deauthorized` → `Linked`). Other changes send nothing; a failed
 * consent is its own change (`connection.failed`).
 */
function connectionEventType(previous: ConnectionStatus | null, status: ConnectionStatus) {
  if (previous === null) return 'connection.created' as const;
  if (previous === status) return null;
  if (status === 'Linked')
    return previous === 'PendingAuth'
      ? ('connection.connected' as const)
      : ('connection.reconnected' as const);
  return previous === 'Linked' ? ('connection.disconnected' as const) : null;
}

function writePayload(ctx: FakeContext, operation: PushOperationRecord): WriteEventPayload {
  return {
    id: operation.key,
    type: 'Create',
    referenceCompany: companyReference(ctx, operation.companyId),
    connectionId: operation.connectionId,
    requestedOnDate: operation.requestedOnUtc,
    ...(operation.completedOnUtc !== null && { completedOnDate: operation.completedOnUtc }),
    status: operation.status as WriteEventPayload['status'],
    attachmentId: null,
  };
}

/**
 * The event Codat sends for a change, built now (a snapshot: later changes do not show in it),
 * or `null` when Codat sends none. `generatedDate` is read from the fake's clock without moving
 * it, so turning webhooks on changes no timestamp in the fake's replies.
 */
export function webhookEventFor(
  ctx: FakeContext,
  change: FakeChange,
  random: Random,
): CodatWebhookEvent | null {
  // Drawn only for an event that is sent, so ids follow the events.
  const head = () => ({ id: random.uuid(), generatedDate: stampOf(ctx.peekTime()) });
  switch (change.kind) {
    case 'connectionStatus':
    case 'connectionFailed':
    case 'connectionDeleted': {
      const eventType =
        change.kind === 'connectionDeleted'
          ? ('connection.deleted' as const)
          : change.kind === 'connectionFailed'
            ? ('connection.failed' as const)
            : connectionEventType(change.previous, change.connection.status);
      if (!eventType) return null;
      const { connection } = change;
      return {
        ...head(),
        eventType,
        payload: {
          referenceCompany: companyReference(ctx, connection.companyId),
          // Its link's password comes from the webhooks' generator, so the fake's stay the same.
          connection: connectionToWire(ctx, connection, random),
        },
      };
    }
    case 'feedStatus': {
      const { account, connectionId } = change;
      const eventType =
        account.status === 'connected'
          ? ('bankFeeds.sourceAccount.connected' as const)
          : account.status === 'disconnected'
            ? ('bankFeeds.sourceAccount.disconnected' as const)
            : null;
      if (!eventType || account.status === change.previous) return null;
      const companyId = ctx.state.connections.get(connectionId)?.companyId ?? '';
      return {
        ...head(),
        eventType,
        payload: {
          referenceCompany: companyReference(ctx, companyId),
          connectionId,
          sourceAccount: sourceAccountToWire(account),
        },
      };
    }
    case 'pushSettled': {
      const { operation } = change;
      if (operation.status === 'Pending') return null;
      return {
        ...head(),
        eventType:
          operation.status === 'Success'
            ? 'bankTransactions.write.successful'
            : 'bankTransactions.write.unsuccessful',
        payload: writePayload(ctx, operation),
      };
    }
  }
}
