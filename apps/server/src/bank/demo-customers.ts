import type { BankTransaction, SourceAccountV2Prototype } from '@bankfeeds/model';
import type { BankCustomer, CustomerDirectory } from '@bankfeeds/server';

interface DemoAccount {
  prototype: SourceAccountV2Prototype;
  /** Opening balance before the generated lines. */
  opening: number;
  /** Amounts of the lines, one a day ending today (money in positive, money out negative). */
  amounts: number[];
}

interface DemoCustomer extends BankCustomer {
  accounts: DemoAccount[];
}

const CUSTOMERS: DemoCustomer[] = [
  {
    id: 'cust-acme',
    businessName: 'Acme Bakery Ltd',
    accounts: [
      {
        prototype: {
          id: 'acc-acme-current',
          accountName: 'Acme Business Current',
          accountType: 'checking',
          accountNumber: '41234567',
          sortCode: '401276',
          currency: 'GBP',
          balance: 0,
        },
        opening: 2500,
        amounts: [420.5, -35.2, -1200, 980, -64.99],
      },
      {
        prototype: {
          id: 'acc-acme-card',
          accountName: 'Acme Business Card',
          accountType: 'creditCard',
          // A card account carries its last four digits only (Xero); never send a full card number.
          accountNumber: '4444',
          currency: 'GBP',
          balance: 0,
        },
        opening: 0,
        amounts: [-120, -45.5, 165.5],
      },
    ],
  },
  {
    id: 'cust-globex',
    businessName: 'Globex Trading',
    accounts: [
      {
        prototype: {
          id: 'acc-globex-current',
          accountName: 'Globex Current',
          accountType: 'checking',
          accountNumber: '49876543',
          sortCode: '401276',
          currency: 'GBP',
          balance: 0,
        },
        opening: 10000,
        amounts: [-2500, 7200.25, -310],
      },
      {
        prototype: {
          id: 'acc-globex-eur',
          accountName: 'Globex Euro Savings',
          accountType: 'savings',
          accountNumber: '49870001',
          currency: 'EUR',
          balance: 0,
        },
        opening: 5000,
        amounts: [250],
      },
    ],
  },
];

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The generated history of one account: one line a day, the last one today. */
function history(account: DemoAccount, today: string): BankTransaction[] {
  let balance = account.opening;
  const count = account.amounts.length;
  return account.amounts.map((amount, index) => {
    balance = round(balance + amount);
    return {
      id: `${account.prototype.id}-tx-${index + 1}`,
      date: addDays(today, index - count + 1),
      description: amount >= 0 ? 'Payment received' : 'Card payment',
      counterparty: amount >= 0 ? 'Customer' : 'Supplier',
      amount,
      balance,
      transactionType: amount >= 0 ? 'Credit' : 'Debit',
    };
  });
}

/**
 * Two fictional business customers (`cust-acme`, `cust-globex`) with two accounts each and a few
 * days of transactions ending `today()`. Stands in for the bank's core systems.
 */
export function createDemoCustomerDirectory(today: () => string): CustomerDirectory {
  const find = (customerId: string) => CUSTOMERS.find((customer) => customer.id === customerId);
  return {
    async getCustomer(customerId) {
      const customer = find(customerId);
      return customer ? { id: customer.id, businessName: customer.businessName } : null;
    },
    async listAccounts(customerId) {
      const customer = find(customerId);
      return (customer?.accounts ?? []).map((account) => ({
        ...account.prototype,
        balance: round(account.opening + account.amounts.reduce((sum, amount) => sum + amount, 0)),
      }));
    },
    async listTransactions(customerId, accountId, { afterId, fromDate }) {
      const account = find(customerId)?.accounts.find((item) => item.prototype.id === accountId);
      if (!account) return [];
      const lines = history(account, today());
      const start = afterId ? lines.findIndex((line) => line.id === afterId) + 1 : 0;
      return lines.slice(start).filter((line) => line.date.slice(0, 10) >= fromDate);
    },
  };
}
