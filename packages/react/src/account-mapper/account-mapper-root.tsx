'use client';
import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
} from 'react';
import { countProblems, type SetupConnect } from '@bankfeeds/client';
import { useComposedRefs } from '@radix-ui/react-compose-refs';
import { todayIn, type CalendarDate } from '@bankfeeds/model';
import { useI18n } from '../i18n/i18n-context';
import { LiveRegion, useAnnouncer } from '../internal/announcer';
import { useLatest } from '../internal/use-latest';
import { dataFlag } from '../internal/dom';
import {
  AccountMapperActionsContext,
  AccountMapperStateContext,
  type AccountMapperActions,
  type AccountMapperState,
} from './account-mapper-context';
import { createMapperView, toTargetChoice } from './mapping-logic';
import { useStandaloneMapper } from './use-standalone-mapper';
import { accountMapperAnatomy } from './anatomy';
import type {
  MapperAccount,
  MappingDraft,
  MappingProblems,
  MappingValue,
  OrganisationCurrencies,
  RowSubmitStatus,
} from './types';

/** A row's element id: the problem summary links to it. */
const rowDomId = (base: string, accountId: string) =>
  `${base}-row-${encodeURIComponent(accountId).replace(/[^\w-]/g, '_')}`;

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
  /**
   * Called when the user presses Connect and the drafts are refused (a problem, or nothing to
   * connect); the mapper then shows the problems and moves focus to their summary. @default undefined
   */
  onSubmitRefused?: ((value: MappingValue) => void) | undefined;
  /**
   * The problems to show, controlled: the setup store's rows' `problems`. The mapper shows exactly
   * these. @default the client's `validateDraft` of the value
   */
  problems?: MappingProblems | undefined;
  /**
   * Whether the user has tried to connect, controlled (the setup store's `submitAttempted`). Rows
   * show their problems as soon as a choice makes one; the summary that lists them all (and why
   * nothing can be connected) shows from the first refused Connect. @default set by Connect
   */
  submitAttempted?: boolean | undefined;
  /** Whether the mappings are being sent (disables the controls). @default false */
  submitting?: boolean | undefined;
  /** Whether every control is disabled. @default false */
  disabled?: boolean | undefined;
  /** @deprecated Ignored: the target list opens inside its row, so nothing is portalled. */
  portalContainer?: HTMLElement | null | undefined;
  /**
   * The setup machine to render (the client's `connectSetup` of a setup store's state): rows,
   * drafts, problems and Connect come from it and every edit is sent to it, so `accounts`,
   * `value`, `rowStatus`, `problems`, `submitAttempted` and the callbacks are not read.
   * `BankFeedsAccountMapper` passes the provider's. @default a local machine over the props
   */
  connect?: SetupConnect | undefined;
}

