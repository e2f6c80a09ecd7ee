import type {
  BrowserEndpoint,
  BankFeedAccountMapping,
  BankFeedAccountMappingResponse,
  BankFeedMapping,
  BankTransaction,
  Company,
  CompanyAccessToken,
  CompanyId,
  CompanyInformation,
  CompanyRequestBody,
  Connection,
  ConnectionId,
  CreateBankTransactionsResponse,
  Page,
  PageQuery,
  PushOperation,
  PushOperationKey,
  SourceAccount,
  SourceAccountBatchResult,
  SourceAccountId,
  SourceAccountPrototype,
  SourceAccountUpdate,
} from '@bankfeeds/model';
import type { Clock } from '../internal/clock';
import type { BankFeedsAuth } from './auth';
import type { ClientLogEntry } from './request';
import type { RetryOptions } from './retry';

/** Options of {@link createBankFeedsClient}. */
export interface BankFeedsClientOptions {
  /** Codat's API (`https://api.codat.io`) or the bank's own proxy in front of it. */
  baseUrl: string;
  /** How requests are authenticated; see {@link BankFeedsAuth}. */
  auth: BankFeedsAuth;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /** Retry policy, or `false` for a single attempt. @default DEFAULT_RETRY */
  retry?: Partial<RetryOptions> | false;
  /** Time allowed for one attempt, reply body included, before it fails with `timeout`. @default 30000 */
  timeoutMs?: number;
  /** Extra headers for every request (they never replace `Authorization`). */
  headers?: Record<string, string>;
  /** Replaces the clock, the sleep or the randomness (tests). */
  clock?: Partial<Clock>;
  /** Receives one entry per request, reply, retry and failure; entries never carry secrets. */
  log?: (entry: ClientLogEntry) => void;
  /**
   * Requests of this client in flight per company, at most (Codat allows 10 concurrent requests
   * per company); more wait their turn. A 429's `Retry-After` also holds every request of the
   * client to that company, not only the refused one. @default 10
   */
  maxConcurrentPerCompany?: number;
  /**
   * Codat's 429 holds shared with other processes on the same API key (a table in the bank's
   * database): each `Retry-After` this client receives is written with `hold`, and before a
   * request to a company the client reads `get` (at most once per 250 ms per company) and waits
   * until then. Without it, a 429 holds only this client's requests.
   */
  rateHolds?: SharedRateHolds;
}

/**
 * Where several processes share Codat's 429 holds. A scope is a company id; times are
 * milliseconds since the epoch, by the client's clock. Failures are ignored (the request goes
 * on under this process's own hold), so a database hiccup never stops a push.
 */
export interface SharedRateHolds {
  /** Until when the scope is held, or 0 (a time in the past means no hold). */
  get(scope: string): Promise<number>;
  /** Holds the scope until `untilMs`, keeping a later hold already stored. */
  hold(scope: string, untilMs: number): Promise<void>;
}

/** Options every method takes. */
export interface CallOptions {
  /** Cancels the call, its retries and their waits; the call then fails with `aborted`. */
  signal?: AbortSignal;
}

/** Query options of a transactions push. */
export interface PushOptions extends CallOptions {
  /** How long Codat keeps trying the write before the operation becomes `TimedOut`. */
  timeoutInMinutes?: number;
  /** Whether Codat syncs the account after the push. @default true (Codat's default) */
  allowSyncOnPushComplete?: boolean;
}

/** A company's fields to change; absent fields stay as they are. */
export type CompanyUpdate = Partial<CompanyRequestBody>;

/**
 * The typed Codat Bank Feeds client. Every reply is parsed by the model; every failure is a
 * `BankFeedsError`. Each method is one endpoint of the model's `ENDPOINTS` table (same name, bar
 * `disconnectSourceAccount` and `iteratePushOperations`, built on `updateSourceAccount` and
 * `listPushOperations`). Ids are the model's flavoured ids: a plain string fits, but an id typed as
 * another kind (a `ConnectionId` given as the `companyId`) is a type error.
 */
