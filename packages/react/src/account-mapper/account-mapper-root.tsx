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
import { untouchedDraft, type SetupConnect, type TargetChoice } from '@bankfeeds/client';
import { useComposedRefs } from '@radix-ui/react-compose-refs';
import { todayIn, type CalendarDate, type ErrorCode } from '@bankfeeds/model';
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
import { useStandaloneMapper } from './use-standalone-mapper';
import { choosersOf, createNameIndex } from './row-index';
import { accountMapperAnatomy } from './anatomy';
import type {
  MapperAccount,
  MappingProblems,
  MappingValue,
  OrganisationCurrencies,
  RowDraft,
  RowPhase,
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
  /**
   * Drafts by source account id, controlled: the client's `RowDraft`s
   * (`{ choice: { kind }, feedStartDate }`), the same the setup store holds. Rows without one use
   * `defaultDraft`. @default undefined
   */
  value?: MappingValue | undefined;
  /** Drafts at first when uncontrolled. @default {} */
  defaultValue?: MappingValue | undefined;
  /** Called with the whole new value after every change. @default undefined */
  onValueChange?: ((value: MappingValue, details: MappingChangeDetails) => void) | undefined;
  /**
   * The draft of a row the value has no entry for, as the setup store starts a row.
   * @default { choice: { kind: 'skip' }, feedStartDate: today }
   */
  defaultDraft?: RowDraft | undefined;
  /**
   * Where each row stands after Connect, by source account id: the client's `RowPhase`
   * (`submitting` while its mapping request is out, `confirming` while Codat still reports it
   * connecting, then `connected` or `failed`). A row without one is `idle`, or `connected` /
   * `confirming` when its account's status says so. A row the user left out ("Don't connect") is
   * not sent and stays `idle`. @default undefined
   */
  rowPhases?: Readonly<Record<string, RowPhase>> | undefined;
  /**
   * Why each `failed` row failed, by source account id; the row shows the error's message.
   * @default `unknown` for a failed row without one
   */
  rowErrors?: Readonly<Record<string, ErrorCode>> | undefined;
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
   * `value`, `rowPhases`, `rowErrors`, `problems`, `submitAttempted` and the callbacks are not read.
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
      rowPhases,
      rowErrors,
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
    const defaultDraft = useMemo<RowDraft>(
      () => defaultDraftProp ?? untouchedDraft(today),
      [defaultDraftProp, today],
    );
    const standalone = useStandaloneMapper({
      accounts,
      value: valueProp,
      defaultValue,
      onValueChange,
      defaultDraft,
      rowPhases,
      rowErrors,
      problems: problemsProp,
      organisation,
      today,
      submitting,
      submitAttempted: submitAttemptedProp,
    });
    const { value, markAttempted } = standalone;
    const api = connectProp ?? standalone.connect;
    const wired = connectProp !== undefined;
    // Bumped by every press of Connect, so focus moves even when nothing else changed.
    const [attempt, setAttempt] = useState(0);
    const now = useLatest({ value, api });
    const [namesOf] = useState(createNameIndex);
    const nameById = namesOf(api.rows);

    // Rows send their edits through these stable actions, to the machine of the last render.
    const choose = useCallback(
      (accountId: string, choice: TargetChoice) => now.current.api.choose(accountId, choice),
      [now],
    );
    const setStartDate = useCallback(
      (accountId: string, feedStartDate: CalendarDate) =>
        now.current.api.setStartDate(accountId, feedStartDate),
      [now],
    );

    const takenBy = useCallback(
      (targetAccountId: string, except: string) =>
        choosersOf(now.current.api.rows)
          .get(targetAccountId)
          ?.find((row) => row.id !== except)?.account.name,
      [now],
    );

    const submit = useCallback(() => {
      const { api: current, value: drafts } = now.current;
      const count = current.problemCount;
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
      if (attempt === 0 || !api.refused) return;
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
        choose,
        setStartDate,
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
        choose,
        setStartDate,
        takenBy,
        today,
        disabled,
        submitting,
        dateDescriptionId,
        announcer,
      ],
    );
    const state: AccountMapperState = {
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
            data-invalid={dataFlag(api.refused)}
          >
            {children}
            <LiveRegion announcer={announcer} scope={accountMapperAnatomy.scope} />
          </div>
        </AccountMapperStateContext.Provider>
      </AccountMapperActionsContext.Provider>
    );
  },
);
