'use client';
import { forwardRef, useMemo } from 'react';
import { connectSetup, type SetupStoreState } from '@bankfeeds/client';
import { AccountMapper, type AccountMapperProps } from '../account-mapper';
import { useSetupStore, useStoreSelector } from '../provider/hooks';

/** Props of {@link BankFeedsAccountMapper}: the mapper's, minus what the setup store supplies. */
export type BankFeedsAccountMapperProps = Omit<
  AccountMapperProps,
  | 'accounts'
  | 'value'
  | 'defaultValue'
  | 'onValueChange'
  | 'rowPhases'
  | 'rowErrors'
  | 'today'
  | 'onSubmit'
  | 'submitting'
  | 'organisation'
  | 'problems'
  | 'submitAttempted'
  | 'onSubmitRefused'
  | 'connect'
>;

const NO_ACCOUNTS: AccountMapperProps['accounts'] = [];
const selectState = (s: SetupStoreState) => s;

/**
 * The provider's setup store as the mapper renders it: the client's `connectSetup` of its state,
 * whose row views the rows show and whose commands send the machine's events.
 */
export function useSetupConnect() {
  const store = useSetupStore();
  const state = useStoreSelector(store, selectState, Object.is);
  return useMemo(() => connectSetup(state, state.send), [state]);
}

/** The account mapper bound to the provider's setup store. The ref reaches its root. */
export const BankFeedsAccountMapper = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  BankFeedsAccountMapperProps
>(function BankFeedsAccountMapper(props, ref) {
  return <AccountMapper {...props} accounts={NO_ACCOUNTS} connect={useSetupConnect()} ref={ref} />;
});
