import * as fc from 'fast-check';
import {
  checkFeedStartDate,
  validateBankTransactions,
  type BankTransactionInput,
} from '@bankfeeds/model';
import { describe, expect, it } from 'vitest';
import { chunkTransactions } from '../src';

const TODAY = '2026-06-15';

describe('chunkTransactions (property)', () => {
  it('keeps every line exactly once, in order, in chunks of at most the size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 5000 }),
        fc.integer({ min: 1, max: 1000 }),
        (lines, size) => {
          const chunks = chunkTransactions(lines, size);
          expect(chunks.flat()).toEqual(lines);
          expect(chunks.every((c) => c.length >= 1 && c.length <= size)).toBe(true);
          // Only the last chunk may be short.
          expect(chunks.slice(0, -1).every((c) => c.length === size)).toBe(true);
          expect(chunks).toHaveLength(Math.ceil(lines.length / size));
        },
      ),
    );
  });

  it('refuses sizes outside 1..1000', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 1001 }), fc.double({ noInteger: true })),
        (size) => {
          expect(() => chunkTransactions([1], size)).toThrow(RangeError);
        },
      ),
    );
  });
});

/**
 * A deliberately naive reference of the error rules: each rule checked on its own, with plain
 * Date arithmetic instead of the model's one-pass string keys.
 */
function referenceErrors(lines: BankTransactionInput[]): Set<string> {
  const rules = new Set<string>();
  const earliest = new Date(Date.UTC(2025, 5, 15)).getTime();
  const latest = new Date(Date.UTC(2026, 5, 15)).getTime();
  const ids = lines.map((l) => l.id);
  let last = -Infinity;
  lines.forEach((line, i) => {
    if (!line.id) rules.add('missing-id');
    else if (ids.indexOf(line.id) !== i) rules.add('duplicate-id');
    const parsed = line.date ? Date.parse(`${line.date}T00:00:00Z`) : NaN;
    // Date.parse rolls 30 February over; a real day survives the round trip.
    const time =
      !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === line.date
        ? parsed
        : NaN;
    if (Number.isNaN(time)) rules.add('invalid-date');
    else {
      if (time > latest) rules.add('date-in-future');
      else if (time < earliest) rules.add('date-too-old');
      if (time < last) rules.add('not-chronological');
      last = time;
    }
    if (typeof line.amount !== 'number' || !Number.isFinite(line.amount))
      rules.add('invalid-amount');
    if (typeof line.balance !== 'number' || !Number.isFinite(line.balance))
      rules.add('missing-balance');
  });
  return rules;
}

// Days around the allowed window, so every date rule is reached.
const day = fc
  .integer({ min: Date.UTC(2025, 3, 1) / 86_400_000, max: Date.UTC(2026, 7, 1) / 86_400_000 })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

const line: fc.Arbitrary<BankTransactionInput> = fc.record({
  id: fc.oneof(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), fc.constant(null)),
  date: fc.oneof(
    { weight: 8, arbitrary: day },
    { weight: 1, arbitrary: fc.constantFrom(null, '2026-02-30', 'soon') },
  ),
  amount: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: -500, max: 500 }) },
    { weight: 1, arbitrary: fc.constantFrom(null, Number.NaN) },
  ),
  balance: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: -500, max: 500 }) },
    { weight: 1, arbitrary: fc.constant(null) },
  ),
});

describe('validation agrees with a reference (property)', () => {
  it('finds exactly the error rules the reference finds', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const result = validateBankTransactions(lines, { today: TODAY, maxTransactions: Infinity });
        expect(new Set(result.errors.map((e) => e.rule))).toEqual(referenceErrors(lines));
        expect(result.ok).toBe(referenceErrors(lines).size === 0);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts feed start dates exactly within one year back to today', () => {
    fc.assert(
      fc.property(day, (d) => {
        const time = Date.parse(`${d}T00:00:00Z`);
        const inside = time >= Date.UTC(2025, 5, 15) && time <= Date.UTC(2026, 5, 15);
        expect(checkFeedStartDate(d, TODAY) === null).toBe(inside);
      }),
    );
  });
});
