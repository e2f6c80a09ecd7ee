import type { ManagedFeed, MapperAccount } from '@bankfeeds/react';

/** A fixed "today", so dates in stories and their snapshots never drift. */
export const today = '2026-11-20';

const gbpTargets = [
  {
    id: 't-1',
    name: 'Business Current Account',
    accountNumber: '31926819',
    sortCode: '40-47-84',
    balance: 12450.2,
  },
  {
    id: 't-2',
    name: 'Business Reserve',
    accountNumber: '55779911',
    sortCode: '40-47-84',
    balance: 0,
  },
];

/** A small business's accounts: one matches by number, one by name, one already feeds Xero. */
export const accounts: MapperAccount[] = [
  {
    id: 'acc-001',
    name: 'Business Current Account',
    accountNumber: '31926819',
    sortCode: '40-47-84',
    currency: 'GBP',
    balance: 12450.2,
    status: 'pending',
    newAccountName: 'Business Current Account',
    targetOptions: gbpTargets,
  },
  {
    id: 'acc-002',
    name: 'Business Reserve',
    accountNumber: '70872490',
    sortCode: '40-47-84',
    currency: 'GBP',
    balance: 40000,
    status: 'pending',
    newAccountName: 'Business Reserve',
    targetOptions: gbpTargets,
  },
  {
    id: 'acc-003',
    name: 'Harbour Coffee US Dollar Operating Account',
    accountNumber: '000123456789',
    sortCode: null,
    currency: 'USD',
    balance: 3300,
    status: 'pending',
    newAccountName: 'Harbour Coffee US Dollar Opera',
    targetOptions: [],
  },
  {
    id: 'acc-004',
    name: 'Euro Payments',
    accountNumber: 'GB29NWBK60161331926819',
    sortCode: null,
    currency: 'EUR',
    balance: 8120.55,
    status: 'connected',
    feedStartDate: '2026-10-01',
    connectedTargetName: 'Euro Account',
    newAccountName: 'Euro Payments',
    targetOptions: [],
  },
];

/** 1,000 accounts in five currencies, for the large-list stories. */
export const manyAccounts: MapperAccount[] = Array.from({ length: 1000 }, (_, i) => {
  const currency = ['GBP', 'EUR', 'USD', 'AUD', 'CAD'][i % 5]!;
  const number = String(20000000 + i * 104729).slice(-8);
  return {
    id: `acc-${String(i + 1).padStart(4, '0')}`,
    name: `${currency} account ${String(i + 1).padStart(4, '0')}`,
    accountNumber: number,
    sortCode: null,
    currency,
    balance: (i * 7919) % 100000,
    status: i % 10 === 0 ? 'connected' : 'pending',
    feedStartDate: i % 10 === 0 ? '2026-09-01' : null,
    connectedTargetName: i % 10 === 0 ? `${currency} Bank ${i + 1}` : null,
    newAccountName: `${currency} account ${String(i + 1).padStart(4, '0')}`,
    targetOptions: [
      {
        id: `t-${currency}-1`,
        name: `${currency} Bank 1`,
        accountNumber: '10000001',
        sortCode: null,
        balance: 0,
      },
      {
        id: `t-${currency}-2`,
        name: `${currency} Bank 2`,
        accountNumber: '10000002',
        sortCode: null,
        balance: 0,
      },
    ],
  };
});

/** Feeds as the connection manager lists them. */
export const feeds: ManagedFeed[] = [
  {
    sourceAccountId: 'acc-001',
    sourceName: 'Business Current Account',
    accountNumber: '31926819',
    currency: 'GBP',
    targetName: 'Business Current Account',
    feedStartDate: '2026-10-21',
    status: 'connected',
  },
  {
    sourceAccountId: 'acc-004',
    sourceName: 'Euro Payments',
    accountNumber: 'GB29NWBK60161331926819',
    currency: 'EUR',
    targetName: 'Euro Account',
    feedStartDate: '2026-10-01',
    status: 'connected',
  },
];
