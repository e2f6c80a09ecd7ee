'use client';
import { forwardRef, useCallback, useId, useMemo, useRef, type HTMLAttributes } from 'react';
import { useComposedRefs } from '@radix-ui/react-compose-refs';
import { todayIn, type CalendarDate } from '@bankfeeds/model';
import { useI18n } from '../i18n/i18n-context';
import { LiveRegion, useAnnouncer } from '../internal/announcer';
import { useControllableState } from '../internal/use-controllable-state';
import { useLatest } from '../internal/use-latest';
import { dataFlag } from '../internal/dom';
import {
  AccountMapperActionsContext,
  AccountMapperStateContext,
  type AccountMapperActions,
  type AccountMapperState,
} from './account-mapper-context';
import { connects, findIssues, suggestTargets } from './mapping-logic';
import type {
  MapperAccount,
  MappingDraft,
  MappingValue,
  OrganisationCurrencies,
  RowIssue,
  RowSubmitStatus,
} from './types';

/** Details passed with every value change. */
export interface MappingChangeDetails {
  /** The account whose draft changed, or `null` when several did at once. */
  accountId: string | null;
}

/** Props of `AccountMapper.Root`. */
export interface AccountMapperRootProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'defaultValue' | 'onSubmit'
> {
  /** The source accounts to map, in display order. */
  accounts: readonly MapperAccount[];
  /** Drafts by source account id, controlled. Rows without one use `defaultDraft`. @default undefined */
  value?: MappingValue | undefined;
  /** Drafts at first when uncontrolled. @default {} */
  defaultValue?: MappingValue | undefined;
  /** Called with the whole new value after every change. @default undefined */
  onValueChange?: ((value: MappingValue, details: MappingChangeDetails) => void) | undefined;
  /** The draft of a row the value has no entry for. @default { choice: null, feedStartDate: today } */
  defaultDraft?: MappingDraft | undefined;
  /** Each row's submit status, by source account id. @default undefined */
  rowStatus?: Readonly<Record<string, RowSubmitStatus>> | undefined;
  /** The Xero organisation's currencies, to flag new accounts it can't hold. @default undefined */
  organisation?: OrganisationCurrencies | null | undefined;
  /** Today where the business is. @default todayIn() */
  today?: CalendarDate | undefined;
  /** Called with the value when the user connects and nothing is wrong. @default undefined */
  onSubmit?: ((value: MappingValue) => void) | undefined;
  /** Whether the mappings are being sent (disables the controls). @default false */
  submitting?: boolean | undefined;
  /** Whether every control is disabled. @default false */
  disabled?: boolean | undefined;
  /** Where the target lists open (e.g. inside a shadow root). @default document.body */
  portalContainer?: HTMLElement | null | undefined;
}

/** Owns the mapper's state: drafts, suggestions, checks, announcements. */
export const AccountMapperRoot = forwardRef<HTMLDivElement, AccountMapperRootProps>(
  function AccountMapperRoot(
    {
      accounts,
      value: valueProp,
      defaultValue,
      onValueChange,
      defaultDraft: defaultDraftProp,
      rowStatus,
      organisation,
      today: todayProp,
      onSubmit,
      submitting = false,
      disabled = false,
      portalContainer,
      className,
      children,
      ...rest
    },
    forwardedRef,
  ) {
    const { t, plural } = useI18n();
    const today = todayProp ?? todayIn();
    const announcer = useAnnouncer();
    const dateDescriptionId = `${useId()}-dates`;
    const rootRef = useRef<HTMLDivElement>(null);
    const ref = useComposedRefs(forwardedRef, rootRef);
    const changed = useRef<string | null>(null);
    const [value, setValue] = useControllableState<MappingValue>(
      'AccountMapper.Root',
      'value',
      valueProp,
      defaultValue ?? {},
      useCallback(
        (next: MappingValue) => onValueChange?.(next, { accountId: changed.current }),
        [onValueChange],
      ),
    );
    const defaultDraft = useMemo(
      () => defaultDraftProp ?? { choice: null, feedStartDate: today },
      [defaultDraftProp, today],
    );

    const latest = useLatest({ value, accounts });
    const nameById = useMemo(() => new Map(accounts.map((a) => [a.id, a.name])), [accounts]);
    const issues = useMemo(
      () => findIssues(accounts, value, today, organisation),
      [accounts, value, today, organisation],
    );
    const suggestions = useMemo(() => suggestTargets(accounts), [accounts]);

    const setDraft = useCallback(
      (accountId: string, draft: MappingDraft) => {
        changed.current = accountId;
        setValue({ ...latest.current.value, [accountId]: draft });
      },
      [latest, setValue],
    );

    const takenBy = useCallback(
      (targetAccountId: string, except: string) => {
        for (const [id, draft] of Object.entries(latest.current.value)) {
          if (
            id !== except &&
            draft.choice?.type === 'existing' &&
            draft.choice.targetAccountId === targetAccountId
          ) {
            return nameById.get(id) ?? id;
          }
        }
        return undefined;
      },
      [latest, nameById],
    );

    const update = useCallback(
      (change: (value: MappingValue) => MappingValue) => {
        changed.current = null;
        setValue(change(latest.current.value));
      },
      [latest, setValue],
    );

    const connecting = accounts.filter(
      (a) => a.status !== 'connected' && connects(value[a.id]),
    ).length;
    const submit = useCallback(() => {
      if (issues.size > 0) {
        announcer.announce(plural('mapper.fixErrors', issues.size));
        // Take the user to the first problem.
        rootRef.current
          ?.querySelector<HTMLElement>(
            '[data-part="row"][data-invalid] :is([data-part="target-trigger"], input)',
          )
          ?.focus();
        return;
      }
      if (connecting === 0) {
        announcer.announce(t('mapper.validation.required'));
        return;
      }
      onSubmit?.(latest.current.value);
    }, [announcer, connecting, issues.size, latest, onSubmit, plural, t]);

    const actions = useMemo<AccountMapperActions>(
      () => ({
        setDraft,
        defaultDraft,
        takenBy,
        today,
        disabled: disabled || submitting,
        portalContainer,
        dateDescriptionId,
        announcer,
      }),
      [
        setDraft,
        defaultDraft,
        takenBy,
        today,
        disabled,
        submitting,
        portalContainer,
        dateDescriptionId,
        announcer,
      ],
    );
    const state: AccountMapperState = {
      accounts,
      value,
      issues: issues as ReadonlyMap<string, RowIssue>,
      suggestions,
      rowStatus,
      update,
      submit,
      submitting,
      canSubmit: !disabled && !submitting,
    };

    return (
      <AccountMapperActionsContext.Provider value={actions}>
        <AccountMapperStateContext.Provider value={state}>
          <div
            {...rest}
            ref={ref}
            className={className}
            data-scope="account-mapper"
            data-part="root"
            data-state={submitting ? 'submitting' : 'editing'}
            data-disabled={dataFlag(disabled)}
            data-invalid={dataFlag(issues.size > 0)}
          >
            {children}
            <LiveRegion announcer={announcer} scope="account-mapper" />
          </div>
        </AccountMapperStateContext.Provider>
      </AccountMapperActionsContext.Provider>
    );
  },
);
