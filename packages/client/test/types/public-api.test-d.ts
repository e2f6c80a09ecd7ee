// The public API of @bankfeeds/client as a bank's TypeScript sees it: the client, the stores'
// contract and the push API's results. A change here is a change for every integrator: make it on
// purpose (and in the changelog), never by accident.
import type { StoreApi } from 'zustand/vanilla';
import { describe, expectTypeOf, test } from 'vitest';
import type { BankFeedsError } from '@bankfeeds/client';
import {
  createBankFeedsClient,
  createConnectionsStore,
  createProxyClient,
  createPushStore,
  createSetupStore,
  isBankFeedsError,
  pushTransactions,
  type BankFeedsAuth,
  type BankFeedsClient,
  type BankFeedsClientOptions,
  type BankFeedsStore,
  type BrowserClient,
  type BrowserEndpoint,
  type ConnectionsStore,
  type ConnectionsStoreState,
  type ErrorCode,
  type PushCheckpoint,
  type PushLine,
  type PushOperation,
  type PushOutcome,
  type PushProgress,
  type PushResult,
  type PushRun,
  type PushStore,
  type PushStoreState,
  type PushTarget,
  type PushTransactionsOptions,
  type ProxyClientAuth,
  type ProxyClientOptions,
  type SetupStore,
  type SetupStoreOptions,
  type ConnectionsStoreOptions,
  type SetupStoreState,
  type TransactionValidation,
  rowPhaseOf,
  untouchedDraft,
  type RowDraft,
  type RowPhase,
} from '@bankfeeds/client';

describe('the HTTP client', () => {
  test('is created from a base URL and an auth', () => {
    expectTypeOf(createBankFeedsClient).parameters.toEqualTypeOf<[BankFeedsClientOptions]>();
    expectTypeOf(createBankFeedsClient).returns.toEqualTypeOf<BankFeedsClient>();
    expectTypeOf<BankFeedsClientOptions['auth']>().toEqualTypeOf<BankFeedsAuth>();
    expectTypeOf<{ baseUrl: string; auth: BankFeedsAuth }>().toExtend<BankFeedsClientOptions>();
  });

  test('the proxy client has the browser endpoints only, and a full client fits its type', () => {
    expectTypeOf(createProxyClient).parameters.toEqualTypeOf<[ProxyClientOptions]>();
    expectTypeOf(createProxyClient).returns.toEqualTypeOf<BrowserClient>();
    expectTypeOf<BrowserClient>().toEqualTypeOf<
      Pick<BankFeedsClient, BrowserEndpoint | 'disconnectSourceAccount'>
    >();
    expectTypeOf<BankFeedsClient>().toExtend<BrowserClient>();
    // Never an API key in a browser; no auth at all (the session cookie) by default.
    expectTypeOf<ProxyClientOptions['auth']>().toEqualTypeOf<ProxyClientAuth | undefined>();
    expectTypeOf<{ type: 'apiKey'; apiKey: string }>().not.toExtend<ProxyClientAuth>();
    expectTypeOf<{ baseUrl: string }>().toExtend<ProxyClientOptions>();
    expectTypeOf<BrowserClient>().not.toHaveProperty('pushBankTransactions');
    expectTypeOf<BrowserClient>().not.toHaveProperty('getAccessToken');
  });

  test('its errors carry a code, and the guard narrows to them', () => {
    expectTypeOf<BankFeedsError['code']>().toEqualTypeOf<ErrorCode>();
    expectTypeOf<BankFeedsError['status']>().toEqualTypeOf<number | null>();
    expectTypeOf<BankFeedsError['retryable']>().toEqualTypeOf<boolean>();
    expectTypeOf(isBankFeedsError).guards.toEqualTypeOf<BankFeedsError>();
  });
});

