// The public API of @bankfeeds/react as a portal's TypeScript sees it: what each component takes,
// what its callbacks receive, what the hooks return. A change here is a change for every
// integrator: make it on purpose (and in the changelog), never by accident.
import type { ComponentProps, ComponentRef } from 'react';
import { describe, expectTypeOf, test } from 'vitest';
import type {
  BankFeedsClient,
  BrowserClient,
  CalendarDate,
  ConnectionsStore,
  ErrorCode,
  FeedStartDateProblem,
  RowDraft as ClientRowDraft,
  RowPhase as ClientRowPhase,
  SetupRow,
  SetupConnect,
  SetupRowView as ClientSetupRowView,
  SetupStatus,
  SetupStore,
  TargetChoice as ClientTargetChoice,
} from '@bankfeeds/client';
import type { BankFeedsProvider, BankFeedsSetup, FeedStartDatePickerRoot } from '@bankfeeds/react';
import {
  AccountMapper,
  AccountMapperRoot,
  AccountMapperSubmit,
  AccountMapperTable,
  ConnectionManager,
  ConnectionManagerRoot,
  FeedStartDatePicker,
  FeedStartDatePickerInput,
  useAccountMapper,
  useConnectionsStore,
  useSetupRow,
  useSetupStore,
  type AccountMapperRootProps,
  type AccountMapperRowProps,
  type AccountMapperTargetSelectProps,
  type BankFeedsErrorEvent,
  type BankFeedsEvent,
  type FeedStartDateChangeDetails,
  type ManagedFeed,
  type MapperAccount,
  type MappingChangeDetails,
  type MappingValue,
  type RowDraft,
  type RowPhase,
  type SetupStep,
  type TargetChoice,
} from '@bankfeeds/react';

describe('the account mapper', () => {
  test('Root takes the accounts and a controlled or uncontrolled value', () => {
    expectTypeOf<AccountMapperRootProps['accounts']>().toEqualTypeOf<readonly MapperAccount[]>();
    expectTypeOf<AccountMapperRootProps>().toHaveProperty('value');
    expectTypeOf<AccountMapperRootProps>().toHaveProperty('defaultValue');
    expectTypeOf<ComponentProps<typeof AccountMapperRoot>>().toExtend<AccountMapperRootProps>();
    expectTypeOf<ComponentRef<typeof AccountMapperRoot>>().toEqualTypeOf<HTMLDivElement>();
  });

  test('callbacks receive the whole value, and which account changed', () => {
    type OnValueChange = NonNullable<AccountMapperRootProps['onValueChange']>;
    expectTypeOf<Parameters<OnValueChange>>().toEqualTypeOf<
      [value: MappingValue, details: MappingChangeDetails]
    >();
    expectTypeOf<MappingChangeDetails>().toEqualTypeOf<{ accountId: string | null }>();
    expectTypeOf<Parameters<NonNullable<AccountMapperRootProps['onSubmit']>>>().toEqualTypeOf<
      [value: MappingValue]
    >();
    expectTypeOf<
      Parameters<NonNullable<AccountMapperRootProps['onSubmitRefused']>>
    >().toEqualTypeOf<[value: MappingValue]>();
  });

  test('an uncontrolled mapper needs only its accounts', () => {
    expectTypeOf<{ accounts: MapperAccount[] }>().toExtend<AccountMapperRootProps>();
    expectTypeOf<{ value: MappingValue }>().not.toExtend<AccountMapperRootProps>();
  });

  test('speaks the client’s vocabulary: its drafts, choices and phases are the setup store’s', () => {
    expectTypeOf<TargetChoice>().toEqualTypeOf<ClientTargetChoice>();
    expectTypeOf<RowDraft>().toEqualTypeOf<ClientRowDraft>();
    expectTypeOf<RowPhase>().toEqualTypeOf<ClientRowPhase>();
    expectTypeOf<MappingValue>().toEqualTypeOf<Readonly<Record<string, ClientRowDraft>>>();
    // A store row's draft is a value entry as it is, and a choice is told by its `kind`.
    expectTypeOf<SetupRow['draft']>().toEqualTypeOf<MappingValue[string]>();
    expectTypeOf<MappingValue[string]['choice']['kind']>().toEqualTypeOf<
      'existing' | 'new' | 'skip'
    >();
    expectTypeOf<AccountMapperRootProps['rowPhases']>().toEqualTypeOf<
      Readonly<Record<string, ClientRowPhase>> | undefined
    >();
    expectTypeOf<AccountMapperRootProps['rowErrors']>().toEqualTypeOf<
      Readonly<Record<string, ErrorCode>> | undefined
    >();
    expectTypeOf<AccountMapperRootProps>().not.toHaveProperty('rowStatus');
    expectTypeOf<AccountMapperRowProps['row']>().toEqualTypeOf<ClientSetupRowView>();
    expectTypeOf<AccountMapperTargetSelectProps['choice']>().toEqualTypeOf<ClientTargetChoice>();
    // A custom layout reads the machine the mapper renders, and renders its rows as they are.
    expectTypeOf(useAccountMapper).returns.toEqualTypeOf<SetupConnect>();
    expectTypeOf<SetupConnect['rows'][number]>().toEqualTypeOf<AccountMapperRowProps['row']>();
  });

  test('the preassembled mapper carries the very parts exported by their full names', () => {
    expectTypeOf(AccountMapper.Root).toEqualTypeOf(AccountMapperRoot);
    expectTypeOf(AccountMapper.Table).toEqualTypeOf(AccountMapperTable);
    expectTypeOf(AccountMapper.Submit).toEqualTypeOf(AccountMapperSubmit);
    expectTypeOf<ComponentProps<typeof AccountMapperSubmit>>().toHaveProperty('asChild');
  });
});

