import { DATE_TIME_PATTERN } from '../constants';

/** A calendar day, `YYYY-MM-DD`. Compared as strings: the ISO form sorts chronologically. */
export type CalendarDate = string;

/**
 * The local calendar day and time of a Codat date or date-time as a sortable key
 * (`YYYY-MM-DDTHH:MM:SS`), or `null` when the text is not a real date. Codat treats transaction
 * dates as local and ignores any offset, so the offset is dropped here too, not converted.
 */
export function localDateTimeKey(value: string): string | null {
  const match = DATE_TIME_PATTERN.exec(value);
  if (!match) return null;
  const [, year, month, day, hours = '00', minutes = '00', seconds = '00'] = match;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return null;
  return `${year}-${month}-${day}T${hours}:${minutes}:${seconds}`;
}

/** The calendar day of a Codat date or date-time, or `null` when it is not a real date. */
export function toCalendarDate(value: string): CalendarDate | null {
  return localDateTimeKey(value)?.slice(0, 10) ?? null;
}

/** Whether `value` is a real `YYYY-MM-DD` day. */
export function isCalendarDate(value: string): boolean {
  return value.length === 10 && localDateTimeKey(value) !== null;
}

/** Today's calendar day in a time zone (the user's own by default). */
export function todayIn(timeZone?: string, now: Date = new Date()): CalendarDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * The same day one year earlier. 29 February falls back to 28 February, so "one year back" never
 * lands in the month after.
 */
export function oneYearBefore(day: CalendarDate): CalendarDate {
  const year = Number(day.slice(0, 4)) - 1;
  const month = Number(day.slice(5, 7));
  const date = Math.min(Number(day.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${day.slice(5, 7)}-${String(date).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days a feed may start on: from one year before today up to today, both included. */
export interface FeedStartDateBounds {
  earliest: CalendarDate;
  latest: CalendarDate;
}

/**
 * The feed start date bounds for a given today. Xero refuses transactions older than one year and
 * any dated after today, so a feed that starts outside these days would receive nothing.
 */
export function feedStartDateBounds(today: CalendarDate): FeedStartDateBounds {
  return { earliest: oneYearBefore(today), latest: today };
}

/** Why a feed start date is refused, or `null` when it is allowed. */
export type FeedStartDateProblem = 'invalid-date' | 'date-in-future' | 'date-too-old';

/** Checks a feed start date against {@link feedStartDateBounds}. */
export function checkFeedStartDate(
  day: CalendarDate,
  today: CalendarDate,
): FeedStartDateProblem | null {
  if (!isCalendarDate(day)) return 'invalid-date';
  const { earliest, latest } = feedStartDateBounds(today);
  if (day > latest) return 'date-in-future';
  if (day < earliest) return 'date-too-old';
  return null;
}
