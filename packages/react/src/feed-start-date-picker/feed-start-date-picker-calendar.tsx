'use client';
import { forwardRef, useMemo, type HTMLAttributes, type KeyboardEvent } from 'react';
import type { DayPickerProps } from 'react-day-picker';
import { useI18n } from '../i18n/i18n-context';
import { useFeedStartDatePickerContext } from './feed-start-date-picker-context';
import { toLocalDate } from './date-text';
import { useCalendarModule, useCalendarPrefetch } from './calendar-loader';
import { feedStartDatePickerAnatomy } from './anatomy';

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
export const FeedStartDatePickerCalendar = /* @__PURE__ */ forwardRef<
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
  const KitDayPicker = calendar.module?.KitDayPicker;

  return (
    <div
      role="group"
      aria-label={t('datePicker.calendar')}
      aria-describedby={ctx.ids.description}
      {...props}
      ref={ref}
      id={ctx.ids.calendar}
      {...feedStartDatePickerAnatomy.attrs('calendar')}
      onKeyDown={(event: KeyboardEvent<HTMLDivElement>) => {
        onKeyDown?.(event);
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          event.stopPropagation();
          ctx.setOpen(false, 'trigger');
        }
      }}
    >
      {KitDayPicker ? (
        <KitDayPicker
          locale={locale}
          t={t}
          dayPickerLocale={ctx.dayPickerLocale}
          selected={selected}
          earliest={earliest}
          latest={latest}
          onChoose={(day) => {
            if (day) ctx.commit(day);
            ctx.setOpen(false, 'input');
          }}
          dayPickerProps={dayPickerProps}
        />
      ) : (
        // Focus stays on the control that opened the calendar; the day takes it once it arrives.
        <p role="status" {...feedStartDatePickerAnatomy.attrs('calendarStatus')}>
          {t(calendar.status === 'failed' ? 'datePicker.loadFailed' : 'datePicker.loading')}
        </p>
      )}
    </div>
  );
});
