'use client';
import { forwardRef, memo, useEffect, useId, useRef, type HTMLAttributes } from 'react';
import { maskAccountNumber } from '@bankfeeds/model';
import { useI18n } from '../i18n/i18n-context';
import { formatAmount, formatCalendarDate } from '../i18n/format';
import { cx, dataFlag } from '../internal/dom';
import { FeedStartDatePickerRoot } from '../feed-start-date-picker/feed-start-date-picker-root';
import { FeedStartDatePickerCalendar } from '../feed-start-date-picker/feed-start-date-picker-calendar';
import {
  FeedStartDatePickerControl,
  FeedStartDatePickerErrorText,
  FeedStartDatePickerInput,
  FeedStartDatePickerTrigger,
} from '../feed-start-date-picker/feed-start-date-picker-parts';
import { useAccountMapperActions } from './account-mapper-context';
import { AccountMapperTargetSelect } from './target-select';
import type {
  MapperAccount,
  MappingDraft,
  MappingSuggestion,
  RowIssue,
  RowSubmitStatus,
} from './types';

const scope = 'account-mapper';

/** Props of `AccountMapper.Row`: one source account and everything shown about it. */
export interface AccountMapperRowProps extends HTMLAttributes<HTMLTableRowElement> {
  account: MapperAccount;
  /** The row's draft. @default the root's `defaultDraft` */
  draft?: MappingDraft | undefined;
  /** A problem to show. @default undefined */
  issue?: RowIssue | undefined;
  /** Where the row stands after Connect. @default undefined */
  status?: RowSubmitStatus | undefined;
  /** A likely target to offer. @default undefined */
  suggestion?: MappingSuggestion | undefined;
}

/** The masked number with the bullets hidden from screen readers, which read "ending 4321". */
function AccountNumber({ value }: { value: string | null }) {
  const { t } = useI18n();
  const masked = maskAccountNumber(value);
  if (!masked) return null;
  const last4 = masked.replace(/•/g, '');
  return (
    <span data-scope={scope} data-part="account-number">
      <span aria-hidden="true">{masked}</span>
      <span data-part="announcer">{t('mapper.accountEnding', { last4 })}</span>
    </span>
  );
}

/**
 * One row of the mapper. Memoised and fed only its own data, so changing one row re-renders one
 * row. Renders a `<tr>`; use inside `AccountMapper.Table` or your own `<tbody>`.
 */
