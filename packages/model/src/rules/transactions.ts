import { MAX_TRANSACTIONS_PER_REQUEST } from '../constants';
import type { TransactionType } from '../schemas/bank-transaction.schema';
import type { SourceAccountStatus } from '../schemas/source-account.schema';
import {
  calendarDateNumber,
  dayNumberOf,
  feedStartDateBounds,
  localDateTimeNumber,
  type CalendarDate,
} from './calendar-date';

/** Stable codes of the Xero write rules, for messages and for integrators' own handling. */
export const TRANSACTION_RULES = {
  /** More lines than one request may carry (1000). Error. */
  tooManyTransactions: 'too-many-transactions',
  /** The source account's feed is not `connected`. Error. */
  accountNotConnected: 'account-not-connected',
  /** A line has no `id`. Error. */
  missingId: 'missing-id',
  /** Two lines share an `id`. Error. */
  duplicateId: 'duplicate-id',
  /** A line's `date` is missing or not a real date. Error. */
  invalidDate: 'invalid-date',
  /** A line is dated after today. Error. */
  dateInFuture: 'date-in-future',
  /** A line is dated more than one year before today. Error. */
  dateTooOld: 'date-too-old',
  /**
   * A line is dated before the line above it. Error. Equal dates are fine; next to a date-only
   * line only the days are compared.
   */
  notChronological: 'not-chronological',
  /** A line's `amount` is missing or not a finite number. Error. */
  invalidAmount: 'invalid-amount',
  /** A line has no `balance`, which Xero needs. Error. */
  missingBalance: 'missing-balance',
  /** The amount's sign does not fit the transaction type. Warning: Xero will not fix it. */
  amountSignMismatch: 'amount-sign-mismatch',
  /** The balance is not the previous balance plus the amount. Warning. */
  balanceMismatch: 'balance-mismatch',
} as const;
export type TransactionRule = (typeof TRANSACTION_RULES)[keyof typeof TRANSACTION_RULES];

/** One broken rule: which line, which transaction, which rule, in plain words. */
export interface TransactionFinding {
  rule: TransactionRule;
  severity: 'error' | 'warning';
  /** 0-based index of the line in the batch; `null` when the finding is about the whole batch. */
  index: number | null;
  transactionId: string | null;
  message: string;
}

/** The outcome of {@link validateBankTransactions}; `ok` is false when there is any error. */
export interface TransactionValidation {
  ok: boolean;
  errors: TransactionFinding[];
  warnings: TransactionFinding[];
}

/** A line to check: as loose as what an integrator might hand over, so each gap can be named. */
export interface BankTransactionInput {
  id?: string | null;
  date?: string | null;
  amount?: number | null;
  balance?: number | null;
  transactionType?: TransactionType | null;
}

/** What the rules need to know besides the lines. */
export interface ValidateBankTransactionsOptions {
  /** Today's calendar day where the business is (pin it in tests). */
  today: CalendarDate;
  /** The source account's feed status; when given it must be `connected`. */
  accountStatus?: SourceAccountStatus | null;
  /** The account's balance before the first line, to check the first line's balance too. */
  openingBalance?: number | null;
  /**
   * Most lines allowed. @default 1000, one request's worth. Pass `Infinity` to check a longer
   * history that will be split into requests afterwards.
   */
  maxTransactions?: number;
}

/**
 * Which sign each type's amount must have: credits positive, debits negative. Types that OFX
 * defines as "depends on the sign" (interest, ATM, point of sale) and the catch-alls may be either.
 */
export const AMOUNT_SIGN_BY_TYPE: Readonly<Record<TransactionType, 1 | -1 | 0>> = {
  Unknown: 0,
  Credit: 1,
  Debit: -1,
  Int: 0,
  Div: 1,
  Fee: -1,
  SerChg: -1,
  Dep: 1,
  Atm: 0,
  Pos: 0,
  Xfer: 0,
  Check: -1,
  Payment: -1,
  Cash: -1,
  DirectDep: 1,
  DirectDebit: -1,
  RepeatPmt: -1,
  Other: 0,
};

/** Whether an amount's sign fits its transaction type (zero always does). */
export function amountSignFits(amount: number, type: TransactionType | null | undefined): boolean {
  // `?? 0`: a type from plain JavaScript that is not one of the 18 constrains nothing.
  const sign = (type ? AMOUNT_SIGN_BY_TYPE[type] : 0) ?? 0;
  return sign === 0 || amount === 0 || Math.sign(amount) === sign;
}

/** Amounts are decimals; compare balances to the cent so binary fractions do not warn. */
function sameToTheCent(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005;
}

function finding(
  rule: TransactionRule,
  severity: TransactionFinding['severity'],
  index: number,
  transactionId: string | null,
  message: string,
): TransactionFinding {
  const where = `Line ${index + 1}${transactionId ? ` (${transactionId})` : ''}`;
  return { rule, severity, index, transactionId, message: `${where} ${message}` };
}

