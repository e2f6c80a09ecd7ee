import { DATE_TIME_PATTERN, MAX_TRANSACTIONS_PER_REQUEST } from '../constants';
import type { TransactionType } from '../schemas/bank-transaction.schema';
import type { SourceAccountStatus } from '../schemas/source-account.schema';
import { feedStartDateBounds, localDateTimeKey, type CalendarDate } from './calendar-date';

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

function hasTimeOfDay(date: string): boolean {
  return DATE_TIME_PATTERN.exec(date)?.[4] !== undefined;
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
  // The line above: its day, and its full key when it had a time of day.
  let previous: { day: string; timedKey: string | null } | null = null;
  let previousBalance: number | null = options.openingBalance ?? null;

  for (let index = 0; index < transactions.length; index++) {
    const line = transactions[index]!;
    const id = line.id || null;
    const error = (rule: TransactionRule, message: string) =>
      errors.push(finding(rule, 'error', index, id, message));
    const warn = (rule: TransactionRule, message: string) =>
      warnings.push(finding(rule, 'warning', index, id, message));

    if (!id) error('missing-id', 'has no id.');
    else if (seen.has(id)) error('duplicate-id', `repeats the id of an earlier line.`);
    else seen.add(id);

    const key = line.date ? localDateTimeKey(line.date) : null;
    if (!key) {
      error(
        'invalid-date',
        line.date ? `has a date that is not a real date: ${line.date}.` : 'has no date.',
      );
    } else {
      const day = key.slice(0, 10);
      if (day > latest) error('date-in-future', `is dated ${day}, after today (${latest}).`);
      else if (day < earliest)
        error(
          'date-too-old',
          `is dated ${day}, more than one year before today (earliest ${earliest}).`,
        );
      // A date-only line says nothing about the time, so next to one only the days compare.
      const timedKey = hasTimeOfDay(line.date!) ? key : null;
      if (
        previous !== null &&
        (day < previous.day ||
          (day === previous.day &&
            timedKey !== null &&
            previous.timedKey !== null &&
            timedKey < previous.timedKey))
      )
        error(
          'not-chronological',
          `is dated before the line above it; lines must be in date order.`,
        );
      previous = { day, timedKey };
    }

    const amount = line.amount;
    const hasAmount = typeof amount === 'number' && Number.isFinite(amount);
    if (!hasAmount)
      error(
        'invalid-amount',
        amount == null ? 'has no amount.' : `has an amount that is not a number: ${amount}.`,
      );
    else if (!amountSignFits(amount, line.transactionType))
      warn(
        'amount-sign-mismatch',
        `is a ${line.transactionType} of ${amount}; a ${line.transactionType} should be ${AMOUNT_SIGN_BY_TYPE[line.transactionType!] > 0 ? 'positive' : 'negative'}.`,
      );

    const balance = line.balance;
    if (typeof balance !== 'number' || !Number.isFinite(balance)) {
      error('missing-balance', 'has no balance; Xero needs the balance after every line.');
      previousBalance = null;
    } else {
      if (
        hasAmount &&
        previousBalance !== null &&
        !sameToTheCent(previousBalance + amount, balance)
      )
        warn(
          'balance-mismatch',
          `has balance ${balance}, but the balance before it (${previousBalance}) plus its amount (${amount}) is ${Math.round((previousBalance + amount) * 100) / 100}.`,
        );
      previousBalance = balance;
    }
  }

  return { ok: errors.length === 0, errors, warnings };
}
