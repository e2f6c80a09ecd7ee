import type {
  CalendarDate,
  ConnectionSchema,
  ConnectionStatus,
  PushOperationBody,
  SourceAccountStatus,
  SourceAccountV2Schema,
  TargetAccount,
  InboundCreateBankTransactionsSchema,
} from '@bankfeeds/model';

/**
 * The fake's in-memory database. Records keep what Codat and Xero would store; replies are built
 * from them by the domain modules and checked with the model before they leave.
 */

/** What a schema accepts on the wire (its input side), without importing zod here. */
export type WireOf<Schema extends { _zod: { input: unknown } }> = Schema['_zod']['input'];

/** A Codat company. */
export interface CompanyRecord {
  id: string;
  name: string;
  description: string | null;
  tags: Record<string, string>;
  created: string;
}

/** An error Xero reported on a connection, as Codat lists it on the connection. */
export type DataConnectionErrorRecord = NonNullable<
  WireOf<typeof ConnectionSchema>['dataConnectionErrors']
>[number];

/**
 * The Xero organisation behind a connection: what the user consents to, its bank accounts
 * (the feed targets) and its settings. One organisation per connection, as Xero certification asks.
 */
export interface XeroOrganisation {
  name: string;
  baseCurrency: string;
  currencies: string[];
  multicurrencyEnabled: boolean;
  /** Whether the organisation and app may use Xero's Bank Feeds API (403 when not). */
  bankFeedsEnabled: boolean;
  planType: string | null;
  /** The organisation's BANK and CREDITCARD accounts. */
  targets: TargetAccount[];
}

/** A Codat data connection to Xero. */
export interface ConnectionRecord {
  id: string;
  companyId: string;
  status: ConnectionStatus;
  created: string;
  lastSync: string | null;
  errors: DataConnectionErrorRecord[];
  organisation: XeroOrganisation;
  /** One-time passwords of the `linkUrl`s handed out, by password (see `link-passwords.ts`). */
  linkPasswords: Map<string, LinkPasswordRecord>;
}

/** A `linkUrl`'s one-time password: it opens the consent page once, then decides it once. */
export interface LinkPasswordRecord {
  /** When it stops working: milliseconds on the fake's clock (one day after it was issued). */
  expiresAt: number;
  /** `issued`: not used yet; `opened`: its consent page was shown; `used`: consent decided. */
  state: 'issued' | 'opened' | 'used';
}

/** The routing and account-info blocks of a v2 source account, as sent on the wire. */
type SourceAccountV2Wire = WireOf<typeof SourceAccountV2Schema>;

/** A source account (one of the bank's accounts) registered on a connection. */
export interface SourceAccountRecord {
  id: string;
  /** The schema version it was created with; replies use the same version. */
  schemaVersion: 'v1' | 'v2';
  accountName: string | null;
  accountType: string | null;
  accountNumber: string | null;
  sortCode: string | null;
  routingInfo: SourceAccountV2Wire['routingInfo'] | null;
  accountInfo: SourceAccountV2Wire['accountInfo'] | null;
  currency: string | null;
  balance: number | null;
  modifiedDate: string | null;
  status: SourceAccountStatus;
  /** Calendar day the feed starts on, set by the mapping. */
  feedStartDate: CalendarDate | null;
  /** The Xero account the feed writes to; `null` while unmapped or when a new one is on its way. */
  targetAccountId: string | null;
  /** Reads of the mapping or the account list still to answer `connecting` before it settles. */
  readsBeforeConnected: number;
  /** Reads after a mapping POST still to answer `pending` (the mapping not yet saved). */
  pendingReadsLeft?: number;
  /** Whether the latest read answered `pending` for a mapping Codat had not saved yet. */
  answeringPending?: boolean;
}

/** What Xero made of a push operation when it wrote it (or refused it). */
export interface PushOutcome {
  status: 'Success' | 'Failed';
  statusCode: number;
  errorMessage: string | null;
  validation: NonNullable<PushOperationBody['validation']>;
  changes: NonNullable<PushOperationBody['changes']>;
  /** The account's balance after the last line, applied when the operation succeeds. */
  closingBalance: number | null;
}

/** A write ("push") operation of bank transactions. */
export interface PushOperationRecord {
  key: string;
  companyId: string;
  connectionId: string;
  accountId: string;
  requestedOnUtc: string;
  completedOnUtc: string | null;
  /** Codat gives up at `requestedOnUtc` plus this many minutes; `null`: it waits for ever. */
  timeoutInMinutes: number | null;
  /**
   * What Codat shows. `TimedOut`: Codat gave up before Xero finished; Xero may still write it
   * (the fake's `timedOutWrites` option).
   */
  status: 'Pending' | 'Success' | 'Failed' | 'TimedOut';
  /** When Xero writes (or refuses) it: milliseconds on the fake's clock. */
  xeroSettlesAt: number;
  /** Reads still to answer `Pending` once Xero has written, before the outcome shows. */
  readsBeforeSettled: number;
  /** Xero's answer, from the moment it wrote or refused the request; `null` until then. */
  outcome: PushOutcome | null;
  /** The lines as sent, which Xero's rules read when it writes them. */
  lines: Record<string, unknown>[];
  /** The request as sent, echoed on the push reply. */
  data: WireOf<typeof InboundCreateBankTransactionsSchema>;
}

/** One statement line Xero holds on a source account's feed. */
export interface StatementLineRecord {
  /** The bank's transaction id, which Xero de-duplicates statement lines by. */
  id: string;
  date: string;
  amount: number;
  balance: number | null;
  description: string | null;
  counterparty: string | null;
  reference: string | null;
  transactionType: string | null;
  /** The push operation that wrote it. */
  pushOperationKey: string;
  /** When Xero wrote it, on the fake's clock. */
  writtenOnUtc: string;
}

/** A company access token the fake minted. */
export interface AccessTokenRecord {
  companyId: string;
  expired: boolean;
}

/** The whole database. Maps keep insertion order, which is the order lists are answered in. */
export interface FakeState {
  companies: Map<string, CompanyRecord>;
  connections: Map<string, ConnectionRecord>;
  /** Source accounts by connection id, then by account id. */
  sourceAccounts: Map<string, Map<string, SourceAccountRecord>>;
  pushOperations: Map<string, PushOperationRecord>;
  accessTokens: Map<string, AccessTokenRecord>;
  /**
   * What Xero has written, by connection id then source account id, in write order. It is
   * Xero's, so deleting the connection or the account in Codat leaves it.
   */
  ledger: Map<string, Map<string, StatementLineRecord[]>>;
  /** Requests answered today, for the rate-limit headers. */
  requestsToday: number;
}

/** A new, empty database. */
export function createState(): FakeState {
  return {
    companies: new Map(),
    connections: new Map(),
    sourceAccounts: new Map(),
    pushOperations: new Map(),
    accessTokens: new Map(),
    ledger: new Map(),
    requestsToday: 0,
  };
}
