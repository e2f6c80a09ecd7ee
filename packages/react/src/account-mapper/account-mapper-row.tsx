'use client';
import { forwardRef, memo, useEffect, useId, useRef, useState, type HTMLAttributes } from 'react';
import { checkFeedStartDate, maskAccountNumber } from '@bankfeeds/model';
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
import { problemMessage } from './problem-message';
import type {
  DraftProblem,
  MapperAccount,
  MappingDraft,
  MappingSuggestion,
  RowSubmitStatus,
} from './types';
import { accountMapperAnatomy } from './anatomy';

/** Props of `AccountMapper.Row`: one source account and everything shown about it. */
export interface AccountMapperRowProps extends HTMLAttributes<HTMLTableRowElement> {
  account: MapperAccount;
  /** The row's draft. @default the root's `defaultDraft` */
  draft?: MappingDraft | undefined;
  /**
   * The row's problems to show (the client's `validateDraft`), each under its field and named by
   * the field's `aria-describedby`. @default none
   */
  problems?: readonly DraftProblem[] | undefined;
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
    <span {...accountMapperAnatomy.attrs('accountNumber')}>
      <span aria-hidden="true">{masked}</span>
      <span data-part="announcer">{t('mapper.accountEnding', { last4 })}</span>
    </span>
  );
}

/**
 * One row of the mapper. Memoised and fed only its own data, so changing one row re-renders one
 * row (the client's `connectSetup` keeps a row's problems, draft and status while they stay). Renders a `<tr>`; use inside `AccountMapper.Table` or your own `<tbody>`.
 */
export const AccountMapperRow = /* @__PURE__ */ memo(
  /* @__PURE__ */ forwardRef<HTMLTableRowElement, AccountMapperRowProps>(function AccountMapperRow(
    { account, draft: draftProp, problems = [], status, suggestion, className, ...rest },
    ref,
  ) {
    const i18n = useI18n();
    const { t, locale } = i18n;
    const {
      setDraft,
      defaultDraft,
      today,
      disabled,
      dateDescriptionId,
      takenBy,
      nameOf,
      rowId,
      announcer,
    } = useAccountMapperActions('Row');
    const targetRef = useRef<HTMLButtonElement>(null);
    // The calendar (react-day-picker) is mounted only while open: a thousand closed calendars
    // still cost their hooks and dates on the first render.
    const [calendarOpen, setCalendarOpen] = useState(false);
    const draft = draftProp ?? defaultDraft;
    const id = useId();
    const errorId = `${id}-error`;
    const dateErrorId = `${id}-date-error`;
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

    const context = { account, draft, nameOf, today, locale };
    const targetProblems = problems
      .filter((p) => p.field === 'target')
      .map((p) => problemMessage(i18n, p, context));
    // The date picker already says why the day on screen is refused; the row adds what it can't
    // know (no date at all), so a problem never reads twice.
    const pickerShows = draft.feedStartDate ? checkFeedStartDate(draft.feedStartDate, today) : null;
    const dateProblems = problems.filter((p) => p.field === 'feedStartDate');
    const dateMessages = dateProblems
      .filter((p) => p.code !== pickerShows)
      .map((p) => problemMessage(i18n, p, context));
    if (targetProblems.length === 0 && failed && status.errorCode) {
      targetProblems.push(t(`error.${status.errorCode}`));
    }
    const problem = targetProblems.length > 0 ? targetProblems.join(' ') : null;

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
        id={rest.id ?? rowId(account.id)}
        className={className}
        {...accountMapperAnatomy.attrs('row')}
        data-state={stateName}
        data-invalid={dataFlag(problem !== null || dateProblems.length > 0)}
        data-connected={dataFlag(connected)}
      >
        <th scope="row" {...accountMapperAnatomy.attrs('account')}>
          <span {...accountMapperAnatomy.attrs('accountName')}>{account.name}</span>{' '}
          <span {...accountMapperAnatomy.attrs('meta')}>
            <AccountNumber value={account.accountNumber} />
            {account.sortCode ? (
              <> · {t('mapper.sortCode', { sortCode: account.sortCode })}</>
            ) : null}{' '}
            · {account.currency}
          </span>
        </th>
        <td {...accountMapperAnatomy.attrs('balance')}>
          {account.balance === null
            ? t('common.notAvailable')
            : formatAmount(account.balance, account.currency, locale)}
        </td>
        <td {...accountMapperAnatomy.attrs('target')}>
          {connected ? (
            <span {...accountMapperAnatomy.attrs('connectedTarget')}>
              {t('mapper.connectedTo', { target: account.connectedTargetName ?? '' })}
            </span>
          ) : (
            <AccountMapperTargetSelect
              ref={targetRef}
              account={account}
              choice={draft.choice}
              onChoiceChange={(choice) => setDraft(account.id, { ...draft, choice })}
              invalid={problems.some((p) => p.field === 'target') || failed}
              aria-describedby={problem ? errorId : undefined}
            />
          )}
          {showSuggestion ? (
            <p {...accountMapperAnatomy.attrs('suggestion')}>
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
                {...accountMapperAnatomy.attrs('suggestionAccept')}
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
            <p id={errorId} {...accountMapperAnatomy.attrs('rowError')}>
              {problem}
            </p>
          ) : null}
        </td>
        <td {...accountMapperAnatomy.attrs('startDate')}>
          {connected ? (
            account.feedStartDate ? (
              formatCalendarDate(account.feedStartDate, locale)
            ) : (
              t('common.notAvailable')
            )
          ) : (
            <FeedStartDatePickerRoot
              value={draft.feedStartDate}
              // The draft holds what the field shows, refused or cleared, so Connect never sends
              // another day than the one on screen.
              onValueChange={(feedStartDate) => setDraft(account.id, { ...draft, feedStartDate })}
              onValueRefused={(refused) =>
                setDraft(account.id, { ...draft, feedStartDate: refused })
              }
              today={today}
              disabled={disabled || draft.choice?.type === 'skip'}
              invalid={dateProblems.length > 0}
              open={calendarOpen}
              onOpenChange={setCalendarOpen}
            >
              <FeedStartDatePickerControl>
                <FeedStartDatePickerInput
                  aria-label={t('mapper.startDate.label', { account: account.name })}
                  aria-describedby={cx(dateDescriptionId, dateMessages.length > 0 && dateErrorId)}
                />
                <FeedStartDatePickerTrigger
                  aria-label={t('mapper.startDate.calendar', { account: account.name })}
                />
              </FeedStartDatePickerControl>
              <FeedStartDatePickerErrorText />
              {dateMessages.length > 0 ? (
                <p id={dateErrorId} {...accountMapperAnatomy.attrs('rowError')}>
                  {dateMessages.join(' ')}
                </p>
              ) : null}
              {calendarOpen ? <FeedStartDatePickerCalendar /> : null}
            </FeedStartDatePickerRoot>
          )}
        </td>
        <td {...accountMapperAnatomy.attrs('status')}>
          <span {...accountMapperAnatomy.attrs('badge')} data-state={stateName}>
            {statusLabel}
          </span>
        </td>
      </tr>
    );
  }),
);
