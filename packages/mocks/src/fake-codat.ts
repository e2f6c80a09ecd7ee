/**
 * The fake's public shapes: how to start one and what it can do. The factory is in create-fake.ts.
 */
import type {
  BankFeedMappingBody,
  CalendarDate,
  Page,
  PushOperationBody,
  TargetAccount,
} from '@bankfeeds/model';
import type * as tokens from './fake/access-tokens';
import type * as companies from './fake/companies';
import type { CompanyInformationBody } from './fake/company-info';
import type * as connections from './fake/connections';
import type * as mapping from './fake/mapping';
import type { TargetAccountSeed } from './fake/organisation';
import type { RawPageQuery } from './fake/paging';
import type * as push from './fake/push';
import type { Admission, RateLimitOptions } from './fake/rate-limits';
import type * as sourceAccounts from './fake/source-accounts';
import type { XeroOrganisation } from './fake/state';
import type { StatementLine } from './fake/xero-ledger';
import type { FaultRule } from './faults';
import type { ScenarioIds, ScenarioName } from './scenarios';
import type { FakeWebhookOptions, FakeWebhooks } from './webhooks/outbox';

/** How to start a fake. */
export interface FakeCodatOptions {
  /** Named starting state. @default 'default' */
  scenario?: ScenarioName;
  /** Seed of every generated id, token and injected fault. @default 1 */
  seed?: number;
  /** The fake's today (`YYYY-MM-DD`) for Xero's date rules. @default todayIn() (the local day) */
  today?: string;
  /** Base of every connection's `linkUrl` and of the simulated Xero consent. @default 'https://link-api.codat.io' */
  linkBaseUrl?: string;
  /**
   * Codat's own company limit: most companies that may exist at once; the next create answers
   * Codat's 402 (Codat's free trial allows 50). @default 50
   */
  companyLimit?: number;
  /**
   * Xero's limit for an app that is not a Xero App Partner: most organisations (Linked
   * connections) connected at once. Consent for one more fails at consent, not at company
   * create: the status stays, an error is listed and `connection.failed` is sent. @default 25
   */
  xeroOrganisationLimit?: number;
  /**
   * Reads that still answer `connecting` (mapping) or `Pending` (push operation) before they
   * settle; raise them to test polling. @default { mapping: 0, push: 0 } (the next read settles)
   */
  pendingReads?: { mapping?: number; push?: number };
  /**
   * Reads (of the mapping or the account list) after a mapping POST that still answer `pending`,
   * as Codat warns: "Sometimes the mapping isn't immediately saved … and its status … remains
   * pending". Then `connecting` and `connected` follow as {@link pendingReads} says. Raise it to
   * test a poller that must not read `pending` as "not submitted". @default 0
   */
  mappingPendingReads?: number;
  /**
   * Minutes Xero takes to write (or refuse) a push, on the fake's clock: until then the operation
   * reads `Pending`. A push whose `timeoutInMinutes` runs out first reads `TimedOut` (and Xero
   * may still write it, see `timedOutWrites`). The clock moves one second per timestamp, so move
   * it with {@link FakeCodat.advanceClock}. @default 0 (Xero writes before the next request)
   */
  xeroWriteMinutes?: number;
  /**
   * What Xero does with a push Codat gave up on (`TimedOut`) before Xero finished. `land`: Xero
   * still writes it when its time comes (its duplicate check included); the operation stays
   * `TimedOut` and its `changes` then list the lines created. Codat's push docs: a timeout "only
   * changes the status" and the write "may still create or change the data". `never`: Codat
   * drops it and nothing is written (kinder than Codat). @default 'land'
   */
  timedOutWrites?: 'land' | 'never';
  /**
   * Enforces Codat's rate limits with these figures: past them a request answers Codat's 429
   * with `Retry-After` (seconds) and nothing of it is applied. Codat's own figures: 10 requests
   * in flight per company, 1,000 a minute per IP address, and a daily quota (shown in the
   * `X-Rate-Limit-*` headers, not enforced). @default undefined (not enforced)
   */
  rateLimits?: RateLimitOptions;
  /**
   * Sends Codat's webhooks for the changes the fake models (feeds connected or disconnected,
   * connections created, linked, failed, lost, re-linked or deleted, push operations settled),
   * signed as Svix signs Codat's (`webhook-*` and `svix-*` headers), after the request that
   * caused them, and retried on Codat's schedule on the fake's clock (a failed attempt waits
   * until {@link FakeCodat.advanceClock} moves past it). Inspect and await them through
   * {@link FakeCodat.webhooks}. @default undefined (no webhooks)
   */
  webhooks?: FakeWebhookOptions;
}

