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
 * `sending`: leaving now; a checkpoint that stops here is read as `uncertain`; `uncertain`: it
 * went out and its outcome is unknown (a 5xx, a timeout, a dropped connection, an unreadable
 * 2xx), so it is never sent again before Codat's record is read (see {@link reconcilePush});
 * `accepted`: Codat replied with a push operation, being followed; `success`/`failed`/`timed-out`:
 * the operation's outcome (`timed-out` may still land: a resume reads it again first).
 */
export type PushChunkState =
  'pending' | 'sending' | 'uncertain' | 'accepted' | 'success' | 'failed' | 'timed-out';

/**
 * How a `success` request was recognised, when it was not simply its own operation's `Success`:
 * `reconciled`: its reply was lost (or its operation timed out) and Codat's record showed a write
 * that created exactly its lines; `already-written`: Xero refused it as a duplicate statement
 * of exactly its lines, which an earlier copy of the same request had written.
 */
export type PushResolution = 'reconciled' | 'already-written';

/** One request of a push in a checkpoint; the ids let a resume check it has the same lines. */
export interface PushChunkRecord {
  index: number;
  count: number;
  firstId: string;
  lastId: string;
  state: PushChunkState;
  pushOperationKey: string | null;
  /**
   * When the request last left, by the client's clock (ISO 8601): reconciliation looks at Codat's
   * push operations requested from then on (less `clockSkewMs`). Absent in checkpoints saved by
   * older versions: every operation of the connection is looked at.
   */
  sentAt?: string | null;
  /** How a `success` was recognised, when not by its own operation's `Success`. */
  resolution?: PushResolution;
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
 * sent); `timed-out`: Codat stopped waiting for Xero (the write may still land; a resume reads the
 * operation again and sends the lines again only when it shows none of them written, a copy that
 * landed meanwhile then comes back as Xero's duplicate refusal, recognised as already written);
 * `uncertain`: a request's outcome is still unknown after reading Codat's record (a write of the
 * connection still `Pending`, or more than one write that created its lines), so the push stops
 * rather than risk sending its lines twice. Resume later: it reconciles again first.
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
  /**
   * Requests (indexes) Xero refused as duplicates of exactly their own lines, in this run or an
   * earlier one: they count as written (their chunk's `resolution` is `already-written`). Worth a
   * log line: an earlier copy of the request landed although its reply said otherwise.
   */
  alreadyWritten: number[];
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
  /**
   * How far the client's clock may be ahead of Codat's: reconciliation looks at push operations
   * requested from `sentAt - clockSkewMs`. @default 300000 (five minutes)
   */
  clockSkewMs?: number;
  /**
   * Sends of one request in one run, when Codat's record shows an unanswered one was not
   * written; after the last the push rejects with the request's error. @default 3
   */
  maxSends?: number;
  /** Passed to Codat: how long it keeps trying the write. */
  timeoutInMinutes?: number;
  /** How the push operations are followed. @default DEFAULT_POLL */
  poll?: Partial<PollOptions>;
  clock?: Partial<Clock>;
}

/** The lines a push takes: the model's bank transaction. */
export type PushLine = BankTransaction;
