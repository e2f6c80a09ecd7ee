import { isCalendarDate, type CalendarDate } from '@bankfeeds/model';
import { cached, calendarDateToUtc } from '../i18n/format';

type Field = 'day' | 'month' | 'year';

/** The locale's numeric date format (`27/11/2026`), made once per locale. */
const numericFormat = (locale: string) =>
  cached(
    `dt|${locale}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );

/** The order the locale writes day, month and year in. */
const fieldOrder = (locale: string): Field[] =>
  numericFormat(locale)
    .formatToParts(new Date(Date.UTC(2000, 0, 2)))
    .map((part) => part.type)
    .filter((type): type is Field => type === 'day' || type === 'month' || type === 'year');

/** A calendar day as the user would type it in their locale (`27/11/2026`, `11/27/2026`). */
export function formatDateText(day: CalendarDate, locale: string): string {
  return numericFormat(locale).format(calendarDateToUtc(day));
}

/**
 * Reads a typed date: the locale's numeric order (`27/11/2026` in fr, `11/27/2026` in en-US)
 * with any separators, or ISO `2026-11-27`. Returns `null` when it is not a real day.
 */
export function parseDateText(text: string, locale: string): CalendarDate | null {
  const groups = text.trim().match(/\d+/g);
  if (!groups || groups.length !== 3) return null;
  const fields: Partial<Record<Field, string>> = {};
  const order: Field[] = groups[0]!.length === 4 ? ['year', 'month', 'day'] : fieldOrder(locale);
  order.forEach((field, index) => {
    fields[field] = groups[index];
  });
  const { year, month, day } = fields;
  if (!year || year.length !== 4 || !month || !day) return null;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}

/** The local-midnight `Date` of a calendar day, as the day picker expects. */
export function toLocalDate(day: CalendarDate): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** The calendar day of a local `Date`. */
export function fromLocalDate(date: Date): CalendarDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