/** Owns the mapper's state: drafts, suggestions, checks, announcements. */
export const AccountMapperRoot = /* @__PURE__ */ forwardRef<HTMLDivElement, AccountMapperRootProps>(
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
      onSubmitRefused,
      problems: problemsProp,
      submitAttempted: submitAttemptedProp,
      submitting: submittingProp = false,
      disabled = false,
      // Taken out of `rest`, so it never reaches the DOM.
      portalContainer: _portalContainer,
      connect: connectProp,
      className,
      children,
      ...rest
    },
    forwardedRef,
  ) {
    const { t, plural } = useI18n();
    const today = connectProp?.today ?? todayProp ?? todayIn();
    const submitting = connectProp?.busy ?? submittingProp;
    const announcer = useAnnouncer();
    const dateDescriptionId = `${useId()}-dates`;
    const rootRef = useRef<HTMLDivElement>(null);
    const ref = useComposedRefs(forwardedRef, rootRef);
    const defaultDraft = useMemo(
      () => defaultDraftProp ?? { choice: null, feedStartDate: today },
      [defaultDraftProp, today],
    );
    const standalone = useStandaloneMapper({
      accounts,
      value: valueProp,
      defaultValue,
      onValueChange,
      defaultDraft,
      rowStatus,
      organisation,
      today,
      submitting,
      submitAttempted: submitAttemptedProp,
    });
    const { value, attempted, markAttempted } = standalone;
    const api = connectProp ?? standalone.connect;
    const [viewOf] = useState(createMapperView);
    const view = viewOf(api.rows);
    const wired = connectProp !== undefined;
    const shownAccounts = wired ? view.accounts : accounts;
    const problems = wired ? view.problems : (problemsProp ?? view.problems);
    const problemCount = !wired && problemsProp ? countProblems(problemsProp) : api.problemCount;
    // Bumped by every press of Connect, so focus moves even when nothing else changed.
    const [attempt, setAttempt] = useState(0);
    const refused = wired ? api.refused : attempted && (problemCount > 0 || api.selected === 0);
    const now = useLatest({ value: wired ? view.value : value, api, problemCount, defaultDraft });
    const nameById = useMemo(
      () => new Map(shownAccounts.map((a) => [a.id, a.name])),
      [shownAccounts],
    );

    const setDraft = useCallback(
      (accountId: string, draft: MappingDraft) => {
        const { api: current, value: drafts, defaultDraft: fallback } = now.current;
        // A row changes one field at a time: send the event for the one that changed.
        // (a row spreads its draft, so the field it did not change keeps its identity).
        const before = drafts[accountId] ?? fallback;
        if (draft.choice !== before.choice) current.choose(accountId, toTargetChoice(draft.choice));
        if (draft.feedStartDate !== before.feedStartDate) {
          current.setStartDate(accountId, draft.feedStartDate ?? '');
        }
      },
      [now],
    );

    const takenBy = useCallback(
      (targetAccountId: string, except: string) => {
        for (const [id, draft] of Object.entries(now.current.value)) {
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
      [now, nameById],
    );

    const submit = useCallback(() => {
      const { api: current, problemCount: count, value: drafts } = now.current;
      markAttempted();
      setAttempt((n) => n + 1);
      const refusing = count > 0 || current.selected === 0;
      if (refusing) {
        announcer.announce(
          count > 0 ? plural('mapper.fixErrors', count) : t('mapper.validation.required'),
        );
      }
      current.submit();
      if (!wired) (refusing ? onSubmitRefused : onSubmit)?.(drafts);
    }, [announcer, markAttempted, now, onSubmit, onSubmitRefused, plural, t, wired]);

    // After a refused Connect, take the user to the problems: their summary when it is shown,
    // else the first field in trouble.
    useEffect(() => {
      if (attempt === 0 || !refused) return;
      const root = rootRef.current;
      (
        root?.querySelector<HTMLElement>(accountMapperAnatomy.selector('problems')) ??
        root?.querySelector<HTMLElement>(
          '[data-part="row"][data-invalid] :is([data-part="target-trigger"], input)',
        )
      )?.focus();
      // Only a new press moves focus; edits while the problems show leave it where it is.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [attempt]);

    const nameOf = useCallback((id: string) => nameById.get(id) ?? id, [nameById]);
    const rowId = useCallback(
      (accountId: string) => rowDomId(dateDescriptionId, accountId),
      [dateDescriptionId],
    );

    const actions = useMemo<AccountMapperActions>(
      () => ({
        setDraft,
        defaultDraft,
        takenBy,
        today,
        disabled: disabled || submitting,
        dateDescriptionId,
        announcer,
        nameOf,
        rowId,
      }),
      [
        nameOf,
        rowId,
        setDraft,
        defaultDraft,
        takenBy,
        today,
        disabled,
        submitting,
        dateDescriptionId,
        announcer,
      ],
    );
    const state: AccountMapperState = {
      accounts: shownAccounts,
      value: wired ? view.value : value,
      problems,
      problemCount,
      refused,
      selected: api.selected,
      suggestions: view.suggestions,
      rowStatus: wired ? view.rowStatus : rowStatus,
      api,
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
            {...accountMapperAnatomy.attrs('root')}
            data-state={submitting ? 'submitting' : 'editing'}
            data-disabled={dataFlag(disabled)}
            data-invalid={dataFlag(refused)}
          >
            {children}
            <LiveRegion announcer={announcer} scope={accountMapperAnatomy.scope} />
          </div>
        </AccountMapperStateContext.Provider>
      </AccountMapperActionsContext.Provider>
    );
  },
);
