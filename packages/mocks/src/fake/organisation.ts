import type { AccountClass, TargetAccount } from '@bankfeeds/model';
import type { Random } from '../random';
import type { XeroOrganisation } from './state';

/** What a scenario says about one Xero bank account; the id is generated. */
export interface TargetAccountSeed {
  name: string;
  currency: string;
  accountClass: AccountClass;
  accountNumber?: string | null;
  sortCode?: string | null;
  balance?: number | null;
}

/** A Xero bank account with a generated id (Xero's account ids are UUIDs). */
export function createTargetAccount(random: Random, seed: TargetAccountSeed): TargetAccount {
  return {
    id: random.uuid(),
    name: seed.name,
    currency: seed.currency,
    accountClass: seed.accountClass,
    accountNumber: seed.accountNumber ?? null,
    sortCode: seed.sortCode ?? null,
    balance: seed.balance ?? 0,
  };
}

/** The accounts a new organisation starts with: GBP, EUR and USD bank accounts and a GBP card. */
export const DEFAULT_TARGET_SEEDS: readonly TargetAccountSeed[] = [
  {
    name: 'Business Current Account',
    currency: 'GBP',
    accountClass: 'Debit',
    accountNumber: '31926819',
    sortCode: '40-47-84',
    balance: 0,
  },
  {
    name: 'Business Savings',
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

/** Settings of an organisation a scenario describes. */
export interface OrganisationSeed {
  name: string;
  baseCurrency?: string;
  currencies?: string[];
  multicurrencyEnabled?: boolean;
  bankFeedsEnabled?: boolean;
  planType?: string | null;
  targets?: readonly TargetAccountSeed[];
}

/**
 * A Xero organisation: a GBP organisation with multi-currency and bank feeds enabled, holding the
 * given (or the default) bank accounts.
 */
export function createOrganisation(random: Random, seed: OrganisationSeed): XeroOrganisation {
  const targets = (seed.targets ?? DEFAULT_TARGET_SEEDS).map((target) =>
    createTargetAccount(random, target),
  );
  const baseCurrency = seed.baseCurrency ?? 'GBP';
  const currencies = seed.currencies ?? [
    ...new Set([baseCurrency, ...targets.map((target) => target.currency)]),
  ];
  return {
    name: seed.name,
    baseCurrency,
    currencies,
    multicurrencyEnabled: seed.multicurrencyEnabled ?? true,
    bankFeedsEnabled: seed.bankFeedsEnabled ?? true,
    planType: seed.planType === undefined ? 'Premium' : seed.planType,
    targets,
  };
}