/** Rate-limit figures for the `X-Rate-Limit-*` headers. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  /** When the daily quota resets (00:00 UTC after the fake's today). */
  reset: string;
}

/**
 * The in-memory Codat + Xero. Each method is one API operation: it answers the reply body (built
 * from the model's types and checked with its schemas) or throws a {@link FakeCodatError} with
 * Codat's status and error body. The handlers are a thin HTTP layer over these; tests and stories
 * may call them directly to arrange state.
 */
export interface FakeCodat {
  /** The scenario it started from. */
  readonly scenario: ScenarioName;
  /** Its seed. */
  readonly seed: number;
  /** Its today (`YYYY-MM-DD`). */
  readonly today: CalendarDate;
  /** Base of `linkUrl`s and of the simulated consent routes. */
  readonly linkBaseUrl: string;
  /** The company and connection the scenario seeded. */
  readonly ids: ScenarioIds;
  /** Faults the scenario brings (only `flaky` has any); the handlers add them to their own. */
  readonly scenarioFaults: readonly FaultRule[];
  /**
   * The webhooks sent so far and a way to wait for those on their way (`await
   * fake.webhooks.flush()`). Without the `webhooks` option: disabled, and always empty.
   */
  readonly webhooks: FakeWebhooks;

  /** `POST /companies` (402 past the company limit). */
  createCompany(body: unknown): companies.CompanyBody;
  /** `GET /companies/{id}`. */
  getCompany(companyId: string): companies.CompanyBody;
  /** `GET /companies`, paged; `tags` filters by company tags (`=`, `!=`, `~`, joined by `&&`). */
  listCompanies(query?: companies.CompanyListQuery): Page<companies.CompanyBody>;
  /** `PUT` when `replace` is true, else `PATCH`. */
  updateCompany(companyId: string, body: unknown, replace?: boolean): companies.CompanyBody;
  /** `DELETE /companies/{id}` with its connections, accounts, operations and tokens. */
  deleteCompany(companyId: string): void;
  /** `GET /companies/{id}/accessToken`: a new bearer token for that company. */
  getAccessToken(companyId: string): tokens.CompanyAccessTokenBody;
  /** The company of a live token the fake minted, else `null`. */
  companyOfToken(token: string): string | null;
  /** Expires every token minted so far (their next use answers 401). */
  expireAccessTokens(): void;

  /** `POST /companies/{id}/connections`: a Xero connection in `PendingAuth`. */
  createConnection(companyId: string, body: unknown): connections.ConnectionBody;
  /** `GET …/connections/{id}`. */
  getConnection(companyId: string, connectionId: string): connections.ConnectionBody;
  /** `GET …/connections`, paged. */
  listConnections(companyId: string, query?: RawPageQuery): Page<connections.ConnectionBody>;
  /** Unlinks a `Linked` connection (the body defaults to `{status: "Unlinked"}`). */
  unlinkConnection(
    companyId: string,
    connectionId: string,
    body?: unknown,
  ): connections.ConnectionBody;
  /** `DELETE …/connections/{id}` with its source accounts. */
  deleteConnection(companyId: string, connectionId: string): void;
  /**
   * The simulated Xero consent: `PendingAuth`, `Deauthorized` or `Unlinked` becomes `Linked`.
   * Without a source account on the connection, or past `xeroOrganisationLimit`, consent fails
   * instead: the status stays, an error is listed and `connection.failed` is sent.
   */
  authorizeConnection(companyId: string, connectionId: string): connections.ConnectionBody;
  /**
   * The user cancels the consent: the status stays, Codat's "User cancelled linking" error is
   * listed on the connection and `connection.failed` is sent.
   */
  denyConnection(companyId: string, connectionId: string): connections.ConnectionBody;
  /**
   * Opens a `linkUrl` with its one-time password (what the consent page does): the Xero
   * organisation's name and the connection's status, or `null` when the password is unknown,
   * expired (one day after it was handed out, on the fake's clock) or already used.
   */
  openLink(
    companyId: string,
    connectionId: string,
    otp: string | null,
  ): { organisation: string; status: connections.ConnectionBody['status'] } | null;
  /**
   * Allows (`true`) or cancels (`false`) consent with a link's one-time password, as the consent
   * page's buttons do: then as {@link FakeCodat.authorizeConnection} or
   * {@link FakeCodat.denyConnection}; `null` (nothing changes) when the password is unknown,
   * expired or its consent already decided.
   */
  consentThroughLink(
    companyId: string,
    connectionId: string,
    otp: string | null,
    allow: boolean,
  ): connections.ConnectionBody | null;
  /**
   * The user removes a connected feed inside Xero: the source account turns `disconnected` and
   * `bankFeeds.sourceAccount.disconnected` is sent. Throws when the account is not connected.
   */
  disconnectFeedInXero(
    companyId: string,
    connectionId: string,
    accountId: string,
  ): sourceAccounts.SourceAccountBody;
  /** Xero revokes access: the connection becomes `Deauthorized`. */
  deauthorizeConnection(companyId: string, connectionId: string): connections.ConnectionBody;

