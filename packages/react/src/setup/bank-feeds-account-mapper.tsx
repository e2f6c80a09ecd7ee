'use client';
import { forwardRef, useCallback, useState } from 'react';
import type { SetupStoreState } from '@bankfeeds/client';
import { AccountMapper, type AccountMapperProps } from '../account-mapper';
import type { MappingValue, MappingChangeDetails } from '../account-mapper';
import { useSetupStore, useStoreSelector } from '../provider/hooks';
import { createMapperAdapter, toTargetChoice } from './mapper-adapter';

/** Props of {@link BankFeedsAccountMapper}: the mapper's, minus what the setup store supplies. */
export type BankFeedsAccountMapperProps = Omit<
  AccountMapperProps,
  | 'accounts'
  | 'value'
  | 'defaultValue'
  | 'onValueChange'
  | 'rowStatus'
  | 'today'
  | 'onSubmit'
  | 'submitting'
  | 'organisation'
  | 'problems'
  | 'submitAttempted'
  | 'onSubmitRefused'
>;

const selectSubmitting = (s: SetupStoreState) =>
  s.status === 'submitting' || s.status === 'confirming';
const selectToday = (s: SetupStoreState) => s.today;
const selectInfo = (s: SetupStoreState) => s.companyInfo;
const selectAttempted = (s: SetupStoreState) => s.submitAttempted;

/** The mapper's props from the provider's setup store: rows, drafts, statuses, and the actions. */
export function useAccountMapperProps(): Pick<
  AccountMapperProps,
  | 'accounts'
  | 'value'
  | 'onValueChange'
  | 'rowStatus'
  | 'today'
  | 'onSubmit'
  | 'submitting'
  | 'organisation'
  | 'problems'
  | 'submitAttempted'
  | 'onSubmitRefused'
> {
  const store = useSetupStore();
  const [adapter] = useState(createMapperAdapter);
  const accounts = useStoreSelector(store, adapter.accounts);
  const value = useStoreSelector(store, adapter.value);
  const rowStatus = useStoreSelector(store, adapter.rowStatus);
  const submitting = useStoreSelector(store, selectSubmitting);
  const today = useStoreSelector(store, selectToday);
  const organisation = useStoreSelector(store, selectInfo);
  const problems = useStoreSelector(store, adapter.problems);
  const submitAttempted = useStoreSelector(store, selectAttempted);

  const onValueChange = useCallback(
    (next: MappingValue, { accountId }: MappingChangeDetails) => {
      const state = store.getState();
      const current = adapter.value(state);
      const ids = accountId ? [accountId] : state.rowIds;
      const choices: Record<string, ReturnType<typeof toTargetChoice>> = {};
      // A cleared field is an empty draft date: the store flags it rather than keep the old day.
      const dates = new Map<string, string>();
      for (const id of ids) {
        const before = current[id];
        const after = next[id];
        if (!after || before === after) continue;
        if (
          before?.choice?.type !== after.choice?.type ||
          (after.choice?.type === 'existing' &&
            before?.choice?.type === 'existing' &&
            after.choice.targetAccountId !== before.choice.targetAccountId)
        ) {
          choices[id] = toTargetChoice(after.choice);
        }
        const date = after.feedStartDate ?? '';
        if (date !== (before?.feedStartDate ?? '')) dates.set(id, date);
      }
      const choiceIds = Object.keys(choices);
      if (choiceIds.length === 1) state.chooseTarget(choiceIds[0]!, choices[choiceIds[0]!]!);
      else if (choiceIds.length > 1) state.send({ type: 'ROWS.CHOOSE', choices });
      const distinct = new Set(dates.values());
      // "Apply to all" becomes one event, not a thousand.
      if (dates.size > 1 && distinct.size === 1) state.setAllFeedStartDates([...distinct][0]!);
      else for (const [id, date] of dates) state.setFeedStartDate(id, date);
    },
    [adapter, store],
  );
  // Refused or not, Connect goes to the store: it decides, and holds `submitAttempted` and the
  // problems the mapper then shows.
  const onSubmit = useCallback(() => store.getState().submit(), [store]);
  return {
    accounts,
    value,
    onValueChange,
    rowStatus,
    today,
    onSubmit,
    onSubmitRefused: onSubmit,
    submitting,
    organisation,
    problems,
    submitAttempted,
  };
}

/** The account mapper bound to the provider's setup store. The ref reaches its root. */
export const BankFeedsAccountMapper = forwardRef<HTMLDivElement, BankFeedsAccountMapperProps>(
  function BankFeedsAccountMapper(props, ref) {
    return <AccountMapper {...props} {...useAccountMapperProps()} ref={ref} />;
  },
);
