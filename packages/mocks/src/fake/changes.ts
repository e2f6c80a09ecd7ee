import type { ConnectionStatus, SourceAccountStatus } from '@bankfeeds/model';
import type { ConnectionRecord, PushOperationRecord, SourceAccountRecord } from './state';

/**
 * A change of state that Codat announces by webhook, as the domain modules report it. Each is
 * reported once its record holds the new state; the webhook sender (when on) decides which
 * event, if any, Codat sends for it.
 */
export type FakeChange =
  | {
      /** A connection was created (`previous: null`) or its status changed. */
      kind: 'connectionStatus';
      connection: ConnectionRecord;
      previous: ConnectionStatus | null;
    }
  | {
      /** Consent failed (cancelled, or refused by Xero): an active error was listed on it. */
      kind: 'connectionFailed';
      connection: ConnectionRecord;
    }
  | {
      /** A connection was deleted; the record is as it was just before. */
      kind: 'connectionDeleted';
      connection: ConnectionRecord;
    }
  | {
      /** A source account's feed status changed. */
      kind: 'feedStatus';
      connectionId: string;
      account: SourceAccountRecord;
      previous: SourceAccountStatus;
    }
  | {
      /** A push operation left `Pending`: `Success`, `Failed` or `TimedOut`. */
      kind: 'pushSettled';
      operation: PushOperationRecord;
    };
