// The default company's seed data: its name, its Xero organisation's accounts and the bank's
// accounts. The scenarios in `scenarios.ts` start from it.
import type { SourceAccountV2Prototype } from '@bankfeeds/model';
import type { TargetAccountSeed } from './fake/organisation';

/** The seeded company's name (also its Xero organisation's). */
export const COMPANY_NAME = 'Harbour Coffee Roasters Ltd';

/** The Xero accounts of the default organisation. */
export const DEFAULT_TARGETS: readonly TargetAccountSeed[] = [
  {
    name: 'Business Current Account',
    currency: 'GBP',
    accountClass: 'Debit',
    accountNumber: '31926819',
    sortCode: '40-47-84',
    balance: 12450.2,
  },
  {
    name: 'Business Reserve',
    currency: 'GBP',
    accountClass: 'Debit',
    accountNumber: '55779911',
    sortCode: '40-47-84',
    balance: 0,
  },
  {
    name: 'Euro Account',
    currency: 'EUR',
    accountClass: 'Debit',
    accountNumber: 'GB33BUKB20201555555555',
    balance: 0,
  },
  {
    name: 'Dollar Account',
    currency: 'USD',
    accountClass: 'Debit',
    accountNumber: '026073150',
    balance: 0,
  },
  {
    name: 'Company Credit Card',
    currency: 'GBP',
    accountClass: 'Credit',
    accountNumber: '4242',
    balance: 0,
  },
];

/** The bank's accounts for the default company (v2 prototypes). */
export const DEFAULT_SOURCES: readonly SourceAccountV2Prototype[] = [
  {
    id: 'acc-001',
    accountName: 'Business Current Account',
    accountType: 'checking',
    accountNumber: '31926819',
    sortCode: '40-47-84',
    currency: 'GBP',
    balance: 12450.2,
    accountInfo: { nickname: 'Everyday' },
  },
  {
    id: 'acc-002',
    accountName: 'Business Savings',
    accountType: 'savings',
    accountNumber: '70872490',
    sortCode: '40-47-84',
    currency: 'GBP',
    balance: 40000,
  },
  {
    id: 'acc-003',
    accountName: 'Euro Payments',
    accountType: 'checking',
    accountNumber: 'GB29NWBK60161331926819',
    currency: 'EUR',
    balance: 8120.55,
    routingInfo: { bankCode: 'NWBKGB2L', type: 'swift' },
  },
  {
    id: 'acc-004',
    accountName: 'Harbour Coffee US Dollar Operating Account',
    accountType: 'checking',
    accountNumber: '000123456789',
    currency: 'USD',
    balance: 3300,
    routingInfo: { bankCode: '026009593', type: 'aba' },
  },
  {
    id: 'acc-005',
    accountName: 'Business Credit Card',
    accountType: 'creditCard',
    // A card account carries its last four digits only (Xero), never the full card number.
    accountNumber: '4444',
    currency: 'GBP',
    balance: -1245.6,
  },
  {
    id: 'acc-006',
    accountName: 'Corporate Card (USD)',
    accountType: 'creditCard',
    accountNumber: '8431',
    currency: 'USD',
    balance: -310,
  },
];