/**
 * Checks a batch of bank transactions for one source account against Xero's rules before it is
 * sent: at most 1000 lines, a `connected` account, ids present and unique, real dates in
 * chronological order, none after today nor more than a year before it, an amount and a balance
 * on every line (errors); amounts signed as their type says and balances that follow from the
 * amounts (warnings). One pass over the lines.
 */
export function validateBankTransactions(
  transactions: readonly BankTransactionInput[],
  options: ValidateBankTransactionsOptions,
): TransactionValidation {
  const errors: TransactionFinding[] = [];
  const warnings: TransactionFinding[] = [];
  const { earliest, latest } = feedStartDateBounds(options.today);
  const max = options.maxTransactions ?? MAX_TRANSACTIONS_PER_REQUEST;

  if (transactions.length > max) {
    errors.push({
      rule: 'too-many-transactions',
      severity: 'error',
      index: max,
      transactionId: transactions[max]?.id ?? null,
      message: `A request may carry at most ${max} transactions; this one has ${transactions.length}.`,
    });
  }
  if (options.accountStatus != null && options.accountStatus !== 'connected') {
    errors.push({
      rule: 'account-not-connected',
      severity: 'error',
      index: null,
      transactionId: null,
      message: `The account's feed is ${options.accountStatus}; transactions can only be sent to a connected feed.`,
    });
  }

  const seen = new Set<string>();
  const earliestDay = calendarDateNumber(earliest);
  const latestDay = calendarDateNumber(latest);
  // The line above: its day (YYYYMMDD) and, when it had a time of day, its full date-time number.
  let previousDay = -1;
  let previousTimed = NaN;
  let previousBalance: number | null = options.openingBalance ?? null;

  // One plain loop with no allocation for a valid line: it runs over whole histories.
  for (let index = 0; index < transactions.length; index++) {
    const line = transactions[index]!;
    const id = line.id || null;

    if (!id) errors.push(finding('missing-id', 'error', index, id, 'has no id.'));
    else if (seen.has(id))
      errors.push(
        finding('duplicate-id', 'error', index, id, 'repeats the id of an earlier line.'),
      );
    else seen.add(id);

    const date = line.date;
    const when = date ? localDateTimeNumber(date) : NaN;
    if (Number.isNaN(when)) {
      const message = date ? `has a date that is not a real date: ${date}.` : 'has no date.';
      errors.push(finding('invalid-date', 'error', index, id, message));
    } else {
      const day = dayNumberOf(when);
      if (day > latestDay) {
        const message = `is dated ${date!.slice(0, 10)}, after today (${latest}).`;
        errors.push(finding('date-in-future', 'error', index, id, message));
      } else if (day < earliestDay) {
        const message = `is dated ${date!.slice(0, 10)}, more than one year before today (earliest ${earliest}).`;
        errors.push(finding('date-too-old', 'error', index, id, message));
      }
      // A date-only line says nothing about the time, so next to one only the days compare.
      const separator = date!.charCodeAt(10); // NaN for a date-only line
      const timed = separator === 84 || separator === 32 ? when : NaN; // T or space
      if (day < previousDay || (day === previousDay && timed < previousTimed)) {
        const message = 'is dated before the line above it; lines must be in date order.';
        errors.push(finding('not-chronological', 'error', index, id, message));
      }
      previousDay = day;
      previousTimed = timed;
    }

    const amount = line.amount;
    const hasAmount = typeof amount === 'number' && Number.isFinite(amount);
    if (!hasAmount) {
      const message =
        amount == null ? 'has no amount.' : `has an amount that is not a number: ${amount}.`;
      errors.push(finding('invalid-amount', 'error', index, id, message));
    } else if (!amountSignFits(amount, line.transactionType)) {
      const type = line.transactionType!;
      const message = `is a ${type} of ${amount}; a ${type} should be ${AMOUNT_SIGN_BY_TYPE[type] > 0 ? 'positive' : 'negative'}.`;
      warnings.push(finding('amount-sign-mismatch', 'warning', index, id, message));
    }

    const balance = line.balance;
    if (typeof balance !== 'number' || !Number.isFinite(balance)) {
      const message = 'has no balance; Xero needs the balance after every line.';
      errors.push(finding('missing-balance', 'error', index, id, message));
      previousBalance = null;
    } else {
      if (
        hasAmount &&
        previousBalance !== null &&
        !sameToTheCent(previousBalance + amount, balance)
      ) {
        const expected = Math.round((previousBalance + amount) * 100) / 100;
        const message = `has balance ${balance}, but the balance before it (${previousBalance}) plus its amount (${amount}) is ${expected}.`;
        warnings.push(finding('balance-mismatch', 'warning', index, id, message));
      }
      previousBalance = balance;
    }
  }

  return { ok: errors.length === 0, errors, warnings };
}
