import type { PushCheckpoint } from '@bankfeeds/client';

/**
 * THE STORE CONTRACT of `@bankfeeds/server`. Everything the package remembers lives behind this
 * interface, in one SQL schema shared by two implementations: PostgreSQL through `pg` (production,
 * several instances) and PGlite (embedded, a directory, nothing to install). Every method is one
 * statement or one transaction, so several server instances on one database stay correct.
 */
export interface BankFeedsStore {
  readonly links: CompanyLinks;
  readonly pushes: AccountPushes;
  readonly webhookMessages: WebhookMessages;
  readonly connectionEvents: ConnectionEvents;
  readonly rateHolds: RateHolds;
  /** Closes the pool or the embedded database. The store is unusable afterwards. */
  close(): Promise<void>;
}

/** Where a customer's bank feeds live at Codat. */
export interface CompanyLink {
  /** The bank's own customer id (a business). */
  customerId: string;
  companyId: string;
  /** The Xero connection, once created. */
  connectionId: string | null;
}

/**
 * Which Codat company belongs to which customer. This link, not anything the browser sends,
 * decides what a customer may reach through the proxy.
 */
export interface CompanyLinks {
  get(customerId: string): Promise<CompanyLink | null>;
  /** Inserts or replaces the customer's link. */
  set(link: CompanyLink): Promise<void>;
  /** Whose company this is: webhooks name the company, not the customer. */
  findByCompany(companyId: string): Promise<CompanyLink | null>;
  /** Links with a connection, ordered by customer id, after `after` (paging for the push job). */
  list(page: { after?: string; limit: number }): Promise<CompanyLink[]>;
}

/** Per source account, the last transaction Codat accepted (where the next push starts). */
export interface PushCursor {
  lastTransactionId: string;
  lastDate: string;
}

/**
 * A push of one source account that has not settled: a request went out with no reply
 * (`uncertain`), or Codat has not said how its write ended (`timed-out`). Enough to resume it
 * over the very same lines, or to settle it from a `bankTransactions.write.*` webhook.
 */
export interface SavedPush {
  connectionId: string;
  /** The account's cursor when the push started: its lines are the ones after this id. */
  startAfterId: string | null;
  /** The first date its lines were read from (the feed start date on a first push). */
  fromDate: string;
  /** The date of each request's last line, so settling a request can move the cursor. */
  chunkEndDates: string[];
  /** The kit's checkpoint, as `pushTransactions` reported it last. */
  checkpoint: PushCheckpoint;
}

/** One source account's push state: its cursor and its unsettled push, read together. */
export interface AccountPushState {
  cursor: PushCursor | null;
  saved: SavedPush | null;
}

/** A saved push with the source account it belongs to. */
export interface SavedAccountPush {
  sourceAccountId: string;
  saved: SavedPush;
}

/** How one account's push run ended, as recorded for the bank's operators. */
export interface PushRunRecord {
  companyId: string;
  sourceAccountId: string;
  /** `success`, `invalid`, `failed`, `timed-out`, `uncertain`, `skipped`, `error`. */
  outcome: string;
  /** Lines Codat confirmed written in this run. */
  sent: number;
  code: string | null;
  errors: string[];
  startedAt: string;
  finishedAt: string;
}

/**
 * Cursors, unsettled pushes, per-account leases and run records. The cursor and the saved push of
 * an account are written in one transaction (`save`), so they never describe different states.
 */
export interface AccountPushes {
  get(companyId: string, sourceAccountId: string): Promise<AccountPushState>;
  /**
   * Writes what is given in one transaction: `cursor` when present; `saved` when present
   * (`null` deletes the saved push). Fields left out are not touched.
   */
  save(
    companyId: string,
    sourceAccountId: string,
    update: { cursor?: PushCursor; saved?: SavedPush | null },
  ): Promise<void>;
  /** Every unsettled push of a company (a webhook names the company, not the account). */
  listUnsettled(companyId: string): Promise<SavedAccountPush[]>;
  /**
   * Takes the account for `holder` for `leaseMs`, unless another holder's lease is still running.
   * A lease, not a process lock: an instance that dies lets go when its lease runs out.
   */
  claim(
    companyId: string,
    sourceAccountId: string,
    holder: string,
    leaseMs: number,
  ): Promise<boolean>;
  /** Extends `holder`'s lease; `false` when it was lost (ran out and taken by another). */
  renew(
    companyId: string,
    sourceAccountId: string,
    holder: string,
    leaseMs: number,
  ): Promise<boolean>;
  /** Lets go of `holder`'s lease (nothing happens when another holder has it). */
  release(companyId: string, sourceAccountId: string, holder: string): Promise<void>;
  recordRun(run: PushRunRecord): Promise<void>;
  /** The latest runs of a company, newest first. */
  listRuns(companyId: string, limit: number): Promise<PushRunRecord[]>;
}

/**
 * Where a webhook message stands: `claimed` now by this caller, being handled by another delivery
 * (`in-progress`), or handled before (`done`).
 */
export type MessageClaim = 'claimed' | 'in-progress' | 'done';

/**
 * Webhook messages by their id (`webhook-id` / `svix-id`, the same on every retry), so each is
 * handled once across all instances: `claim` is an insert on a unique key; a claim left by a
 * process that died runs out after `leaseMs` and the next delivery can take it.
 */
export interface WebhookMessages {
  claim(messageId: string, leaseMs: number): Promise<MessageClaim>;
  /** Handled: later deliveries are answered without running it. */
  finish(messageId: string): Promise<void>;
  /** Handling failed: the next delivery (Codat retries) may claim it again. */
  release(messageId: string): Promise<void>;
  /** Drops messages handled before `beforeMs` (Codat's retries end within days). */
  forget(beforeMs: number): Promise<number>;
}

/**
 * The latest connection status change Codat reported by webhook: `lost` after
 * `connection.disconnected`, not after `connection.connected` / `connection.reconnected`.
 */
export interface ConnectionEvent {
  lost: boolean;
  /** The event's `generatedDate`: an older event delivered late never overrides a newer one. */
  at: string;
}

export interface ConnectionEvents {
  get(connectionId: string): Promise<ConnectionEvent | null>;
  /** Keeps the event only when it is newer than the one stored (one statement). */
  set(connectionId: string, event: ConnectionEvent): Promise<void>;
}

/**
 * Codat's 429 `Retry-After`, shared by every instance: a hold on a scope (a company id, or
 * `'*'` for the whole API key) until a time in milliseconds since the epoch.
 */
export interface RateHolds {
  /** Until when the scope is held, or 0. */
  get(scope: string): Promise<number>;
  /** Holds the scope until `untilMs`, keeping a later hold already stored. */
  hold(scope: string, untilMs: number): Promise<void>;
}
