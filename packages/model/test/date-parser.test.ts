import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_TIME_PATTERN, localDateTimeKey, localDateTimeNumber } from '@bankfeeds/model';

/** A slow, obviously right reading of a Codat date-time, to check the fast parser against. */
function referenceKey(value: string): string | null {
  const match = DATE_TIME_PATTERN.exec(value);
  if (!match) return null;
  const [, year, month, day, hours = '00', minutes = '00', seconds = '00'] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  if (Number(year) < 100) return null; // Date.UTC maps years 0-99 to 1900-1999
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return null;
  return `${year}-${month}-${day}T${hours}:${minutes}:${seconds}`;
}

const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
const dateTimeLike = fc
  .tuple(
    fc.integer({ min: 100, max: 9999 }).map((n) => String(n).padStart(4, '0')),
    two(13),
    two(32),
    fc.constantFrom('', 'T', ' ', 'x'),
    two(25),
    two(61),
    fc.constantFrom('', ':'),
    two(61),
    fc.constantFrom('', '.5', '.123456', '.'),
    fc.constantFrom('', 'Z', '+01:00', '-0530', '+1', 'z'),
  )
  .map(([y, mo, d, sep, h, mi, colon, s, frac, zone]) =>
    sep === ''
      ? `${y}-${mo}-${d}${zone}`
      : `${y}-${mo}-${d}${sep}${h}:${mi}${colon}${colon ? s + frac : ''}${zone}`,
  );

describe('localDateTimeNumber', () => {
  it('agrees with a regular-expression reading on valid and invalid date-times', () => {
    fc.assert(
      fc.property(fc.oneof(dateTimeLike, fc.string()), (value) => {
        expect(localDateTimeKey(value)).toBe(referenceKey(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('sorts like the local date and time, whatever the offset', () => {
    const earlier = localDateTimeNumber('2026-03-01T23:59:59+14:00');
    const later = localDateTimeNumber('2026-03-02T00:00:00-12:00');
    expect(earlier).toBeLessThan(later);
    expect(localDateTimeNumber('2026-03-02')).toBeLessThan(
      localDateTimeNumber('2026-03-02T00:00:01'),
    );
  });
});