describe('the stores share one contract', () => {
  test('a zustand vanilla store plus start and stop', () => {
    expectTypeOf<BankFeedsStore<{ n: number }>>().toExtend<StoreApi<{ n: number }>>();
    expectTypeOf<BankFeedsStore<{ n: number }>['start']>().toEqualTypeOf<() => void>();
    expectTypeOf<BankFeedsStore<{ n: number }>['stop']>().toEqualTypeOf<() => void>();
  });

  test('each factory returns a store of its own state', () => {
    expectTypeOf(createSetupStore).returns.toEqualTypeOf<SetupStore>();
    // The setup store adds its domain events to the contract.
    expectTypeOf<SetupStore>().toExtend<BankFeedsStore<SetupStoreState>>();
    expectTypeOf<SetupStore['subscribeEvents']>().returns.toEqualTypeOf<() => void>();
    expectTypeOf(createConnectionsStore).returns.toEqualTypeOf<ConnectionsStore>();
    expectTypeOf<ConnectionsStore>().toEqualTypeOf<BankFeedsStore<ConnectionsStoreState>>();
    expectTypeOf(createPushStore).returns.toEqualTypeOf<PushStore>();
    expectTypeOf<PushStore>().toEqualTypeOf<BankFeedsStore<PushStoreState>>();
  });

  test('the setup and connections stores take the browser’s client', () => {
    expectTypeOf<SetupStoreOptions['client']>().toEqualTypeOf<BrowserClient>();
    expectTypeOf<ConnectionsStoreOptions['client']>().toEqualTypeOf<BrowserClient>();
  });

  test('a row starts as the setup store starts it, for any UI of the same machine', () => {
    expectTypeOf(rowPhaseOf).toEqualTypeOf<(feedStatus: string) => RowPhase>();
    expectTypeOf(untouchedDraft).returns.toEqualTypeOf<RowDraft>();
  });

  test('the connections store’s writes are promises', () => {
    expectTypeOf<ConnectionsStoreState['refresh']>().returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf<ConnectionsStoreState['disconnect']>().parameters.toEqualTypeOf<
      [sourceAccountId: string]
    >();
    expectTypeOf<ConnectionsStoreState['reconnect']>().returns.toEqualTypeOf<Promise<string>>();
  });
});

describe('the push API', () => {
  test('pushTransactions takes a target, the lines and options; resolves with a result', () => {
    expectTypeOf(pushTransactions).parameters.toEqualTypeOf<
      [target: PushTarget, lines: readonly PushLine[], options?: PushTransactionsOptions]
    >();
    expectTypeOf(pushTransactions).returns.toEqualTypeOf<Promise<PushResult>>();
    expectTypeOf<PushTarget>().toEqualTypeOf<{
      client: BankFeedsClient;
      companyId: string;
      connectionId: string;
      accountId: string;
    }>();
  });

  test('the result says how it ended, and where to resume', () => {
    expectTypeOf<PushOutcome>().toEqualTypeOf<
      'invalid' | 'success' | 'failed' | 'timed-out' | 'uncertain'
    >();
    expectTypeOf<PushResult>().toEqualTypeOf<{
      status: PushOutcome;
      validation: TransactionValidation;
      operations: PushOperation[];
      checkpoint: PushCheckpoint;
      stoppedAt: number | null;
      error: BankFeedsError | null;
      alreadyWritten: number[];
    }>();
    expectTypeOf<PushCheckpoint['version']>().toEqualTypeOf<1>();
  });

  test('callbacks receive checkpoints and progress', () => {
    type OnCheckpoint = NonNullable<PushTransactionsOptions['onCheckpoint']>;
    expectTypeOf<OnCheckpoint>().parameters.toEqualTypeOf<[checkpoint: PushCheckpoint]>();
    // A save may be a promise (awaited) or anything else (`(c) => (saved = c)`).
    expectTypeOf<(c: PushCheckpoint) => PushCheckpoint>().toExtend<OnCheckpoint>();
    expectTypeOf<(c: PushCheckpoint) => Promise<void>>().toExtend<OnCheckpoint>();
    expectTypeOf<NonNullable<PushTransactionsOptions['onProgress']>>().parameters.toEqualTypeOf<
      [progress: PushProgress]
    >();
    expectTypeOf<PushProgress['phase']>().toEqualTypeOf<'sending' | 'confirming' | 'done'>();
  });

  test('the push store runs one push per account and keeps each run', () => {
    expectTypeOf<PushStoreState['pushTransactions']>().returns.toEqualTypeOf<Promise<PushResult>>();
    expectTypeOf<PushRun['status']>().toEqualTypeOf<'running' | PushOutcome | 'error'>();
    expectTypeOf<PushStoreState['runs']>().toEqualTypeOf<Readonly<Record<string, PushRun>>>();
  });
});
