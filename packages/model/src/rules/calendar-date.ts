/** A calendar day, `YYYY-MM-DD`. Compared as strings: the ISO form sorts chronologically. */
export type CalendarDate = string;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1]!;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** The digit at `at` as a number, or -1 when it is not a digit. */
function digit(value: string, at: number): number {
  const code = value.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** A two-digit number at `at`, or -1. */
function twoDigits(value: string, at: number): number {
  const tens = digit(value, at);
  const units = digit(value, at + 1);
  return tens < 0 || units < 0 ? -1 : tens * 10 + units;
}

/**
 * A Codat date or date-time as one number that sorts chronologically: `YYYYMMDD` × 100,000 plus
 * the seconds into the day, or `NaN` when the text is not a real date. Accepts `YYYY-MM-DD`,
 * optionally followed by `T` (or a space) `HH:MM`, `:SS`, a fraction, and `Z` or an offset, which
 * is ignored: Codat treats transaction dates as local.
 *
 * Written by hand rather than with a regular expression because it runs once per transaction
 * line when a bank validates a long history (hundreds of thousands of lines).
 */
export function localDateTimeNumber(value: string): number {
  const length = value.length;
  const dayNumber = leadingDayNumber(value);
  if (Number.isNaN(dayNumber)) return NaN;
  let seconds = 0;
  let at = 10;
  if (length > 10) {
    const separator = value.charCodeAt(10);
    if ((separator === 84 || separator === 32) && length >= 16 && value.charCodeAt(13) === 58) {
      // T or space, then HH:MM
      const hours = twoDigits(value, 11);
      const minutes = twoDigits(value, 14);
      if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return NaN;
      seconds = hours * 3600 + minutes * 60;
      at = 16;
      if (at < length && value.charCodeAt(at) === 58) {
        const secs = twoDigits(value, at + 1);
        if (secs < 0 || secs > 59) return NaN;
        seconds += secs;
        at += 3;
        if (at < length && value.charCodeAt(at) === 46) {
          at++;
          const fractionStart = at;
          while (at < length && digit(value, at) >= 0) at++;
          if (at === fractionStart) return NaN;
        }
      }
    }
    if (at < length && !isZoneSuffix(value, at)) return NaN;
  }
  return dayNumber * 100000 + seconds;
}

/**
 * The real day a text starts with, `YYYY-MM-DD`, as the number `YYYYMMDD`, or `NaN`. On its own
 * (not inside {@link localDateTimeNumber}) so that checking a day alone ({@link isCalendarDate})
 * leaves the time and offset parsing out of a bundle.
 */
function leadingDayNumber(value: string): number {
  if (value.length < 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return NaN;
  const y1 = twoDigits(value, 0);
  const y2 = twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  if (y1 < 0 || y2 < 0 || month < 1 || month > 12 || day < 1) return NaN;
  const year = y1 * 100 + y2;
  if (day > daysInMonth(year, month)) return NaN;
  return year * 10000 + month * 100 + day;
}

/** `Z`, or `+HH:MM` / `-HHMM` to the end of the text. */
function isZoneSuffix(value: string, at: number): boolean {
  const rest = value.length - at;
  const sign = value.charCodeAt(at);
  if (sign === 90) return rest === 1; // Z
  if (sign !== 43 && sign !== 45) return false; // + or -
  if (twoDigits(value, at + 1) < 0) return false;
  if (rest === 5) return twoDigits(value, at + 3) >= 0;
  return rest === 6 && value.charCodeAt(at + 3) === 58 && twoDigits(value, at + 4) >= 0;
}

/** The calendar-day part of a {@link localDateTimeNumber}, as `YYYYMMDD`. */
export function dayNumberOf(dateTimeNumber: number): number {
  return Math.floor(dateTimeNumber / 100000);
}

/** A `YYYY-MM-DD` day as the `YYYYMMDD` number {@link dayNumberOf} gives. */
export function calendarDateNumber(day: CalendarDate): number {
  return dayNumberOf(localDateTimeNumber(day));
}

/**
 * The local calendar day and time of a Codat date or date-time as a sortable key
 * (`YYYY-MM-DDTHH:MM:SS`), or `null` when the text is not a real date. Codat treats transaction
 * dates as local and ignores any offset, so the offset is dropped here too, not converted.
 */
export function localDateTimeKey(value: string): string | null {
  const number = localDateTimeNumber(value);
  if (Number.isNaN(number)) return null;
  const seconds = number % 100000;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.slice(0, 10)}T${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

/** The calendar day of a Codat date or date-time, or `null` when it is not a real date. */
export function toCalendarDate(value: string): CalendarDate | null {
  return localDateTimeKey(value)?.slice(0, 10) ?? null;
}

/** Whether `value` is a real `YYYY-MM-DD` day. */
export function isCalendarDate(value: string): boolean {
  return value.length === 10 && !Number.isNaN(leadingDayNumber(value));
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