  /** `POST …/connectionInfo/bankFeedAccounts`. */
  createSourceAccount(
    companyId: string,
    connectionId: string,
    body: unknown,
  ): sourceAccounts.SourceAccountBody;
  /** `POST …/connectionInfo/bankFeedAccounts/batch`: the status (201/207/409) and the items. */
  createSourceAccounts(
    companyId: string,
    connectionId: string,
    body: unknown,
  ): { status: 201 | 207 | 409; body: sourceAccounts.SourceAccountBatchItem[] };
  /** `GET …/connectionInfo/bankFeedAccounts` (a read: settles `connecting` mappings). */
  listSourceAccounts(companyId: string, connectionId: string): sourceAccounts.SourceAccountBody[];
  /** `PATCH …/connectionInfo/bankFeedAccounts/{id}`. */
  updateSourceAccount(
    companyId: string,
    connectionId: string,
    accountId: string,
    body: unknown,
  ): sourceAccounts.SourceAccountBody;
  /** `DELETE …/connectionInfo/bankFeedAccounts/{id}`. */
  deleteSourceAccount(companyId: string, connectionId: string, accountId: string): void;

  /** `GET …/bankFeedAccounts/mapping` (a read: settles `connecting` mappings). */
  getMapping(companyId: string, connectionId: string): BankFeedMappingBody[];
  /** `POST …/bankFeedAccounts/mapping`. */
  createMapping(
    companyId: string,
    connectionId: string,
    body: unknown,
  ): mapping.MappingResponseBody;
  /** `GET …/bankFeeds/info`. */
  getCompanyInformation(companyId: string, connectionId: string): CompanyInformationBody;

  /** `POST …/push/bankAccounts/{id}/bankTransactions`: a `Pending` operation. */
  pushBankTransactions(
    companyId: string,
    connectionId: string,
    accountId: string,
    body: unknown,
    query?: push.PushQuery,
  ): push.PushReplyBody;
  /** `GET /companies/{id}/push/{key}` (a read: may settle the operation). */
  getPushOperation(companyId: string, pushOperationKey: string): PushOperationBody;
  /** `GET /companies/{id}/push`, paged (a read of each operation listed). */
  listPushOperations(companyId: string, query?: RawPageQuery): Page<PushOperationBody>;
  /**
   * The statement lines Xero has written to a source account's feed, in the order it wrote them
   * (a copy; empty when none). Like every call, it first lets Xero write whatever is due on the
   * fake's clock, so a push whose reply was lost shows here without anyone reading it first.
   */
  statementLines(connectionId: string, accountId: string): StatementLine[];

  /** The Xero organisation behind a connection (a copy; change it with the methods below). */
  getOrganisation(connectionId: string): XeroOrganisation;
  /** Changes a Xero organisation's settings, e.g. `{ bankFeedsEnabled: false }`. */
  updateOrganisation(connectionId: string, patch: Partial<Omit<XeroOrganisation, 'targets'>>): void;
  /** Adds a bank account to a Xero organisation and returns it with its new id. */
  addTargetAccount(connectionId: string, seed: TargetAccountSeed): TargetAccount;

  /**
   * Moves the fake's clock `ms` forward, as if that much time passed between requests: later
   * timestamps, push deadlines (`timeoutInMinutes`) and a slow Xero (`xeroWriteMinutes`) follow
   * it, and so do webhook retries: a delivery that failed is attempted again once the clock
   * passes its next slot (see `fake.webhooks.nextRetryAt`; `await fake.webhooks.flush()` after
   * moving it). `today`, which Xero's date rules use, stays as it is.
   */
  advanceClock(ms: number): void;
  /**
   * The fake's clock in milliseconds since the epoch (the time its next timestamp will carry),
   * without moving it. Webhook timestamps come from this clock: a receiver that checks them
   * against its own clock needs this one.
   */
  clockTime(): number;

  /** Counts one answered request and returns the rate-limit figures for its headers. */
  recordRequest(): RateLimitState;
  /**
   * Lets a request through Codat's rate limits (the `rateLimits` option), counting it in flight
   * for its company (`null` off a company's paths) until `release()`; or says how many seconds
   * to wait. Without the option every request is let through.
   */
  admitRequest(companyId: string | null): Admission;
  /** Requests of a company in flight now (let through and not yet released). */
  requestsInFlight(companyId: string): number;
}
