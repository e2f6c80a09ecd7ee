import { describe, expect, it } from 'vitest';
import {
  TRANSACTION_TYPES,
  validateBankTransactions,
  type BankTransactionInput,
  type SourceAccountStatus,
  type TransactionType,
} from '@bankfeeds/model';

const TODAY = '2026-11-21';

/** A batch of lines on consecutive days, each with a balance that follows from its amount. */
function batch(count: number, start = '2026-01-01'): BankTransactionInput[] {
  const first = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: count }, (_, index) => ({
    id: `t${index + 1}`,
    date: new Date(first + Math.floor(index / 10) * 86_400_000).toISOString().slice(0, 10),
    amount: -1,
    balance: 1000 - (index + 1),
    transactionType: 'Debit' as const,
  }));
}

/** One line dated `date`, otherwise valid. */
function on(date: string, id = 't1'): BankTransactionInput {
  return { id, date, amount: 10, balance: 10, transactionType: 'Credit' };
}

function check(lines: BankTransactionInput[], today = TODAY) {
  return validateBankTransactions(lines, { today });
}

describe('validateBankTransactions: a good batch', () => {
  it("accepts Codat's own Xero example, with no errors and no warnings", () => {
    const result = validateBankTransactions(
      [
        {
          id: '716422529',
          date: '2023-08-22T10:21:00',
          amount: 100,
          balance: 100,
          transactionType: 'Credit',
        },
        {
          id: '716422530',
          date: '2023-08-22T10:22:00',
          amount: -100,
          balance: 0,
          transactionType: 'Debit',
        },
        {
          id: '716422531',
          date: '2023-08-22T10:23:00',
          amount: -60,
          balance: -60,
          transactionType: 'Debit',
        },
      ],
      { today: '2023-08-22', accountStatus: 'connected', openingBalance: 0 },
    );
    expect(result).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it('accepts an empty batch', () => {
    expect(check([])).toEqual({ ok: true, errors: [], warnings: [] });
  });
});

describe('validateBankTransactions: the one-year-back and today boundaries', () => {
  it('allows a line dated exactly one year back', () => {
    expect(check([on('2025-11-21')]).errors).toEqual([]);
  });

  it('refuses a line dated one day earlier, naming the line, the rule and the earliest day', () => {
    expect(check([on('2025-11-20', 'old-1')]).errors).toEqual([
      {
        rule: 'date-too-old',
        severity: 'error',
        index: 0,
        transactionId: 'old-1',
        message:
          'Line 1 (old-1) is dated 2025-11-20, more than one year before today (earliest 2025-11-21).',
      },
    ]);
  });

  it('allows a line dated today, even late in the day', () => {
    expect(check([on('2026-11-21'), on('2026-11-21T23:59:59', 't2')]).errors).toEqual([]);
  });

  it('refuses a line dated tomorrow', () => {
    const result = check([on('2026-11-21', 'a'), on('2026-11-22', 'b')]);
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([
      {
        rule: 'date-in-future',
        severity: 'error',
        index: 1,
        transactionId: 'b',
        message: 'Line 2 (b) is dated 2026-11-22, after today (2026-11-21).',
      },
    ]);
  });

  describe('with 29 February of a leap year as today', () => {
    const today = '2024-02-29';
    it.each([
      ['2024-02-29', null],
      ['2024-03-01', 'date-in-future'],
      ['2023-02-28', null],
      ['2023-02-27', 'date-too-old'],
      ['2023-03-01', null],
    ])('a line dated %s: %s', (date, rule) => {
      expect(check([on(date)], today).errors.map((finding) => finding.rule)).toEqual(
        rule ? [rule] : [],
      );
    });
  });

  it('refuses 29 February once today is a year and a day later', () => {
    expect(check([on('2024-02-29')], '2025-03-01').errors.map((f) => f.rule)).toEqual([
      'date-too-old',
    ]);
    expect(check([on('2024-03-01')], '2025-03-01').errors).toEqual([]);
  });
});

describe('validateBankTransactions: the 1000-line limit', () => {
  it('accepts 1000 lines', () => {
    expect(check(batch(1000))).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it('refuses 1001 lines with one finding naming the first line too many', () => {
    const result = check(batch(1001));
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([
      {
        rule: 'too-many-transactions',
        severity: 'error',
        index: 1000,
        transactionId: 't1001',
        message: 'A request may carry at most 1000 transactions; this one has 1001.',
      },
    ]);
  });

  it('lets a longer history through when the caller lifts the limit', () => {
    const lines = batch(1500);
    expect(validateBankTransactions(lines, { today: TODAY, maxTransactions: Infinity }).ok).toBe(
      true,
    );
    expect(
      validateBankTransactions(lines.slice(0, 3), { today: TODAY, maxTransactions: 2 }).errors[0],
    ).toMatchObject({ rule: 'too-many-transactions', index: 2, transactionId: 't3' });
  });
});

describe('validateBankTransactions: chronological order', () => {
  it('refuses a line dated before the line above it', () => {
    const result = check([on('2026-03-05', 'a'), on('2026-03-03', 'b'), on('2026-03-04', 'c')]);
    expect(result.errors).toEqual([
      {
        rule: 'not-chronological',
        severity: 'error',
        index: 1,
        transactionId: 'b',
        message: 'Line 2 (b) is dated before the line above it; lines must be in date order.',
      },
    ]);
  });

  it('allows equal dates and equal date-times', () => {
    expect(check([on('2026-03-05', 'a'), on('2026-03-05', 'b')]).errors).toEqual([]);
    expect(check([on('2026-03-05T10:00:00', 'a'), on('2026-03-05T10:00:00', 'b')]).errors).toEqual(
      [],
    );
  });

  it('compares times within a day', () => {
    const result = check([on('2026-03-05T10:00:00', 'a'), on('2026-03-05T09:59:59', 'b')]);
    expect(result.errors.map((f) => [f.rule, f.index])).toEqual([['not-chronological', 1]]);
  });

  it('compares only the day between a date-only line and a timed line', () => {
    expect(check([on('2026-03-05T10:00:00', 'a'), on('2026-03-05', 'b')]).errors).toEqual([]);
    expect(check([on('2026-03-05', 'a'), on('2026-03-05T00:00:01', 'b')]).errors).toEqual([]);
    expect(check([on('2026-03-05', 'a'), on('2026-03-06T00:00:00', 'b')]).errors).toEqual([]);
    expect(
      check([on('2026-03-06', 'a'), on('2026-03-05T23:59:59', 'b')]).errors.map((f) => f.rule),
    ).toEqual(['not-chronological']);
    expect(
      check([on('2026-03-06T00:00:00', 'a'), on('2026-03-05', 'b')]).errors.map((f) => f.rule),
    ).toEqual(['not-chronological']);
  });

  it('ignores offsets: dates are local, as Codat treats them', () => {
    // In UTC the second line would be 23 hours earlier; Codat drops the offset, so do we.
    expect(
      check([on('2026-03-05T23:30:00-05:00', 'a'), on('2026-03-05T23:45:00+09:00', 'b')]).errors,
    ).toEqual([]);
    // 23:00 at UTC-10 is already tomorrow in UTC, but the local day is today: allowed.
    expect(check([on('2026-11-21T23:00:00-10:00')]).errors).toEqual([]);
    // 01:00 at UTC+14 is still today in UTC, but the local day is tomorrow: refused.
    expect(check([on('2026-11-22T01:00:00+14:00')]).errors.map((f) => f.rule)).toEqual([
      'date-in-future',
    ]);
    expect(check([on('2026-11-21T10:00:00Z')]).errors).toEqual([]);
  });
});

describe('validateBankTransactions: dates that are not dates', () => {
  it.each([
    ['2026-02-30'],
    ['2025-02-29'],
    ['2026-13-01'],
    ['2026-00-10'],
    ['2026-01-05T24:00:00'],
    ['2026-01-05T10:60:00'],
    ['05/01/2026'],
    ['yesterday'],
  ])('refuses %s, quoting it', (date) => {
    expect(check([on(date, 'x')]).errors).toEqual([
      {
        rule: 'invalid-date',
        severity: 'error',
        index: 0,
        transactionId: 'x',
        message: `Line 1 (x) has a date that is not a real date: ${date}.`,
      },
    ]);
  });

  it.each([[undefined], [null], ['']])('refuses a missing date (%s)', (date) => {
    expect(check([{ ...on('2026-01-01', 'x'), date }]).errors).toEqual([
      {
        rule: 'invalid-date',
        severity: 'error',
        index: 0,
        transactionId: 'x',
        message: 'Line 1 (x) has no date.',
      },
    ]);
  });

  it('keeps checking order after a bad date, against the last good line', () => {
    const result = check([on('2026-03-05', 'a'), on('2026-02-30', 'b'), on('2026-03-04', 'c')]);
    expect(result.errors.map((f) => [f.rule, f.transactionId])).toEqual([
      ['invalid-date', 'b'],
      ['not-chronological', 'c'],
    ]);
  });
});

describe('validateBankTransactions: ids, amounts and balances', () => {
  it.each([[undefined], [null], ['']])('refuses a line with no id (%s)', (id) => {
    expect(check([{ ...on('2026-01-01'), id }]).errors).toEqual([
      {
        rule: 'missing-id',
        severity: 'error',
        index: 0,
        transactionId: null,
        message: 'Line 1 has no id.',
      },
    ]);
  });

  it('refuses a repeated id on the later line only', () => {
    const lines = [on('2026-01-01', 'a'), on('2026-01-02', 'b'), on('2026-01-03', 'a')];
    lines[1]!.balance = 20;
    lines[2]!.balance = 30;
    expect(check(lines).errors).toEqual([
      {
        rule: 'duplicate-id',
        severity: 'error',
        index: 2,
        transactionId: 'a',
        message: 'Line 3 (a) repeats the id of an earlier line.',
      },
    ]);
  });

  it.each([[undefined], [null]])('refuses a missing amount (%s)', (amount) => {
    expect(check([{ ...on('2026-01-01', 'x'), amount }]).errors).toEqual([
      {
        rule: 'invalid-amount',
        severity: 'error',
        index: 0,
        transactionId: 'x',
        message: 'Line 1 (x) has no amount.',
      },
    ]);
  });

  it.each([[Number.NaN], [Infinity]])('refuses an amount that is not a number (%s)', (amount) => {
    expect(check([{ ...on('2026-01-01', 'x'), amount }]).errors).toEqual([
      expect.objectContaining({
        rule: 'invalid-amount',
        index: 0,
        transactionId: 'x',
        message: `Line 1 (x) has an amount that is not a number: ${amount}.`,
      }),
    ]);
  });

  it.each([[undefined], [null], [Number.NaN]])('refuses a missing balance (%s)', (balance) => {
    expect(check([{ ...on('2026-01-01', 'x'), balance }]).errors).toEqual([
      {
        rule: 'missing-balance',
        severity: 'error',
        index: 0,
        transactionId: 'x',
        message: 'Line 1 (x) has no balance; Xero needs the balance after every line.',
      },
    ]);
  });

  it('reports every broken rule of a line, not just the first', () => {
    const result = check([{ date: '2027-01-01' }]);
    expect(result.errors.map((f) => f.rule)).toEqual([
      'missing-id',
      'date-in-future',
      'invalid-amount',
      'missing-balance',
    ]);
  });
});

describe('validateBankTransactions: the account must be connected', () => {
  it.each<SourceAccountStatus>(['pending', 'connecting', 'disconnected', 'unknown'])(
    'refuses a %s account with one batch-level finding',
    (accountStatus) => {
      const result = validateBankTransactions(batch(2), { today: TODAY, accountStatus });
      expect(result.ok).toBe(false);
      expect(result.errors).toEqual([
        {
          rule: 'account-not-connected',
          severity: 'error',
          index: null,
          transactionId: null,
          message: `The account's feed is ${accountStatus}; transactions can only be sent to a connected feed.`,
        },
      ]);
    },
  );

  it('accepts a connected account, and skips the check when the status is not given', () => {
    for (const accountStatus of ['connected', null, undefined] as const) {
      expect(validateBankTransactions(batch(2), { today: TODAY, accountStatus }).ok).toBe(true);
    }
  });
});

/**
 * Which sign each type expects, written out independently of the model's table: credits are
 * positive, debits negative, and the "either" types (as OFX defines them) take both.
 */
const EXPECTED_SIGN: Record<TransactionType, 'positive' | 'negative' | 'either'> = {
  Unknown: 'either',
  Credit: 'positive',
  Debit: 'negative',
  Int: 'either',
  Div: 'positive',
  Fee: 'negative',
  SerChg: 'negative',
  Dep: 'positive',
  Atm: 'either',
  Pos: 'either',
  Xfer: 'either',
  Check: 'negative',
  Payment: 'negative',
  Cash: 'negative',
  DirectDep: 'positive',
  DirectDebit: 'negative',
  RepeatPmt: 'negative',
  Other: 'either',
};

describe('validateBankTransactions: amount sign against transaction type', () => {
  it('covers all 18 types', () => {
    expect(Object.keys(EXPECTED_SIGN).sort()).toEqual([...TRANSACTION_TYPES].sort());
  });

  const cases = TRANSACTION_TYPES.flatMap((type) =>
    ([25, -25, 0] as const).map((amount) => {
      const expected = EXPECTED_SIGN[type];
      const warns =
        (expected === 'positive' && amount < 0) || (expected === 'negative' && amount > 0);
      return [type, amount, warns] as const;
    }),
  );

  it.each(cases)('%s of %d warns: %s', (transactionType, amount, warns) => {
    const result = validateBankTransactions(
      [{ id: 'x', date: '2026-06-01', amount, balance: amount, transactionType }],
      { today: TODAY },
    );
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true); // a sign warning does not stop the push
    expect(result.warnings).toEqual(
      warns
        ? [
            {
              rule: 'amount-sign-mismatch',
              severity: 'warning',
              index: 0,
              transactionId: 'x',
              message: `Line 1 (x) is a ${transactionType} of ${amount}; a ${transactionType} should be ${
                amount < 0 ? 'positive' : 'negative'
              }.`,
            },
          ]
        : [],
    );
  });

  it('does not warn about a line with no type, or a type it does not know', () => {
    for (const transactionType of [null, undefined, 'Refund' as TransactionType]) {
      const lines = [{ id: 'x', date: '2026-06-01', amount: -5, balance: -5, transactionType }];
      expect(check(lines).warnings).toEqual([]);
    }
  });
});

describe('validateBankTransactions: balances follow from amounts', () => {
  it('does not warn when each balance is the previous one plus the amount', () => {
    expect(check(batch(50)).warnings).toEqual([]);
  });

  it('warns on the line whose balance does not follow, with the expected figure', () => {
    const lines = batch(3);
    lines[1]!.balance = 990;
    const result = check(lines);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        rule: 'balance-mismatch',
        severity: 'warning',
        index: 1,
        transactionId: 't2',
        message:
          'Line 2 (t2) has balance 990, but the balance before it (999) plus its amount (-1) is 998.',
      },
      // The next line follows from the stated (wrong) balance: 990 - 1 is not 997 either.
      expect.objectContaining({ rule: 'balance-mismatch', index: 2, transactionId: 't3' }),
    ]);
  });

  it('checks the first line against the opening balance when one is given', () => {
    const lines = [{ id: 'a', date: '2026-06-01', amount: 50, balance: 150 }];
    expect(validateBankTransactions(lines, { today: TODAY, openingBalance: 100 }).warnings).toEqual(
      [],
    );
    expect(validateBankTransactions(lines, { today: TODAY, openingBalance: 90 }).warnings).toEqual([
      {
        rule: 'balance-mismatch',
        severity: 'warning',
        index: 0,
        transactionId: 'a',
        message:
          'Line 1 (a) has balance 150, but the balance before it (90) plus its amount (50) is 140.',
      },
    ]);
    // Without an opening balance the first line is taken as given.
    expect(check(lines).warnings).toEqual([]);
  });

  it('compares to the cent, so binary fractions like 0.1 + 0.2 do not warn', () => {
    const lines = [{ id: 'a', date: '2026-06-01', amount: 0.2, balance: 0.3 }];
    expect(validateBankTransactions(lines, { today: TODAY, openingBalance: 0.1 }).warnings).toEqual(
      [],
    );
    const many = Array.from({ length: 10 }, (_, index) => ({
      id: `c${index}`,
      date: '2026-06-01',
      amount: 0.1,
      balance: Number(((index + 1) / 10).toFixed(1)),
    }));
    expect(validateBankTransactions(many, { today: TODAY, openingBalance: 0 }).warnings).toEqual(
      [],
    );
  });

  it('warns when a balance is out by one cent, and rounds the expected figure', () => {
    const lines = [{ id: 'a', date: '2026-06-01', amount: 0.2, balance: 0.31 }];
    expect(validateBankTransactions(lines, { today: TODAY, openingBalance: 0.1 }).warnings).toEqual(
      [
        expect.objectContaining({
          rule: 'balance-mismatch',
          message:
            'Line 1 (a) has balance 0.31, but the balance before it (0.1) plus its amount (0.2) is 0.3.',
        }),
      ],
    );
  });

  it('restarts the chain after a line with no balance', () => {
    const lines = batch(3);
    lines[1]!.balance = undefined;
    lines[2]!.balance = 500;
    const result = check(lines);
    expect(result.errors.map((f) => [f.rule, f.index])).toEqual([['missing-balance', 1]]);
    expect(result.warnings).toEqual([]);
  });
});
