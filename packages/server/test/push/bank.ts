import type { BankTransaction, SourceAccountV2Prototype } from '@bankfeeds/model';
import type { CustomerDirectory } from '../../src/bank';

/** One account of a test customer: how many lines its history holds. */
export interface TestAccount {
  id: string;
  lines: number;
}

/** A test customer and their accounts. */
export interface TestCustomer {
  id: string;
  businessName: string;
  accounts: TestAccount[];
}

/** Days the generated history spans, ending today. */
export const HISTORY_DAYS = 10;

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The first day of every generated history: a feed started then takes every line. */
export const historyStart = (today: string) => addDays(today, 1 - HISTORY_DAYS);

/** An account's generated history: `count` lines over the last {@link HISTORY_DAYS} days. */
export function historyOf(accountId: string, count: number, today: string): BankTransaction[] {
  let balance = 1000;
  return Array.from({ length: count }, (_, index) => {
    const amount = index % 3 === 0 ? -((index % 40) + 1.25) : (index % 60) + 10;
    balance = Math.round((balance + amount) * 100) / 100;
    // Spread over the days, the last line today.
    const day = HISTORY_DAYS - 1 - Math.floor(((count - 1 - index) * HISTORY_DAYS) / count);
    return {
      id: `${accountId}-tx-${index + 1}`,
      date: addDays(historyStart(today), day),
      description: amount >= 0 ? 'Payment received' : 'Card payment',
      counterparty: amount >= 0 ? 'Customer' : 'Supplier',
      amount,
      balance,
      transactionType: amount >= 0 ? 'Credit' : 'Debit',
    };
  });
}

/** The Codat source account of a test account. */
export function prototypeOf(account: TestAccount, index: number): SourceAccountV2Prototype {
  return {
    id: account.id,
    accountName: `Business Current ${index + 1}`,
    accountType: 'checking',
    accountNumber: String(40000000 + index),
    sortCode: '401276',
    currency: 'GBP',
    balance: 0,
  };
}

/** `count` customers with `accounts` accounts of `lines` lines each, ids padded to sort. */
export function manyCustomers(count: number, accounts: number, lines: number): TestCustomer[] {
  return Array.from({ length: count }, (_, c) => {
    const id = `cust-${String(c + 1).padStart(5, '0')}`;
    return {
      id,
      businessName: `Business ${c + 1} Ltd`,
      accounts: Array.from({ length: accounts }, (_, a) => ({ id: `${id}-acc-${a + 1}`, lines })),
    };
  });
}

/** The bank's core systems as a test sees them: customers with generated histories ending `today`. */
export function createTestBank(customers: TestCustomer[], today: string) {
  // Histories are generated on each read (they are deterministic), so that a benchmark's memory
  // is the push job's, not the simulated bank's.
  const sizes = new Map<string, number>();
  for (const customer of customers)
    for (const account of customer.accounts) sizes.set(account.id, account.lines);
  const linesOf = (accountId: string) => historyOf(accountId, sizes.get(accountId) ?? 0, today);
  const find = (customerId: string) => customers.find((customer) => customer.id === customerId);

  const directory: CustomerDirectory = {
    async getCustomer(customerId) {
      const customer = find(customerId);
      return customer ? { id: customer.id, businessName: customer.businessName } : null;
    },
    async listAccounts(customerId) {
      return (find(customerId)?.accounts ?? []).map(prototypeOf);
    },
    async listTransactions(_customerId, accountId, { afterId, fromDate }) {
      const lines = linesOf(accountId);
      const start = afterId === null ? 0 : lines.findIndex((line) => line.id === afterId) + 1;
      return lines.slice(start).filter((line) => line.date >= fromDate);
    },
  };
  return { directory, customers, linesOf };
}
