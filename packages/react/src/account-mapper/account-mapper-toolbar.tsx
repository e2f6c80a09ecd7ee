'use client';
import { useState, type HTMLAttributes } from 'react';
import { feedStartDateBounds, type CalendarDate } from '@bankfeeds/model';
import { useI18n } from '../i18n/i18n-context';
import { formatCalendarDate } from '../i18n/format';
import { formatDateText } from '../feed-start-date-picker/date-text';
import { FeedStartDatePicker } from '../feed-start-date-picker/feed-start-date-picker';
import { useAccountMapperActions, useAccountMapperState } from './account-mapper-context';
import { takenTargets } from './mapping-logic';
import type { MappingValue } from './types';

const scope = 'account-mapper';

/** Props of `AccountMapper.DateBounds`. */
export type AccountMapperDateBoundsProps = HTMLAttributes<HTMLParagraphElement>;

/** The one explanation of the feed start date bounds that every row's date field points to. */
export function AccountMapperDateBounds(props: AccountMapperDateBoundsProps) {
  const { t, locale } = useI18n();
  const { today, dateDescriptionId } = useAccountMapperActions('DateBounds');
  const { earliest, latest } = feedStartDateBounds(today);
  return (
    <p {...props} id={dateDescriptionId} data-scope={scope} data-part="description">
      {t('datePicker.bounds', {
        earliest: formatCalendarDate(earliest, locale),
        latest: formatCalendarDate(latest, locale),
      })}{' '}
      {t('datePicker.formatHint', { example: formatDateText(today, locale) })}
    </p>
  );
}

/** Props of `AccountMapper.ApplyAll`. */
export type AccountMapperApplyAllProps = HTMLAttributes<HTMLDivElement>;

/** One feed start date for every account not yet connected. */
export function AccountMapperApplyAll(props: AccountMapperApplyAllProps) {
  const { t, plural, locale } = useI18n();
  const { today, disabled, announcer, defaultDraft } = useAccountMapperActions('ApplyAll');
  const { accounts, update } = useAccountMapperState('ApplyAll');
  const [date, setDate] = useState<CalendarDate | null>(today);
  const apply = () => {
    if (!date) return;
    let count = 0;
    update((value) => {
      const next: Record<string, MappingValue[string]> = { ...value };
      for (const account of accounts) {
        if (account.status === 'connected') continue;
        const draft = value[account.id] ?? defaultDraft;
        next[account.id] = { ...draft, feedStartDate: date };
        count += 1;
      }
      return next;
    });
    announcer.announce(
      plural('mapper.applyAll.done', count, { date: formatCalendarDate(date, locale) }),
    );
  };
  return (
    <div {...props} data-scope={scope} data-part="apply-all">
      <FeedStartDatePicker
        value={date}
        onValueChange={setDate}
        today={today}
        disabled={disabled}
        label={t('mapper.applyAll.label')}
        showDescription={false}
      />
      <button
        type="button"
        disabled={disabled || !date}
        onClick={apply}
        data-scope={scope}
        data-part="apply-all-button"
      >
        {t('mapper.applyAll.button')}
      </button>
    </div>
  );
}

/** Props of `AccountMapper.AcceptSuggestions`. */
export type AccountMapperAcceptSuggestionsProps = HTMLAttributes<HTMLButtonElement>;

/** Accepts every suggestion for rows without a choice whose target is still free; hidden when there is none. */
export function AccountMapperAcceptSuggestions(props: AccountMapperAcceptSuggestionsProps) {
  const { plural } = useI18n();
  const { disabled, announcer, defaultDraft } = useAccountMapperActions('AcceptSuggestions');
  const { accounts, value, suggestions, update } = useAccountMapperState('AcceptSuggestions');
  const taken = takenTargets(accounts, value);
  const open = accounts.filter((account) => {
    const suggestion = suggestions.get(account.id);
    const choice = value[account.id]?.choice;
    // Rows still open: nothing chosen, or "Don't connect" (the setup store's starting draft).
    return (
      suggestion && (!choice || choice.type === 'skip') && !taken.has(suggestion.targetAccountId)
    );
  });
  if (open.length === 0) return null;
  const accept = () => {
    let count = 0;
    update((current) => {
      const next: Record<string, MappingValue[string]> = { ...current };
      const used = takenTargets(accounts, current);
      for (const account of open) {
        const suggestion = suggestions.get(account.id)!;
        if (used.has(suggestion.targetAccountId)) continue;
        used.set(suggestion.targetAccountId, account.id);
        next[account.id] = {
          ...(current[account.id] ?? defaultDraft),
          choice: { type: 'existing', targetAccountId: suggestion.targetAccountId },
        };
        count += 1;
      }
      return next;
    });
    announcer.announce(plural('mapper.suggestions.accepted', count));
  };
  return (
    <button
      type="button"
      {...props}
      disabled={disabled}
      onClick={accept}
      data-scope={scope}
      data-part="accept-suggestions"
    >
      {plural('mapper.suggestions.acceptAll', open.length)}
    </button>
  );
}