export interface BankFeedsClient {
  /** `GET /companies`: one page of companies, optionally only those whose tags match. */
  listCompanies(
    query?: PageQuery & {
      /**
       * Codat's tags filter, in its query language: `=`, `!=` and `~` (contains), conditions
       * joined by `&&`, for example `region=uk && team=invoice-finance`. A malformed filter
       * fails with `bad-request`.
       */
      tags?: string;
    },
    options?: CallOptions,
  ): Promise<Page<Company>>;
  /** `POST /companies`. Not retried. */
  createCompany(body: CompanyRequestBody, options?: CallOptions): Promise<Company>;
  /** `GET /companies/{companyId}`. */
  getCompany(companyId: CompanyId, options?: CallOptions): Promise<Company>;
  /** `PATCH /companies/{companyId}`: changes only the given fields. */
  updateCompany(companyId: CompanyId, body: CompanyUpdate, options?: CallOptions): Promise<Company>;
  /** `PUT /companies/{companyId}`: replaces name, description and tags. */
  replaceCompany(
    companyId: CompanyId,
    body: CompanyRequestBody,
    options?: CallOptions,
  ): Promise<Company>;
  /** `DELETE /companies/{companyId}`: deletes its connections and data, irreversibly. */
  deleteCompany(companyId: CompanyId, options?: CallOptions): Promise<void>;
  /** `GET /companies/{companyId}/accessToken`: a Bearer token for browser use, valid one day. */
  getAccessToken(companyId: CompanyId, options?: CallOptions): Promise<CompanyAccessToken>;

  /** `GET /companies/{companyId}/connections`: one page of connections. */
  listConnections(
    companyId: CompanyId,
    query?: PageQuery,
    options?: CallOptions,
  ): Promise<Page<Connection>>;
  /** `POST /companies/{companyId}/connections`: a new connection (`PendingAuth`, with a `linkUrl`). @default platformKey `gbol` (Xero) */
  createConnection(
    companyId: CompanyId,
    body?: { platformKey: string },
    options?: CallOptions,
  ): Promise<Connection>;
  /** `GET /companies/{companyId}/connections/{connectionId}`. */
  getConnection(
    companyId: CompanyId,
    connectionId: ConnectionId,
    options?: CallOptions,
  ): Promise<Connection>;
  /** `PATCH …/connections/{connectionId}` with `Unlinked`: deauthorises, keeps the data. */
  unlinkConnection(
    companyId: CompanyId,
    connectionId: ConnectionId,
    options?: CallOptions,
  ): Promise<Connection>;
  /** `DELETE …/connections/{connectionId}`: revokes and removes it, irreversibly. */
  deleteConnection(
    companyId: CompanyId,
    connectionId: ConnectionId,
    options?: CallOptions,
  ): Promise<void>;

  /** `GET …/connectionInfo/bankFeedAccounts`: every source account (not paged). */
  listSourceAccounts(
    companyId: CompanyId,
    connectionId: ConnectionId,
    options?: CallOptions,
  ): Promise<SourceAccount[]>;
  /** `POST …/connectionInfo/bankFeedAccounts`: registers one source account. Not retried. */
  createSourceAccount(
    companyId: CompanyId,
    connectionId: ConnectionId,
    account: SourceAccountPrototype,
    options?: CallOptions,
  ): Promise<SourceAccount>;
  /**
   * `POST …/connectionInfo/bankFeedAccounts/batch`: per-item results. A 207 (some items failed)
   * and a 409 (none created, e.g. all registered already) resolve too: read each item's result.
   */
  createSourceAccounts(
    companyId: CompanyId,
    connectionId: ConnectionId,
    accounts: SourceAccountPrototype[],
    options?: CallOptions,
  ): Promise<SourceAccountBatchResult[]>;
  /** `PATCH …/bankFeedAccounts/{id}`: name, balance (not while connected) or `disconnected`. */
  updateSourceAccount(
    companyId: CompanyId,
    connectionId: ConnectionId,
    update: SourceAccountUpdate,
    options?: CallOptions,
  ): Promise<SourceAccount>;
  /** Stops an account's feed (`PATCH` to `disconnected`); it can then be mapped again. */
  disconnectSourceAccount(
    companyId: CompanyId,
    connectionId: ConnectionId,
    accountId: SourceAccountId,
    options?: CallOptions,
  ): Promise<SourceAccount>;
  /** `DELETE …/bankFeedAccounts/{id}`: removes the account and its mapping. */
  deleteSourceAccount(
    companyId: CompanyId,
    connectionId: ConnectionId,
    accountId: SourceAccountId,
    options?: CallOptions,
  ): Promise<void>;

