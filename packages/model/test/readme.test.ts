/** The README's examples, run as written, so the documentation cannot drift from the code. */
import { describe, expect, it } from 'vitest';
import {
  errorCodeOf,
  feedStartDateBounds,
  isRetryableCode,
  SourceAccountListSchema,
  validateBankTransactions,
} from '@bankfeeds/model';

describe('README', () => {
  it('public API example: one error and one warning on the second line', () => {
    expect(
      validateBankTransactions(
        [
          {
            id: 't1',
            date: '2026-11-20T10:21:00',
            amount: 100,
            balance: 100,
            transactionType: 'Credit',
          },
          { id: 't2', date: '2026-11-19', amount: 25, balance: 125, transactionType: 'Debit' },
        ],
        { today: '2026-11-21' },
      ),
    ).toEqual({
      ok: false,
      errors: [
        {
          rule: 'not-chronological',
          severity: 'error',
          index: 1,
          transactionId: 't2',
          message: 'Line 2 (t2) is dated before the line above it; lines must be in date order.',
        },
      ],
      warnings: [
        {
          rule: 'amount-sign-mismatch',
          severity: 'warning',
          index: 1,
          transactionId: 't2',
          message: 'Line 2 (t2) is a Debit of 25; a Debit should be negative.',
        },
      ],
    });
  });

  it('quick start: a v2 account, the bounds, a 403 code', () => {
    const [account] = SourceAccountListSchema.parse([
      {
        id: 'acc-001',
        accountName: 'Everyday Account',
        accountType: 'checking',
        accountNumber: '12345670',
        currency: 'GBP',
        balance: 10,
        status: 'connected',
        feedStartDate: '2026-01-05',
      },
    ]);
    expect(account).toMatchObject({
      status: 'connected',
      feedStartDate: '2026-01-05',
      schemaVersion: 'v2',
    });
    expect(feedStartDateBounds('2026-11-21')).toEqual({
      earliest: '2025-11-21',
      latest: '2026-11-21',
    });
    const code = errorCodeOf({
      status: 403,
      body: { type: 'invalid-organization-bank-feeds', title: 'Invalid Organization', status: 403 },
    });
    expect(code).toBe('bank-feeds-disabled');
    expect(isRetryableCode(code)).toBe(false);
  });
});
