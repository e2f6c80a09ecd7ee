import { validateBankTransactions } from '@bankfeeds/model';
import { bench, describe } from 'vitest';
import { chunkTransactions, initialSetupState, setupTransition, type PushLine } from '../src';
import type { SetupEvent, SetupState } from '../src';

const TODAY = '2026-06-15';
const LINES = 100_000;

const lines: PushLine[] = [];
let balance = 0;
for (let i = 0; i < LINES; i++) {
  const amount = i % 3 === 0 ? -7.5 : 12.25;
  balance = Math.round((balance + amount) * 100) / 100;
  const day = new Date(Date.UTC(2026, 0, 1) + Math.floor((i * 160) / LINES) * 86_400_000);
  lines.push({
    id: `tx-${i}`,
    date: `${day.toISOString().slice(0, 10)}T${String(i % 24).padStart(2, '0')}:00:00`,
    amount,
    balance,
    transactionType: amount < 0 ? 'Debit' : 'Credit',
  });
}
// Keep the dates ordered within a day too: sort by the key the rules compare.
lines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
balance = 0;
for (const line of lines) {
  balance = Math.round((balance + line.amount) * 100) / 100;
  line.balance = balance;
}

describe('push preparation, 100,000 lines', () => {
  bench('validate + chunk', () => {
    const result = validateBankTransactions(lines, { today: TODAY, maxTransactions: Infinity });
    if (!result.ok) throw new Error(result.errors[0]!.message);
    chunkTransactions(lines);
  });
  bench('chunk only', () => {
    chunkTransactions(lines);
  });
});

// 1,000 source accounts, each with two target options.
const ROWS = 1000;
let setup: SetupState = setupTransition(
  initialSetupState({ companyId: 'c', connectionId: 'k', today: TODAY }),
  {
    type: 'LOAD.DONE',
    connection: {
      id: 'k',
      integrationId: 'i',
      sourceId: 's',
      sourceType: 'Accounting',
      platformName: 'Xero',
      linkUrl: 'https://link',
      status: 'Linked',
      lastSync: null,
      created: '2026-01-01',
    },
    sourceAccounts: Array.from({ length: ROWS }, (_, i) => ({
      id: `a${i}`,
      accountName: `Account ${i}`,
      accountType: 'checking',
      accountNumber: String(10_000_000 + i),
      sortCode: null,
      currency: 'GBP',
      balance: 0,
      modifiedDate: null,
      status: 'pending' as const,
      feedStartDate: null,
      routingInfo: null,
      accountInfo: null,
      schemaVersion: 'v2' as const,
    })),
    mappings: Array.from({ length: ROWS }, (_, i) => ({
      sourceAccountId: `a${i}`,
      sourceAccountName: null,
      sourceAccountNumber: null,
      sourceBalance: null,
      sourceCurrency: 'GBP',
      targetAccountId: null,
      targetAccountName: null,
      targetAccountNumber: null,
      status: 'pending',
      feedStartDate: null,
      targetAccountOptions: [
        { id: `t${i}`, name: `Target ${i}`, balance: null, sortCode: null, accountNumber: null },
        { id: `u${i}`, name: `Other ${i}`, balance: null, sortCode: null, accountNumber: null },
      ],
    })),
    companyInfo: null,
  },
).state;

let n = 0;
describe('setup store update, 1,000 source accounts', () => {
  bench('choose a target for one row (transition + re-validation)', () => {
    const i = n++ % ROWS;
    const event: SetupEvent = {
      type: 'ROW.CHOOSE',
      sourceAccountId: `a${i}`,
      choice: n % 2 ? { kind: 'existing', targetAccountId: `t${i}` } : { kind: 'new' },
    };
    setup = setupTransition(setup, event).state;
  });
  bench('set the feed start date of every row', () => {
    setup = setupTransition(setup, {
      type: 'ROWS.SET_START_DATE',
      feedStartDate: n++ % 2 ? '2026-06-01' : '2026-05-01',
    }).state;
  });
});
