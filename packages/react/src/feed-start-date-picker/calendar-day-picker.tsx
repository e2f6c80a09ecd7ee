/**
 * The calendar library and the kit's settings for it, in a module of its own so the kit loads it
 * with `import()` the first time a calendar opens (or when the browser is idle after a picker
 * mounts): react-day-picker with date-fns is about 20 kB min+gzip, which a customer who types the
 * date never needs. Only this module imports react-day-picker's code; every other file imports its
 * types alone.
 */
import { DayPicker, type DayPickerProps, type Modifiers } from 'react-day-picker';
import type { CalendarDate } from '@bankfeeds/model';
import type { Translator } from '../i18n/translate';
import { firstDayOfWeek, formatDayLabel, formatMonthYear, formatWeekday } from '../i18n/format';
import { fromLocalDate } from './date-text';

/** What the calendar part hands the calendar module. */
export interface KitDayPickerProps {
  locale: string;
  t: Translator['t'];
  dayPickerLocale: DayPickerProps['locale'];
  selected: Date | undefined;
  earliest: Date;
  latest: Date;
  /** A day chosen (or the chosen day clicked again: `null`). */
  onChoose(day: CalendarDate | null): void;
  dayPickerProps: Partial<DayPickerProps> | undefined;
}

/** DayPicker limited to the feed's bounds, named and labelled in the kit's locale. */
export function KitDayPicker({
  locale,
  t,
  dayPickerLocale,
  selected,
  earliest,
  latest,
  onChoose,
  dayPickerProps,
}: KitDayPickerProps) {
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
    <DayPicker
      locale={dayPickerLocale}
      weekStartsOn={dayPickerLocale ? undefined : firstDayOfWeek(locale)}
      formatters={
        dayPickerLocale
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
      // A second click on the chosen day deselects in DayPicker; the part keeps the feed date.
      onSelect={(date) => onChoose(date ? fromLocalDate(date) : null)}
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
  );
}
