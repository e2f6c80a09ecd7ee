import type { CalendarDate } from '@bankfeeds/model';

// Building an Intl formatter costs far more than using one; a mapper with a thousand rows formats
// a thousand balances, so formatters are made once per locale (and currency) and kept.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** The formatter kept under `key`, made by `make` the first time. */
export function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(
  key: string,
  make: () => T,
): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/** A money amount in the user's locale, e.g. `£1,234.50` or `1 234,50 £`. Bad currency codes fall back to a plain number. */
export function formatAmount(amount: number, currency: string, locale: string): string {
  try {
    return cached(
      `n|${locale}|${currency}`,
      () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
    ).format(amount);
  } catch {
    // `XXX` and other non-ISO codes: show the number and the code as given.
    return `${cached(`n|${locale}`, () => new Intl.NumberFormat(locale, { minimumFractionDigits: 2 })).format(amount)} ${currency}`;
  }
}

/** How a calendar day is written. */
export type DateStyle = 'long' | 'medium' | 'short' | 'full';

/** Midnight UTC of a `YYYY-MM-DD` day: formatting it in UTC never shifts it to the day before. */
export function calendarDateToUtc(day: CalendarDate): Date {
  return new Date(
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))),
  );
}

/** A calendar day in the user's locale, e.g. `27 November 2026` / `27 novembre 2026`. */
export function formatCalendarDate(
  day: CalendarDate,
  locale: string,
  style: DateStyle = 'long',
): string {
  return cached(
    `d|${locale}|${style}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }),
  ).format(calendarDateToUtc(day));
}

/** A day's accessible name for the calendar: weekday, day, month and year, the day number as a word of its own. */
export function formatDayLabel(date: Date, locale: string): string {
  return cached(
    `dl|${locale}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }),
  ).format(date);
}

/** A calendar's month heading in the user's locale, e.g. `November 2026` / `novembre 2026`. */
export function formatMonthYear(date: Date, locale: string): string {
  return cached(
    `my|${locale}`,
    () => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }),
  ).format(date);
}

/** A weekday's name in the user's locale: `short` for column heads (`Mon`), `long` to read out. */
export function formatWeekday(date: Date, locale: string, width: 'short' | 'long'): string {
  return cached(
    `wd|${locale}|${width}`,
    () => new Intl.DateTimeFormat(locale, { weekday: width }),
  ).format(date);
}

/** The Intl.Locale week data, under either name engines have shipped it. */
interface WeekInfoLocale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

/**
 * The first day of the week where the user is (0 Sunday … 6 Saturday), from `Intl.Locale`'s week
 * data: Monday in `en-GB` and `fr-FR`, Sunday in `en-US`. Engines without week data get Monday,
 * unless the region is the United States or Canada.
 */
export function firstDayOfWeek(locale: string): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  try {
    const intlLocale = new Intl.Locale(locale) as Intl.Locale & WeekInfoLocale;
    const firstDay = (intlLocale.getWeekInfo?.() ?? intlLocale.weekInfo)?.firstDay;
    if (firstDay) return (firstDay % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
    const region = intlLocale.maximize().region;
    return region === 'US' || region === 'CA' ? 0 : 1;
  } catch {
    return 1;
  }
}
