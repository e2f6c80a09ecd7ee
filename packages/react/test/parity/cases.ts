import type { DraftProblem, TargetChoice } from '@bankfeeds/client';
import type { CalendarDate } from '@bankfeeds/model';

export const TODAY: CalendarDate = '2026-03-15';

/** "Don't connect": a row's choice until the customer makes one. */
export const SKIP: TargetChoice = { kind: 'skip' };
const NEW: TargetChoice = { kind: 'new' };
/** The Xero account with this id. */
const to = (targetAccountId: string): TargetChoice => ({ kind: 'existing', targetAccountId });

/** One bank account of a case, as Codat would list it (with its mapping). */
export interface CaseAccount {
  name: string;
  currency?: string;
  /** Already connected to this Xero account (id). */
  connectedTo?: string;
  /** The customer's choice, as both the store and the mapper hold it. @default SKIP */
  choice?: TargetChoice;
  /** The date field as the customer left it: a day, `''` cleared, or text that is no day. */
  date?: string;
}

/** A case both drivers play: the accounts, the organisation, and what Connect must do. */
export interface ParityCase {
  name: string;
  accounts: CaseAccount[];
  organisation?: { baseCurrency: string; multicurrencyEnabled: boolean };
  expected: {
    /** Whether Connect sends anything. */
    sent: boolean;
    /** Every problem by account name, in the order shown. */
    problems: Record<string, DraftProblem['code'][]>;
  };
}

/** The Xero accounts every bank account may feed into (same currency and class). */
export const TARGETS = [
  { id: 't1', name: 'Main account', accountNumber: '11111111', sortCode: null, balance: 10 },
  { id: 't2', name: 'Savings pot', accountNumber: '22222222', sortCode: null, balance: 0 },
];

export const CASES: ParityCase[] = [
  {
    name: 'sends a valid choice',
    accounts: [{ name: 'Current', choice: to('t1') }, { name: 'Reserve' }],
    expected: { sent: true, problems: {} },
  },
  {
    name: 'refuses with nothing chosen',
    accounts: [{ name: 'Current' }, { name: 'Reserve', choice: SKIP }],
    expected: { sent: false, problems: {} },
  },
  {
    name: 'flags every row sharing a target',
    accounts: [
      { name: 'Current', choice: to('t1') },
      { name: 'Reserve', choice: to('t1') },
    ],
    expected: {
      sent: false,
      problems: { Current: ['target-taken'], Reserve: ['target-taken'] },
    },
  },
  {
    name: 'flags a target another feed already takes',
    accounts: [
      { name: 'Current', connectedTo: 't1' },
      { name: 'Reserve', choice: to('t1') },
    ],
    expected: { sent: false, problems: { Reserve: ['target-taken'] } },
  },
  {
    name: 'flags a target not offered for the account',
    accounts: [{ name: 'Current', choice: to('t9') }],
    expected: { sent: false, problems: { Current: ['target-not-offered'] } },
  },
  {
    name: 'flags a start date more than a year back',
    accounts: [{ name: 'Current', choice: NEW, date: '2024-01-01' }],
    expected: { sent: false, problems: { Current: ['date-too-old'] } },
  },
  {
    name: 'flags a start date after today',
    accounts: [{ name: 'Current', choice: to('t1'), date: '2026-03-16' }],
    expected: { sent: false, problems: { Current: ['date-in-future'] } },
  },
  {
    name: 'flags a cleared start date',
    accounts: [{ name: 'Current', choice: to('t1'), date: '' }],
    expected: { sent: false, problems: { Current: ['required'] } },
  },
  {
    name: 'flags a start date that is no day',
    accounts: [{ name: 'Current', choice: to('t1'), date: '31/02/2026' }],
    expected: { sent: false, problems: { Current: ['invalid-date'] } },
  },
  {
    name: 'flags a new account in a currency the organisation does not hold',
    accounts: [{ name: 'Dollars', currency: 'USD', choice: NEW }],
    organisation: { baseCurrency: 'GBP', multicurrencyEnabled: false },
    expected: { sent: false, problems: { Dollars: ['currency-not-enabled'] } },
  },
  {
    name: 'lists every problem of a row, target first',
    accounts: [
      { name: 'Current', choice: to('t2'), date: '2024-01-01' },
      { name: 'Reserve', choice: to('t2') },
    ],
    expected: {
      sent: false,
      problems: { Current: ['target-taken', 'date-too-old'], Reserve: ['target-taken'] },
    },
  },
  {
    name: 'ignores the date of a row left out',
    accounts: [
      { name: 'Current', choice: SKIP, date: '2024-01-01' },
      { name: 'Reserve', choice: NEW },
    ],
    expected: { sent: true, problems: {} },
  },
];
