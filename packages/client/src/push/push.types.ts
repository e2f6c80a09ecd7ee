import type {
  BankTransaction,
  CalendarDate,
  PushOperation,
  SourceAccountStatus,
  TransactionValidation,
} from '@bankfeeds/model';
import type { BankFeedsError } from '../http/errors';
import type { Clock } from '../internal/clock';
import type { PollOptions } from '../internal/poll';

/**
 * Where one request of a push is. `pending`: not sent (or refused outright, safe to send);
 * `sending`: sent with no reply yet; if a push stops here nobody knows whether Codat took it;
 * `accepted`: Codat replied with a push operation, being followed; `success`/`failed`/`timed-out`:
 * the operation's outcome.
 */
export type PushChunkState =
  'pending' | 'sending' | 'accepted' | 'success' | 'failed' | 'timed-out';

/** One request of a push in a checkpoint; the ids let a resume check it has the same lines. */
export interface PushChunkRecord {
  index: number;
  count: number;
  firstId: string;
  lastId: string;
  state: PushChunkState;
  pushOperationKey: string | null;
}

/**
 * Where a push stands, as plain JSON: save it from `onCheckpoint` (a database row, a file) and
 * pass it back to resume. Lines in `success` or `accepted` requests are never sent again.
 */
export interface PushCheckpoint {
  version: 1;
  accountId: string;
  totalLines: number;
  chunkSize: number;
  chunks: PushChunkRecord[];
}

/** Progress of a push, reported after every step. */
export interface PushProgress {
  totalLines: number;
  /** Lines in requests Codat has accepted (or finished). */
  sentLines: number;
  /** Lines in requests whose operation succeeded. */
  confirmedLines: number;
  chunkCount: number;
  /** The request being worked on, or `null` when finished. */
  currentChunk: number | null;
  /** What is happening now. */
  phase: 'sending' | 'confirming' | 'done';
}

/**
 * How a push ended. `invalid`: the model's rules found errors, nothing was sent; `success`: every
 * line written; `failed`: a push operation failed (lines before it were written, none after it
 * sent); `timed-out`: Codat stopped waiting for Xero (the write may still land; resuming checks
 * again, never resends); `uncertain`: a request went out and no reply came back, so the push
 * stops rather than risk sending its lines twice (resume with `resendUncertain` once you know).
 */
export type PushOutcome = 'invalid' | 'success' | 'failed' | 'timed-out' | 'uncertain';

/** The outcome of {@link pushTransactions}. */
export interface PushResult {
  status: PushOutcome;
  /** The model's findings: errors (only with `invalid`) and warnings (sent anyway). */
  validation: TransactionValidation;
  /** The last known push operation of each request sent, in order. */
  operations: PushOperation[];
  checkpoint: PushCheckpoint;
  /** The request that stopped the push (`failed`, `timed-out`, `uncertain`). */
  stoppedAt: number | null;
  /** Why it stopped, with Codat's validation items for a failed operation. */
  error: BankFeedsError | null;
}

/** What {@link pushTransactions} needs besides the lines. */
export interface PushTransactionsOptions {
  /** Today where the business is, for the date rules. @default today in `timeZone` */
  today?: CalendarDate;
  timeZone?: string;
  /** The account's feed status when known; anything but `connected` is an error. */
  accountStatus?: SourceAccountStatus | null;
  /** The balance before the first line, to check the first balance too. */
  openingBalance?: number | null;
  /** A checkpoint saved from an earlier run over the same lines: resume from it. */
  checkpoint?: PushCheckpoint | null;
  /**
   * Called with a fresh checkpoint whenever it changes; save it to resume after a crash. A
   * returned promise is awaited before the push goes on (before each request leaves, too), so
   * saves land in order; a rejected save stops the push with that error, nothing more sent.
   * (Typed `unknown` so that `(c) => (saved = c)` still fits; only a promise is waited for.)
   */
  onCheckpoint?: (checkpoint: PushCheckpoint) => unknown;
  onProgress?: (progress: PushProgress) => void;
  /** Stops the push; it rejects with `aborted` and the last checkpoint stays valid. */
  signal?: AbortSignal;
  /** Lines per request, at most 1000. @default 1000 */
  chunkSize?: number;
  /** Send again requests that went out without a reply (only when you know Codat did not take them). @default false */
  resendUncertain?: boolean;
  /** Passed to Codat: how long it keeps trying the write. */
  timeoutInMinutes?: number;
  /** How the push operations are followed. @default DEFAULT_POLL */
  poll?: Partial<PollOptions>;
  clock?: Partial<Clock>;
}

/** The lines a push takes: the model's bank transaction. */
export type PushLine = BankTransaction;
