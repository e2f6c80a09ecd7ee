import type {
  BankFeedAccountMappingResponse,
  BankFeedMapping,
  CalendarDate,
  CompanyInformation,
  Connection,
  FeedStartDateBounds,
  FeedStartDateProblem,
  SourceAccount,
  TargetAccountOption,
} from '@bankfeeds/model';
import type { BankFeedsError } from '../http/errors';
import type { ConsentFailure } from './consent-failure';
import type { SetupDomainEvent } from './setup.events';

/**
 * Where the setup flow is: one explicit state, each meaning one thing (no flag changes it). The
 * chart, with each state's activity and the events it accepts, is in the package README.
 *
 * - `findingConnection`: mounted with a company alone: finding its Xero connection among its
 *   connections, or creating one (as Codat's own component does).
 * - `loading`: reading the connection, the accounts, their mappings and the organisation.
 * - `loadFailed`: that read failed; `error` says why, `RETRY` (or `LOAD`) reads again.
 * - `needsAuth`: the Xero connection is not `Linked`; send the user to `linkUrl`. `error` holds
 *   why an earlier wait ended (a timeout, a lasting fault), if one did.
 * - `awaitingAuth`: the user went to Xero; the connection is polled for exactly as long as the
 *   flow stays here.
 * - `authFailed`: Xero's consent failed (cancelled, or refused by Codat or Xero); `authFailure`
 *   says why, and watching again (with a fresh link) starts over.
 * - `mapping`: the user is choosing; nothing is in flight.
 * - `submitting`: mapping requests are out (the busiest phase of any row wins).
 * - `confirming`: no request out, and Codat still reports some feed `connecting`; its mappings
 *   are polled for exactly as long as the flow stays here. A feed found `connecting` on load is
 *   confirmed here too.
 * - `done`: the round settled and every row it sent is connected.
 * - `rowsFailed`: the round settled and at least one row failed (possibly every one, hence not
 *   "partly"); the rows that connected stay connected, `RETRY` resends only the failed ones.
 */
export type SetupStatus =
  | 'findingConnection'
  | 'loading'
  | 'loadFailed'
  | 'needsAuth'
  | 'awaitingAuth'
  | 'authFailed'
  | 'mapping'
  | 'submitting'
  | 'confirming'
  | 'done'
  | 'rowsFailed';

/** What the user chose for one source account. */
export type TargetChoice =
  { kind: 'existing'; targetAccountId: string } | { kind: 'new' } | { kind: 'skip' };

/** The user's choice for one row, kept through every failure until it is connected. */
export interface RowDraft {
  choice: TargetChoice;
  /**
   * What the customer entered, even when it is refused: a `YYYY-MM-DD` day (allowed between one
   * year ago and today), `''` when the field was cleared, or the text as typed when it is not a
   * day. A refused value stays in the draft so the row is flagged and never sent with another
   * date than the one on screen. @default today
   */
  feedStartDate: CalendarDate;
}

/** Where one row is: untouched, its mapping request out, waiting for `connected`, done, failed. */
export type RowPhase = 'idle' | 'submitting' | 'confirming' | 'connected' | 'failed';

/**
 * Something wrong with a row's draft; the flow will not submit while any selected row has one.
 * `validateDraft` finds them all; a row lists every one, target first, then date.
 */
export type DraftProblem =
  /** The model's `checkFeedStartDate` refuses the day, or (`required`) there is none. */
  | { field: 'feedStartDate'; code: FeedStartDateProblem | 'required' }
  /**
   * The target is chosen for another row too, or already takes another account's feed. Every row
   * sharing it is flagged; `otherSourceAccountId` is the first other one.
   */
  | { field: 'target'; code: 'target-taken'; otherSourceAccountId: string }
  /** The target is not among this account's options (other currency or account class). */
  | { field: 'target'; code: 'target-not-offered' }
  /**
   * "Create new account" in a currency the Xero organisation cannot hold: not its base currency,
   * and multi-currency is off ({@link canCreateTargetIn}).
   */
  | { field: 'target'; code: 'currency-not-enabled' };

/** The current Xero target of a row as Codat reports it. */
export interface RowTarget {
  id: string;
  name: string | null;
}

/** One source account in the setup flow. Untouched rows keep their object identity. */
export interface SetupRow {
  id: string;
  sourceAccount: SourceAccount;
  /** Xero accounts it may map to (Codat filters them by currency and account class). */
  targetOptions: readonly TargetAccountOption[];
  /** The target Codat reports (connected and connecting rows). */
  target: RowTarget | null;
  /** Codat's feed status for the account (`pending`, `connecting`, `connected`, ...). */
  feedStatus: string;
  /** The feed start date Codat reports, once connected. */
  feedStartDate: CalendarDate | null;
  /** The name Xero will give the account if the user picks "Create new account". */
  newTargetName: string;
  draft: RowDraft;
  phase: RowPhase;
  problems: readonly DraftProblem[];
  /** Why the row failed (`phase: 'failed'`). */
  error: BankFeedsError | null;
  /** Mapping requests sent for this row so far. */
  attempts: number;
}

