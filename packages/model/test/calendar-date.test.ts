import { describe, expect, it } from 'vitest';
import {
  checkFeedStartDate,
  feedStartDateBounds,
  isCalendarDate,
  localDateTimeKey,
  oneYearBefore,
  toCalendarDate,
  todayIn,
} from '@bankfeeds/model';

describe('oneYearBefore', () => {
  it.each([
    ['2026-11-21', '2025-11-21'],
    ['2026-01-01', '2025-01-01'],
    ['2026-12-31', '2025-12-31'],
    ['2024-02-29', '2023-02-28'],
    ['2025-02-28', '2024-02-28'],
    ['2025-03-01', '2024-03-01'],
    ['2001-02-28', '2000-02-28'],
    ['0001-06-15', '0000-06-15'],
  ])('%s -> %s', (day, expected) => {
    expect(oneYearBefore(day)).toBe(expected);
  });
});

describe('feedStartDateBounds', () => {
  it('spans one year back to today, both included', () => {
    expect(feedStartDateBounds('2026-11-21')).toEqual({
      earliest: '2025-11-21',
      latest: '2026-11-21',
    });
  });

  it('falls back to 28 February when today is 29 February', () => {
    expect(feedStartDateBounds('2024-02-29')).toEqual({
      earliest: '2023-02-28',
      latest: '2024-02-29',
    });
  });
});

describe('checkFeedStartDate', () => {
  const today = '2026-11-21';
  it.each([
    ['2026-11-21', null],
    ['2025-11-21', null],
    ['2026-06-01', null],
    ['2026-11-22', 'date-in-future'],
    ['2025-11-20', 'date-too-old'],
    ['2026-02-30', 'invalid-date'],
    ['2026-1-5', 'invalid-date'],
    ['2026-06-01T00:00:00', 'invalid-date'],
    ['', 'invalid-date'],
  ])('%s -> %s', (day, expected) => {
    expect(checkFeedStartDate(day, today)).toBe(expected);
  });

  it('allows the leap day itself and its one-year-back day', () => {
    expect(checkFeedStartDate('2024-02-29', '2024-02-29')).toBeNull();
    expect(checkFeedStartDate('2023-02-28', '2024-02-29')).toBeNull();
    expect(checkFeedStartDate('2023-02-27', '2024-02-29')).toBe('date-too-old');
  });
});

describe('localDateTimeKey', () => {
  it.each([
    ['2026-01-05', '2026-01-05T00:00:00'],
    ['2026-01-05T10:21', '2026-01-05T10:21:00'],
    ['2026-01-05T10:21:33', '2026-01-05T10:21:33'],
    ['2026-01-05 10:21:33', '2026-01-05T10:21:33'],
    ['2026-01-05T10:21:33.1057478Z', '2026-01-05T10:21:33'],
    ['2026-01-05T23:30:00-05:00', '2026-01-05T23:30:00'],
    ['2026-01-05T01:30:00+1400', '2026-01-05T01:30:00'],
    ['2024-02-29T12:00:00', '2024-02-29T12:00:00'],
    ['2000-02-29', '2000-02-29T00:00:00'],
  ])('%s -> %s (the offset is dropped, not converted)', (value, expected) => {
    expect(localDateTimeKey(value)).toBe(expected);
  });

  it.each([
    ['2026-02-30'],
    ['2023-02-29'],
    ['1900-02-29'],
    ['2026-04-31'],
    ['2026-13-01'],
    ['2026-01-00'],
    ['2026-01-05T24:00:00'],
    ['2026-01-05T12:60:00'],
    ['2026-01-05T12:00:60'],
    ['2026/01/05'],
    ['20260105'],
    ['2026-01-05T'],
    [' 2026-01-05'],
    [''],
  ])('%s is not a real date', (value) => {
    expect(localDateTimeKey(value)).toBeNull();
  });

  it('sorts chronologically as plain strings', () => {
    const keys = ['2026-01-05T10:00', '2025-12-31', '2026-01-05', '2026-01-05T09:59:59'].map(
      (value) => localDateTimeKey(value)!,
    );
    expect([...keys].sort()).toEqual([
      '2025-12-31T00:00:00',
      '2026-01-05T00:00:00',
      '2026-01-05T09:59:59',
      '2026-01-05T10:00:00',
    ]);
  });
});

describe('toCalendarDate and isCalendarDate', () => {
  it.each([
    ['2026-01-05', '2026-01-05'],
    ['2026-01-05T23:30:00-05:00', '2026-01-05'],
    ['2026-01-05T00:30:00+09:00', '2026-01-05'],
    ['2023-01-09T14:14:14.1057478Z', '2023-01-09'],
    ['2026-02-30', null],
    ['not a date', null],
  ])('toCalendarDate(%s) -> %s', (value, expected) => {
    expect(toCalendarDate(value)).toBe(expected);
  });

  it('accepts only real YYYY-MM-DD days as calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2024-02-29T00:00:00')).toBe(false);
    expect(isCalendarDate('2024-2-9')).toBe(false);
  });
});

describe('todayIn', () => {
  const lateEvening = new Date('2026-11-21T23:30:00Z');
  it.each([
    ['UTC', '2026-11-21'],
    ['Europe/London', '2026-11-21'],
    ['America/Los_Angeles', '2026-11-21'],
    ['Pacific/Auckland', '2026-11-22'],
    ['Pacific/Kiritimati', '2026-11-22'],
    ['Asia/Kolkata', '2026-11-22'],
  ])('in %s at 23:30 UTC it is %s', (timeZone, expected) => {
    expect(todayIn(timeZone, lateEvening)).toBe(expected);
  });

  it('finds the leap day where it has begun and not elsewhere', () => {
    const now = new Date('2024-02-28T20:00:00Z');
    expect(todayIn('Asia/Tokyo', now)).toBe('2024-02-29');
    expect(todayIn('America/New_York', now)).toBe('2024-02-28');
  });

  it('returns a YYYY-MM-DD day in the default time zone', () => {
    expect(isCalendarDate(todayIn(undefined, lateEvening))).toBe(true);
  });

  it('feeds the bounds: the feed start date range follows the user time zone', () => {
    const now = new Date('2026-01-01T02:00:00Z');
    expect(feedStartDateBounds(todayIn('America/Chicago', now))).toEqual({
      earliest: '2024-12-31',
      latest: '2025-12-31',
    });
    expect(feedStartDateBounds(todayIn('Europe/Paris', now))).toEqual({
      earliest: '2025-01-01',
      latest: '2026-01-01',
    });
  });

  it('throws on a time zone that does not exist', () => {
    expect(() => todayIn('Mars/Olympus_Mons', lateEvening)).toThrow(RangeError);
  });
});
