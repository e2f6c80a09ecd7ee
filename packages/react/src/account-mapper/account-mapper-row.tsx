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
import type { SetupRowView } from './types';
import { accountMapperAnatomy } from './anatomy';

/** Props of `AccountMapper.Row`: one source account and everything shown about it. */
export interface AccountMapperRowProps extends HTMLAttributes<HTMLTableRowElement> {
  /**
   * The row as the client's `connectSetup` reads it (one of `SetupConnect['rows']`): its account,
   * choice, start date as entered, problems (each shown under its field and named by the field's
   * `aria-describedby`), phase, error and suggestion.
   */
  row: SetupRowView;
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
 * One row of the mapper. Memoised and fed only its own view, so changing one row re-renders one
 * row (the client's `connectSetup` keeps a row's view while the row stays). Renders a `<tr>`; use
 * inside `AccountMapper.Table` or your own `<tbody>`.
 */
export const AccountMapperRow = /* @__PURE__ */ memo(
  /* @__PURE__ */ forwardRef<HTMLTableRowElement, AccountMapperRowProps>(function AccountMapperRow(
    { row, className, ...rest },
    ref,
  ) {
    const i18n = useI18n();
    const { t, locale } = i18n;
    const { choose, setStartDate, today, disabled, dateDescriptionId, nameOf, rowId, announcer } =
      useAccountMapperActions('Row');
    const targetRef = useRef<HTMLButtonElement>(null);
    // The calendar (react-day-picker) is mounted only while open: a thousand closed calendars
    // still cost their hooks and dates on the first render.
    const [calendarOpen, setCalendarOpen] = useState(false);
    const { account, choice, feedStartDate, problems, phase, suggestion } = row;
    const id = useId();
    const errorId = `${id}-error`;
    const dateErrorId = `${id}-date-error`;
    const connected = account.status === 'connected';
    const failed = phase === 'failed';
    // An idle row shows its account's status (Codat's); a row in a round shows its phase.
    const active = phase === 'idle' ? null : phase;
    const stateName = active ?? account.status;
    const statusLabel = active
      ? t(active === 'confirming' ? 'status.connecting' : `mapper.row.${active}`)
      : t(`status.${account.status}`);

    // The badge changes silently; say it once per change of the row's phase, politely, with the
    // account's name (rows changing together are heard as one message).
    const announced = useRef(active);
    useEffect(() => {
      if (active === announced.current) return;
      announced.current = active;
      if (active) {
        announcer.queue(t('mapper.row.announce', { account: account.name, status: statusLabel }));
      }
    }, [active, statusLabel, account.name, announcer, t]);

    const context = { account, choice, nameOf, today, locale };
    const targetProblems = problems
      .filter((p) => p.field === 'target')
      .map((p) => problemMessage(i18n, p, context));
    // The date picker already says why the day on screen is refused; the row adds what it can't
    // know (no date at all), so a problem never reads twice.
    const pickerShows = feedStartDate ? checkFeedStartDate(feedStartDate, today) : null;
    const dateProblems = problems.filter((p) => p.field === 'feedStartDate');
    const dateMessages = dateProblems
      .filter((p) => p.code !== pickerShows)
      .map((p) => problemMessage(i18n, p, context));
    if (targetProblems.length === 0 && failed && row.error) {
      targetProblems.push(t(`error.${row.error.code}`));
    }
    const problem = targetProblems.length > 0 ? targetProblems.join(' ') : null;
    // The client offers a suggestion only while the row is open, its choice is another, and no
    // row holds the target.
    const showSuggestion = !connected && suggestion !== null;

    return (
      <tr
        {...rest}
        ref={ref}
        id={rest.id ?? rowId(row.id)}
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
              choice={choice}
              onChoiceChange={(next) => choose(row.id, next)}
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
                  choose(row.id, { kind: 'existing', targetAccountId: suggestion.targetAccountId });
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
              // The picker holds no day as `null`; the draft, `''`.
              value={feedStartDate || null}
              // The draft holds what the field shows, refused or cleared, so Connect never sends
              // another day than the one on screen.
              onValueChange={(day) => setStartDate(row.id, day ?? '')}
              onValueRefused={(refused) => setStartDate(row.id, refused)}
              today={today}
              disabled={disabled || choice.kind === 'skip'}
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
