// Codat's Bank Feeds component's published callback types, copied as Codat documents them
// (`@codat/sdk-link-types`: `ConnectionCallbackArgs`, `ErrorCallbackArgs`; the bank-feeds props
// of Codat's React example). Handlers typed with them must pass to `BankFeedsSetup` unchanged:
// this file compiles under the kit's settings (Vitest's type tests) and, in
// `codat-drop-in.test.ts`, again under `exactOptionalPropertyTypes`.
import { describe, expectTypeOf, test } from 'vitest';
import type { BankFeedsClient } from '@bankfeeds/client';
import type { BankFeedsProviderProps, BankFeedsSetupProps } from '../../src';

type CodatSourceType =
  'Unknown' | 'Accounting' | 'Banking' | 'BankFeed' | 'Commerce' | 'Expense' | 'Other';

interface ConnectionCallbackArgs {
  connectionId: string;
  integrationId: string;
  integrationKey: string;
  platformName: string;
  sourceId: string;
  sourceType: CodatSourceType;
}

interface ErrorCallbackArgs {
  correlationId?: string;
  message?: string;
  errorCode?: number;
  userRecoverable: boolean;
}

interface CodatBankFeedsProps {
  accessToken: string;
  companyId: string;
  onConnectionStarted: (connection: ConnectionCallbackArgs) => void;
  onConnection?: (connection: ConnectionCallbackArgs) => void;
  onFinish: () => void;
  onClose?: () => void;
  onError: (error: ErrorCallbackArgs) => void;
  options?: { nonce?: string };
}

declare const codat: CodatBankFeedsProps;
declare const client: BankFeedsClient;

describe("a bank's handlers for Codat's component", () => {
  test('pass to BankFeedsSetup unchanged', () => {
    const props: BankFeedsSetupProps = {
      onConnectionStarted: codat.onConnectionStarted,
      onConnection: codat.onConnection,
      onFinish: codat.onFinish,
      onClose: codat.onClose,
      onError: codat.onError,
      options: codat.options,
    };
    expectTypeOf(props).toMatchTypeOf<BankFeedsSetupProps>();
  });

  test('an async onConnectionStarted (the batch create of source accounts) is accepted', () => {
    const createAccounts = async (connection: ConnectionCallbackArgs): Promise<void> => {
      void connection.connectionId;
    };
    const props: BankFeedsSetupProps = { onConnectionStarted: createAccounts };
    expectTypeOf(props).toMatchTypeOf<BankFeedsSetupProps>();
  });

  test("the provider takes Codat's companyId and options, with no connection", () => {
    const props: BankFeedsProviderProps = {
      client,
      companyId: codat.companyId,
      options: codat.options,
    };
    expectTypeOf(props).toMatchTypeOf<BankFeedsProviderProps>();
  });

  test("the kit's error and connection are Codat's, field for field", () => {
    type OurError = Parameters<NonNullable<BankFeedsSetupProps['onError']>>[0];
    type OurConnection = Parameters<NonNullable<BankFeedsSetupProps['onConnection']>>[0];
    expectTypeOf<OurError>().toMatchTypeOf<ErrorCallbackArgs>();
    expectTypeOf<OurConnection>().toMatchTypeOf<ConnectionCallbackArgs>();
    expectTypeOf<OurError['correlationId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<OurError['errorCode']>().toEqualTypeOf<number | undefined>();
  });
});
