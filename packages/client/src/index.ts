/**
 * @bankfeeds/client: the headless core of the bank feeds kit. A typed Codat client, and
 * zustand vanilla stores for the setup flow, connection management and transaction pushes.
 * No React, no DOM.
 */
export { createBankFeedsClient } from './http/create-client';
export { DEFAULT_TIMEOUT_MS } from './http/requester-from-options';
export { createProxyClient } from './http/create-proxy-client';
export type {
  BankFeedsClient,
  BankFeedsClientOptions,
  BrowserClient,
  ProxyClientAuth,
  ProxyClientOptions,
  CallOptions,
  CompanyUpdate,
  PushOptions,
  SharedRateHolds,
} from './http/types';
export type { BankFeedsAuth } from './http/auth';
export { BankFeedsError, isBankFeedsError } from './http/errors';
export type { BankFeedsErrorDetails, SchemaIssue } from './http/errors';
export { DEFAULT_RETRY } from './http/retry';
export type { RetryOptions } from './http/retry';
export type { ClientLogEntry, HttpMethod } from './http/request';
export type { Clock } from './internal/clock';
export type { BankFeedsStore } from './internal/lifecycle';

export { createSetupStore } from './setup/setup.store';
export type {
  SetupActions,
  SetupStore,
  SetupStoreOptions,
  SetupStoreState,
} from './setup/setup.store';
export {
  acceptedEvents,
  activitiesOf,
  initialSetupState,
  SETUP_STATES,
  setupTransition,
} from './setup/setup.machine';
export { isUserRecoverableCode } from './setup/setup.events';
export type { SetupDomainEvent } from './setup/setup.events';
export type {
  DraftProblem,
  RowDraft,
  RowPhase,
  RowTarget,
  SetupEffect,
  SetupEvent,
  SetupResultEvent,
  SetupRow,
  SetupUserEvent,
  SetupState,
  SetupStatus,
  SetupTransition,
  TargetChoice,
} from './setup/setup.types';
export { countProblems, isSelected, sameProblems, validateDraft } from './setup/validate-draft';
export { rowPhaseOf, untouchedDraft } from './setup/setup.rows';
export type { DraftRow } from './setup/validate-draft';
export { connectSetup } from './setup/setup.connect';
export type {
  ConnectRow,
  ConnectState,
  SetupAccountView,
  SetupConnect,
  SetupRowView,
  SetupSuggestionView,
} from './setup/setup.connect';
export { newConsentFailure } from './setup/consent-failure';
export type { ConsentFailure, ConsentFailureReason } from './setup/consent-failure';
export { suggestMatches } from './setup/suggest-matches';
export type {
  CandidateTarget,
  MatchCandidate,
  MatchReason,
  MatchSuggestion,
} from './setup/suggest-matches';
export { DEFAULT_POLL } from './internal/poll';
export type { PollOptions } from './internal/poll';

// The model's types a UI renders, so one import serves.
export type {
  AccountClass,
  BankFeedMapping,
  BankTransaction,
  BrowserEndpoint,
  BankTransactionInput,
  CalendarDate,
  Company,
  CompanyInformation,
  Connection,
  ConnectionStatus,
  ErrorCode,
  FeedStartDateBounds,
  FeedStartDateProblem,
  Page,
  PageQuery,
  PushOperation,
  PushOperationStatus,
  SourceAccount,
  SourceAccountStatus,
  TargetAccountOption,
  TransactionFinding,
  TransactionValidation,
  ValidationItem,
} from '@bankfeeds/model';

export { createConnectionsStore, selectConnectedFeeds } from './connections/connections.store';
export {
  findOrCreateXeroConnection,
  findXeroConnection,
  isXeroConnection,
  pickXeroConnection,
  type XeroConnectionFound,
} from './connections/xero-connection';
export type {
  ConnectionsActions,
  ConnectionsState,
  ConnectionsStore,
  ConnectionsStoreOptions,
  ConnectionsStoreState,
  FeedRow,
} from './connections/connections.store';
export { chunkTransactions } from './push/chunk';
export { pushTransactions } from './push/push-transactions';
export type { PushTarget } from './push/push-target';
export {
  DEFAULT_CLOCK_SKEW_MS,
  reconcilePush,
  reconcileRequest,
  type Reconciled,
  type ReconciledPush,
  type ReconcileOptions,
} from './push/reconcile';
export {
  DUPLICATE_STATEMENT,
  settlePushOperation,
  verdictOf,
  type SettledRequest,
  type Verdict,
} from './push/operation-verdict';
export type {
  PushCheckpoint,
  PushChunkRecord,
  PushChunkState,
  PushLine,
  PushOutcome,
  PushProgress,
  PushResolution,
  PushResult,
  PushTransactionsOptions,
} from './push/push.types';
export { createPushStore } from './push/push.store';
export type {
  PushActions,
  PushRun,
  PushState,
  PushStore,
  PushStoreOptions,
  PushStoreState,
} from './push/push.store';