/** The setup flow's data (the store adds its actions). */
export interface SetupState {
  status: SetupStatus;
  companyId: string;
  /**
   * The Xero connection; `null` while the flow finds or creates it (`findingConnection`, when
   * the store was given a company alone).
   */
  connectionId: string | null;
  /** Whether the flow finds (or creates) the connection itself: no `connectionId` was given. */
  findsConnection: boolean;
  /** Whether the flow created the connection in this session (rather than finding it). */
  createdConnection: boolean;
  /**
   * The connection `connection.started` was reported for (once per connection and session), so
   * a reload of a pending connection does not report it again.
   */
  startedConnectionId: string | null;
  /**
   * Source accounts on the connection: Xero's consent fails without one, so the journey does not
   * send the user to Xero while this is `0`. `null` when not read (yet) or Codat could not say.
   */
  sourceAccountCount: number | null;
  /** Today in the user's time zone; feed start dates are checked against it. */
  today: CalendarDate;
  /** Earliest and latest allowed feed start dates, for the date picker. */
  bounds: FeedStartDateBounds;
  connection: Connection | null;
  /** Where to send the user to authorise Xero (or manage the connection). */
  linkUrl: string | null;
  /** Why Xero's consent failed (`status: 'authFailed'`); `null` otherwise. */
  authFailure: ConsentFailure | null;
  /** The Xero organisation; `null` until loaded or when Codat could not say. */
  companyInfo: CompanyInformation | null;
  /** Row ids in display order. */
  rowIds: readonly string[];
  /** Rows by source account id. */
  rows: Readonly<Record<string, SetupRow>>;
  /** Set by a submit that was refused (problems, or nothing selected); UIs show problems from then. */
  submitAttempted: boolean;
  /** Why loading failed (`loadFailed`), or why the last wait for Xero ended (`needsAuth`). */
  error: BankFeedsError | null;
}

/**
 * What a user (or a UI) sends the setup store. `NOUN.VERB` names, as in Zag. An event the
 * current state does not accept changes nothing.
 */
export type SetupUserEvent =
  | { type: 'LOAD' }
  | { type: 'CONNECTION.WATCH' }
  | { type: 'CONNECTION.UNWATCH' }
  | { type: 'ROW.CHOOSE'; sourceAccountId: string; choice: TargetChoice }
  | { type: 'ROWS.CHOOSE'; choices: Readonly<Record<string, TargetChoice>> }
  | { type: 'ROW.SET_START_DATE'; sourceAccountId: string; feedStartDate: CalendarDate }
  | { type: 'ROWS.SET_START_DATE'; feedStartDate: CalendarDate }
  | { type: 'SUBMIT' }
  | { type: 'RETRY' };

/**
 * The outcomes of the store's own work (a load, the connection watch, a mapping request, the
 * confirmation poll), fed back to the machine. Private to the store: its `send` does not take
 * them; only the pure `setupTransition` does, for tests and other runners of the machine.
 */
export type SetupResultEvent =
  | { type: 'CONNECTION.FOUND'; connection: Connection; created: boolean }
  /** The connection the flow found or created itself is gone (deleted): find or create again. */
  | { type: 'CONNECTION.GONE' }
  | {
      type: 'LOAD.NEEDS_AUTH';
      connection: Connection;
      /** Source accounts on the connection; left out or `null` when Codat could not say. */
      sourceAccountCount?: number | null;
    }
  | {
      type: 'LOAD.DONE';
      connection: Connection;
      sourceAccounts: readonly SourceAccount[];
      mappings: readonly BankFeedMapping[];
      companyInfo: CompanyInformation | null;
    }
  | { type: 'LOAD.FAILED'; error: BankFeedsError }
  | { type: 'CONNECTION.CHANGED'; connection: Connection }
  | { type: 'CONNECTION.WATCH_FAILED'; error: BankFeedsError }
  | { type: 'ROW.SUBMITTED'; sourceAccountId: string; response: BankFeedAccountMappingResponse }
  | { type: 'ROW.SUBMIT_FAILED'; sourceAccountId: string; error: BankFeedsError }
  | { type: 'MAPPINGS.RECEIVED'; mappings: readonly BankFeedMapping[] }
  | { type: 'CONFIRM.GAVE_UP'; error: BankFeedsError };

/** Everything the setup machine reacts to: the user's events and the store's results. */
export type SetupEvent = SetupUserEvent | SetupResultEvent;

/**
 * Work the machine asks the store to do. Activities are bound to states: `findConnection` is the
 * entry of `findingConnection`; `load` is the entry of `loading`; `watchConnection`/`stopWatching` the entry and exit of `awaitingAuth`;
 * `confirm`/`stopConfirming` the entry and exit of `confirming`. `submitRow` is the action of a
 * submit (a write: never aborted once sent).
 */
export type SetupEffect =
  | { type: 'findConnection' }
  | { type: 'load' }
  | { type: 'watchConnection' }
  | { type: 'stopWatching' }
  | {
      type: 'submitRow';
      sourceAccountId: string;
      targetAccountId: string | null;
      feedStartDate: CalendarDate;
    }
  | { type: 'confirm' }
  | { type: 'stopConfirming' };

/**
 * The machine's answer to an event: the next state, the work to start or stop (exit activities,
 * then the transition's actions, then entry activities, as in Zag), and the domain events to
 * report, in order.
 */
export interface SetupTransition {
  state: SetupState;
  effects: SetupEffect[];
  events: SetupDomainEvent[];
}
