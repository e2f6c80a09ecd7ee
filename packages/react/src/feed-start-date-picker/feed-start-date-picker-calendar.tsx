'use client';
import { forwardRef, useMemo, type HTMLAttributes, type KeyboardEvent } from 'react';
import type { DayPickerProps, Modifiers } from 'react-day-picker';
import { useI18n } from '../i18n/i18n-context';
import { firstDayOfWeek, formatDayLabel, formatMonthYear, formatWeekday } from '../i18n/format';
import { useFeedStartDatePickerContext } from './feed-start-date-picker-context';
import { fromLocalDate, toLocalDate } from './date-text';
import { useCalendarModule, useCalendarPrefetch } from './calendar-loader';

/** Props of `FeedStartDatePicker.Calendar`. */
export interface FeedStartDatePickerCalendarProps extends HTMLAttributes<HTMLDivElement> {
  /** Extra props for react-day-picker's `DayPicker` (e.g. `classNames`, `components`, `weekStartsOn`). @default undefined */
  dayPickerProps?:
    | Omit<
        Partial<DayPickerProps>,
        'mode' | 'selected' | 'onSelect' | 'disabled' | 'required' | 'startMonth' | 'endMonth'
      >
    | undefined;
}

/**
 * The calendar (react-day-picker), shown while the picker is open. Days after today and more than a
 * year back are disabled; the description says why. Escape closes it and returns focus. The ref
 * is `null` while it is closed.
 *
 * The calendar library is loaded on first open, or earlier when the browser is idle after the part
 * mounts; until it arrives the part says "Loading calendar…" (typed entry works all along).
 */
export const FeedStartDatePickerCalendar = forwardRef<
  HTMLDivElement,
  FeedStartDatePickerCalendarProps
>(function FeedStartDatePickerCalendar({ dayPickerProps, onKeyDown, ...props }, ref) {
  const ctx = useFeedStartDatePickerContext('Calendar');
  const { t, locale } = useI18n();
  const earliest = useMemo(() => toLocalDate(ctx.bounds.earliest), [ctx.bounds.earliest]);
  const latest = useMemo(() => toLocalDate(ctx.bounds.latest), [ctx.bounds.latest]);
  const selected = ctx.value ? toLocalDate(ctx.value) : undefined;
  const calendar = useCalendarModule(ctx.open);
  useCalendarPrefetch();

  if (!ctx.open) return null;
  const DayPicker = calendar.module?.DayPicker;

  // Day names read as "Friday, 27 November 2026": the visible number is a word of the accessible
  // name, which WCAG 2.5.3 (label in name) asks for; "November 27th" would not match "27".
  const labelDayButton = (date: Date, modifiers: Modifiers) => {
    let label = formatDayLabel(date, locale);
    if (modifiers.today) label = t('datePicker.day.today', { label });
    if (modifiers.selected) label = t('datePicker.day.selected', { label });
    if (modifiers.disabled) label = t('datePicker.day.unavailable', { label });
    return label;
  };

  // Names come from Intl in the kit's locale rather than a date-fns locale object, so every
  // language gets its month and weekday names and first weekday without shipping a locale.
  const monthYear = (month: Date) => formatMonthYear(month, locale);

  return (
    <div
      role="group"
      aria-label={t('datePicker.calendar')}
      aria-describedby={ctx.ids.description}
      {...props}
      ref={ref}
      id={ctx.ids.calendar}
      data-scope="feed-start-date-picker"
      data-part="calendar"
      onKeyDown={(event: KeyboardEvent<HTMLDivElement>) => {
        onKeyDown?.(event);
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          event.stopPropagation();
          ctx.setOpen(false, 'trigger');
        }
      }}
    >
      {DayPicker ? (
        <DayPicker
          locale={ctx.dayPickerLocale}
          weekStartsOn={ctx.dayPickerLocale ? undefined : firstDayOfWeek(locale)}
          formatters={
            ctx.dayPickerLocale
              ? undefined
              : {
                  formatCaption: monthYear,
                  formatWeekdayName: (weekday) => formatWeekday(weekday, locale, 'short'),
                }
          }
          defaultMonth={selected ?? latest}
          today={latest}
          autoFocus
          {...dayPickerProps}
          mode="single"
          selected={selected}
          onSelect={(date) => {
            // A second click on the chosen day deselects in DayPicker; the feed date stays chosen.
            if (date) ctx.commit(fromLocalDate(date));
            ctx.setOpen(false, 'input');
          }}
          disabled={[{ before: earliest }, { after: latest }]}
          startMonth={earliest}
          endMonth={latest}
          labels={{
            labelDayButton,
            labelGrid: monthYear,
            labelWeekday: (weekday) => formatWeekday(weekday, locale, 'long'),
            labelNav: () => t('datePicker.months'),
            labelPrevious: () => t('datePicker.previousMonth'),
            labelNext: () => t('datePicker.nextMonth'),
            ...dayPickerProps?.labels,
          }}
        />
      ) : (
        // Focus stays on the control that opened the calendar; the day takes it once it arrives.
        <p role="status" data-scope="feed-start-date-picker" data-part="calendar-status">
          {t(calendar.status === 'failed' ? 'datePicker.loadFailed' : 'datePicker.loading')}
        </p>
      )}
    </div>
  );
});