describe('the connection manager', () => {
  test('Root takes the feeds; disconnecting may be async', () => {
    type Props = ComponentProps<typeof ConnectionManagerRoot>;
    expectTypeOf<Props['feeds']>().toEqualTypeOf<readonly ManagedFeed[]>();
    expectTypeOf<NonNullable<Props['onDisconnect']>>().toEqualTypeOf<
      (feed: ManagedFeed) => Promise<void> | void
    >();
    expectTypeOf(ConnectionManager.Root).toEqualTypeOf(ConnectionManagerRoot);
  });
});

describe('the feed start date picker', () => {
  test('a change gives a day or null, and where it came from', () => {
    type Props = ComponentProps<typeof FeedStartDatePickerRoot>;
    expectTypeOf<Parameters<NonNullable<Props['onValueChange']>>>().toEqualTypeOf<
      [value: CalendarDate | null, details: FeedStartDateChangeDetails]
    >();
    expectTypeOf<FeedStartDateChangeDetails['source']>().toEqualTypeOf<'calendar' | 'input'>();
    type Refused = Parameters<NonNullable<Props['onValueRefused']>>;
    expectTypeOf<Refused[0]>().toEqualTypeOf<string>();
    expectTypeOf<Refused[1]['problem']>().toEqualTypeOf<FeedStartDateProblem>();
    expectTypeOf(FeedStartDatePicker.Input).toEqualTypeOf(FeedStartDatePickerInput);
  });
});

describe('the provider and the setup journey', () => {
  test('the provider needs a client and a company; the connection is optional', () => {
    type Props = ComponentProps<typeof BankFeedsProvider>;
    expectTypeOf<Props['client']>().toEqualTypeOf<BrowserClient>();
    // The validating client fits too (token mode, or a portal that keeps it).
    expectTypeOf<BankFeedsClient>().toExtend<Props['client']>();
    expectTypeOf<Pick<Props, 'client' | 'companyId' | 'connectionId'>>().toEqualTypeOf<{
      client: BrowserClient;
      companyId: string;
      connectionId?: string | undefined;
    }>();
  });

  test("BankFeedsSetup's callbacks receive typed details", () => {
    type Props = ComponentProps<typeof BankFeedsSetup>;
    expectTypeOf<Parameters<NonNullable<Props['onFinish']>>>().toEqualTypeOf<
      [details: { connected: string[]; failed: string[] }]
    >();
    expectTypeOf<Parameters<NonNullable<Props['onError']>>>().toEqualTypeOf<
      [error: BankFeedsErrorEvent]
    >();
    expectTypeOf<Parameters<NonNullable<Props['onEvent']>>>().toEqualTypeOf<
      [event: BankFeedsEvent]
    >();
    expectTypeOf<Parameters<NonNullable<Props['openLink']>>>().toEqualTypeOf<[url: string]>();
    expectTypeOf<ComponentRef<typeof BankFeedsSetup>>().toEqualTypeOf<HTMLDivElement>();
  });

  test('analytics events are a union discriminated by type', () => {
    expectTypeOf<Extract<BankFeedsEvent, { type: 'feed.failed' }>>().toEqualTypeOf<{
      type: 'feed.failed';
      sourceAccountId: string;
      code: ErrorCode;
    }>();
    expectTypeOf<
      Extract<BankFeedsEvent, { type: 'step.viewed' }>['step']
    >().toEqualTypeOf<SetupStep>();
    expectTypeOf<
      Extract<BankFeedsEvent, { type: 'status.changed' }>['status']
    >().toEqualTypeOf<SetupStatus>();
    expectTypeOf<BankFeedsErrorEvent['code']>().toEqualTypeOf<ErrorCode>();
    expectTypeOf<BankFeedsErrorEvent['retryable']>().toEqualTypeOf<boolean>();
  });

  test("the hooks hand out the client's own stores", () => {
    expectTypeOf(useSetupStore).returns.toEqualTypeOf<SetupStore>();
    expectTypeOf(useConnectionsStore).returns.toEqualTypeOf<ConnectionsStore>();
    expectTypeOf(useSetupRow).parameters.toEqualTypeOf<[sourceAccountId: string]>();
    expectTypeOf(useSetupRow).returns.toEqualTypeOf<SetupRow | undefined>();
  });
});