  /** `GET …/bankFeedAccounts/mapping`: each source account with its target and target options. */
  getMappings(
    companyId: CompanyId,
    connectionId: ConnectionId,
    options?: CallOptions,
  ): Promise<BankFeedMapping[]>;
  /** `POST …/bankFeedAccounts/mapping`: maps one source account. Not retried. */
  createMapping(
    companyId: CompanyId,
    connectionId: ConnectionId,
    body: BankFeedAccountMapping,
    options?: CallOptions,
  ): Promise<BankFeedAccountMappingResponse>;

  /** `GET …/bankFeeds/info`: the connected Xero organisation. */
  getCompanyInformation(
    companyId: CompanyId,
    connectionId: ConnectionId,
    options?: CallOptions,
  ): Promise<CompanyInformation>;

  /**
   * `POST …/push/bankAccounts/{accountId}/bankTransactions`: at most 1000 lines for one source
   * account; replies with a `Pending` push operation. Not retried (except on a 429).
   */
  pushBankTransactions(
    companyId: CompanyId,
    connectionId: ConnectionId,
    accountId: SourceAccountId,
    transactions: BankTransaction[],
    options?: PushOptions,
  ): Promise<CreateBankTransactionsResponse>;
  /** `GET /companies/{companyId}/push/{pushOperationKey}`. */
  getPushOperation(
    companyId: CompanyId,
    pushOperationKey: PushOperationKey,
    options?: CallOptions,
  ): Promise<PushOperation>;
  /** `GET /companies/{companyId}/push`: one page of push operations. */
  listPushOperations(
    companyId: CompanyId,
    query?: PageQuery,
    options?: CallOptions,
  ): Promise<Page<PushOperation>>;
  /** Every push operation matching `query`, page after page. */
  iteratePushOperations(
    companyId: CompanyId,
    query?: PageQuery,
    options?: CallOptions,
  ): AsyncGenerator<PushOperation, void, undefined>;
}

/**
 * The part of {@link BankFeedsClient} a browser uses: the methods of the model's
 * `BROWSER_ENDPOINTS` (the endpoints `@bankfeeds/server`'s proxy allows) and
 * `disconnectSourceAccount`. What `createProxyClient` returns, and what the stores and
 * `BankFeedsProvider` take; a full `BankFeedsClient` fits it too.
 */
export type BrowserClient = Pick<BankFeedsClient, BrowserEndpoint | 'disconnectSourceAccount'>;

/**
 * How a browser authenticates to the bank's own server: `none` (its session cookie, sent by the
 * browser) or `accessToken` (a Bearer token of the bank's, renewed once after a 401). Never an
 * API key.
 */
export type ProxyClientAuth = Exclude<BankFeedsAuth, { type: 'apiKey' }>;

/** Options of `createProxyClient`. */
export interface ProxyClientOptions extends Omit<BankFeedsClientOptions, 'auth' | 'rateHolds'> {
  /** Where the bank's server answers the browser's calls (`@bankfeeds/server`'s proxy), such as `/bankfeeds`. */
  baseUrl: string;
  /** @default { type: 'none' } */
  auth?: ProxyClientAuth;
}
