import type { BankFeedsClient, PushOutcome } from '@bankfeeds/client';
import type { PushOperationStatus } from '@bankfeeds/model';
import type { CustomerDirectory, Logger } from '../bank';
import type { BankFeedsStore } from '../store/types';

/** How one source account's push went. */
export interface AccountPushResult {
  sourceAccountId: string;
  /**
   * `skipped`: nothing new to send, or another instance is pushing the account now (`code`
   * `busy`); `error`: the call itself failed (see `code`); otherwise the kit's push outcome
   * (`success`, `invalid`, `failed`, `timed-out`, `uncertain`).
   */
  outcome: PushOutcome | 'skipped' | 'error';
  /** Lines Codat confirmed written in this run. */
  sent: number;
  /** Write operations of the push, in order (a resumed push lists its earlier ones too). */
  pushOperationKeys: string[];
  errors: string[];
  warnings: string[];
  /** The stable error code when the push stopped on an error (`bank-feeds-disabled`, ...). */
  code?: string;
}

/** What a push run did for one customer. */
export interface PushSummary {
  customerId: string;
  companyId: string;
  results: AccountPushResult[];
}

/** What a run over every customer did. */
export interface PushAllSummary {
  customers: number;
  accounts: number;
  /** Lines Codat confirmed written in this run. */
  sent: number;
  /** Accounts by outcome, e.g. `{ success: 2990, uncertain: 3, error: 7 }`. */
  outcomes: Record<string, number>;
}

/** What Codat reported about one write operation (a `bankTransactions.write.*` webhook). */
export interface WriteReport {
  pushOperationKey: string;
  status: PushOperationStatus;
  connectionId: string | null;
}

/** A saved push that a write report settled (or moved on). */
export interface SettledWrite {
  sourceAccountId: string;
  /** Nothing of the push is left in doubt: its checkpoint is gone and its cursor final. */
  settled: boolean;
  /** The write was a request that had gone out without a reply, recognised by its lines. */
  adopted: boolean;
  /** The account's remaining lines, pushed once a success settled the push. */
  pushed?: AccountPushResult;
}

/** What the push job needs. */
export interface PushJobOptions {
  /** The kit's client with the Codat API key. */
  codat: BankFeedsClient;
  store: BankFeedsStore;
  customers: CustomerDirectory;
  /** Today's date where the bank operates (`YYYY-MM-DD`). */
  today: () => string;
  log: Logger;
  /** How long to wait between looks at a pending write operation. @default 1000 */
  pollIntervalMs?: number;
  /** How many looks before a push is reported as still pending. @default 30 */
  pollAttempts?: number;
  /** How long an account's lease lasts without renewal; an instance that dies lets go after it. @default 60000 */
  leaseMs?: number;
  /** Accounts pushed at once by `pushAll` in this instance. @default 4 */
  concurrency?: number;
}

/**
 * The push job: sends each connected account's new lines exactly once, with cursors, unsettled
 * pushes and per-account leases in the store, so any number of instances can run it at once.
 */
export interface PushJob {
  /** Pushes every `connected` account of one customer; `null` when they are not set up yet. */
  pushCustomer(customerId: string): Promise<PushSummary | null>;
  /**
   * Pushes one account when Codat says, now, that its feed is `connected` (the
   * `bankFeeds.sourceAccount.connected` webhook); `null` when it is not.
   */
  pushAccountIfConnected(
    customerId: string,
    sourceAccountId: string,
  ): Promise<AccountPushResult | null>;
  /**
   * Settles the saved push holding a write operation Codat reported on (a
   * `bankTransactions.write.*` webhook), then, after a success, pushes the account's remaining
   * lines; `null` when no unsettled push of the customer holds the write.
   */
  settleWrite(customerId: string, report: WriteReport): Promise<SettledWrite | null>;
  /** Every linked customer, `concurrency` accounts at a time; a failed account does not stop the others. */
  pushAll(options?: { signal?: AbortSignal }): Promise<PushAllSummary>;
}
