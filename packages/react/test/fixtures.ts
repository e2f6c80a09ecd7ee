import type { MapperAccount } from '../src/account-mapper';

/** Three accounts: one with a number match, one with a name match, one already connected. */
export const mapperAccounts: MapperAccount[] = [
  {
    id: 'acc-1',
    name: 'Business Current',
    accountNumber: '12345678',
    sortCode: '40-47-84',
    currency: 'GBP',
    balance: 1234.5,
    status: 'pending',
    newAccountName: 'Business Current',
    targetOptions: [
      { id: 't-1', name: 'Main account', accountNumber: '12345678', sortCode: null, balance: 10 },
      { id: 't-2', name: 'Savings', accountNumber: '99990000', sortCode: null, balance: 0 },
    ],
  },
  {
    id: 'acc-2',
    name: 'Savings',
    accountNumber: '55554444',
    sortCode: null,
    currency: 'GBP',
    balance: -20,
    status: 'pending',
    newAccountName: 'Savings',
    targetOptions: [
      { id: 't-1', name: 'Main account', accountNumber: '12345678', sortCode: null, balance: 10 },
      { id: 't-2', name: 'Savings', accountNumber: '99990000', sortCode: null, balance: 0 },
    ],
  },
  {
    id: 'acc-3',
    name: 'Euro account',
    accountNumber: '11112222',
    sortCode: null,
    currency: 'EUR',
    balance: 50,
    status: 'connected',
    feedStartDate: '2026-01-01',
    connectedTargetName: 'EUR Xero',
    newAccountName: 'Euro account',
    targetOptions: [],
  },
];
