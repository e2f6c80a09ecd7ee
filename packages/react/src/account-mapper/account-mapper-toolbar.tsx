'use client';
import { forwardRef, useState, type ButtonHTMLAttributes, type HTMLAttributes } from 'react';
import { createSlot } from '../internal/create-slot';
import { feedStartDateBounds, type CalendarDate } from '@bankfeeds/model';
import { useI18n } from '../i18n/i18n-context';
import { formatCalendarDate } from '../i18n/format';
import { partContent } from '../internal/slot';
import { formatDateText } from '../feed-start-date-picker/date-text';
import { FeedStartDatePicker } from '../feed-start-date-picker/feed-start-date-picker';
import { useAccountMapperActions, useAccountMapperState } from './account-mapper-context';
import { accountMapperAnatomy } from './anatomy';

/** Props of `AccountMapper.DateBounds`. */
export interface AccountMapperDateBoundsProps extends HTMLAttributes<HTMLParagraphElement> {
  /**
   * Renders the only child (your own text component) instead of the `<p>`, with the part's props,
   * `id` (which every row's date field points to) and data attributes merged onto it; the child
   * supplies the content, or gets the kit's explanation when it has none. @default false
   */
  asChild?: boolean | undefined;
}

const DateBoundsSlot = /* @__PURE__ */ createSlot<HTMLParagraphElement>('AccountMapper.DateBounds');

/**
 * The one explanation of the feed start date bounds that every row's date field points to.
 * Children replace the text.
 */
export const AccountMapperDateBounds = /* @__PURE__ */ forwardRef<
  HTMLParagraphElement,
  AccountMapperDateBoundsProps
>(function AccountMapperDateBounds({ asChild = false, children, ...props }, ref) {
  const { t, locale } = useI18n();
  const { today, dateDescriptionId } = useAccountMapperActions('DateBounds');
  const { earliest, latest } = feedStartDateBounds(today);
  const Text = asChild ? DateBoundsSlot : 'p';
  return (
    <Text
      {...props}
      ref={ref}
      id={dateDescriptionId}
      {...accountMapperAnatomy.attrs('description')}
    >
      {partContent(
        asChild,
        children,
        <>
          {t('datePicker.bounds', {
            earliest: formatCalendarDate(earliest, locale),
            latest: formatCalendarDate(latest, locale),
          })}{' '}
          {t('datePicker.formatHint', { example: formatDateText(today, locale) })}
        </>,
      )}
    </Text>
  );
});

/** Props of `AccountMapper.ApplyAll`. */
export type AccountMapperApplyAllProps = HTMLAttributes<HTMLDivElement>;

/** One feed start date for every account that will connect (rows left as "Don't connect" keep theirs). */
export const AccountMapperApplyAll = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  AccountMapperApplyAllProps
>(function AccountMapperApplyAll(props, ref) {
  const { t, plural, locale } = useI18n();
  const { today, disabled, announcer } = useAccountMapperActions('ApplyAll');
  const { api } = useAccountMapperState('ApplyAll');
  const [date, setDate] = useState<CalendarDate | null>(today);
  const apply = () => {
    if (!date) return;
    const count = api.applyToAll(date);
    announcer.announce(
      plural('mapper.applyAll.done', count, { date: formatCalendarDate(date, locale) }),
    );
  };
  return (
    <div {...props} ref={ref} {...accountMapperAnatomy.attrs('applyAll')}>
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
        {...accountMapperAnatomy.attrs('applyAllButton')}
      >
        {t('mapper.applyAll.button')}
      </button>
    </div>
  );
});

/** Props of `AccountMapper.AcceptSuggestions`. */
export interface AccountMapperAcceptSuggestionsProps extends HTMLAttributes<HTMLButtonElement> {
  /**
   * Renders the only child (your own button) instead of the `<button>`, with the part's props,
   * `disabled`, data attributes and click handling merged onto it; the child supplies the
   * content, or gets the kit's text ("Accept 2 suggestions") when it has none. @default false
   */
  asChild?: boolean | undefined;
}

const AcceptSuggestionsSlot = /* @__PURE__ */ createSlot<
  HTMLButtonElement,
  ButtonHTMLAttributes<HTMLButtonElement>
>('AccountMapper.AcceptSuggestions');

/**
 * Accepts every suggestion for rows without a choice whose target is still free; hidden when there
 * is none. Children replace the text ("Accept 2 suggestions").
 */
export const AccountMapperAcceptSuggestions = /* @__PURE__ */ forwardRef<
  HTMLButtonElement,
  AccountMapperAcceptSuggestionsProps
>(function AccountMapperAcceptSuggestions({ asChild = false, children, onClick, ...props }, ref) {
  const { plural } = useI18n();
  const { disabled, announcer } = useAccountMapperActions('AcceptSuggestions');
  const { api } = useAccountMapperState('AcceptSuggestions');
  if (api.suggestionCount === 0) return null;
  const accept = () => {
    announcer.announce(plural('mapper.suggestions.accepted', api.acceptSuggestions()));
  };
  const Button = asChild ? AcceptSuggestionsSlot : 'button';
  return (
    <Button
      type="button"
      {...props}
      ref={ref}
      disabled={disabled}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) accept();
      }}
      {...accountMapperAnatomy.attrs('acceptSuggestions')}
    >
      {partContent(asChild, children, plural('mapper.suggestions.acceptAll', api.suggestionCount))}
    </Button>
  );
});