export const AccountMapperRow = memo(
  forwardRef<HTMLTableRowElement, AccountMapperRowProps>(function AccountMapperRow(
    { account, draft: draftProp, issue, status, suggestion, className, ...rest },
    ref,
  ) {
    const { t, locale } = useI18n();
    const { setDraft, defaultDraft, today, disabled, dateDescriptionId, takenBy, announcer } =
      useAccountMapperActions('Row');
    const targetRef = useRef<HTMLButtonElement>(null);
    const draft = draftProp ?? defaultDraft;
    const id = useId();
    const errorId = `${id}-error`;
    const connected = account.status === 'connected';
    const failed = status?.state === 'failed';
    const stateName = status && status.state !== 'idle' ? status.state : account.status;
    const statusLabel =
      status && status.state !== 'idle'
        ? t(status.state === 'connecting' ? 'status.connecting' : `mapper.row.${status.state}`)
        : t(`status.${account.status}`);

    // The badge changes silently; say it once per change of the row's state, politely, with the
    // account's name (rows changing together are heard as one message).
    const submitState = status && status.state !== 'idle' ? status.state : null;
    const announced = useRef(submitState);
    useEffect(() => {
      if (submitState === announced.current) return;
      announced.current = submitState;
      if (submitState) {
        announcer.queue(t('mapper.row.announce', { account: account.name, status: statusLabel }));
      }
    }, [submitState, statusLabel, account.name, announcer, t]);

    let problem: string | null = null;
    if (issue?.code === 'target-taken') {
      problem = t('mapper.validation.target-taken', {
        target: issue.targetName ?? '',
        account: issue.otherAccountName ?? '',
      });
    } else if (issue?.code === 'currency-not-enabled') {
      problem = t('mapper.validation.currency-not-enabled', { currency: account.currency });
    } else if (issue?.code === 'invalid-start-date') {
      problem = t('mapper.validation.invalid-start-date');
    } else if (failed && status.errorCode) {
      problem = t(`error.${status.errorCode}`);
    }

    const showSuggestion =
      !connected &&
      suggestion &&
      !(
        draft.choice?.type === 'existing' &&
        draft.choice.targetAccountId === suggestion.targetAccountId
      ) &&
      takenBy(suggestion.targetAccountId, account.id) === undefined;

    return (
      <tr
        {...rest}
        ref={ref}
        className={className}
        data-scope={scope}
        data-part="row"
        data-state={stateName}
        data-invalid={dataFlag(problem !== null)}
        data-connected={dataFlag(connected)}
      >
        <th scope="row" data-scope={scope} data-part="account">
          <span data-scope={scope} data-part="account-name">
            {account.name}
          </span>{' '}
          <span data-scope={scope} data-part="meta">
            <AccountNumber value={account.accountNumber} />
            {account.sortCode ? (
              <> · {t('mapper.sortCode', { sortCode: account.sortCode })}</>
            ) : null}{' '}
            · {account.currency}
          </span>
        </th>
        <td data-scope={scope} data-part="balance">
          {account.balance === null
            ? t('common.notAvailable')
            : formatAmount(account.balance, account.currency, locale)}
        </td>
        <td data-scope={scope} data-part="target">
          {connected ? (
            <span data-scope={scope} data-part="connected-target">
              {t('mapper.connectedTo', { target: account.connectedTargetName ?? '' })}
            </span>
          ) : (
            <AccountMapperTargetSelect
              ref={targetRef}
              account={account}
              choice={draft.choice}
              onChoiceChange={(choice) => setDraft(account.id, { ...draft, choice })}
              invalid={problem !== null && issue?.code !== 'invalid-start-date'}
              aria-describedby={problem ? errorId : undefined}
            />
          )}
          {showSuggestion ? (
            <p data-scope={scope} data-part="suggestion">
              <span>
                {t('mapper.suggestion', {
                  name: suggestion.targetName,
                  reason: t(`mapper.suggestion.${suggestion.reason}`),
                })}
              </span>
              <button
                type="button"
                disabled={disabled}
                aria-label={t('mapper.suggestion.acceptFor', {
                  name: suggestion.targetName,
                  account: account.name,
                })}
                data-scope={scope}
                data-part="suggestion-accept"
                onClick={() => {
                  // This button goes once the suggestion is taken: focus moves to the choice it
                  // made rather than falling to the page.
                  targetRef.current?.focus();
                  setDraft(account.id, {
                    ...draft,
                    choice: { type: 'existing', targetAccountId: suggestion.targetAccountId },
                  });
                }}
              >
                {t('mapper.suggestion.accept')}
              </button>
            </p>
          ) : null}
          {problem ? (
            <p id={errorId} data-scope={scope} data-part="row-error">
              {problem}
            </p>
          ) : null}
        </td>
        <td data-scope={scope} data-part="start-date">
          {connected ? (
            account.feedStartDate ? (
              formatCalendarDate(account.feedStartDate, locale)
            ) : (
              t('common.notAvailable')
            )
          ) : (
            <FeedStartDatePickerRoot
              value={draft.feedStartDate}
              onValueChange={(feedStartDate) => {
                if (feedStartDate) setDraft(account.id, { ...draft, feedStartDate });
              }}
              today={today}
              disabled={disabled || draft.choice?.type === 'skip'}
              invalid={issue?.code === 'invalid-start-date'}
            >
              <FeedStartDatePickerControl>
                <FeedStartDatePickerInput
                  aria-label={t('mapper.startDate.label', { account: account.name })}
                  aria-describedby={cx(
                    dateDescriptionId,
                    issue?.code === 'invalid-start-date' && errorId,
                  )}
                />
                <FeedStartDatePickerTrigger
                  aria-label={t('mapper.startDate.calendar', { account: account.name })}
                />
              </FeedStartDatePickerControl>
              <FeedStartDatePickerErrorText />
              <FeedStartDatePickerCalendar />
            </FeedStartDatePickerRoot>
          )}
        </td>
        <td data-scope={scope} data-part="status">
          <span data-scope={scope} data-part="badge" data-state={stateName}>
            {statusLabel}
          </span>
        </td>
      </tr>
    );
  }),
);
